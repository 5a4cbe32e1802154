"""A title owned by "its" beside a person's name: "sworn by Ms X, its Chief Executive", "sworn
by its managing director, Mr X". The body "its" stands for is the organisation its clause names
first, its subject ("Corvantic's affidavit is sworn by its managing director"); its chief
executive leads it, its other officers work for it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .rules import ORGS, Found
from .title_words import HONORIFIC, LEADER, WORKER

if TYPE_CHECKING:
    from .relations import Sentence

_TITLE = r"(?P<title>(?:[\w-]+ ){0,2}?(?:" + LEADER + "|" + WORKER + r"))"
# "@3@, its chief executive" / "its managing director, Mr @3@"
_AFTER = re.compile(r"@(?P<person>\d+)@,? (?P<its>its|their) " + _TITLE + r"\b(?![\w'-])")
_BEFORE = re.compile(
    r"\b(?P<its>its|their) " + _TITLE + r",? (?:" + HONORIFIC + r" )?@(?P<person>\d+)@"
)


def its_titles(sentence: Sentence) -> list[Found]:
    """Each person a title owned by "its" is given: head or staff of the body "its" means."""
    text, out = sentence.masked, []
    for pattern in (_AFTER, _BEFORE):
        for match in pattern.finditer(text.lower()):
            person = sentence.entity(int(match.group("person")))
            if person.type != "Person":
                continue
            owner = _antecedent(sentence, text[: match.start("its")], person.key)
            if owner is None:
                continue
            title = match.group("title")
            head = re.fullmatch(LEADER, title) or re.fullmatch(LEADER, title.split()[-1])
            relation = (
                "leads"
                if head and not {"deputy", "vice", "assistant"} & set(title.split())
                else "worksFor"
            )
            out.append(Found(person.key, relation, owner.key, 0.6, "its title"))
    return out


def _antecedent(sentence: Sentence, before: str, person: str):
    """The organisation "its" stands for: its clause's subject, the first one the clause names
    ("RRFC shall provide accounts to PPD users and have its privacy officer, X, …": RRFC's)."""
    clause = re.split(r"; |, (?:and|but|while) ", before)[-1]
    for index in [int(i) for i in re.findall(r"@(\d+)@", clause)]:
        entity = sentence.entity(index)
        if entity.key == person or entity.type == "Person":
            continue
        return entity if entity.type in ORGS and not entity.place else None
    return None
