"""News sentences of the shapes read since the third own set was used for development: heads
named by "its chief executive", "run by" or "whose chief executive is"; staff named after their
role ("a staff attorney at the group", "a company spokesman, X", "a Whitlow computer
scientist", "KMLB's X"); hosting told through where work is done ("keeps its records on
servers operated by Y", "is processed on Y", "runs on Y"); products sold in the passive (their
maker sells them, when the text names one); contracts blocked before they ran; funding paid
for or granted; reviews; units of universities and bodies; walkouts; requests to end a
contract; and look-alikes that state nothing (plans, hopes, negations, former roles, a bare
"Mayor X" beside a police department).

Each row is a text read alone and every fact it states ("" for none).
"""

from __future__ import annotations

import pytest
from article_behaviour import extracted, stated

# fmt: off
SENTENCES = [
    ('The Orlin Institute, run by Teresa Vance, published the audit.',
     'Teresa Vance leads Orlin Institute'),
    ("Kestova Systems' founder and chief executive, Ravi Anand, declined to comment.",
     'Ravi Anand leads Kestova Systems'),
    ('Kestova Systems is looking for a new chief executive to replace Dana Holt.',
     ''),
    ('The Orlin Institute, once run by Teresa Vance, published the audit.',
     ''),
    ('The Harbor Privacy Coalition filed the complaint. Mina Cole, a staff attorney at the group, said the city broke the law.',
     'Mina Cole worksFor Harbor Privacy Coalition'),
    ('Sara Lind, a Dunmore University computer scientist who led the study, said the data was easy to trace.',
     'Sara Lind worksFor Dunmore University'),
    ('A privacy officer at the Kelso Border Agency, Jonah Pike, warned that the purchases broke the rules.',
     'Jonah Pike worksFor Kelso Border Agency'),
    ('Zentro Systems said it would appeal. A company spokesman, Owen Marsh, declined to say more.',
     'Owen Marsh worksFor Zentro Systems'),
    ('Quillon Analytics keeps its customer records on servers operated by Arden Cloud.',
     'Arden Cloud hosts Quillon Analytics'),
    ("The Brant County Sheriff's Office stores its footage on servers run by Nimbra Systems.",
     "Nimbra Systems hosts Brant County Sheriff's Office"),
    ("Velto Analytics' platform runs on Corvane Cloud, according to a job listing.",
     'Corvane Cloud hosts Velto Analytics'),
    ('Quillon Analytics plans to move its records to servers operated by Arden Cloud.',
     ''),
    ('Quillon Analytics does not keep any data on servers operated by Arden Cloud.',
     ''),
    ('Quillon Analytics says the video is processed on Arden Cloud and deleted after a month.',
     'Arden Cloud hosts Quillon Analytics'),
    ('Pathmark was built by Sarvon Labs, a startup based in Leeds.',
     'Sarvon Labs develops Pathmark'),
    ('Gridlock was written by Halvex Systems in 2021.',
     'Halvex Systems develops Gridlock'),
    ('Gridlock was not built by Halvex Systems, the company said.',
     ''),
    ('Gridlock was reviewed by Halvex Systems before launch.',
     ''),
    ('The Civic Data Lab received a $2 million grant from the Marlow Foundation.',
     'Marlow Foundation funds Civic Data Lab'),
    ('With a grant from the Marlow Foundation, the Civic Data Lab built a tracker.',
     'Marlow Foundation funds Civic Data Lab'),
    ("The Civic Data Lab's work is paid for by the Marlow Foundation.",
     'Marlow Foundation funds Civic Data Lab'),
    ('The Civic Data Lab applied for a grant from the Marlow Foundation.',
     ''),
    ('The Civic Data Lab has never taken a grant from the Marlow Foundation.',
     ''),
    ('An investigation by the Kelburn Gazette found that the Ardmore Police Department used Veilscan without a warrant.',
     'Ardmore Police Department uses Veilscan; Kelburn Gazette investigates Ardmore Police Department'),
    ('The Kelburn Gazette asked the Ardmore Police Department for comment.',
     ''),
    ('Senator Ana Ruiz backed the Harbor Privacy Coalition.',
     'Ana Ruiz supports Harbor Privacy Coalition'),
    ('The Open Rights Coalition praised the Ardmore Police Department for dropping Veilscan.',
     'Open Rights Coalition supports Ardmore Police Department'),
    ('The Open Rights Coalition has not backed the Harbor Privacy Coalition.',
     ''),
    ('The Harbor Privacy Coalition sued the Ardmore Police Department in March.',
     'Harbor Privacy Coalition opposes Ardmore Police Department'),
    ('The Harbor Privacy Coalition is weighing whether to sue the Ardmore Police Department.',
     ''),
    ('Zentro Systems sold drones to the Ardmore Police Department. The Harbor Privacy Coalition '
     'called on the Ardmore Police Department to cancel the order.',
     'Zentro Systems supplies Ardmore Police Department; '
     'Harbor Privacy Coalition opposes Ardmore Police Department'),
    ('The Tessel Center, a unit of Dunmore University, published the audit.',
     'Tessel Center partOf Dunmore University'),
    ("Researchers at Dunmore University's Tessel Center for Policing tested the software.",
     'Tessel Center for Policing partOf Dunmore University'),
    ('The Tessel Center, a partner of Dunmore University, published the audit.',
     ''),
    ('More than 200 Zentro Systems employees walked out on Tuesday.',
     'Zentro Systems employees opposes Zentro Systems; Zentro Systems employees worksFor Zentro Systems'),
    ('Zentro Systems employees attended the meeting.',
     'Zentro Systems employees worksFor Zentro Systems'),
    ('Veilscan, which the Ardmore Police Department has used since 2023, flags faces.',
     'Ardmore Police Department uses Veilscan'),
    ('The Ardmore Police Department has not used Veilscan since 2023.',
     ''),
    ('Veilscan was sold to the Ardmore Police Department.',
     ''),
    ('Zentro Systems makes Veilscan. Veilscan was sold to the Ardmore Police Department.',
     'Zentro Systems develops Veilscan; Zentro Systems supplies Ardmore Police Department'),
    ("The Ardmore Police Department's contract with Zentro Systems was blocked by a judge.",
     ''),
    ('The Ardmore Police Department arrested 12 people on Friday, Mayor Ellen Park said.',
     ''),
    ('The Kelso Border Agency detained the man, President Ruth Adler said.',
     ''),
    ('Corva Labs makes Tollgate. Tollgate is in use at the Brenning Police Department.',
     'Brenning Police Department uses Tollgate; Corva Labs develops Tollgate'),
    ('Corva Labs makes Tollgate. Tollgate is no longer in use at the Brenning Police Department.',
     'Corva Labs develops Tollgate'),
    ('Corva Labs makes Tollgate. Tollgate could soon be in use at the Brenning Police Department.',
     'Corva Labs develops Tollgate'),
    ("The Dorrance Gazette's editorial board praised Corva Labs.",
     ''),
    ('Corva Labs sued Brenning Labs. Corva Labs said the suit was justified. A company lawyer, Ada Quist, filed the papers.',
     'Ada Quist worksFor Corva Labs; Corva Labs opposes Brenning Labs'),
    ('Corva Labs and Brenning Labs signed a deal. A company spokeswoman, Ada Quist, confirmed it.',
     ''),
    ('Corva Labs won the bid. A former company spokeswoman, Ada Quist, criticized Corva Labs.',
     'Ada Quist opposes Corva Labs'),
    ('More than 90 Corva Labs engineers went on strike on Monday.',
     'Corva Labs employees opposes Corva Labs; Corva Labs employees worksFor Corva Labs'),
    ('Corva Labs employees plan to walk out next week.',
     'Corva Labs employees worksFor Corva Labs'),
    ('Corva Labs employees would strike if the contract were renewed.',
     'Corva Labs employees worksFor Corva Labs'),
    ('The Velden Transit Authority, which sits within the Velden Department of Transportation, bought Tollgate.',
     'Velden Transit Authority partOf Velden Department of Transportation; Velden Transit Authority uses Tollgate'),
    ('The Lorne Center for Data and Democracy at Pellham University published the audit.',
     'Lorne Center for Data and Democracy partOf Pellham University'),
    ('Researchers at the Lorne Center worked with Pellham University.',
     ''),
    ('Ada Quist, a sociologist at Pellham University, led the study.',
     'Ada Quist worksFor Pellham University'),
    ('Pellham University was founded in 1890. Ada Quist, a Pellham economist, led the study.',
     'Ada Quist worksFor Pellham University'),
    ('Ostrel Analytics, a company whose chief executive is Mara Vell, sells Tollgate.',
     'Mara Vell leads Ostrel Analytics; Ostrel Analytics develops Tollgate'),
    ('Ostrel Analytics, a company whose former chief executive is Mara Vell, sells Tollgate.',
     'Ostrel Analytics develops Tollgate'),
    ('Tollgate, a licence-plate reader not built by Ostrel Analytics, is used widely.',
     ''),
    ('Ostrel Analytics sold its Tollgate unit to Corva Labs.',
     ''),
    ('Tollgate was licensed to the Brenning Police Department in 2022.',
     ''),
    ("Ostrel Analytics' Tollgate was licensed to the Brenning Police Department in 2022.",
     'Ostrel Analytics develops Tollgate; Ostrel Analytics supplies Brenning Police Department'),
    ("The Brenning Police Department's contract with Ostrel Analytics was struck down by the state court.",
     ''),
    ("The Brenning Police Department's contract with Ostrel Analytics was renewed in May.",
     'Ostrel Analytics supplies Brenning Police Department'),
    ('Ostrel Analytics stores the footage on servers run by Nimbus Grid.',
     'Nimbus Grid hosts Ostrel Analytics'),
    ("Ostrel Analytics' app runs on Nimbus Cloud.",
     'Nimbus Cloud hosts Ostrel Analytics'),
    ("Ostrel Analytics' records are kept on the Nimbus Cloud servers.",
     'Nimbus Cloud hosts Ostrel Analytics'),
    ('Governor Ellen Ruiz said the Velden Transit Authority would review the contract.',
     ''),
    ('The Velden Transit Authority fired two drivers, Mayor Tom Hale said.',
     ''),
    ('The City of Velden approved the budget, Mayor Tom Hale said.',
     'Tom Hale leads City of Velden'),
    ('Corva Labs was founded in 2015. It is owned by Brenning Holdings.',
     'Corva Labs partOf Brenning Holdings'),
    ('Corva Labs released a statement. It is unclear who wrote it.',
     ''),
    # with no order told before, the public body asked to cancel it is the one opposed
    ('The Harbor Rights League asked the Velden Transit Authority to cancel the order.',
     'Harbor Rights League opposes Velden Transit Authority'),
    ('The Harbor Rights League asked the Velden Transit Authority whether it would cancel the order.',
     ''),
    ('The Harbor Rights League praised the Velden Transit Authority for its decision to cancel the order.',
     'Harbor Rights League supports Velden Transit Authority'),
    # what a party owns: its work is funded, its data hosted, its app its own
    ("The Sable Foundation, which funds the Tarrow Center's work on public algorithms, had no "
     "role in the study.",
     'Sable Foundation funds Tarrow Center'),
    ("The Sable Foundation does not fund the Tarrow Center's work.",
     ''),
    ("Ostwind Cloud now hosts Pellmark Analytics' customer data.",
     'Ostwind Cloud hosts Pellmark Analytics'),
    ('Quarrel Data, whose case-tracking app, Ledgerwise, the bureau uses, declined to comment.',
     'Quarrel Data develops Ledgerwise'),
    ('Quarrel Data, whose rival app, Ledgerwise, is popular, declined to comment.',
     ''),
    # a bare "chief executive X" heads the company named before, if the text names one
    ('Norvale Systems sells cloud services. The workers marched to the office of chief '
     'executive Liam Thorne.',
     'Liam Thorne leads Norvale Systems'),
    ('The workers marched to the office of chief executive Liam Thorne.',
     ''),
    # a centre named without its topic is the centre named in full
    ('The Tarrow Center for Data and Society at Pellham University published a report. A data '
     'scientist at the Tarrow Center, Elena Voss, led it.',
     'Tarrow Center for Data and Society partOf Pellham University; '
     'Elena Voss worksFor Tarrow Center for Data and Society'),
    # a foundation's backing with a grant is money; a pilot or a trial held is a use
    ('Pellmark Analytics is backed by the Fenwick Foundation, which gave the company a $3 '
     'million grant in 2022.',
     'Fenwick Foundation funds Pellmark Analytics'),
    ('Pellmark Analytics is backed by the Fenwick Foundation, a civil rights charity.',
     'Fenwick Foundation supports Pellmark Analytics'),
    ('The Tulsa Police Department, which completed a six-month pilot of Veilscan, a face-search '
     'tool, renewed the deal.',
     'Tulsa Police Department uses Veilscan'),
    ('The Tulsa Police Department began a trial of Veilscan, a face-search tool, last autumn.',
     'Tulsa Police Department uses Veilscan'),
    ('The Tulsa Police Department is considering a trial of Veilscan, a face-search tool.',
     ''),
    # "the company" that sells a product the text has said who makes is its maker
    ('Veilscan was built by Zentro Systems. Zentro Systems keeps its data on servers operated '
     'by Norrick Cloud. Norrick declined to comment. The company has also sold Veilscan to the '
     'Lisbury Police Department.',
     'Zentro Systems develops Veilscan; Norrick Cloud hosts Zentro Systems; '
     'Zentro Systems supplies Lisbury Police Department'),
    # "the law firm X" names X; a list may end with a kind before its last name
    ('Ada Quist, a Cobalt County resident, sued the Tulsa Police Department. Quist is '
     'represented by the Harbor Rights League and the law firm Okonkwo & Baird LLP.',
     'Ada Quist opposes Tulsa Police Department; Harbor Rights League supports Ada Quist; '
     'Okonkwo & Baird LLP supports Ada Quist'),
]
# fmt: on


@pytest.mark.parametrize(("text", "facts"), SENTENCES)
def test_a_news_text_states_what_it_says_and_no_more(text, facts):
    assert extracted(text) == stated(facts)
