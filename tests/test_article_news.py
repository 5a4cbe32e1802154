"""News sentences of the shapes that take a reading back or change it: acquisitions (done,
pending, or told by a noun), "neither … nor", former staff, questions and inverted conditions,
names opening a sentence, staff acting for their body, "the use of X by Y", relative clauses
on a deal and contracts awarded to a firm.

Each row is a sentence read alone and every fact it states ("" for none); names are as a
reader meets them in the news, so the readings are tested with the names typed as the
extractor types them when it has no registry.
"""

from __future__ import annotations

import pytest
from article_behaviour import extracted, stated

# fmt: off
SENTENCES = [
    # acquisitions, done or pending, and purchases of products
    ('Oracle agreed last week to acquire Cerner for $28 billion.', ''),
    ('Cisco will purchase Splunk in an all-cash deal.', ''),
    ('Broadcom is buying VMware, the companies said.', ''),
    ('Alphabet had purchased Mandiant before the breach.', 'Mandiant partOf Alphabet'),
    ('Salesforce, which acquired Slack in 2021, is bidding for a federal contract '
     'pending a security review.',
     'Slack partOf Salesforce'),
    ('Clearwell Holdings, which purchased Tovaro in 2020, is buying Nexlin in a deal '
     'set to close in the spring.',
     'Tovaro partOf Clearwell Holdings'),
    ('Thoma Bravo has agreed to take over Darktrace.', ''),
    ('Genetec completed its acquisition of Vistria last spring.', 'Vistria partOf Genetec'),
    ('Intel announced the acquisition of Mobileye in 2017.', 'Mobileye partOf Intel'),
    ('Hewlett Packard Enterprise announced the acquisition of Juniper Networks.', ''),
    ("Verint closed the purchase of Cognyte's unit in March.", ''),
    ("The Kern County Sheriff's Office purchased Cellebrite licenses in 2022.",
     "Kern County Sheriff's Office uses Cellebrite; "
     "Cellebrite supplies Kern County Sheriff's Office"),
    # buying a product the text says a firm makes, from no other seller, is buying from it
    ('Palantir develops Gotham. The Denver Police Department bought Gotham in 2021.',
     'Palantir develops Gotham; Denver Police Department uses Gotham; '
     'Palantir supplies Denver Police Department'),
    ('Motorola Solutions acquired WatchGuard, whose cameras are sold to the Austin '
     'Police Department.',
     'WatchGuard partOf Motorola Solutions; WatchGuard supplies Austin Police Department'),
    # "neither … nor"
    ('Neither Verkada nor Rhombus provided cameras to the Oakland Police Department.', ''),
    ('Neither the FBI nor the DEA has used Pegasus, officials said.', ''),
    ('The contract went to neither Anduril nor Shield AI.', ''),
    ('In the end, neither Microsoft nor Amazon won a contract with the Pentagon.', ''),
    ('Flock sells cameras to the Atlanta Police Department, but neither the ACLU nor '
     'the EFF has sued the company.',
     'Flock supplies Atlanta Police Department'),
    ('Neither Thales nor Idemia develops Clearview.', ''),
    # former staff, and current staff
    ('Three former FBI agents criticized Cellebrite in a letter.', ''),
    ('A former DHS official condemned the Babel Street contract.', ''),
    ('Ex-Meta engineers said Palantir sells software to ICE.', 'Palantir supplies ICE'),
    ('Retired NYPD officers protested Axon at the hearing.', ''),
    ('Former Amazon executive Ada Morris testified.', 'Ada Morris worksFor Amazon'),
    # questions and conditions
    ('Will the EFF sue the Phoenix Police Department?', ''),
    ('Has ICE ever used Venntel?', ''),
    ('Why did Cellebrite sell its tools to the Hong Kong Police Force?', ''),
    ('Does the Pentagon still pay Palantir?', ''),
    ('Had the council known, it would have rejected the deal with ShotSpotter.', ''),
    ('Had Amnesty International seen the data, it would have condemned NSO Group.', ''),
    ('The union would have opposed Palantir had it been consulted.', ''),
    ('The documents say Verkada sold cameras to the Orlando Police Department?',
     'Verkada supplies Orlando Police Department'),
    # statements that stay
    ('Motorola Solutions sells radios to the Chicago Police Department.',
     'Motorola Solutions supplies Chicago Police Department'),
    ('Verkada had sold cameras to the Miami Police Department before the breach.',
     'Verkada supplies Miami Police Department'),
    ('The ACLU sued ICE, asking why the agency used Clearview.',
     'ACLU opposes ICE; ICE uses Clearview'),
    # more of each
    ('Acme Systems, which is being acquired by Zeta Corp, sells drones to the Boston '
     'Police Department.',
     'Acme Systems supplies Boston Police Department'),
    ('The city neither confirmed nor denied that it uses Fusus.', ''),
    ('Former officials said ICE uses Venntel.', 'ICE uses Venntel'),
    ('Current Google employees opposed Project Nimbus.',
     'Google employees opposes Project Nimbus; Google employees worksFor Google'),
    ('Amazon, which bought Ring in 2018, had said it would not sell Rekognition to police.',
     'Ring partOf Amazon'),
    ('Google had supplied the Pentagon with AI tools until 2019.', 'Google supplies Pentagon'),
    ("Zeta Corp's takeover of Acme Systems was blocked by regulators.", ''),
    ('Zeta Corp completed its takeover of Acme Systems in 2019.', 'Acme Systems partOf Zeta Corp'),
    ("Microsoft's acquisition of Nuance, completed in 2022, expanded its health business.",
     'Nuance partOf Microsoft'),
    ('Is it any surprise that Palantir won the contract with the Army?', ''),
    ('Did anyone ask whether the NYPD uses Digidog?', ''),
    ('Former ICE official Maria Lopez criticized Palantir.',
     'Maria Lopez opposes Palantir; Maria Lopez worksFor ICE'),
    ('Ex-Google and Amazon engineers condemned the Pentagon contract.', ''),
    ('Should the county renew its contract with ShotSpotter, activists will protest.', ''),
    ('Has Verizon really sold location data to the FBI, as the report claims?', ''),
    ('What does Palantir sell to ICE?', ''),
    ('Vantage Data Corp bought Lumio Analytics and its Sightline platform.',
     'Lumio Analytics partOf Vantage Data Corp'),
    ("Neither Oracle's bid nor Microsoft's offer was accepted by the Pentagon.", ''),
    # a name that opens a sentence before its verb, and the common nouns that do the same
    ('Axon bought Dedrone in 2024.', 'Dedrone partOf Axon'),
    ('Samsung bought Harman for $8 billion.', 'Harman partOf Samsung'),
    ('Skydio sold drones to the Chula Vista Police Department.',
     'Skydio supplies Chula Vista Police Department'),
    ('Palantir won a $20 million contract with ICE.', 'Palantir supplies ICE'),
    ('Police bought drones from Skydio.', ''),
    ('Officials said Verkada sold cameras to the Austin Police Department.',
     'Verkada supplies Austin Police Department'),
    ('Critics opposed the Palantir contract.', ''),
    ('Prosecutors used Cellebrite in the case.', ''),
    ('Residents sued Flock over the cameras.', ''),
    ('Footage sold to the NYPD came from Ring.', ''),
    # agents and officials of a body act for it
    ('ICE agents used Clearview AI.', 'ICE uses Clearview AI; Clearview AI supplies ICE'),
    ('FBI officials defended Palantir.', 'FBI supports Palantir'),
    # a question after a colon states nothing; a statement after one does
    ('The EFF asked: will Amazon sell Rekognition to ICE?', ''),
    ('One thing is still unclear: did Palantir sell Gotham to the Army?', ''),
    ('The filing is plain: Verkada sold cameras to the Austin Police Department.',
     'Verkada supplies Austin Police Department'),
    # the use of a thing by a body is its use, unless planned or denied
    ("An inspector's report detailed the use of Cellebrite by the Kern County Sheriff's Office.",
     "Kern County Sheriff's Office uses Cellebrite"),
    ('Lawmakers debated the proposed use of Clearview AI by the Miami Police Department.', ''),
    ('No one has documented the use of Pegasus by the DEA.', ''),
    ('The use of Clearview AI by the Miami Police Department was barred under a 2021 ordinance.',
     ''),
    ('Apple sold its shares in Arm to SoftBank last year.', ''),
    ("Amazon's 2022 takeover of iRobot was called off after a long review.", ''),
    # a stance in a relative clause on a deal is a stance on the deal
    ('Axon sold body cameras to the Phoenix Police Department. The deal, which the ACLU of '
     'Arizona fought, ran for five years.',
     'Axon supplies Phoenix Police Department; ACLU of Arizona opposes Phoenix Police Department'),
    ('The deal, which the city council approved, covers forty cameras.', ''),
    ('The measure, which the Electronic Frontier Foundation endorsed, cleared the Senate in June.',
     ''),
    ('The pilot, which Amnesty International condemned, used Palantir software for two years.',
     ''),
    # a contract with a public body, and whom it was awarded to
    ('A $20 million contract with ICE, awarded to Palantir in 2022, drew protests.',
     'Palantir supplies ICE'),
    ('In 2019 the Army signed a contract, which was awarded to Anduril, for border towers.',
     'Anduril supplies Army'),
    ("The Pentagon's contract with Anduril drew protests.", 'Anduril supplies Pentagon'),
    ('The MacArthur Foundation awarded a fellowship to Joy Buolamwini in 2022.', ''),
    # more newsroom styles, written apart from the rules: names opening sentences, staff of
    # a body, stances, uses told by nouns, contracts, questions
    ('Motorola purchased Avigilon in 2018, the company said.',
     'Avigilon partOf Motorola'),
    ('Cisco bought Splunk last March.',
     'Splunk partOf Cisco'),
    ('Verint sold analytics software to the Phoenix Police Department last year.',
     'Verint supplies Phoenix Police Department'),
    ('Genetec supplies the Toronto Police Service with video software.',
     'Genetec supplies Toronto Police Service'),
    ('Shotspotter has sued the Chicago Tribune.',
     'Shotspotter opposes Chicago Tribune'),
    ('Idemia built the biometric database for the Department of Homeland Security.',
     'Idemia supplies Department of Homeland Security'),
    ('Mijente condemned Palantir on Tuesday.',
     'Mijente opposes Palantir'),
    ('Lawmakers criticized Clearview AI at the hearing.',
     ''),
    ('Investigators bought phone-cracking kits from Cellebrite.',
     ''),
    ('Authorities sold the seized drones to DJI.',
     ''),
    ('Detectives used Clearview AI to find the suspect.',
     ''),
    ('Surveillance footage obtained by the Markup shows the cameras.',
     ''),
    ('Nobody defended Palantir at the meeting.',
     ''),
    ('Staff opposed the contract with ICE.',
     ''),
    ('NYPD detectives have used Clearview AI thousands of times.',
     'NYPD uses Clearview AI; Clearview AI supplies NYPD'),
    ('Sheriff Tom Hale praised Axon at a press briefing.',
     'Tom Hale supports Axon'),
    ('The Fraternal Order of Police endorsed the ShotSpotter contract.',
     'Fraternal Order of Police supports ShotSpotter'),
    ('Mayor Eric Adams backed the use of Digidog.',
     'Eric Adams supports Digidog'),
    ('A report described the use of Clearview AI by the Miami Police Department.',
     'Miami Police Department uses Clearview AI; Clearview AI supplies Miami Police Department'),
    ('The use of drones by the Boston Police Department worries residents.',
     ''),
    ('The senators asked about the use of Pegasus by foreign governments.',
     ''),
    ("The Army's contract with Anduril is worth $100 million.",
     'Anduril supplies Army'),
    ("Under Microsoft's contract with the Pentagon, the company supplies headsets.",
     'Microsoft supplies Pentagon'),
    ('In 2020, a $5 million contract with CBP, awarded to Anduril, funded border towers.',
     'Anduril supplies CBP'),
    ('The FAA awarded a contract to Leidos in 2019.',
     'Leidos supplies FAA'),
    ("Oracle's contract with Cerner was renegotiated.",
     ''),
    ('A contract between Accenture and Deloitte was signed.',
     ''),
    ('Axon sold body cameras to the Denver Police Department. The deal, which the ACLU of Colorado criticized, ran for five years.',
     'Axon supplies Denver Police Department; ACLU of Colorado opposes Denver Police Department'),
    ('Verkada sold cameras to the Atlanta Police Department. The contract, which Mayor Andre Dickens supported, was renewed.',
     'Verkada supplies Atlanta Police Department; Andre Dickens supports Atlanta Police Department'),
    ('The deal, which the council approved in March, covers 40 cameras.',
     ''),
    ('The EFF asked: will Amazon sell Rekognition to ICE?',
     ''),
    ('The headline put it bluntly: does the NYPD still use Clearview AI?',
     ''),
    ('One question remains: did Palantir supply the IDF?',
     ''),
    ('The memo was clear: Palantir supplies the Army.',
     'Palantir supplies Army'),
    ('Neighbors gave Ring doorbell footage to the Ulm Police Department.',
     ''),
    ('Amazon, which owns Ring, has shared footage with police.',
     'Ring partOf Amazon'),

    # a rank's "who oversees … for Y" names an employer; "in" a place names none
    ('Officer Kim Tran, who works the night shift in Oakland, said the alerts were frequent.',
     ''),
    ('Capt. Jonah Reyes, who oversees patrols in the Eastside district, praised the cameras.',
     ''),
    ('Capt. Rhea Lund, who oversees records for the Fresno Police Department, spoke.',
     'Rhea Lund worksFor Fresno Police Department'),
    # the city a mayor heads: not a firm's home town, nor one of two named as often; a
    # sheriff's office only when named more often than the others
    ('Flock Safety, based in Atlanta, sells cameras to the Richmond Police Department. Mayor Levar Stoney praised the cameras.',
     'Flock Safety supplies Richmond Police Department'),
    ('Mayor Karen Bass, speaking in Sacramento, said Los Angeles would pause the program.',
     ''),
    ("The Pinal County Sheriff's Office and the Maricopa County Sheriff's Office both bought Cellebrite tools. Sheriff Mark Lamb praised them.",
     "Pinal County Sheriff's Office uses Cellebrite; Maricopa County Sheriff's Office uses Cellebrite; Cellebrite supplies Pinal County Sheriff's Office; Cellebrite supplies Maricopa County Sheriff's Office"),
    # a public body that launches a product puts it to use; a firm that launches it makes it
    ('The Department of Veterans Affairs launched VetConnect in May.',
     'Department of Veterans Affairs uses VetConnect'),
    ('Veritone launched IDentify in 2017.',
     'Veritone develops IDentify'),
    # stances rumoured, supposed on a condition or reported by others, calls others make, a
    # deal a name only narrows, and former staff are none
    ('The NAACP is rumored to be preparing to call for a ban on Flock Safety.',
     ''),
    ('Sen. Ed Markey said he would support a ban on Clearview AI if the company kept its data.',
     ''),
    ('Reports that the EFF had called for a ban on Ring were false, the group said.',
     ''),
    ('The NAACP accused the city of ignoring calls for a ban on Flock Safety.',
     ''),
    ('The NAACP renewed its calls for a ban on Flock Safety.',
     'NAACP opposes Flock Safety'),
    ('The Chamber of Commerce spoke in support of the Flock contract.',
     ''),
    ('The Chamber of Commerce spoke in support of Flock Safety.',
     'Chamber of Commerce supports Flock Safety'),
    ('Critics of Ring include former Amazon employees.',
     ''),
    ('Critics of Ring include Fight for the Future.',
     'Fight for the Future opposes Ring'),
    ('Flock Safety, based in Atlanta, sells cameras in Richmond. The Richmond Police Department '
     'uses them. Mayor Levar Stoney praised the cameras.',
     'Levar Stoney leads Richmond'),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "facts"), SENTENCES)
def test_a_news_sentence_states_what_it_says_and_no_more(sentence, facts):
    assert extracted(sentence) == stated(facts)


@pytest.mark.parametrize(
    ("sentence", "seller", "maker", "buyer"),
    [
        ("Carahsoft sold Palantir licenses to the Omaha Police Department.",
         "Carahsoft", "Palantir", "Omaha Police Department"),
        ("CDW, a reseller, sold Cellebrite licenses to the Omaha Police Department.",
         "CDW", "Cellebrite", "Omaha Police Department"),
    ],
)  # fmt: skip
def test_a_seller_of_a_makers_licences_supplies_the_buyer_and_not_the_maker(
    sentence, seller, maker, buyer
):
    facts = extracted(sentence)
    assert (seller, "supplies", buyer) in facts
    assert (seller, "supplies", maker) not in facts
