"""Helpers for the record import tests: build the mini project with extra sources, read facts."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from rdflib import RDFS, Literal
from support import MINI, REPO, SHARED, copy_project, invoke

from graphkit.build.pipeline import build
from graphkit.config import SourceSpec, load_config
from graphkit.model import SourceDoc
from graphkit.rdf.iris import source_iri
from graphkit.vocab import ENT, RELATIONS, TG

RECORDS = Path(__file__).resolve().parent / "fixtures" / "records"
DATASETS = SHARED / "datasets"


def build_with(*sources: tuple[str, Path], config: Path = MINI / "graphkit.toml"):
    """The mini project built with extra `(kind, path)` sources."""
    specs = [SourceSpec(kind, Path(path)) for kind, path in sources]
    return build(load_config(config), extra_sources=specs)


def build_unvalidated(*sources: tuple[str, Path], config: Path = MINI / "graphkit.toml"):
    """`build_with` minus the shape checks, which take minutes on the larger real files; the
    smaller ones are validated in full."""
    specs = [SourceSpec(kind, Path(path)) for kind, path in sources]
    return build(load_config(config), extra_sources=specs, validate=False)


def mapping_of(folder: Path, rows: str, spec: str) -> Path:
    """A mapping source written for a test: its CSV rows (`awards.csv`, header first) and its
    YAML, which reads `data: awards.csv`; the path of the YAML."""
    (folder / "awards.csv").write_text(rows, encoding="utf-8")
    (folder / "awards.yaml").write_text("data: awards.csv\n" + spec, encoding="utf-8")
    return folder / "awards.yaml"


# A city's own purchase-order export, mapped: each vendor supplies the city, cited by its PO.
CITY_ORDERS = (
    "subject: {column: Vendor, type: Company}\nrelation: supplies\n"
    "object: {value: City of Springfield, type: GovernmentAgency}\n"
    "qualifiers: {amount: Amount, currency: {value: USD}}\n"
    "citation:\n  source: {url: 'https://springfield.example/po.csv', title: POs}\n"
    "  locator: 'PO {PO}'\n"
)


def city_orders(folder: Path, spec: str = CITY_ORDERS):
    """The mini project built with two purchase orders mapped by `spec` (CITY_ORDERS's shape,
    whose rule is on the mapping's line 5)."""
    rows = "Vendor,Amount,PO\nVendor 1,100.00,PO-1\nVendor 2,200.00,PO-2\n"
    return build_with(("mapping", mapping_of(folder, rows, spec)))


def table_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a CSV fixture, by column, to edit."""
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def prime_rows() -> list[dict[str, str]]:
    """The rows of the prime awards fixture (`prime_awards.csv`), by column, to edit."""
    return table_rows(RECORDS / "prime_awards.csv")


def write_rows(path: Path, rows: list[dict[str, str]], **saved) -> Path:
    """`rows` written as a CSV file at `path`, header first; `saved` may give the `encoding`
    ("utf-8-sig": a byte-order mark), `lineterminator` ("\r\n") and `delimiter` (";") a
    spreadsheet saves with."""
    with open(path, "w", encoding=saved.get("encoding", "utf-8"), newline="") as handle:
        ends = saved.get("lineterminator", "\n")
        writer = csv.DictWriter(
            handle,
            fieldnames=list(rows[0]),
            lineterminator=ends,
            delimiter=saved.get("delimiter", ","),
        )
        writer.writeheader()
        writer.writerows(rows)
    return path


def registry_project(folder: Path, entities: str) -> Path:
    """A copy of the mini project in `folder` with `entities` (YAML entries) added to its
    registry; its graphkit.toml, for `build_with(config=...)`."""
    project = copy_project(MINI, folder / "project")
    with (project / "data" / "entities.yaml").open("a", encoding="utf-8") as registry:
        registry.write(entities)
    return project / "graphkit.toml"


def problems(result) -> list[tuple[str, int | None, str | None, str]]:
    """(file name, line, field, message) of every skipped entry."""
    return [(Path(p.path).name, p.line, p.field, p.message) for p in result.problems]


def warnings(result) -> list[tuple[str, int | None, str | None, str]]:
    """(file name, line, field, message) of every warning: read right, worth a look."""
    return [(Path(w.path).name, w.line, w.field, w.message) for w in result.warnings if w.path]


def other_warnings(result) -> list[tuple[str, int | None, str | None, str]]:
    """`warnings` but that a file's dates read either way were read month first: the prime
    awards fixture's second row is dated as a US spreadsheet saves a date ("3/5/21")."""
    return [w for w in warnings(result) if "may be written day or month first" not in w[3]]


def relationships(
    result, relation: str | None = None, subject: str | None = None, obj: str | None = None
):
    return [
        r
        for r in result.relationships
        if (relation is None or r.relation == relation)
        and (subject is None or r.subject == subject)
        and (obj is None or r.object == obj)
    ]


def value(result, entity_id: str, term):
    return result.graph.value(ENT[entity_id], term)


def label(result, entity_id: str) -> str:
    return str(result.graph.value(ENT[entity_id], RDFS.label))


def in_record_graph(result, url: str, triple) -> bool:
    """Whether the named graph of the record at `url` holds the triple."""
    return triple in result.dataset.graph(source_iri(SourceDoc(url=url)))


def decimal(node) -> Decimal:
    return Decimal(str(node))


__all__ = [
    "CITY_ORDERS",
    "ENT",
    "Literal",
    "RELATIONS",
    "TG",
    "DATASETS",
    "RECORDS",
    "build_unvalidated",
    "build_with",
    "city_orders",
    "decimal",
    "in_record_graph",
    "label",
    "other_warnings",
    "prime_rows",
    "table_rows",
    "problems",
    "registry_project",
    "relationships",
    "value",
    "warnings",
    "write_rows",
]


# An Atlas of Surveillance export's header, and one row of it with the columns the importer reads
ATLAS_HEADER = (
    "AOSNUMBER,City,County,State,Agency,Type of LEA,Summary,Type of Juris,Technology,Vendor,"
    "Link 1,Link 1 Snapshot,Link 1 Source,Link 1 Type,Link 1 Date,Other Links\n"
)


def atlas_row(number: int, agency: str, technology: str, vendor: str, state: str = "MN") -> str:
    return (
        f'TEST{number:06d},Testville,Test County,{state},"{agency}",Police,TEST DATA,Municipal,'
        f'"{technology}","{vendor}",,,,,,\n'
    )


def cli_build(out: Path, *sources: tuple[str, Path], config: Path = MINI / "graphkit.toml"):
    """`graphkit build` of the mini project with extra `(kind, path)` sources into `out`,
    as a user runs it: the command's result."""
    args = [arg for kind, path in sources for arg in ("--source", f"{kind}:{path}")]
    return invoke("build", "--config", config, "--out", out, *args)


TRACKER = "https://tracker.example/awards.csv"
# A tracker's sheet of awards: its own supplier, ICE office and figure for each award
TRACKED = (
    "subject: {column: vendor, type: Company}\n"
    "relation: supplies\n"
    "object: {column: office, type: GovernmentAgency, scope: {value: '7012'}}\n"
    "qualifiers: {amount: value, currency: {value: USD}, contract: award}\n"
    "citation:\n"
    f"  source: {{url: '{TRACKER}', title: Tracker}}\n"
    "  locator: 'award {award}'\n"
)
# A tracker's sheet of USAspending's awards, as Torn Apart's freezer is: `derived_from` says so.
COPY = TRACKED + "  derived_from: USAspending.gov\n"


def tracker_claims(
    folder: Path, prime: list[dict[str, str]], sheet: str, *more: tuple[str, Path]
) -> Path:
    """`graphkit build` of the mini project with these prime award rows and a tracker's sheet
    (`vendor,office,value,award` rows) giving awards its own supplier, ICE office and figure,
    as Torn Apart's freezer does, and `more` sources; the output folder."""
    mapping = mapping_of(
        folder,
        "vendor,office,value,award\n" + sheet,
        TRACKED,
    )
    out = folder / "out"
    prime_file = write_rows(folder / "prime.csv", prime)
    result = cli_build(out, ("usaspending", prime_file), *more, ("mapping", mapping))
    assert result.exit_code == 0, result.stderr
    return out


ICE_PRIME = DATASETS / "usaspending" / "Contracts_PrimeAwardSummaries_ICE_MN_dev.csv"
FREEZER = DATASETS / "torn-apart" / "freezer.csv"
# Whether the real ICE download and Torn Apart's freezer are here (`freezer_build`).
HAVE_FREEZER = ICE_PRIME.is_file() and FREEZER.is_file()
NO_FREEZER = "../shared/datasets (the ICE download and Torn Apart's freezer) is not here"


def freezer_build(out: Path) -> Path:
    """`graphkit build` of the mini project with the real ICE download and Torn Apart's freezer
    (through the example mapping), where Torn Apart names American Toner & Ink the supplier of
    the award USAspending gives JEREMY MEYER; the output folder."""
    mapping = REPO / "examples" / "torn-apart-freezer.yaml"
    result = cli_build(out, ("usaspending", ICE_PRIME), ("mapping", mapping))
    assert result.exit_code == 0, result.stderr
    return out


RADAR = DATASETS / "surveillance-radar" / "procurement-awards.geojson"
# Whether surveillance-radar's awards and Torn Apart's freezer are here (`radar_build`).
HAVE_RADAR = RADAR.is_file() and FREEZER.is_file()
NO_RADAR = "../shared/datasets (surveillance-radar's awards and Torn Apart's freezer) is not here"


def radar_build(out: Path) -> Path:
    """`graphkit build` of the mini project with surveillance-radar's awards and Torn Apart's
    freezer, both through their example mappings, which give some awards two suppliers
    (Cellebrite, Cellebrite USA) or two figures; the output folder."""
    examples = REPO / "examples"
    result = cli_build(
        out,
        ("mapping", examples / "surveillance-radar-awards.yaml"),
        ("mapping", examples / "torn-apart-freezer.yaml"),
    )
    assert result.exit_code == 0, result.stderr
    return out
