"""A document's defined terms: "the District", "the Department", "the County" written
capitalised for the body the text names in full ("Tarrow Valley Unified School District",
perhaps in a letterhead's capitals), read as that body, never as a body of its own."""

from __future__ import annotations

import re
from functools import lru_cache

from .headnouns import organisation
from .kinds import personal_name
from .shapes import shape_type

# Heads a policy, a contract or a filing writes capitalised for the body it names in full
DEFINED_HEADS = (
    "(?:District|County|City|Department|Commission|Board|Authority|Agency|Bureau|Ministry|"
    "Directorate|Constabulary|Municipality|Committee|Tribunal|"
    # (a decision notice's "the Commissioner", not the title before a name: "the Commissioner,
    # Jane Roe", "the Commissioner of Excise, Ms Roe")
    r"Commissioner(?!,? (?:[A-Z]|of\b))|Ombudsman(?!,? [A-Z])|"
    "Sheriff['’]s Office|"
    "Sheriff['’]s Department|Police Department|Fire Department|School District|City Council|"
    # a group's own text: "the Project's lawsuit", "the Foundation's grant"
    "Project|Coalition|Alliance|Foundation|Institute|Fund|Union|Network|Trust|Association|"
    "University|College)"  # ("the University's Student Success Team")
)


def defined_term(text: str, chunk) -> bool:
    """Whether a one-word name is a document's defined term for a body it names in full: "the
    District" for the "Tarrow Valley Unified School District" ("The District's Parent Advisory
    Committee …"), read as a reference, not as a body of its own ("District property" names
    none)."""
    return re.fullmatch(DEFINED_HEADS, chunk.name) is not None and _named_in_full(text, chunk.name)


@lru_cache(maxsize=16)  # a text's heads at most: no older text is kept alive
def _named_in_full(text: str, head: str) -> bool:
    """Whether the text names a body with this head in full (once per text and head: a long
    text says "the County" many times); the full name may be a letterhead's, in capitals."""
    if head == "City":  # "City of Harlowe Springs" (not "Kansas City", "Marrowfield City Council")
        return re.search(r"\b(?i:city of) [A-Z]", text) is not None
    head = re.escape(head)  # "Kestrel County", "Ministry of Household Wellbeing"
    return re.search(rf"[A-Z][\w'’-]* (?i:{head})\b|\b{head} (?:of|for) [A-Z]", text) is not None


def defined_body(doc, noun: str) -> str | None:
    """The body a defined term means: the letterhead's when it has that head, else the one
    body of the text with it; none when the text names several ("the Board" beside two)."""
    bodies = [
        key
        for key, entity in doc.entities.items()
        if organisation(entity)
        and re.search(rf" {noun}(?: (?:of|for|on)\b.*)? $", f" {entity.name.lower()} ")
    ]
    if doc.letterhead in bodies:
        return doc.letterhead
    if len(bodies) > 1 and noun in _GROUP_HEADS:
        # a group's own text names itself first, in its masthead or opening, and others of its
        # kind after ("the Association", beside "a merger with the Y Association")
        return min(bodies, key=lambda k: _first_named(doc, k))
    return bodies[0] if len(bodies) == 1 else None


def _first_named(doc, key: str) -> int:
    spots = [doc.text.find(name) for name in doc.entities[key].names]
    return min((spot for spot in spots if spot >= 0), default=len(doc.text))


_GROUP_HEADS = frozenset(
    ["project", "coalition", "alliance", "foundation", "institute", "fund", "union", "network"]
    + ["trust", "association"]
)


# A party's defined term in brackets: 'Acme Systems, Inc. ("Contractor")', 'the Yorvik Police
# Department (the "Department")', '(hereinafter "Vendor")', and unquoted, "(the Contractor)"
_PARTY_TERM = re.compile(
    r"\((?:the |hereinafter(?: (?:called|referred to as))? )?(?P<quote>[\"“])?(?:the )?"
    r"(?P<term>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?(quote)[\"”])(?:,? or [^()]{1,40})?\)"
)
# What may stand between a party's name and its term: a legal form, a comma
_BEFORE_TERM = re.compile(r"(?:,? (?:Inc|LLC|Ltd|Corp|Co|L\.P|PLC|plc)\.?)?,?\s*$")


_PARTY_ROLES = frozenset(
    ["contractor", "subcontractor", "vendor", "supplier", "consultant", "provider", "licensee"]
    + ["licensor", "company", "customer", "client", "buyer", "purchaser", "seller", "agency"]
    + ["department", "city", "county", "town", "village", "district", "state", "authority"]
    + ["board", "commission", "grantee", "grantor", "recipient", "partner", "lessor", "lessee"]
    + ["operator", "manufacturer", "distributor", "reseller", "integrator", "sponsor", "owner"]
    + ["registry", "registrar", "office", "bureau", "service", "council", "ministry", "institute"]
    + ["university", "college", "applicant", "claimant", "respondent", "appellant", "defendant"]
)

# A judgment's heading naming each party in capitals with its role: "BETWEEN CARIBTECH
# REGISTRY SOLUTIONS LIMITED CLAIMANT", "AND BLUE MAHOE DIGITAL LIMITED INTERESTED PARTY",
# "ROUTEMIND AFRICA (PTY) LTD – Applicant", "KENYA … COUNCIL ........ APPELLANT", or the role
# on the line under the name
_COURT_PARTY = re.compile(
    # (a union for its members: "X UNION obo SIBIYA AND 22 OTHERS, Applicants"; dots as an
    # ellipsis's characters: "X ……………… APPELLANT")
    r"^(?:BETWEEN |AND |V |VS\.? )?(?P<name>[A-Z][A-Z0-9&.,'’() -]+?)(?: obo [^,\n]{1,60})?"
    r"(?:,|\s+[–—-]|\s*[.…]{3,}|\s*…+)?"
    r"\s+(?P<role>(?i:(?:first |second |third |fourth )?(?:claimant|respondent|applicant|"
    r"appellant|defendant|plaintiff|petitioner|complainant|interested party)s?))$",
    re.M,
)
_SMALL = frozenset(["AND", "OF", "THE", "FOR", "IN", "ON", "DE", "DU", "LA", "&"])


def _cased(word: str) -> str:
    """A heading's word as a name writes it: "Registry", "of"; an acronym kept ("NHS", "IT")."""
    if word in _SMALL:
        return word.lower()
    if word.startswith("(") and word.endswith(")"):
        return f"({_cased(word[1:-1])})"
    return word if len(word) <= 3 else word.capitalize()


# A firm's legal form at the end of a heading's name: "X (PTY) LTD", "X LIMITED"
_LEGAL_FORM = re.compile(r"(?:,? \((?:PTY|SOC|RF)\))?,? (?:LTD|LIMITED|INC|LLC|PLC)\.?$")


def _without_form(doc, name: str):
    """The party a heading names with its legal form where the text's name has none ("X (PTY)
    LTD, Appellant" and the entity "X"), then named in full."""
    bare = _LEGAL_FORM.sub("", name)
    party = doc.lookup(bare) if bare != name else None
    if party is None or party.name != bare:
        return None
    party.name = " ".join(_cased(w) for w in name.split())
    doc._alias_to(name, party)
    return party


_ROLE_BEFORE = re.compile(
    r"\b(?:the|The) ((?:First |Second )?(?:Claimant|Respondent|Applicant|Appellant|Defendant|"
    r"Plaintiff|Petitioner|Interested Party))\s*$"
)


def court_parties(doc) -> list[str]:
    """A judgment's roles stand for the parties its heading names: "the Claimant" is the firm
    over "CLAIMANT", "the Respondent's decision" the registry's."""
    parties: list[str] = []
    for match in _COURT_PARTY.finditer(doc.text):
        name, role = match.group("name").strip(), match.group("role")
        party = doc.lookup(name) or doc.lookup(name.title()) or _without_form(doc, name)
        whole = doc.lookup(f"{name} {role}")  # (the line read as one name, its role in it)
        if whole is not None and whole.name.isupper():
            whole.name = " ".join(_cased(w) for w in name.split())
            if party is not None and party.key != whole.key:
                doc._alias_to(party.name, whole)
            doc._alias_to(name, whole)
            party = whole
        if party is not None and len(party.name.split()) > 1:
            doc._alias_to(role.title(), party)
            parties.append(party.key)
    return parties


def defined_parties(doc) -> None:
    """A contract's or a filing's defined terms for its parties stand for the parties: after
    'Acme Systems, Inc. ("Contractor")', "Contractor shall provide …" is Acme's promise; a
    judgment's "Claimant" and "Respondent" the parties its heading names."""
    parties = court_parties(doc)
    for match in _PARTY_TERM.finditer(doc.text):
        before = doc.text[max(0, match.start() - 120) : match.start()]
        gap = _BEFORE_TERM.search(before)
        named = before[: gap.start()] if gap else before
        party = max(
            (
                entity
                for entity in list(doc.entities.values())
                if any(
                    text.endswith(name)
                    for text in (named, before.rstrip(", "))
                    for name in entity.names
                )
            ),
            key=lambda entity: len(entity.name),
            default=None,
        )
        role = _ROLE_BEFORE.search(named)  # ('The Respondent ("the Registry")': its party's)
        party = party or (doc.lookup(role.group(1)) if role else None)
        term = match.group("term")
        # (a party's role only: not "the Equipment" or "the Software", which name goods, nor a
        # short name of its own, 'Brevant Home, Inc. ("Brevant")', a short name's business; and
        # no person's: "Jane Roe (the "Declarant")")
        if party is not None and term.lower() in _PARTY_ROLES and len(party.name.split()) > 1:
            doc._alias_to(term, party)
    for key in parties:  # a body, not a person, whatever "the Claimant relied on …" made it
        party = doc.entities.get(key)
        if party is None or personal_name(party.name):
            continue  # (a person may be a party too: "AND THABO MAPHUTHA RESPONDENT")
        kind = shape_type(party.name) or "Organization"
        if kind != "Person":
            party.votes["Person"] = 0
            party.votes[kind] += 5
