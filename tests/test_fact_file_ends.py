"""A fact ties two entities: one whose subject and object name the same entity (a name and
its alias, an id and a label) is refused at its line, not kept as a loop nor dropped unsaid."""

from __future__ import annotations

from support import build_with_facts, invoke

ROWS = """\
subject,relation,object,url,title,locator
palantir,supplies,Palantir Technologies,https://example.org/a,A,p1
ICE,partOf,U.S. Immigration and Customs Enforcement,https://example.org/a,A,p2
palantir,supplies,hsi,https://example.org/a,A,p3
"""


def test_a_fact_whose_two_ends_are_one_entity_is_refused_at_its_line(tmp_path):
    ran, report = build_with_facts(tmp_path, {"loops.csv": ROWS})
    assert ran.exit_code == 1
    assert [(p["file"], p["line"], p["field"], p["message"]) for p in report["skipped"]] == [
        (
            "data/facts/loops.csv",
            2,
            "object",
            "'Palantir Technologies' names the subject's entity too, palantir: a fact ties two "
            "entities",
        ),
        (
            "data/facts/loops.csv",
            3,
            "object",
            "'U.S. Immigration and Customs Enforcement' names the subject's entity too, ice: a "
            "fact ties two entities",
        ),
    ]
    shown = invoke("show", "palantir", "--graph", tmp_path / "out" / "graph.ttl").stdout
    assert "Homeland Security Investigations" in shown
    assert "  Palantir Technologies\n" not in shown
