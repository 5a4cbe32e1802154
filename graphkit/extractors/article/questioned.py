"""Whose "your" a transcript's question says: the organisation of the one it is put to.

A host asks a guest "The Ombudsman looked at your consent process last year, didn't it?" or
"Ms X, your network went digging": the guest named at the line's start, or else the next
speaker, answers for the organisation the first reading says they lead or work for. The line's
"your" is that organisation's; a line without one, or a question no other speaker answers, says
nothing of whose it is.
"""

from __future__ import annotations

import re

# (and "you" who did what a body does, in a question put to its guest: "You inspected X's
# branches in August, didn't you?")
YOUR = re.compile(
    r"\b[Yy]our\b|\b[Yy]ou(?= (?:inspected|audited|examined|investigated|raided|fined|sealed|"
    r"suspended|visited|reviewed)\b[^?\n]*\?)"
)
# A guest named at the start of the question: "Achieng, the county's …", "Ms Alleyne-Cox, your …"
_VOCATIVE = re.compile(
    r"(?:(?:Mr|Ms|Mrs|Dr|Prof)\.? )?(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?), "
)


def addressed_orgs(sentences: list, labels: list, speakers: dict, org_of, interviewee) -> dict:
    """The organisation each question's "your" is, by the sentence's start offset: for the
    lines of a transcript ("NAME:") and of a question-and-answer interview ("Q:")."""
    text = sentences[0].doc.text if sentences else ""
    out: dict[int, str] = {}
    for index, (sentence, label) in enumerate(zip(sentences, labels, strict=True)):
        if label is None or label == "A" or not YOUR.search(text, sentence.start, sentence.end):
            continue
        asker = speakers.get(label)  # (None for a host's "HOST:" or "PRESENTER:" label)
        if label != "Q" and not any(speakers.values()):
            continue  # (a heading's colon, in a text no label of which names a person)
        answerer = _named(text, sentence, speakers) or _next_speaker(
            labels[index + 1 :], label, speakers, interviewee
        )
        org = org_of(answerer) if answerer and answerer != asker else None
        if org and org != org_of(asker):
            out[sentence.start] = org
    return out


def after_label(text: str, start: int) -> int | None:
    """Where the words of a labelled line holding the offset begin, after "NAME: "."""
    line_start = text.rfind("\n", 0, start) + 1
    colon = text.find(": ", line_start, start + 1)
    return colon + 2 if colon != -1 else None


def _named(text: str, sentence, speakers: dict) -> str | None:
    """The speaker a question names at its line's start, before a comma."""
    words = after_label(text, sentence.start)
    match = _VOCATIVE.match(text, words) if words is not None else None
    if not match:
        return None
    wanted = match.group("name").lower()
    entities = sentence.doc.entities
    found = {
        person
        for person in speakers.values()
        if person and _calls(entities[person].name.lower().split(), wanted)
    }
    return found.pop() if len(found) == 1 else None


def _calls(name: list[str], wanted: str) -> bool:
    """Whether a speaker's name is what a host calls them by: in full, given name or surname."""
    return bool(name) and wanted in (" ".join(name), name[0], name[-1])


def _next_speaker(later: list, label: str, speakers: dict, interviewee) -> str | None:
    """The person of the next line spoken by someone else (an "A:" line: the interviewee)."""
    for other in later:
        if other is None or other == label:
            continue
        return interviewee if other == "A" else speakers.get(other)
    return None
