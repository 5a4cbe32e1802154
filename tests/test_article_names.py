"""Where a name begins and ends in news writing from anywhere: ministries of two portfolios
("Ministry of Lands and Physical Planning", "Department for Culture and Leisure"), a firm
placed by "of" ("Imbali Workforce Systems of Durban" is Imbali Workforce Systems), and a
sentence that ends on a firm's legal form ("… Ltd. Wyvern makes SwiftEntry."), a firm named
by the first word of its three-word name ("Northmark" for Northmark Decision Systems), and
places and peoples (`ontology/lexicons/places.tsv`) that say where something is ("a Dutch
provider", "a Hyderabad company", "Wattlegrid Cloud's Sydney data centres"); with the
look-alikes whose "and", "of" or full stop goes on as before.

Each row is a text read alone and every fact it states ("" for none).
"""

from __future__ import annotations

import pytest
from article_behaviour import extracted, stated

from graphkit.extractors.article.places import KINDS, place_kind
from graphkit.vocab import ontology_dir

# fmt: off
SENTENCES = [
    ('The Ministry of Lands and Physical Planning uses TitleGuard to check deeds.',
     'Ministry of Lands and Physical Planning uses TitleGuard'),
    ('The Department for Culture and Leisure funds the Ashcombe Arts Trust.',
     'Department for Culture and Leisure funds Ashcombe Arts Trust'),
    ('The Ministry of Immigration and Citizenship signed a contract with Veltrane Analytics.',
     'Veltrane Analytics supplies Ministry of Immigration and Citizenship'),
    ('The Department of Justice and Palantir signed a contract.',
     'Palantir supplies Department of Justice'),
    ('The Ministry of Defence and Halvex Systems are partners.',
     ''),
    ('Imbali Workforce Systems of Durban developed FieldPulse.',
     'Imbali Workforce Systems develops FieldPulse'),
    ('Northmark Decision Systems of Waterloo supplies the Federal Immigration Screening Service.',
     'Northmark Decision Systems supplies Federal Immigration Screening Service'),
    ('The Bank of Ostrava uses Ledgerline.',
     'Bank of Ostrava uses Ledgerline'),
    ('The council hired Wyvern Access Systems Ltd. Wyvern makes SwiftEntry.',
     'Wyvern Access Systems Ltd. develops SwiftEntry'),
    ('The county signed a deal with Palvane Technologies Inc. The company makes Gridlock.',
     'Palvane Technologies Inc. develops Gridlock'),
    ('The state hired Northmark Decision Systems in May. Northmark developed Sortwell.',
     'Northmark Decision Systems develops Sortwell'),
    ('Amazon Web Services hosts Quillon Analytics. Amazon bought Ring in 2018.',
     'Amazon Web Services hosts Quillon Analytics; Ring partOf Amazon'),
    # places and peoples: where something is, never a party by itself
    ('Polder Cloud, a Dutch provider, hosts Veldmark Systems.',
     'Polder Cloud hosts Veldmark Systems'),
    ('The port moved its system onto servers run by Southlight Data, a Christchurch provider.',
     ''),
    ('DrishtiGrid is a face-search system made by a Hyderabad company.',
     ''),
    ('The model is hosted in Wattlegrid Cloud\'s Sydney data centres.',
     ''),
    ('Huawei sold the cameras to Kenya and Zambia.',
     'Huawei supplies Kenya; Huawei supplies Zambia'),
    # a common word that opens a sentence, and a title before a name, name no one
    ('Face templates were stored on servers operated for Wyvern Access by Greyloft Hosting. '
     'The face-scan gates opened in May.',
     'Greyloft Hosting hosts Wyvern Access'),
    ('"This closes that door," said Cabinet Secretary Esther Wanjala-Oketch, who heads the '
     'Ministry of Lands.',
     'Esther Wanjala-Oketch leads Ministry of Lands'),
    ('Flock sells cameras to the Orlin Police Department.',
     'Flock supplies Orlin Police Department'),
    # "the trust", "the guard", "the committee": the last body named with that head noun
    ("The Haki Data Trust has gone to court. Halima Noor Bakari, the trust's director, said "
     'the deal was unlawful.',
     'Halima Noor Bakari leads Haki Data Trust'),
    ('The Porto Alvorada Municipal Guard receives the reports. The guard uses AlertaBairro.',
     'Porto Alvorada Municipal Guard uses AlertaBairro'),
    ('The Kwelanga Metro Branch met on Monday. Ridgeview Analytics supplies the branch.',
     'Ridgeview Analytics supplies Kwelanga Metro Branch'),
    ('The Kestova Systems board met on Monday. The board backs the deal.',
     ''),
    # a title in apposition makes a person of a name no list of given names knows
    ('"This is unlawful," said Halima Noor Bakari, the Haki Data Trust\'s executive director.',
     'Halima Noor Bakari leads Haki Data Trust'),
    ('The Haki Data Trust went to court. "This is unlawful," said Halima Noor Bakari, the '
     "trust's executive director.",
     'Halima Noor Bakari leads Haki Data Trust'),
    ('It is unlawful, said Halima Noor Bakari, the Haki Data Trust\'s deputy director.',
     'Halima Noor Bakari worksFor Haki Data Trust'),
    ('Kestova Systems Inc. Chief Executive Ravi Anand said the firm makes Pathmark.',
     'Ravi Anand leads Kestova Systems Inc.; Kestova Systems Inc. develops Pathmark'),
    # a public office's title after a legal form opens the next sentence
    ('The contract went to Motorola Solutions Inc. Mayor Brandon Johnson said the city would '
     'pay $30 million.',
     ''),
    ('The deal went to Kestova Systems Inc. Sen. Maria Ortiz said Kestova supplies the Orlin '
     'Police Department.',
     'Kestova Systems Inc. supplies Orlin Police Department'),
    # a name set off by an apposition stays a name though the text writes the word in lower case
    ('Nuance, a Microsoft company, supplies the dictation software to the NHS. Critics missed '
     'the nuance.',
     'Nuance supplies NHS'),
]
# fmt: on


@pytest.mark.parametrize("text, facts", SENTENCES)
def test_each_sentence_states_exactly_its_facts(text, facts):
    assert extracted(text) == stated(facts)


def test_the_places_lexicon_is_one_known_kind_per_name():
    path = ontology_dir() / "lexicons" / "places.tsv"
    rows = [
        line.split("\t")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert all(len(row) == 2 and row[1] in KINDS for row in rows)
    names = [row[0].casefold() for row in rows]
    assert len(names) == len(set(names))
    assert place_kind("Hyderabad") == "city" and place_kind("dutch") == "demonym"
