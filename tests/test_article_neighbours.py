"""Readings met in their neighbourhood: a title after a body's noun, a body named for two
portfolios, "until", money for a cost and a title after a rank, in sentences where each must
not fire as well as where it must. Each row is a text read alone and every fact it states
("" for none)."""

from __future__ import annotations

import pytest
from article_behaviour import extracted, stated

# fmt: off
SENTENCES = [
    # a title after a body's noun names the body that noun heads, not one whose name holds it
    ("The Marrow County Sheriff's Office bought drones from Quindar Labs. County Executive "
     "Helen Mardo defended the purchase.",
     "Quindar Labs supplies Marrow County Sheriff's Office"),
    ("Marrow County bought drones from Quindar Labs. County Executive Helen Mardo defended the "
     "purchase.",
     "Quindar Labs supplies Marrow County; Helen Mardo leads Marrow County"),
    ("The Marrow County Sheriff's Office bought drones from Quindar Labs. County Commissioner "
     "Peter Lund defended the purchase.",
     "Quindar Labs supplies Marrow County Sheriff's Office"),
    ("The Dunlake Police Department bought drones from Quindar Labs. Fire department "
     "spokesperson Oscar Trell declined to comment.",
     "Quindar Labs supplies Dunlake Police Department"),
    ("The Brisco Teachers Union opposed the plan. Union president Laura Brisk said the plan was "
     "rushed.",
     "Laura Brisk leads Brisco Teachers Union"),
    # two bodies joined by "and" stay two; a body of two portfolios is one
    ("The Brisco Office of Emergency Management and Dunlake Police Department bought drones "
     "from Quindar Labs.",
     "Quindar Labs supplies Brisco Office of Emergency Management; "
     "Quindar Labs supplies Dunlake Police Department"),
    ("The Department of Social Services and Dunlake County bought drones from Quindar Labs.",
     "Quindar Labs supplies Department of Social Services; Quindar Labs supplies Dunlake County"),
    ("The Dunmore County Office of Aging and Disability Services bought software from Quindar "
     "Labs.",
     "Quindar Labs supplies Dunmore County Office of Aging and Disability Services"),
    # "until" a time: ended only when told in the past, and nothing said to hold now
    ("Until 2030, Velmora Systems is under contract to supply the Dunlake Police Department.",
     "Velmora Systems supplies Dunlake Police Department"),
    ("Until May 2026 Velmora Systems supplies the Brisco Police Department.",
     "Velmora Systems supplies Brisco Police Department"),
    ("Until 2022, Velmora Systems supplied the Brisco Police Department.", ""),
    # what is said of the money, or what raised it, is no funding
    ("The Dunlake Police Department bought Skylog from Quindar Labs. Criticism of the cost came "
     "from the Tamsin Rights Project.",
     "Quindar Labs supplies Dunlake Police Department; Dunlake Police Department uses Skylog"),
    ("The Dunlake Police Department bought Skylog from Quindar Labs. Much of the extra cost came "
     "from Quindar Labs raising its prices.",
     "Quindar Labs supplies Dunlake Police Department; Dunlake Police Department uses Skylog"),
    ("The Dunlake Police Department bought Skylog from Quindar Labs. Part of the cost came from "
     "the Arbor Foundation.",
     "Quindar Labs supplies Dunlake Police Department; Dunlake Police Department uses Skylog; "
     "Arbor Foundation funds Dunlake Police Department"),
    # an office after a rank is held only of a body, not of a part it owns
    ("Captain Maria Vell, head of the Dunlake Police Department's drone unit, defended the "
     "drones.",
     "Maria Vell worksFor Dunlake Police Department"),
    # hosting that was, or only may be, is none
    ("Velmora Systems provides Skylog, its video storage service, which used to run on servers "
     "rented from Zantro Cloud.", ""),
    ("Velmora Systems provides Skylog, its video storage service, which is set to move to "
     "servers leased from Zantro Cloud.", ""),
]
# fmt: on


@pytest.mark.parametrize(("text", "facts"), SENTENCES)
def test_each_text_states_exactly_its_facts(text, facts):
    assert extracted(text) == stated(facts)
