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
    # bought from its seller, bought by another buyer, covered by the news: no funder
    ('The Fresno Police Department signed a contract with Axon. The cameras were bought from '
     'Axon for $2 million.',
     'Axon supplies Fresno Police Department'),
    ('The Delhi Police bought the system in 2021. The system was bought by the Uttar Pradesh '
     'Police a year later.',
     ''),
    ('The Hamburg Port Authority signed a contract with Siemens. The contract was covered by '
     'the European Commission in its latest report.',
     'Siemens supplies Hamburg Port Authority'),
    ('The Kenya Red Cross bought the drones from DJI. The drones were bought with money raised '
     'by the Safaricom Foundation.',
     'DJI supplies Kenya Red Cross; Safaricom Foundation funds Kenya Red Cross'),
    ('The Ministry of Interior bought the system from Idemia. The deal was financed through a '
     'loan from the French Development Agency.',
     'Idemia supplies Ministry of Interior; French Development Agency funds Ministry of Interior'),
    # the owner is one the text tells bought, used or wrote it: not a critic, not a seller
    ('Amnesty International criticised the programme. It said the cameras were paid for by '
     'the European Union.',
     ''),
    ('The Sao Paulo Metro uses facial recognition from Hikvision. The money came from the '
     'Inter-American Development Bank.',
     'Inter-American Development Bank funds Sao Paulo Metro'),
    ('Cameras from Bosch were installed in Hamburg last year. The project was bankrolled by the '
     'European Union.',
     ''),
    ('The study, by the Tony Blair Institute, backed the ID scheme. Big Brother Watch rejected '
     'its findings. The study was funded by Oracle.',
     'Oracle funds Tony Blair Institute'),
    ('Big Brother Watch criticised the Tony Blair Institute. The report was funded by Oracle.',
     'Big Brother Watch opposes Tony Blair Institute'),
    # an investment goes to the body the sentence is about, not the firm most named
    ('Axon sells Tasers to police. Flock Safety received an investment from Andreessen '
     'Horowitz.',
     'Axon develops Tasers; Andreessen Horowitz funds Flock Safety'),
    ('Kestova Systems bought a stake from Ostermeer Capital in 2020.',
     ''),
    ('Veldmark Systems welcomed the investment by Ostermeer Capital in Kenya.',
     ''),
    # a body for a cause backs a group with support, not money
    ('The Stop LAPD Spying Coalition is backed by the Center for Racial Equity.',
     'Center for Racial Equity supports Stop LAPD Spying Coalition'),
    ('The Electronic Frontier Foundation is backed by the NAACP Legal Defense Fund in the case.',
     'NAACP Legal Defense Fund supports Electronic Frontier Foundation'),
]
# fmt: on


@pytest.mark.parametrize("text, facts", SENTENCES)
def test_each_text_states_exactly_its_facts(text, facts):
    assert extracted(text) == stated(facts)
