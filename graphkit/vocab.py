"""RDF namespaces. `TG` fails on typos, so a misspelt term is an error, not a new IRI."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/techgov/ontology"
ID_BASE = "https://w3id.org/techgov/id/"

ENT = Namespace(ID_BASE)
REL = Namespace(ID_BASE + "rel/")
CIT = Namespace(ID_BASE + "citation/")
SRC = Namespace(ID_BASE + "source/")
GRAPHS = Namespace("https://w3id.org/techgov/graph/")
WD = Namespace("http://www.wikidata.org/entity/")


class TG(DefinedNamespace):
    """Terms of ontology/techgov.ttl; tests keep this list and the Turtle in sync."""

    _fail = True
    _NS = Namespace(ONTOLOGY_IRI + "#")

    # classes
    Entity: URIRef
    Agent: URIRef
    Organization: URIRef
    Company: URIRef
    GovernmentAgency: URIRef
    AdvocacyGroup: URIRef
    EmployeeGroup: URIRef
    MediaOrganization: URIRef
    ResearchOrganization: URIRef
    Person: URIRef
    Product: URIRef
    Program: URIRef
    Policy: URIRef
    Contract: URIRef
    Relationship: URIRef
    Citation: URIRef
    Source: URIRef
    # relations
    develops: URIRef
    supplies: URIRef
    uses: URIRef
    hosts: URIRef
    funds: URIRef
    partOf: URIRef
    leads: URIRef
    worksFor: URIRef
    opposes: URIRef
    supports: URIRef
    investigates: URIRef
    awardedContract: URIRef
    # annotations
    inverseLabel: URIRef
    family: URIRef
    # entity descriptions
    alias: URIRef
    wikidata: URIRef
    homepage: URIRef
    uei: URIRef
    duns: URIRef
    cage: URIRef
    # contract descriptions (from award records)
    awardId: URIRef
    piid: URIRef
    parentAward: URIRef
    description: URIRef
    awardType: URIRef
    naicsCode: URIRef
    naicsDescription: URIRef
    pscCode: URIRef
    pscDescription: URIRef
    obligatedAmount: URIRef
    potentialValue: URIRef
    baseActionDate: URIRef
    latestActionDate: URIRef
    performanceStart: URIRef
    performanceEnd: URIRef
    describedBy: URIRef
    # relationship resources
    subject: URIRef
    relation: URIRef
    object: URIRef
    startDate: URIRef
    endDate: URIRef
    amount: URIRef
    currency: URIRef
    product: URIRef
    contract: URIRef
    role: URIRef
    status: URIRef
    citation: URIRef
    citationCount: URIRef
    # citations
    source: URIRef
    locator: URIRef
    quote: URIRef
    startOffset: URIRef
    endOffset: URIRef
    extractor: URIRef
    extractorVersion: URIRef
    confidence: URIRef
    inputFile: URIRef
    # sources
    url: URIRef
    title: URIRef
    publisher: URIRef
    published: URIRef
    retrieved: URIRef
    archiveUrl: URIRef
    sourceKind: URIRef


# Organisation types (subclasses of tg:Organization), as registry files spell them.
ORGANIZATION_TYPES = ("Company", "GovernmentAgency", "AdvocacyGroup", "EmployeeGroup",
                      "MediaOrganization", "ResearchOrganization")  # fmt: skip

# Entity types as registry files spell them, mapped to their classes.
ENTITY_TYPES: dict[str, URIRef] = {
    name: TG[name]
    for name in (*ORGANIZATION_TYPES, "Organization", "Person", "Product", "Program", "Policy",
                 "Contract")  # fmt: skip
}

# Relations facts may state, by local name.
RELATIONS: dict[str, URIRef] = {
    name: TG[name]
    for name in ("develops", "supplies", "uses", "hosts", "funds", "partOf", "leads", "worksFor",
                 "opposes", "supports", "investigates", "awardedContract")  # fmt: skip
}

STATUSES = ("confirmed", "alleged", "denied", "ended", "planned")


def ontology_dir() -> Path:
    """The folder holding techgov.ttl and shapes.ttl, installed with the package."""
    return Path(str(resources.files("graphkit") / "ontology"))
