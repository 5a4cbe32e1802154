"""Texts told in voices other than a reporter's: a question-and-answer interview, a transcript
with speaker labels, an organisation's own report or op-ed ("we"), a story with corrections,
and a roundup of short items under headings in capitals; then sentences of the shapes such
texts use (a role before a name, "its" in a second clause, a body named by its place and head
noun, a group joining another's call, money from a grant or an investor, a removal asked for).

A text lists facts a reader takes from it and statements that give none (an earlier version's
error, a purchase only to test, a plan, a vote against, an item under another heading); a
sentence lists every fact it states ("" for none). Names are typed as the extractor types them
without a registry.
"""

from __future__ import annotations

import pytest
from article_behaviour import extracted, stated

INTERVIEW = """\
Mara Quill is the chief executive of Lattice Forge, whose Beacon software reads licence plates \
from patrol cars. She spoke with Owen Park, a reporter for The Ridge Gazette.
Q: Who is buying Beacon?
A: The Holloway Police Department has run it since 2022. We also sell it to the Marsh County \
Sheriff's Office.
Q: Have you sold to immigration agencies?
A: We have never sold to Customs and Border Protection, and we are not bidding on that work.
Q: Does the Dunmore Police Department use Beacon?
A: Dunmore asked for a demonstration, but nothing is signed.
Q: Who owns the company?
A: Our staff and Redfern Capital, which invested in us in 2023."""

INTERVIEW_TOOL = """\
Tobias Brandt is the general counsel of Verity Labs, which builds the Clearpath benefits \
screening tool. This interview has been edited.
Q: Which agencies use Clearpath?
A: The Osric County Department of Social Services has used Clearpath since 2021.
Q: And the critics?
A: The Osric Welfare Rights Union has asked the department to stop using our tool.
Q: Is Clearpath used in any other state?
A: Not yet. We have applied to sell it in Delmar, and we expect an answer in the spring."""

TRANSCRIPT = """\
[Transcript, edited for length.]
DANA PRICE: Welcome to Signal Hour. With me are Tomas Erikson, who chairs the Northfield \
Tenants Alliance, and Lena Ho, a researcher at Carrow University.
ERIKSON: The Northfield Housing Authority put Ringlet doorbells on every building in January.
PRICE: Lena, your team tested these devices.
LENA HO: We bought two Ringlet units and took them apart. They send video to Stratus Cloud.
PRICE: Tomas, what do tenants want?
ERIKSON: We've asked the authority to take them down. We voted on it in March."""

# labels with a role, a caller named only in a label, a surname label written before the name
CALL_IN = """\
WREN ADEYEMI, HOST: Welcome back to Harbor Hour. With me is Lieutenant Basil Quarry of the \
Osterhall Police Department.
QUARRY: We run Tidemark, which is made by Pellucid Systems. It shows every camera on one map.
ADEYEMI: Let's take a call. Go ahead, you're on the air.
CALLER (MIRELA TOSKA-VANE): Hi. I'm an organizer with the Osterhall Privacy Circle. We've asked \
the police department to drop the Tidemark contract.
CALLER (OTTO BRISK): Morning. I live in Eastgate, and I just want to say thanks.
ADEYEMI: Lieutenant Quarry, thank you for coming in."""

REPORT = """\
A LETTER FROM OUR DIRECTOR
This was a year of hard work by our grantees, and I thank every one of them.
Samuel Okafor, Director, Greenway Digital Rights Fund
SURVEILLANCE
We granted $200,000 to the Lakeside Privacy Project, which studies police drones.
We supported the Eastbank Renters Union through its lawsuit against the Eastbank Housing \
Authority.
WHAT CHANGED
Our partnership with the Mill Street Collective ended in June. We have applied to the Coral \
Trust for a new fellowship grant and expect a decision in the spring."""

OPED = """\
Every time you pass a Dunmore bus stop, a camera may be reading your face. The Dunmore Police \
Department has run Facet since 2023.
Last year our volunteers read 300 search logs that we obtained from the department through a \
records request. We are not alone: the Dunmore Bar Association has joined our call.
If the city council bought the upgrade, every bus would carry a camera.
Priya Natarajan is the executive director of the Open Streets Coalition."""

# an op-ed whose tagline tells how long its author has held the post
OPED_SINCE = """\
Every call matters, and our officers know it better than anyone in this city.
We bought six drones from Pellucid Systems last year, and they have flown on 400 calls.
Lena Ruiz has been chief of the Osterhall Police Department since 2019."""

CORRECTED = """\
Editor's note: This article was updated on May 3 to correct two errors.
The Ashby Transit Authority has used FareKeep, a fare-card system built by Tollway Systems, \
since 2020.
Joan Pike, the authority's chief privacy officer, said the data was never sold.
Corrections: An earlier version of this article said that Brightline Data built FareKeep. \
FareKeep was built by Tollway Systems. An earlier version also said that Tollway Systems is \
owned by Brightline Data; it is not. The article misidentified Joan Pike as the authority's \
director; she is its chief privacy officer."""

ROUNDUP = """\
Each month we read the purchase orders that local agencies post. Here is what turned up.
MILLBROOK: PLATE READERS. The Millbrook Police Department signed a $50,000 contract with Argus \
Plate for four cameras.
CARVER COUNTY: NO DRONES. The Carver County Board of Supervisors voted 3-2 against buying \
drones from Skyhawk Aerial.
DELTON: BODY CAMERAS. The Delton County Sheriff's Office issued a $90,000 purchase order to \
Vantage Optics for sixty body cameras.
HALE COUNTY: JAIL CALLS. The Hale County Jail extended its contract with Tresham \
Communications. Records show the jail has run the tool since 2022."""

# fmt: off
TEXTS = [
    # "we" in an answer is the interviewee's company, "it" the product asked about
    (INTERVIEW,
     "Mara Quill leads Lattice Forge; Holloway Police Department uses Beacon; "
     "Lattice Forge supplies Marsh County Sheriff's Office; Redfern Capital funds Lattice Forge",
     "Lattice Forge supplies Customs and Border Protection; "
     "Dunmore Police Department uses Beacon"),
    # "our tool" is the product the interview is about, not the company
    (INTERVIEW_TOOL,
     "Tobias Brandt worksFor Verity Labs; "
     "Osric County Department of Social Services uses Clearpath",
     "Osric Welfare Rights Union opposes Verity Labs; Verity Labs supplies Delmar"),
    # a speaker's "we" is the group the introduction names them with; units bought to be
    # taken apart are not in use
    (TRANSCRIPT,
     "Tomas Erikson leads Northfield Tenants Alliance; Lena Ho worksFor Carrow University; "
     "Northfield Tenants Alliance opposes Northfield Housing Authority",
     "Carrow University uses Ringlet; Ringlet supplies Carrow University"),
    # a caller's "we" is the group their own line introduces them with; a surname label is the
    # person named in full, though a title and the surname alone come later
    (CALL_IN,
     "Basil Quarry worksFor Osterhall Police Department; Pellucid Systems develops Tidemark; "
     "Osterhall Police Department uses Tidemark; "
     "Mirela Toska-Vane worksFor Osterhall Privacy Circle; "
     "Osterhall Privacy Circle opposes Osterhall Police Department",
     "Otto Brisk worksFor Osterhall Police Department; "
     "Wren Adeyemi worksFor Osterhall Police Department"),
    # a signed report speaks for its signer's organisation; an application is no grant
    (REPORT,
     "Samuel Okafor leads Greenway Digital Rights Fund; "
     "Greenway Digital Rights Fund funds Lakeside Privacy Project; "
     "Greenway Digital Rights Fund supports Eastbank Renters Union",
     "Coral Trust funds Greenway Digital Rights Fund; "
     "Greenway Digital Rights Fund supports Mill Street Collective"),
    # an op-ed closed by its author's tagline speaks for the author's group
    (OPED,
     "Priya Natarajan leads Open Streets Coalition; "
     "Open Streets Coalition investigates Dunmore Police Department; "
     "Dunmore Bar Association supports Open Streets Coalition",
     ""),
    (OPED_SINCE,
     "Lena Ruiz leads Osterhall Police Department; "
     "Pellucid Systems supplies Osterhall Police Department",
     ""),
    # what the corrections say an earlier version got wrong is no fact
    (CORRECTED,
     "Tollway Systems develops FareKeep; Ashby Transit Authority uses FareKeep; "
     "Joan Pike worksFor Ashby Transit Authority",
     "Brightline Data develops FareKeep; Tollway Systems partOf Brightline Data; "
     "Joan Pike leads Ashby Transit Authority"),
    # each item of a roundup is read on its own; a vote against a purchase is none
    (ROUNDUP,
     "Argus Plate supplies Millbrook Police Department; "
     "Vantage Optics supplies Delton County Sheriff's Office",
     "Skyhawk Aerial supplies Carver County Board of Supervisors; "
     "Carver County Board of Supervisors uses Skyhawk Aerial; "
     "Hale County Jail uses Vantage Optics"),
]

SENTENCES = [
    # roles before a name
    ("The Fenwick Transit Agency bought the cameras in May. The agency's executive director, "
     "Laura Tembe, said the cameras would stay.",
     "Laura Tembe leads Fenwick Transit Agency"),
    ("The City of Harlow paid $40,000 for the cameras. The city's inspector general, Marcus "
     "Hale, reviewed the purchase last spring.",
     "Marcus Hale worksFor City of Harlow"),
    ("Nadia Kasparian is the chief technology officer of Orrery Speech.",
     "Nadia Kasparian worksFor Orrery Speech"),
    # "its" in a second clause, and a body named by its place and head noun
    ("The Dorset Nurses Union, which represents 3,000 nurses, has called on the Saint Aldric "
     "Hospital to drop the tool, and its president, Alma Reyes, testified against the contract "
     "in May.",
     "Alma Reyes leads Dorset Nurses Union; Dorset Nurses Union opposes Saint Aldric Hospital"),
    ("The council questioned the Fenwick Police Department and its chief, Omar Sadiq.",
     "Omar Sadiq leads Fenwick Police Department"),
    ("The Hollin County 911 Authority hired 40 dispatchers. The Hollin County authority runs "
     "three centres. Its director, Pia Lund, said the dispatchers liked it.",
     "Pia Lund leads Hollin County 911 Authority"),
    # joining a call, and not joining one
    ("The Coastal Defenders Association has joined the Open Streets Coalition's call for a ban.",
     "Coastal Defenders Association supports Open Streets Coalition"),
    ("The Marlow Bar Association has not joined the Open Streets Coalition's call.", ""),
    ("The Marlow Bar Association may join the Open Streets Coalition's campaign next year.", ""),
    # money from an investor or a grant, and applications and defence funds that give none
    ("Lumen Robotics, whose largest investor is Kestrel Capital, makes patrol robots.",
     "Kestrel Capital funds Lumen Robotics"),
    ("Orla Health is backed by the Whitestone Health Fund, a venture investor.",
     "Whitestone Health Fund funds Orla Health"),
    ("The Fairmont Legal Defense Fund backed the tenants' lawsuit against the Eastbank Housing "
     "Authority.",
     ""),
    ("The Riverbank Data Lab used a grant from the Civic Code Foundation to review benefit "
     "notices.",
     "Civic Code Foundation funds Riverbank Data Lab"),
    ("The Riverbank Data Lab used the Civic Code Foundation's grant to review benefit notices.",
     "Civic Code Foundation funds Riverbank Data Lab"),
    ("The Riverbank Data Lab applied for a grant from the Orison Fund.", ""),
    ("The Greenway Fund granted $200,000 to the Lakeside Privacy Project.",
     "Greenway Fund funds Lakeside Privacy Project"),
    ("The court granted access to the Lakeside Privacy Project.", ""),
    # asking a body to take away what it runs, and asking whether it will
    ("The Eastgate Tenants Council has asked the Brightfield Housing Authority to take the "
     "cameras down.",
     "Eastgate Tenants Council opposes Brightfield Housing Authority"),
    ("The Westside Parents Group asked the Carver School District whether it would remove the "
     "sensors.",
     ""),
    ("Council member Ruth Abara has proposed an ordinance that would bar the Fenmoor Parking "
     "Authority from sharing scan data.",
     ""),
    # orders placed and cancelled
    ("The Delton County Sheriff's Office issued a $90,000 purchase order to Vantage Optics for "
     "body cameras.",
     "Vantage Optics supplies Delton County Sheriff's Office"),
    ("The Millbrook Police Department cancelled a purchase order to Argus Plate last week.", ""),
    # what a relative clause after a maker is about, and a maker in a contact clause
    ("Open Ballot Watch audited the Plenum tabulators made by Aldergate Voting Systems, which "
     "the Stanmore County Board of Elections has used since 2020.",
     "Aldergate Voting Systems develops Plenum; Open Ballot Watch investigates Plenum; "
     "Stanmore County Board of Elections uses Plenum"),
    ("Open Ballot Watch examined the firmware of the Plenum tabulators made by Aldergate Voting "
     "Systems.",
     "Aldergate Voting Systems develops Plenum"),
    ("Open Ballot Watch audited the records of the Dale Police Department kept by Vireo Systems.",
     "Open Ballot Watch investigates Dale Police Department"),
    ("The Greenline Water Utility uses Rillmark, a meter Hydrox Devices makes at its plant in "
     "Grisby.",
     "Hydrox Devices develops Rillmark; Greenline Water Utility uses Rillmark"),
    # a second clause after ", and" is no list; a state title is no short name
    ("Lanewright runs on Northgale Cloud, and Kitebridge Software said all customer data stays "
     "in the country.",
     "Northgale Cloud hosts Lanewright"),
    ("The Pemberton State Department of Health opened a review. State Representative Gil "
     "Navarro said he plans to introduce a bill.",
     ""),
    # "a system called X" is what is used, by the clause's subject, not by an agent before it
    ("The Wrenfield State Police ran face searches against photos held by the Wrenfield "
     "Department of Motor Vehicles, using a system called Vantis Match.",
     "Wrenfield State Police uses Vantis Match"),
    # "the hospital" is the medical center named before
    ("Saint Brennan Medical Center hired forty nurses last year. The hospital began using "
     "RotaSense, a staffing tool, in April.",
     "Saint Brennan Medical Center uses RotaSense"),
    # ", and" before a name and its verb begins a clause: the buyer did not make the thing
    ("The Hearth Hub is made by a company called Domicile Labs, and the Brightfield Housing "
     "Authority bought 1,400 of them.",
     "Domicile Labs develops Hearth Hub"),
    # records that show what a body did are about that body, not the firm the text is about
    ("Tresham Communications, which is owned by Galloran Holdings, developed VerityVoice. "
     "Tresham Communications sells phone service to prisons. Invoices obtained by The Ledger "
     "show the Elmswick Department of Corrections has run VerityVoice since 2022.",
     "Tresham Communications develops VerityVoice; Tresham Communications partOf Galloran "
     "Holdings; Elmswick Department of Corrections uses VerityVoice; Ledger investigates "
     "Elmswick Department of Corrections"),
    # a speaker's label names no party; a reporter reporting from a town investigates nothing
    ("Vireo Systems sold cameras to the Dale School District in May. Channel 5 reporter Mia "
     "Torres has the story.\nTORRES: But the Dale Teachers Union, which represents 300 teachers, "
     "voted last week to ask the district to drop the contract.",
     "Vireo Systems supplies Dale School District; Dale Teachers Union opposes Dale School "
     "District"),
    ("Channel 5's Mia Torres reports from Dale.", ""),
    # "the authority of breaking …" is the authority named before; "the authority of the port"
    # is another body
    ("The Havelock Regional Transit Authority shared trip data with a marketing firm. The "
     "Havelock Riders Union filed a complaint with the state, accusing the authority of breaking "
     "its own privacy policy.",
     "Havelock Riders Union opposes Havelock Regional Transit Authority"),
    ("The Havelock Regional Transit Authority shared trip data. The Havelock Riders Union wrote "
     "to the authority of the port.",
     ""),
    # "P, the body's system" is the body's own system, in use; a former or proposed one is not
    ("The Havelock Regional Transit Authority shared rider data. The data came from TapRoute, "
     "the authority's fare-payment system.",
     "Havelock Regional Transit Authority uses TapRoute"),
    ("Records describe Beacon, the Dale Police Department's plate-reading system, in detail.",
     "Dale Police Department uses Beacon"),
    ("Beacon, the Dale Police Department's former system, was retired in 2020.", ""),
    ("Beacon, the Dale Police Department's proposed system, was debated for hours.", ""),
    # a firm paid to run a system runs it for the payer; a person hired to run a body heads it
    ("Vireo Systems develops Beacon. The Dale Police Department pays Vireo Systems $50,000 a "
     "year to run Beacon.",
     "Vireo Systems develops Beacon; Vireo Systems supplies Dale Police Department"),
    ("The Dale City Council hired Jane Roe to run the Dale Transit Agency.",
     "Jane Roe leads Dale Transit Agency; Jane Roe worksFor Dale City Council"),
    # "The software" opening a sentence is the product named before
    ("The county scores applications with a program called Tallyglass. The software was "
     "written by Caddis Systems, a small firm.",
     "Caddis Systems develops Tallyglass"),
    ("The county scores applications with a program called Tallyglass. The software was not "
     "written by Caddis Systems.",
     ""),
    # grievances, testimony and lawsuits, and a grievance only threatened
    ("The Crestview Nurses Association has filed a grievance against Saint Brennan Medical "
     "Center over staffing.",
     "Crestview Nurses Association opposes Saint Brennan Medical Center"),
    ("The Crestview Nurses Association threatened to file a grievance against Saint Brennan "
     "Medical Center.",
     ""),
    ("Caddis Systems licenses Tallyglass to the Thessaly Department of Human Services. Odette "
     "Marchetti, president of the Thessaly Public Employees Union, testified against the "
     "contract in June.",
     "Caddis Systems supplies Thessaly Department of Human Services; Odette Marchetti leads "
     "Thessaly Public Employees Union; Odette Marchetti opposes Thessaly Department of Human "
     "Services"),
    ("Caddis Systems licenses Tallyglass to the Thessaly Department of Human Services. Odette "
     "Marchetti, president of the Thessaly Public Employees Union, testified in favour of the "
     "contract in June.",
     "Caddis Systems supplies Thessaly Department of Human Services; Odette Marchetti leads "
     "Thessaly Public Employees Union; Odette Marchetti supports Thessaly Department of Human "
     "Services"),
    ("The Civic Code Foundation supported the Sallowmere Tenants Coalition through the first "
     "year of its lawsuit against the Sallowmere Housing Authority.",
     "Civic Code Foundation supports Sallowmere Tenants Coalition; Sallowmere Tenants Coalition "
     "opposes Sallowmere Housing Authority"),
    # a contract for a product is its use, and its maker's supply; one weighed is neither
    ("Kitebridge Software develops Lanewright. The Greave County 911 Authority signed a "
     "five-year, $1.3 million contract for Lanewright in July.",
     "Kitebridge Software develops Lanewright; Greave County 911 Authority uses Lanewright; "
     "Kitebridge Software supplies Greave County 911 Authority"),
    ("Kitebridge Software develops Lanewright. The Greave County 911 Authority is weighing a "
     "contract for Lanewright.",
     "Kitebridge Software develops Lanewright"),
    # joining a staff, managing at a firm, and having left or managed before
    ("Program officer Ana Ruiz, who joined the Civic Code Foundation's staff from a county "
     "office in March, manages the portfolio.",
     "Ana Ruiz worksFor Civic Code Foundation"),
    ("Ana Ruiz left the Civic Code Foundation's staff in 2020.", ""),
    ("Omar Benhadj, who manages the product at Kitebridge Software, said the update was ready.",
     "Omar Benhadj worksFor Kitebridge Software"),
    ("Omar Benhadj, who managed the product at Kitebridge Software until 2019, now teaches.", ""),
    # funding rounds led, and one declined
    ("Oxbow Street Capital, which led Orrery Speech's Series B in 2024, holds a board seat.",
     "Oxbow Street Capital funds Orrery Speech"),
    ("Kitebridge Software closed a $40 million Series C round in March, led by Ironleaf "
     "Partners.",
     "Ironleaf Partners funds Kitebridge Software"),
    ("Ironleaf Partners declined to lead Kitebridge Software's next round.", ""),
    # who joins a call asks what it asks; being asked to join is not joining
    ("The Hedgerow Privacy Collective has asked the Wrenfield Department of Motor Vehicles to "
     "end the program. The Wrenfield Public Defenders Association has joined the collective's "
     "call.",
     "Hedgerow Privacy Collective opposes Wrenfield Department of Motor Vehicles; "
     "Wrenfield Public Defenders Association supports Hedgerow Privacy Collective; "
     "Wrenfield Public Defenders Association opposes Wrenfield Department of Motor Vehicles"),
    ("The Hedgerow Privacy Collective has asked the Wrenfield Department of Motor Vehicles to "
     "end the program. The Wrenfield Public Defenders Association has been asked to join the "
     "call.",
     "Hedgerow Privacy Collective opposes Wrenfield Department of Motor Vehicles"),
    # "the company" is the firm the text is about, not one listed in passing; a surname opens
    # a sentence
    ("Lumen Robotics sells drones to the Harlow Fire District, the Dale Police Department and "
     "the Orbury Ambulance Service. \"We fly where people can't,\" chief executive Ada Brook "
     "said on stage. Brook founded the company in 2015.",
     "Lumen Robotics supplies Harlow Fire District; Lumen Robotics supplies Dale Police "
     "Department; Lumen Robotics supplies Orbury Ambulance Service; Ada Brook leads Lumen "
     "Robotics"),
]
# fmt: on


@pytest.mark.parametrize(("text", "facts", "non_facts"), TEXTS)
def test_a_voiced_text_gives_what_its_speakers_say_of_their_organisations(text, facts, non_facts):
    found = extracted(text)
    assert stated(facts) <= found
    assert not stated(non_facts) & found


@pytest.mark.parametrize(("sentence", "facts"), SENTENCES)
def test_a_sentence_of_these_texts_states_what_it_says_and_no_more(sentence, facts):
    assert extracted(sentence) == stated(facts)
