"""Staff named on a document's own lines, read from the lines themselves (the sentences a list
of names makes run them together): the officers "In attendance" at a body's meeting, or named
on its minutes' and reports' own label lines ("Minutes taken by:", "Audit team:"), work for the
body whose minutes or report they are, and a signatory signs for the body on their line."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .staff_lines import HEADS, person_named

if TYPE_CHECKING:
    from . import Candidate
    from .mentions import DocumentEntities

# Officers at a meeting, as minutes list them (members "Present" are the board's, no staff)
# (and the body's own staff on a minutes' or a report's label lines: "Officers: X, Parking
# Services Manager", "Minutes taken by: Y, Democratic Services Officer", "Audit team: Z (Audit
# Manager); W", "Investigator: V, Senior Investigator")
_ATTENDING = re.compile(
    r"(?:officers in attendance|in attendance|also in attendance|(?:officers|staff) present|"
    r"also present"
    r"|(?P<members>present)"
    r"|(?P<staff>officers|minutes taken by|recorded by|minute[- ]taker|(?P<team>audit team|"
    r"audit director|audit principal|investigators?|caseworkers?|case officers?)))"
    r"\s*:\s*(?P<items>.+)",
    re.IGNORECASE,
)
# A unit's head on a staff line: the role rules read the unit, not the body's staff
_UNIT_HEAD = re.compile(r"(?:(?:deputy|assistant) )?(?:head|director)\b", re.IGNORECASE)
# The bodies whose reports name their audit or investigation team
_OVERSIGHT = re.compile(r"audit|comptroller|ombuds|inspector|accounts", re.IGNORECASE)
# "Stuart Hebden (Parking Services Manager)": the title in brackets after the name
_BRACKETED_TITLE = re.compile(r"(?P<name>[^()]+?) \((?P<title>[^()]+)\)")
# Of the members present, only the body's chief officer is told by the list: "Present: X,
# Chief Executive (Chair)" (a member who chairs leads the board, whose name the list may not say)
_CHIEF = re.compile(r"chief executive(?: officer)?|ceo|director[- ]general|executive director")
# An honorific before a name on a list's line: "Dr X, Chair", "Captain Y, Harbour Master"
HONORIFIC = re.compile(
    r"^(?:mr|mrs|ms|miss|dr|prof|professor|captain|capt|cllr|sir|dame|ing|lic|cdra|engr)\.? ",
    re.IGNORECASE,
)


def candidate_of(blank: Candidate, text: str, told, span, page: str | None = None) -> Candidate:
    """The candidate of one fact, `told` as (subject, relation, object, confidence, rule) with
    the document's entities, its evidence the text at `span` (`blank` gives the source every
    candidate of the text shares)."""
    subject, relation, obj, confidence, rule = told
    start, end = span
    return replace(
        blank,
        subject=subject.full_name,
        subject_type=subject.type,
        subject_id=subject.registry_id,
        relation=relation,
        object=obj.full_name,
        object_type=obj.type,
        object_id=obj.registry_id,
        evidence=" ".join(text[start:end].split()),
        start=start,
        end=end,
        confidence=confidence,
        rule=rule,
        line=text.count("\n", 0, start) + 1,
        page=page,
    )


def staff_line(
    blank: Candidate, doc: DocumentEntities, person: str, body: str, title: str, span, rule: str
) -> Candidate:
    """The fact that the person heads, or works for, the body, told on the line at `span` (a
    name of no known kind written as a person's is a person here)."""
    relation = "leads" if HEADS.fullmatch(title) else "worksFor"
    told = (doc.entities[person], relation, doc.entities[body], 0.6, rule)
    return replace(candidate_of(blank, doc.text, told, span), subject_type="Person")


def attending(blank: Candidate, doc: DocumentEntities) -> list[Candidate]:
    """The officers minutes list "In attendance", each with their title, for the body whose
    minutes they are (the text's voice: voices.py)."""
    body = next((voice[1] for voice in doc.voices.values() if voice[1]), None)
    if body is None or _guests_body(doc, body):
        return []
    out, offset = [], 0
    for line in doc.text.split("\n"):
        match = _ATTENDING.fullmatch(line.strip())
        span = (offset, offset + len(line))
        offset += len(line) + 1
        for item in match["items"].split(";") if match else ():
            name, _, title = item.strip().partition(", ")
            bracketed = _BRACKETED_TITLE.fullmatch(name) if match["staff"] else None
            if bracketed and not title:
                name, title = bracketed["name"], bracketed["title"]
            title = re.sub(r"\s*\([^()]*\)$", "", title)  # ("(item 4 only)")
            if match["staff"] and _UNIT_HEAD.match(title):
                continue
            if match["team"] and not _OVERSIGHT.search(doc.entities[body].name):
                continue  # ("Audit team:" in a body's own report: its audit unit's staff)
            if match["team"] and not title and not match["team"].lower().endswith(("team", "s")):
                title = match["team"].lower()  # ("Audit director: X": the post the label names)
            person = doc.lookup(HONORIFIC.sub("", name).strip())
            if person is None and not title:  # the title first: "Executive Director X"
                title, person = _titled(doc, name.strip())
            # (a body after the title, "Director, Mobility Data Lab", or one in it, "Director of
            # Research", is the role rules' to read)
            # (a function's "of" is the title's own: "Head of Digital Engagement")
            scope = re.split(r" (?:of|for) ", title, maxsplit=1)[1:]
            own = title and "," not in title and not (scope and doc.lookup(scope[0].strip()))
            if match["members"] and not _CHIEF.fullmatch(title.strip().rstrip(".").lower()):
                continue
            if person is not None and person_named(person) and own:
                title = title.strip().rstrip(".").lower()
                rule = "staff label" if match["staff"] else "in attendance"
                out.append(staff_line(blank, doc, person.key, body, title, span, rule))
    return out


def _titled(doc: DocumentEntities, item: str):
    """(title, person) of an item whose title stands before the name: "Noise Abatement Officer
    X" (no person: ("", None))."""
    words = item.split()
    for k in range(1, len(words) - 1):
        person = doc.lookup(" ".join(words[k:]))
        if person is not None and person.type == "Person":
            return " ".join(words[:k]), person
    return "", None


def _guests_body(doc: DocumentEntities, body: str) -> bool:
    """Whether an attendance line names the body after a guest's title ("Also present: X,
    Executive Director, Y"): the voice is the guest's, not that of the body whose minutes
    these are."""
    entity = doc.entities.get(body)
    names = entity.names if entity is not None else ()
    for line in doc.text.split("\n"):
        match = _ATTENDING.fullmatch(line.strip())
        items = match["items"].split(";") if match else ()
        if any(item.strip().rstrip(".").endswith(", " + name) for item in items for name in names):
            return True
    return False
