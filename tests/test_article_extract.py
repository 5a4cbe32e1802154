"""The article extractor on articles written for the tests: mentions, relations, citations."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal

import pytest
from support import TESTS

from graphkit.extractors.article import VERSION, candidates, extract
from graphkit.extractors.base import ExtractContext
from graphkit.model import Entity, Fact
from graphkit.resolve.entities import resolve_records
from graphkit.sources.registry import Registry

ARTICLES = TESTS / "fixtures" / "articles"


def facts(path, registry=None):
    return [(c.subject, c.relation, c.object) for c in candidates(path, registry)]


def write(tmp_path, text, name="a.txt"):
    path = tmp_path / name
    path.write_text(
        "url: https://techcrunch.com/2020/08/14/clearview-ai-ice-hsi-contract-2020/\n"
        "title: Test\n\n" + text,
        encoding="utf-8",
    )
    return path


def test_vendor_article():
    assert facts(ARTICLES / "vendor-deal.txt") == [
        ("Clearview AI", "supplies", "U.S. Customs and Border Protection"),
        ("TechCrunch", "investigates", "Clearview AI"),
        ("Hoan Ton-That", "leads", "Clearview AI"),
        ("Electronic Frontier Foundation", "opposes", "Clearview AI"),
        ("Office of Field Operations", "partOf", "U.S. Customs and Border Protection"),
    ]


def test_employee_letter():
    assert facts(ARTICLES / "employee-letter.md") == [
        ("Sundar Pichai", "leads", "Google"),
        ("Google employees", "worksFor", "Google"),
        ("Google employees", "opposes", "Project Maven"),
        ("Google", "develops", "Project Maven"),
        ("Google", "supplies", "Pentagon"),
        ("Tech Workers Coalition", "supports", "Google employees"),
    ]


def test_html_article():
    assert facts(ARTICLES / "sheriff-pilot.html") == [
        ("Amazon", "develops", "Amazon Rekognition"),
        ("Washington County Sheriff's Office", "uses", "Amazon Rekognition"),
        # "sold the software to the sheriff's office": the office named before
        ("Amazon", "supplies", "Washington County Sheriff's Office"),
        ("American Civil Liberties Union", "opposes", "Washington County Sheriff's Office"),
    ]


def test_types_follow_the_shapes_domain_and_range():
    allowed = {
        "leads": ({"Person"}, None),
        "worksFor": ({"Person", "EmployeeGroup"}, None),
        "develops": (None, {"Product", "Program"}),
        "uses": (None, {"Product", "Program"}),
    }
    checked = set()
    for path in sorted(ARTICLES.iterdir()):
        for cand in candidates(path):
            subjects, objects = allowed.get(cand.relation, (None, None))
            assert subjects is None or cand.subject_type in subjects
            assert objects is None or cand.object_type in objects
            checked.add(cand.relation)
    assert {"develops", "uses"} <= checked  # the rule met candidates it constrains


def test_a_newsroom_named_like_an_office_is_media():
    from graphkit.extractors.article.shapes import shape_type  # noqa: PLC0415

    assert shape_type("Bureau of Investigative Journalism") == "MediaOrganization"
    assert shape_type("Center for Investigative Reporting") == "MediaOrganization"
    assert shape_type("Bureau of Alcohol, Tobacco, Firearms and Explosives") == "GovernmentAgency"


@pytest.mark.parametrize(
    ("sentence", "agency"),
    [
        ("The Department of Justice investigated Acme Corp last year.", "Department of Justice"),
        ("Acme Corp sold software to the Internal Revenue Service.", "Internal Revenue Service"),
    ],
)
def test_an_office_named_by_its_head_is_an_agency_whatever_word_ends_it(tmp_path, sentence, agency):
    """ "Justice" ends advocacy groups' names and "Service" companies': the head decides."""
    found = candidates(write(tmp_path, sentence))
    types = {c.subject: c.subject_type for c in found} | {c.object: c.object_type for c in found}
    assert types.get(agency) == "GovernmentAgency", found


def test_denials_and_negations_give_no_fact():
    found = facts(ARTICLES / "vendor-deal.txt") + facts(ARTICLES / "sheriff-pilot.html")
    assert not [f for f in found if f[2] in ("Chicago Police Department", "Portland Police Bureau")]


@pytest.mark.parametrize(
    "sentence",
    [
        "If Acme Corp supplied drones to the Lyon Police Department, it would cross a line.",
        "\u201cIf Acme Corp sold drones to the Lyon Police Department, it would be wrong,\u201d "
        "said Jane Roe.",
        "Acme Corp would supply drones to the Lyon Police Department if the council agreed.",
        "Were Acme Corp to supply drones to the Lyon Police Department, it would cross a line.",
        "Should Acme Corp supply drones to the Lyon Police Department, it would cross a line.",
        "If the council agrees, Acme Corp would supply drones to the Lyon Police Department.",
        "Unless the council objects, Acme Corp would supply drones to the Lyon Police Department.",
    ],
)
def test_what_would_be_on_a_condition_is_no_fact(tmp_path, sentence):
    found = facts(write(tmp_path, sentence + "\n"))
    assert not [f for f in found if f[1] == "supplies"], found


def test_an_if_before_the_statement_is_no_condition_of_it(tmp_path):
    sentence = (
        "Acme Corp, asked if it would comment, said it sold drones to the Paris Police "
        "Department.\n"
    )
    assert ("Acme Corp", "supplies", "Paris Police Department") in facts(write(tmp_path, sentence))


def test_a_hedge_before_soon_still_hedges(tmp_path):
    """ "could soon sell" is as uncertain as "could sell"; a fact before an "If" clause stands."""
    path = write(
        tmp_path,
        "Acme Corp could soon sell cameras to the Lyon Police Department.\n"
        "Acme Corp supplies drones to the Paris Police Department. If the contract is renewed, "
        "prices will rise.\n",
    )
    found = {(c.subject, c.relation, c.object): c.confidence for c in candidates(path)}
    assert found[("Acme Corp", "supplies", "Lyon Police Department")] < 0.8
    assert found[("Acme Corp", "supplies", "Paris Police Department")] >= 0.8


@pytest.mark.parametrize(
    "buyers",
    [
        "U.S. Customs and Border Protection and ICE",
        "ICE and U.S. Customs and Border Protection",
    ],
)
def test_an_agency_named_with_and_stays_whole_among_other_names(tmp_path, buyers):
    found = facts(write(tmp_path, f"Acme Corp supplies drones to {buyers}.\n"))
    assert sorted(f[2] for f in found if f[1] == "supplies") == [
        "ICE",
        "U.S. Customs and Border Protection",
    ]


@pytest.mark.parametrize(
    ("text", "stated", "unnamed"),
    [
        pytest.param(
            "Acme Corp opened an office in Lausanne.\n"
            "Acme Vision, a unit of Acme Corp, makes cameras.\n",
            [("Acme Vision", "partOf", "Acme Corp")],
            "Lausanne",
            id="an office in a city is where it is, not what it is part of",
        ),
        pytest.param(
            "Harlow Bank has signed a contract with Zeta Analytics to screen payments.\n"
            "ICE signed a contract with Palantir Technologies in 2014.\n",
            [("Palantir Technologies", "supplies", "ICE")],
            "Harlow Bank",
            id="a contract names the seller only beside a public body, the customer",
        ),
        pytest.param(
            "Arden Data sells maps to the Ohio Department of Transportation. Arden's chief "
            "executive, Philip Gaunt, declined to comment.\n",
            [("Philip Gaunt", "leads", "Arden Data")],
            None,
            id="Arden is short for Arden Data",
        ),
    ],
)
def test_what_a_phrasing_states_and_what_it_does_not(tmp_path, text, stated, unnamed):
    found = facts(write(tmp_path, text))
    assert set(stated) <= set(found), found
    assert not [f for f in found if unnamed in (f[0], f[2])], found


def test_a_request_not_to_sell_is_opposition_by_the_askers(tmp_path):
    path = write(
        tmp_path,
        "Shareholders and the American Civil Liberties Union asked Acme CEO "
        "Jane Roe not to sell Facewatch to police.\n",
    )
    found = facts(path)
    assert ("American Civil Liberties Union", "opposes", "Facewatch") in found
    assert ("Jane Roe", "leads", "Acme") in found
    assert not [f for f in found if f[0] == "Jane Roe" and f[1] == "opposes"]


def test_lists_passive_voice_and_acronyms(tmp_path):
    path = write(
        tmp_path,
        "Vigilant Solutions, a data broker, supplies the Department of Homeland "
        "Security (DHS) and the Federal Bureau of Investigation.\n"
        "The plate reader was used by DHS last year.\n",
    )
    found = facts(path)
    # an apposition between subject and verb does not hide the subject
    assert ("Vigilant Solutions", "supplies", "Department of Homeland Security") in found
    assert ("Vigilant Solutions", "supplies", "Federal Bureau of Investigation") in found
    path = write(
        tmp_path,
        "Vigilant Solutions has contracts with the Department of Homeland "
        "Security (DHS) and the Federal Bureau of Investigation.\n"
        "DHS also worked with Vigilant Solutions on a plate reader called LPR Hub.\n"
        "LPR Hub was deployed by DHS in 2019.\n",
    )
    found = facts(path)
    assert ("Vigilant Solutions", "supplies", "Department of Homeland Security") in found
    assert ("Vigilant Solutions", "supplies", "Federal Bureau of Investigation") in found
    assert ("Department of Homeland Security", "uses", "LPR Hub") in found


def test_short_names_and_the_company_refer_back(tmp_path):
    path = write(
        tmp_path,
        "Workers at Microsoft protested the deal.\n"
        "Satya Nadella, the chief executive of Microsoft, defended it.\n"
        "Nadella said the company has a contract with ICE.\n",
    )
    found = facts(path)
    assert ("Microsoft employees", "worksFor", "Microsoft") in found
    assert ("Satya Nadella", "leads", "Microsoft") in found
    assert ("Microsoft", "supplies", "ICE") in found


def test_registry_names_resolve_to_ids(tmp_path):
    registry = Registry(
        [
            Entity(id="clearview-ai", label="Clearview AI", type="Company", aliases=("Clearview",)),
            Entity(
                id="cbp",
                label="U.S. Customs and Border Protection",
                type="GovernmentAgency",
                aliases=("CBP",),
            ),
        ]
    )
    found = candidates(ARTICLES / "vendor-deal.txt", registry)
    first = found[0]
    assert (first.subject_id, first.relation, first.object_id) == (
        "clearview-ai",
        "supplies",
        "cbp",
    )
    assert next(c for c in found if c.subject == "TechCrunch").subject_id is None


def test_evidence_offsets_point_into_the_file_text():
    for path in sorted(ARTICLES.glob("*.txt")) + sorted(ARTICLES.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        for cand in candidates(path):
            assert " ".join(text[cand.start : cand.end].split()) == cand.evidence


def test_extract_yields_cited_facts_whose_new_names_the_one_resolver_types():
    context = ExtractContext(registry=Registry())
    items = list(extract(ARTICLES, context))
    assert context.problems == []
    # Names the registry lacks go to the build's resolver with their type, not as entities.
    assert items and not [i for i in items if isinstance(i, Entity)]
    facts, made = resolve_records(items, context.registry)
    entities = {e.id: e for e in made}
    assert entities["hoan-ton-that"].type == "Person"
    assert entities["google-employees"].type == "EmployeeGroup"
    fact = next(f for f in facts if f.subject == "clearview-ai" and f.relation == "supplies")
    assert fact.object == "customs-and-border-protection"  # one name key: "U.S." is dropped
    citation = fact.citations[0]
    assert (
        citation.source.url
        == "https://techcrunch.com/2020/08/14/clearview-ai-ice-hsi-contract-2020/"
    )
    assert citation.quote.startswith("Clearview AI has signed a contract")
    assert (citation.extractor, citation.extractor_version) == ("article", VERSION)
    assert citation.confidence == Decimal("0.75")  # clause reading and cue pattern agree
    assert citation.start is not None and citation.end > citation.start


def test_min_confidence_option_drops_weaker_candidates():
    context = ExtractContext(registry=Registry(), options={"min_confidence": 0.7})
    kept = [f for f in extract(ARTICLES, context) if isinstance(f, Fact)]
    assert kept and all(f.citations[0].confidence >= Decimal("0.7") for f in kept)


def test_unreadable_files_are_reported_and_the_rest_extracted(tmp_path):
    (tmp_path / "a.txt").write_text(
        (ARTICLES / "vendor-deal.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02")
    context = ExtractContext(registry=Registry(), root=tmp_path)
    items = list(extract(tmp_path, context))
    assert [str(p) for p in context.problems] == [
        "b.txt: binary file, not an article (it contains NUL bytes)"
    ]
    assert any(isinstance(i, Fact) for i in items)


@pytest.mark.slow
def test_output_is_the_same_whatever_the_hash_seed():
    # Set and dict order follow string hashing, which changes with each process's seed.
    script = (
        "import json, sys; from pathlib import Path; "
        "from graphkit.extractors.article import candidates; "
        "print(json.dumps([[c.as_dict() for c in candidates(p)] "
        "for p in sorted(Path(sys.argv[1]).iterdir())], sort_keys=True, default=str))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script, str(ARTICLES)],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(outputs) == 1
    per_article = json.loads(outputs.pop())
    assert len(per_article) == len(list(ARTICLES.iterdir()))
    assert sum(len(found) for found in per_article) >= 10


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        (
            "The Department of Homeland Security awarded Anduril Industries a contract for towers.",
            ("Anduril Industries", "supplies", "Department of Homeland Security"),
        ),
        (
            "LexisNexis Risk Solutions, a subsidiary of RELX, signed a contract with ICE.",
            ("LexisNexis Risk Solutions", "supplies", "ICE"),
        ),
        (
            "LexisNexis Risk Solutions, a subsidiary of RELX, signed a contract with ICE.",
            ("LexisNexis Risk Solutions", "partOf", "RELX"),
        ),
        (
            "Amazon Web Services, a subsidiary of Amazon, hosts Palantir's software for ICE.",
            ("Amazon Web Services", "hosts", "Palantir"),
        ),
        (
            "Senator Edward Markey criticized Amazon's Ring for sharing footage with police.",
            ("Edward Markey", "opposes", "Ring"),
        ),
        (
            "Ring, which Amazon bought in 2018, works with police departments.",
            ("Ring", "partOf", "Amazon"),
        ),
        (
            "The Ford Foundation funds the Surveillance Technology Oversight Project.",
            ("Ford Foundation", "funds", "Surveillance Technology Oversight Project"),
        ),
        (
            "Andy Jassy, Amazon's chief executive, told staff the company would keep selling.",
            ("Andy Jassy", "leads", "Amazon"),
        ),
        (
            "In a letter, more than 450 Amazon employees demanded that the company stop selling "
            "Rekognition to police.",
            ("Amazon employees", "opposes", "Rekognition"),
        ),
        (
            "Employees at Salesforce asked CEO Marc Benioff to cancel the CBP contract.",
            ("Salesforce employees", "opposes", "Salesforce CBP contract"),
        ),
        (
            "Mijente, an immigrant rights group, launched a campaign against Palantir.",
            ("Mijente", "opposes", "Palantir"),
        ),
    ],
)
def test_sentence_shapes(tmp_path, sentence, fact):
    assert fact in facts(write(tmp_path, sentence + "\n"))


@pytest.mark.parametrize(
    ("sentence", "relation"),
    [
        (
            "LexisNexis Risk Solutions, a subsidiary of RELX, signed a contract with ICE.",
            "supplies",
        ),
        ("Thomson Reuters denied that it sells data to ICE.", "supplies"),
        ("Google said it would not renew its contract with the Pentagon.", "supplies"),
        ("Salesforce CEO Marc Benioff defended the company's contract with CBP.", "supports"),
    ],
)
def test_what_a_sentence_does_not_say(tmp_path, sentence, relation):
    found = facts(write(tmp_path, sentence + "\n"))
    wrong = {
        "supplies": {
            ("RELX", "supplies", "ICE"),
            ("Thomson Reuters", "supplies", "ICE"),
            ("Google", "supplies", "Pentagon"),
        },
        "supports": {("Marc Benioff", "supports", "Salesforce")},
    }[relation]
    assert not wrong & set(found)


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        (
            "The Los Angeles Police Department is a customer of Palantir, records show.",
            ("Palantir", "supplies", "Los Angeles Police Department"),
        ),
        (
            "ICE purchased licenses from Babel Street last year.",
            ("Babel Street", "supplies", "ICE"),
        ),
        (
            "Peter Thiel, who co-founded Palantir, has donated to campaigns.",
            ("Peter Thiel", "leads", "Palantir"),
        ),
        (
            "An investigation by ProPublica found that ICE used the system.",
            ("ProPublica", "investigates", "ICE"),
        ),
        ("Mijente accused Palantir of enabling deportations.", ("Mijente", "opposes", "Palantir")),
        (
            "The Surveillance Technology Oversight Project received funding from the Ford Foundation.",
            ("Ford Foundation", "funds", "Surveillance Technology Oversight Project"),
        ),
        (
            "Andreessen Horowitz invested $100 million in Flock Safety.",
            ("Andreessen Horowitz", "funds", "Flock Safety"),
        ),
        (
            '"We stand by our work," said Lisa Gordon, a spokesperson for Palantir.',
            ("Lisa Gordon", "worksFor", "Palantir"),
        ),
        (
            "Axon Enterprise, the maker of the Taser, sells body cameras to the Chicago Police "
            "Department.",
            ("Axon Enterprise", "develops", "Taser"),
        ),
        (
            "Axon Enterprise, the maker of the Taser, sells body cameras to the Chicago Police "
            "Department.",
            ("Axon Enterprise", "supplies", "Chicago Police Department"),
        ),
    ],
)
def test_more_sentence_shapes(tmp_path, sentence, fact):
    assert fact in facts(write(tmp_path, sentence + "\n"))


@pytest.mark.parametrize(
    "sentence",
    [
        "The company declined to comment.",
        "Amazon shares rose 3% on Tuesday.",
        "Critics say the technology is biased.",
        "Amazon and Microsoft compete for the JEDI cloud contract.",
        "Microsoft lost the JEDI contract to Amazon.",
        "Oracle and IBM have bid for contracts with the Department of Defense.",
        "Senators from both parties have questioned Amazon about Ring.",
    ],
)
def test_sentences_that_state_no_relation(tmp_path, sentence):
    assert facts(write(tmp_path, sentence + "\n")) == []


def test_a_which_clause_does_not_take_the_subject(tmp_path):
    found = facts(
        write(tmp_path, "Thomson Reuters, which owns Reuters News, sells CLEAR to ICE.\n")
    )
    assert set(found) == {
        ("Reuters News", "partOf", "Thomson Reuters"),
        ("Thomson Reuters", "develops", "CLEAR"),
        ("Thomson Reuters", "supplies", "ICE"),
    }


def test_long_agency_names_without_their_acronym_stay_whole(tmp_path):
    found = facts(
        write(
            tmp_path,
            "Amazon is pitching its face search tool to Immigration and Customs Enforcement, "
            "according to emails obtained by the Project on Government Oversight.\n"
            "U.S. Customs and Border Protection, an agency of the Department of Homeland "
            "Security, has tested the tool. CBP Commissioner Rodney Scott praised it.\n"
            "The Government Accountability Office found that CBP had not assessed the risks.\n",
        )
    )
    assert found == [
        ("Amazon", "supplies", "Immigration and Customs Enforcement"),
        ("Project on Government Oversight", "investigates", "Amazon"),
        ("U.S. Customs and Border Protection", "partOf", "Department of Homeland Security"),
        ("Rodney Scott", "leads", "U.S. Customs and Border Protection"),
        ("Government Accountability Office", "investigates", "U.S. Customs and Border Protection"),
    ]


def test_described_branches_and_policies(tmp_path):
    found = facts(
        write(
            tmp_path,
            "Clearview AI has a contract with ICE.\n"
            "Clearview already worked with the branch of Homeland Security.\n"
            "Microsoft criticized the agency's practice of separating families at the border.\n",
        )
    )
    assert ("ICE", "partOf", "Homeland Security") in found
    assert ("Microsoft", "opposes", "practice of separating families") in found
    assert ("Microsoft", "opposes", "ICE") not in found


def test_vendors_behind_what_agencies_use(tmp_path):
    found = facts(
        write(
            tmp_path,
            "Documents released by the Electronic Privacy Information Center show that the FBI "
            "has used Clearview AI.\n"
            "Cellebrite's phone-cracking tools are used by ICE.\n"
            "The contract was awarded to Palantir by the Army.\n"
            "Clearview AI's CEO, Hoan Ton-That, has defended the company's work with ICE.\n"
            "The startup, which is backed by Peter Thiel, sells drones to the Marine Corps.\n",
        )
    )
    for fact in [
        ("Clearview AI", "supplies", "FBI"),
        ("Electronic Privacy Information Center", "investigates", "FBI"),
        ("Cellebrite", "supplies", "ICE"),
        ("Palantir", "supplies", "Army"),
        ("Clearview AI", "supplies", "ICE"),
        ("Hoan Ton-That", "leads", "Clearview AI"),
    ]:
        assert fact in found
    # the text states the use: ICE uses Cellebrite('s tools), and Cellebrite is not a product
    assert ("ICE", "uses", "Cellebrite") in found
    assert not [f for f in found if f[0] == "Hoan Ton-That" and f[1] == "supplies"]


def test_acquisitions_payments_and_titled_heads(tmp_path):
    found = facts(
        write(
            tmp_path,
            "Federal immigration authorities expanded their use of plate data.\n"
            "The records show that ICE paid Vigilant Solutions for access to scans.\n"
            "Vigilant, which was bought by Motorola Solutions in 2019, did not comment.\n"
            "Lawmakers wrote to ICE Director Matthew Albence asking him to stop.\n"
            "Sam Doe, a director at the Brennan Center for Justice, said the data is misused.\n",
        )
    )
    assert found == [
        ("Vigilant Solutions", "supplies", "ICE"),
        ("Vigilant Solutions", "partOf", "Motorola Solutions"),
        ("Matthew Albence", "leads", "ICE"),
        ("Sam Doe", "worksFor", "Brennan Center for Justice"),
    ]


def test_hard_wrapped_lines_are_read_as_one_sentence(tmp_path):
    path = write(
        tmp_path,
        "Clearview AI has signed a contract with U.S. Customs and Border\n"
        "Protection, according to procurement records reviewed by the\n"
        "Markup. The deal is small.\n",
    )
    (first, second) = candidates(path)
    assert (first.subject, first.relation, first.object) == (
        "Clearview AI",
        "supplies",
        "U.S. Customs and Border Protection",
    )
    assert (second.subject, second.relation) == ("Markup", "investigates")
    assert "\n" not in first.evidence


def test_passive_leadership(tmp_path):
    found = facts(
        write(
            tmp_path,
            "Anduril Industries, founded by Palmer Luckey, builds surveillance towers.\n"
            "The agency, led by acting director Todd Lyons, did not comment.\n"
            "Immigration and Customs Enforcement is headed by Todd Lyons.\n",
        )
    )
    assert ("Palmer Luckey", "leads", "Anduril Industries") in found
    assert ("Todd Lyons", "leads", "Immigration and Customs Enforcement") in found


def test_a_chief_officer_heads_the_office_whose_acronym_the_title_spells(tmp_path):
    found = facts(
        write(
            tmp_path,
            "The CQEO is an arm of the Vrelkan Border Agency.\n"
            '"We are ready," said Chief Quantum and Encryption Officer Dr. Dana Vrek.\n'
            '"So are we," said Chief Technology Officer Peter Zolm.\n',
        )
    )
    assert ("Dana Vrek", "leads", "CQEO") in found
    # no office in the text has the initials of his title: no organisation is guessed
    assert not [f for f in found if f[0] == "Peter Zolm"]


def test_the_office_may_be_named_in_full_with_its_acronym(tmp_path):
    found = facts(
        write(
            tmp_path,
            "The Chief Quantum and Encryption Office (CQEO) hands out grants.\n"
            '"We are ready," said Chief Quantum and Encryption Officer Dr. Dana Vrek.\n',
        )
    )
    assert ("Dana Vrek", "leads", "Chief Quantum and Encryption Office") in found


def test_an_abstract_noun_opening_a_sentence_is_no_name_but_a_university_is(tmp_path):
    found = facts(
        write(
            tmp_path,
            "Criticism of Quorvix Labs by the Zorvane Coalition has grown.\n"
            "University of Skarnel researchers condemned Quorvix Labs.\n",
        )
    )
    assert ("Zorvane Coalition", "opposes", "Quorvix Labs") in found
    assert ("University of Skarnel", "opposes", "Quorvix Labs") in found
    assert not [f for f in found if f[0].startswith("Criticism")]


def test_a_device_after_a_name_makes_a_product_line_unless_the_name_acts_alone(tmp_path):
    lines = facts(write(tmp_path, "The Zorvane Coalition condemned Skarnix drones.\n"))
    assert lines == [("Zorvane Coalition", "opposes", "Skarnix drones")]
    maker = facts(
        write(
            tmp_path,
            "The Zorvane Coalition condemned Skarnix in May. It later condemned Skarnix drones.\n",
        )
    )
    assert ("Zorvane Coalition", "opposes", "Skarnix") in maker
    assert not [f for f in maker if "Skarnix drones" in (f[0], f[2])]


def test_a_stance_on_a_deal_is_on_the_contract_its_phrase_names(tmp_path):
    found = facts(write(tmp_path, (
        "Corvane Systems sells drones to the Mirrow Police Department. The Tessel Coalition "
        "opposed Corvane Systems' deal with the Mirrow Police Department. The Ulvar League "
        "condemned the contract between Corvane Systems and the Mirrow Police Department. The "
        "Brisk Rights Project protested the deal with the Mirrow Police Department.\n"
    )))  # fmt: skip
    contract = "Corvane Systems Mirrow Police Department contract"
    assert ("Corvane Systems", "supplies", "Mirrow Police Department") in found
    for group in ("Tessel Coalition", "Ulvar League", "Brisk Rights Project"):
        assert (group, "opposes", contract) in found
        assert not [f for f in found if f[0] == group and f[1] == "supplies"]


def test_a_pending_acquisition_is_no_part_and_a_completed_one_is(tmp_path):
    pending = facts(write(tmp_path, (
        "Halvard Systems agreed to buy Orrin Analytics. Orrin Analytics will become part of "
        "Halvard Systems. Halvard Systems plans to acquire Orrin Analytics. The proposed "
        "acquisition of Orrin Analytics by Halvard Systems drew scrutiny.\n"
    ), "pending.txt"))  # fmt: skip
    assert not [f for f in pending if f[1] == "partOf"]
    done = facts(write(tmp_path, (
        "Halvard Systems acquired Orrin Analytics in 2019. Pell Labs, which Halvard Systems "
        "bought last year, makes sensors.\n"
    ), "done.txt"))  # fmt: skip
    assert ("Orrin Analytics", "partOf", "Halvard Systems") in done
    assert ("Pell Labs", "partOf", "Halvard Systems") in done


def test_buying_a_firm_is_no_use_of_it_and_buying_its_product_is(tmp_path):
    found = facts(write(tmp_path, (
        "Orlin Vale agreed to buy Tessmark. Pardine had acquired Quorrel before the audit. "
        "Harrowgate Labs develops Sennic. The Ulvar Police Department bought Sennic in 2021.\n"
    )))  # fmt: skip
    assert not [f for f in found if f[1] == "uses" and f[2] in ("Tessmark", "Quorrel")]
    assert not [f for f in found if f[1] == "partOf" and f[0] == "Tessmark"]
    assert ("Quorrel", "partOf", "Pardine") in found
    assert ("Ulvar Police Department", "uses", "Sennic") in found


def test_former_staff_named_first_in_a_sentence_are_no_body_and_no_person(tmp_path):
    path = write(tmp_path, (
        "Trevasso sells drones to the Ulvar Police Department. Former Trevasso staffers "
        "criticized the deal. Retired Ulvar Police Department officers condemned Trevasso.\n"
    ))  # fmt: skip
    found = facts(path)
    assert ("Trevasso", "supplies", "Ulvar Police Department") in found
    assert not [f for f in found if f[1] == "opposes"]
    types = {c.subject: c.subject_type for c in candidates(path)}
    assert types["Trevasso"] == "Company"


def test_questions_and_inverted_conditions_state_nothing(tmp_path):
    found = facts(write(tmp_path, (
        "Did Corvane Systems sell drones to the Mirrow Police Department? Had it known, the "
        "Tessel Coalition would have opposed Corvane Systems. Corvane Systems would have "
        "supplied the Mirrow Police Department had the council agreed.\n"
    )))  # fmt: skip
    assert found == []
