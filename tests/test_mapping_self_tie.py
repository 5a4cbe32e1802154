"""A mapping's row whose subject and object are one entity states nothing: the build says so
as a warning at the row, as it does of a subawards row naming the prime awardee as its own
subcontractor, and reads the file's other rows. The row was kept silently, the firm listed
among its own customers and drawn as a loop."""

from __future__ import annotations

from records_support import build_with, cli_build, mapping_of, relationships, warnings

# A vendor list whose buyer column repeats a vendor (ours, in a list's plain layout).
ROWS = (
    "vendor,buyer,ref\n"
    "Acme Widgets Inc,Acme Widgets Inc,R1\n"
    "Acme Widgets Inc,Springfield Police Department,R2\n"
)
SPEC = (
    "subject: {column: vendor, type: Company}\nrelation: supplies\n"
    "object: {column: buyer, type: Company}\n"
    "citation:\n  source: {url: 'https://list.example/vendors', title: Vendors}\n"
    "  locator: 'row {ref}'\n"
)
MESSAGE = (
    "the subject and the object are one entity, 'Acme Widgets Inc' (acme-widgets): a fact "
    "ties two entities, so the row's supplies is not stated; correct the row, or give the two "
    "their own entries in the registry if they are two"
)


def test_a_row_tying_a_firm_to_itself_is_said_and_not_stated(tmp_path):
    result = build_with(("mapping", mapping_of(tmp_path, ROWS, SPEC)))
    assert not result.problems
    assert [w for w in warnings(result) if w[0] == "awards.csv"] == [
        ("awards.csv", 2, "object", MESSAGE)
    ]
    assert not relationships(result, "supplies", "acme-widgets", "acme-widgets")
    # The file's other row is read as before.
    assert [r.object for r in relationships(result, "supplies", "acme-widgets")] == [
        "springfield-police-department"
    ]


def test_build_prints_the_warning(tmp_path):
    built = cli_build(tmp_path / "out", ("mapping", mapping_of(tmp_path, ROWS, SPEC)))
    assert built.exit_code == 0, built.stderr
    assert f"awards.csv:2 [object]: {MESSAGE}\n" in built.stderr
