"""RDF namespaces. `TG` fails on typos, so a misspelt term is an error, not a new IRI."""

from __future__ import annotations

import re
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

import pyoxigraph as ox
from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/techgov/ontology"
ID_BASE = "https://w3id.org/techgov/id/"

ENT = Namespace(ID_BASE)
REL = Namespace(ID_BASE + "rel/")
CIT = Namespace(ID_BASE + "citation/")
SRC = Namespace(ID_BASE + "source/")
CLAIM = Namespace(ID_BASE + "claim/")
GRAPHS = Namespace("https://w3id.org/techgov/graph/")
WD = Namespace("http://www.wikidata.org/entity/")

# Every prefix the project writes or reads, once; each output binds the ones it needs.
PREFIXES = {
    "tg": ONTOLOGY_IRI + "#",
    "ent": ID_BASE,
    "rel": str(REL),
    "cit": str(CIT),
    "src": str(SRC),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
}


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
    Claim: URIRef
    Citation: URIRef
    Source: URIRef
    PublisherRecords: URIRef
    GroupMembership: URIRef
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
    ongoing: URIRef
    disputed: URIRef
    disputedField: URIRef
    independentSources: URIRef
    member: URIRef
    group: URIRef
    fromYear: URIRef
    toYear: URIRef
    buyerOutside: URIRef
    buyerUndatedIn: URIRef
    sellerOutside: URIRef
    sellerUndatedIn: URIRef
    funderOutside: URIRef
    funderUndatedIn: URIRef
    claim: URIRef
    # claims
    claimedObject: URIRef
    claimedSubject: URIRef
    denied: URIRef
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
    reported: URIRef
    # sources
    url: URIRef
    title: URIRef
    publisher: URIRef
    published: URIRef
    retrieved: URIRef
    archiveUrl: URIRef
    sourceKind: URIRef
    derivedFrom: URIRef


# Organisation types (subclasses of tg:Organization), as registry files spell them.
ORGANIZATION_TYPES = ("Company", "GovernmentAgency", "AdvocacyGroup", "EmployeeGroup",
                      "MediaOrganization", "ResearchOrganization")  # fmt: skip


def types_meant(names: Iterable[str]) -> frozenset[str]:
    """Entity types as a `--type` filter means them: Organization is every kind of organisation
    (no entity is typed Organization alone: each is a company, an agency, a group ...)."""
    meant = set(names)
    if "Organization" in meant:
        meant.update(ORGANIZATION_TYPES)
    return frozenset(meant)


# Entity types as registry files spell them, mapped to their classes.
ENTITY_TYPES: dict[str, URIRef] = {
    name: TG[name]
    for name in (
        *ORGANIZATION_TYPES,
        "Organization",
        "Person",
        "Product",
        "Program",
        "Policy",
        "Contract",
    )  # fmt: skip
}

# Relations facts may state, by local name.
RELATIONS: dict[str, URIRef] = {
    name: TG[name]
    for name in (
        "develops",
        "supplies",
        "uses",
        "hosts",
        "funds",
        "partOf",
        "leads",
        "worksFor",
        "opposes",
        "supports",
        "investigates",
        "awardedContract",
    )  # fmt: skip
}

# Identifiers that records carry, as registry files spell them, and the property of each.
IDENTIFIER_TERMS: dict[str, URIRef] = {"uei": TG.uei, "duns": TG.duns, "cage": TG.cage}

# confirmed, reported and alleged follow the source (see resolve/provenance.py); a fact file
# may also state denied, ended or planned.
STATUSES = ("confirmed", "reported", "alleged", "denied", "ended", "planned")


def ontology_dir() -> Path:
    """The folder holding techgov.ttl and shapes.ttl, installed with the package."""
    return Path(str(resources.files("graphkit") / "ontology"))


# The names the graph's IRIs end in, checked whole (fullmatch: `$` lets a last "\n" through):
# an entity's id, as the registry and the resolver make them, and a Wikidata QID.
ENTITY_ID = re.compile(r"[a-z0-9][a-z0-9-]*")
QID = re.compile(r"Q[1-9][0-9]*")


def is_iri(text: str) -> bool:
    """Whether the store's own parser takes `text` as an IRI: the build's text names nothing
    else (everything else it names is a namespace here with a slug or a digest), so the store
    can load it without checking each IRI again."""
    try:
        ox.NamedNode(text)
    except ValueError:
        return False
    return True
