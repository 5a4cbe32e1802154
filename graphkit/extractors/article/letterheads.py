"""A document's letterhead: its first line naming one body in capitals ("OSTERVALE POLICE
DEPARTMENT" over a memo, "CIVIC SIGHTLINES — ANNUAL REPORT 2023"), the body that writes the
text, whom "the department" and the text's "we" then mean. Not an addressee's name over a
letter to it (an address, "Attn:" or "Dear …" below), nor a newspaper's over its story, nor a
headline ("KELSO POLICE DEPARTMENT — CHIEF RESIGNS")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .entity import ORG_TYPES
from .openers import issued_lead
from .rules import Found

if TYPE_CHECKING:
    from .chunks import Chunk

# The line below an addressee's name: "Attn: …", a street address, "Dear …", "Letters to
# the Editor"
ADDRESSED = re.compile(
    r"\s*(?:attn|attention|c/o|dear|re:|records unit|letters|opinion)\b"
    # (a street's number and name, not a report's numbered heading: "6 Digital operations")
    r"|\s*\d+[A-Za-z]? (?:[A-Z][\w'-]* )*(?:Street|St|Road|Rd|Avenue|Ave|Drive|Lane|Way|Place|"
    r"Boulevard|Blvd|Square|Court|Terrace|Quay|Row|Highway|Parkway|Plaza)\b\.?"
    r"|\s*\d+ [A-Z]\w*(?: [A-Z]\w*)*,",
    re.IGNORECASE,
)
# A document's kind after a body's name in a letterhead: "— ANNUAL REPORT 2023", "— MEMO"
_DOCUMENT_AFTER = re.compile(
    r"\s+(?:—|–|-|\|)\s+(?:[A-Z0-9&,' ]*\s)?(?:REPORT|RELEASE|MEMO|MEMORANDUM|STATEMENT|UPDATE|"
    r"NEWSLETTER|BULLETIN|TESTIMONY|NOTICE|FACT SHEET|ASSESSMENT|BRIEF|SUMMARY|POLICY)\b"
    r"[A-Z0-9&,'/. –-]*\s*$"  # ("| PROCUREMENT BULLETIN 4/2025", "| ANNUAL REPORT 2024–25")
    # or in title case, with the period it covers: "| Investor Update, Q3 2025"
    r"|\s+(?:—|–|-|\|)\s+(?:[A-Z][a-z]+ ){0,3}(?:Report|Release|Memo|Memorandum|Statement|"
    r"Update|Newsletter|Bulletin|Notice|Summary|Paper|Briefing|Brief|Submission)"
    r"(?:,? (?:Q[1-4]|H[12]|[A-Z][a-z]+)? ?\d{4}(?:[/–-]\d{2,4})?)?"
    r"(?:\s+\|\s+(?:Chapter|Section|Part) [\w.]+)?\s*$"  # "| Annual Report 2024 | Chapter 6"
)


# The line under a publication's name saying whose it is: "Newsletter of the Y"
_PUBLICATION_OF = re.compile(
    r"\s*(?:the )?(?:[a-z']+ )?(?:newsletter|bulletin|magazine|journal) of ", re.IGNORECASE
)


# The body's own office after it: "BRENNOCK POLICE DEPARTMENT — Office of the Chief of Police",
# or the function whose page it is: "Revontuli Air Navigation Services Oy | Procurement"
_OWN_OFFICE_AFTER = re.compile(
    r"\s+(?:—|–|-|\|)\s+(?:Office of the [A-Z][\w ]+|Procurement|Tenders|Newsroom|Media Centre|"
    r"Media Room|Press Office|Corporate Communications)$",
    re.IGNORECASE,
)


def letterhead(doc, chunks: list[Chunk], span: tuple[int, int], capitals: bool) -> str | None:
    """The key of the body the document's first line names as its letterhead, if it does. A
    line in title case must name a body whose kind its name tells ("Northfold Analytics Inc."),
    not one of no known kind (a writer's name over a post)."""
    if not chunks or (
        chunks[0].start != span[0] and not issued_lead(doc.text[span[0] : chunks[0].start])
    ):
        return None  # (but "STATEMENT FROM THE X": the kind of the text X issues)
    if ADDRESSED.match(doc.text, span[1], span[1] + 300):
        return None
    if _PUBLICATION_OF.match(doc.text, span[1]):
        return None  # a publication's name over "Newsletter of the Y": Y writes it
    entity = doc.lookup(chunks[0].name)
    rest = doc.text[chunks[0].span_end : span[1]]
    whole = not rest.strip(" .") or _DOCUMENT_AFTER.match(rest) or _OWN_OFFICE_AFTER.match(rest)
    whole = whole or _named_again(doc, chunks, rest)
    # a newspaper's name over its story (but a broadcaster's own "| ANNUAL REPORT 2024–25")
    kinds = ORG_TYPES - ({"MediaOrganization"} if not _DOCUMENT_AFTER.match(rest) else set())
    if whole and entity and entity.type in kinds and not entity.place:
        # (a name of no known kind over "– Annual Report 2024–25": a body's report)
        if not capitals and entity.guessed and not (rest.strip() and _DOCUMENT_AFTER.match(rest)):
            return None
        heading = _column_heading(chunks[0].name) or _document_kind(entity.name)
        return None if heading or publication(entity.name) else entity.key
    return None


def _named_again(doc, chunks: list[Chunk], rest: str) -> bool:
    """Whether the rest of the line is the body's name in another language, a name of no known
    kind after a bar: "Charities Commission for Wales (CCW) | Comisiwn Elusennau Cymru"."""
    if len(chunks) < 2 or rest.strip() != "| " + chunks[1].name or chunks[1].name.isupper():
        return False  # (not a page's heading in capitals: "X | COMPANY PROFILES")
    other = doc.lookup(chunks[1].name)
    return other is not None and other.guessed and not other.place


# The last word of a publication's or a page's name ("KRT Engineering Blog", "Harbourside
# Weekly", "CaseWeave FAQ", a firm's blog "Brunnfeld Engineering"): its body writes the text,
# but the name is not the body's
_PUBLICATION_ENDS = frozenset(
    ["blog", "newsletter", "bulletin", "digest", "podcast", "journal", "magazine", "gazette"]
    + ["weekly", "briefing", "roundup", "dispatch", "wire", "times", "post", "herald", "review"]
    + ["faq", "engineering", "notes"]
)


def publication(name: str) -> bool:
    """Whether a name is a publication's ("BRANCH BULLETIN No. 14": its number aside)."""
    words = [w.lower().strip(".") for w in name.split()]
    while len(words) > 1 and words[-1] in ("no", "issue", "vol", "volume"):
        words.pop()
    return bool(words) and words[-1] in _PUBLICATION_ENDS


# The words of a column's or a page's heading ("DOCUMENT OF THE WEEK", "COMMUNITY VOICES",
# "GUEST OPINION", "THE DEAL SHEET"), which name no body
_HEADING_WORDS = frozenset(
    ["document", "week", "community", "voices", "voice", "guest", "opinion", "deal", "deals"]
    + ["sheet", "notes", "letters", "editor", "column", "roundup", "digest", "briefs", "brief"]
    + ["commentary", "analysis", "viewpoint", "perspective", "op-ed", "feature", "weekly"]
)


# A document's kind in capitals, no body's name: "PRESS RELEASE", "MEDIA STATEMENT"
_KIND_WORDS = frozenset(
    ["press", "media", "news", "release", "statement", "advisory", "notice", "for", "immediate"]
    # a listed firm's to its exchange: "ASX ANNOUNCEMENT"
    + ["announcement", "asx", "nzx", "tsx", "jse", "sgx", "lse", "nyse", "nasdaq"]
)


def _document_kind(name: str) -> bool:
    return set(name.lower().split()) <= _KIND_WORDS


def _column_heading(name: str) -> bool:
    words = [w.lower() for w in re.findall(r"[A-Za-z-]+", name)]
    content = [w for w in words if w not in ("of", "the", "and", "a", "for", "on", "in")]
    return bool(content) and all(w in _HEADING_WORDS for w in content)


# The line under a letterhead saying whose the body is: "A business unit of the Department of
# Civic and Identity Services", "An agency of the Ministry of Finance"
_UNIT_LINE = re.compile(
    r"(?:an? |the )?(?:[a-z-]+ ){0,2}(?:unit|division|agency|office|arm|branch|directorate|"
    r"department|subsidiary|part) of (?:the )?@(?P<o>\d+)@\.?"
)


# The words of a unit's name: "Office of Internal Audit", "Investment Accounting Division"
_UNIT_WORDS = frozenset({"office", "division", "unit", "directorate", "branch", "bureau", "team"})


def letterhead_unit(sentences: list) -> list:
    """The letterhead's body is part of the body the line under it names as its own; a unit
    named alone on that line ("Office of Internal Audit") is part of the letterhead's body."""
    doc = sentences[0].doc if sentences else None
    body = doc.entities.get(doc.letterhead or "") if doc else None
    if body is None:
        return []
    lines = doc.text[doc.body_start :].split("\n", 2)
    unit = doc.lookup(lines[1].strip()) if len(lines) > 2 else None
    # (not an officer's own office, "Office of the City Attorney", which may stand apart)
    named = unit is not None and not unit.name.lower().startswith("office of the")
    named = named and unit.key != body.key and not unit.place and unit.type in ORG_TYPES
    if named and _UNIT_WORDS & set(unit.name.lower().split()):
        start = doc.body_start + len(lines[0]) + 1
        found = Found(unit.key, "partOf", body.key, 0.65, "letterhead unit")
        return [(found, (start, start + len(lines[1].rstrip())))]
    for first, second in list(zip(sentences, sentences[1:], strict=False))[:2]:
        if first.start != doc.body_start and body.key not in {m.key for m in first.mentions}:
            continue
        match = _UNIT_LINE.match(second.masked)
        owner = second.entity(int(match.group("o"))) if match else None
        # (its own line, though a short text may read the lines after it as running on)
        end = second.mentions[int(match.group("o"))].end if match else 0
        if owner is not None and doc.text[end:].split("\n", 1)[0].strip(" ."):
            return []
        if owner is None or owner.type not in ORG_TYPES or owner.place or owner.key == body.key:
            return []
        return [
            (
                Found(body.key, "partOf", owner.key, 0.65, "letterhead unit"),
                (second.start, second.end),
            )
        ]
    return []
