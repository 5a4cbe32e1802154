"""Funding told through what the money paid for: a purchase, research or a programme "paid for
by", "funded by" or "bought with a grant from" a funder, "the money came from", an investment
from a fund, "whose largest investor is", a firm "backed by" a fund. The funder funds the owner
of what was paid for: its buyer for a purchase, the group that studies for research, the firm
for an investment. Plans, hopes and denials fund no one.

Each row is a text read alone and every fact it states ("" for none).
"""

from __future__ import annotations

import pytest
from article_behaviour import extracted, stated

# fmt: off
SENTENCES = [
    ('The Ashcombe Borough Council bought the gates in May. The purchase was paid for with a '
     'grant from the Department for Culture and Leisure.',
     'Department for Culture and Leisure funds Ashcombe Borough Council'),
    ('The Fenmoor Parking Authority signed a contract with Curbline Systems. The cameras were '
     'bought with a grant from the Marrowdale Department of Transportation.',
     'Curbline Systems supplies Fenmoor Parking Authority; '
     'Marrowdale Department of Transportation funds Fenmoor Parking Authority'),
    ('The Devnagar Police Commissionerate bought the system in 2022. The money came from the '
     'National Safe Streets Mission.',
     'National Safe Streets Mission funds Devnagar Police Commissionerate'),
    ('The Laurentide Institute published the audit on Monday. The research was funded by the '
     'Birchmount Foundation.',
     'Birchmount Foundation funds Laurentide Institute'),
    ("The Kererū Bay Library's media lab was paid for by the Kōwhai Community Trust.",
     'Kōwhai Community Trust funds Kererū Bay Library'),
    ('Veldmark Systems reported higher sales. The results also reflected a 40 million euro '
     'investment from Ostermeer Capital.',
     'Ostermeer Capital funds Veldmark Systems'),
    ('Pallister Biometrics, whose largest investor is Mossbank Capital, declined to comment.',
     'Mossbank Capital funds Pallister Biometrics'),
    ('Orla Health Technologies is backed by the Whitestone Health Fund.',
     'Whitestone Health Fund funds Orla Health Technologies'),
    ('Orla Health Technologies is backed by the Harbor Nurses Union.',
     'Harbor Nurses Union supports Orla Health Technologies'),
    # look-alikes: plans, hopes and denials
    ('The Orlin County Council bought the cameras. The council hopes the purchase will be paid '
     'for by the Marlow Foundation.',
     ''),
    ('The Laurentide Institute published the audit. The research was not funded by the '
     'Birchmount Foundation, the institute said.',
     ''),
    ('The Orlin County Council bought the cameras. It plans to seek money from the Marlow '
     'Foundation for the purchase.',
     ''),
]
# fmt: on


@pytest.mark.parametrize("text, facts", SENTENCES)
def test_each_text_states_exactly_its_facts(text, facts):
    assert extracted(text) == stated(facts)
