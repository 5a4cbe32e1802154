"""A minister or secretary named by the portfolio of a ministry the text names: "Minister of
Workforce and Labour Relations" (of the Ministry of Workforce and Labour Relations), "Health,
Wellbeing and Ageing Minister X" (of the Department of Health, Wellbeing and Ageing), "THE
MINISTER OF ENERGY AND ATOMIC POWER (SHRI X)". The person on the line leads that body. Not a
deputy's, a shadow's or a former minister's post, nor a "Minister of State" (a junior post)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .rules import Found

if TYPE_CHECKING:
    from .mentions import DocumentEntities

# A ministry named for its portfolio: "Ministry of X", "Department for X", "State Ministry for X"
_MINISTRY = re.compile(r"(?:^|\s)(?:ministry|department) (?:of|for) (?:the )?(?P<portfolio>.+)$")
_NOT_HEAD = r"(?<!shadow )(?<!former )(?<!deputy )(?<!assistant )(?<!junior )(?<!vice )"
# Between a name and its post only punctuation and honorifics: "X, Minister of …", "THE
# MINISTER OF Y (SHRI X)", "Y Minister Mrs X" (not "X, the Office of the Secretary of …")
_JOINS = re.compile(
    r"[\s,(—–-]*(?:(?:hon|rt hon|mrs?|ms|dr|shri|smt|sri|yb|dato['’]?|senator|deputy|mp)\.?"
    r"[\s,(]*)*",
    re.IGNORECASE,
)
# A question put to the minister: its asker is no minister
_ASKED = re.compile(r"\b(?:asked|asks|ask|to|for)(?: the)? $", re.IGNORECASE)
_CONFIDENCE = 0.6


def minister_posts(doc: DocumentEntities) -> list[tuple[Found, tuple[int, int]]]:
    """(fact, line span) for each person a line names with the post of a ministry's head."""
    people = [e for e in doc.entities.values() if e.type == "Person"]
    lines, offset = [], 0
    for line in doc.text.split("\n"):
        lines.append((line, (offset, offset + len(line))))
        offset += len(line) + 1
    out, seen = [], set()
    for body in doc.entities.values():
        named = _MINISTRY.search(body.name.lower())
        if body.type != "GovernmentAgency" or named is None:
            continue
        portfolio = r"\s+".join(map(re.escape, named.group("portfolio").split()))
        post = re.compile(
            rf"\b{_NOT_HEAD}(?:minister|secretary) (?:of|for) (?:the )?{portfolio}\b(?! of state)"
            # (the whole portfolio: not "Minister for Science" of "… for Science, Industry and
            # Space")
            r"(?-i:(?!, [A-Z][a-z]+(?:,| and) | and [A-Z]))"
            rf"|\b{_NOT_HEAD}{portfolio} (?:minister|secretary)\b",
            re.IGNORECASE,
        )
        for line, span in lines:
            held = post.search(line)
            if held is None or _ASKED.search(line, 0, held.start()):
                continue  # ("X asked the Minister for …", "to the Minister of …": a question's)
            on_line = [p for p in people if any(_beside(n, line, held) for n in p.names | {p.name})]
            if len(on_line) == 1 and (on_line[0].key, body.key) not in seen:
                seen.add((on_line[0].key, body.key))
                found = Found(on_line[0].key, "leads", body.key, _CONFIDENCE, "minister's post")
                out.append((found, span))
    return out


def _beside(name: str, line: str, held: re.Match) -> bool:
    """Whether the line writes the person's name, in any case ("DR NOMSA SEBOLA-HENDRICKS"),
    beside the post: "Minister X", "X, Minister of …", "MINISTER OF Y (SHRI X)"."""
    if len(name.split()) < 2 or not re.search(r"[a-z]", name):
        return False
    for found in re.finditer(rf"\b{re.escape(name)}\b", line, re.IGNORECASE):
        before = found.end() <= held.start()  # (the name before its post, or after it)
        gap = line[found.end() : held.start()] if before else line[held.end() : found.start()]
        if _JOINS.fullmatch(gap):
            return True
    return False


def without_portfolio_parts(best: dict, posts: list, entities: dict) -> dict:
    """`best` without the posts a title's words made of part of a portfolio ("Health, Wellbeing
    and Ageing Minister X" read as heading a "Ministry of Wellbeing and Ageing") where the line
    names the whole ministry the person heads."""
    heads = {(found.subject, found.object) for found, _span in posts}
    out = {}
    for key, value in best.items():
        person, relation, body = key
        whole = [b for p, b in heads if p == person and b != body]
        if relation == "leads" and any(
            _part_of_name(entities[body].name, entities[b].name) for b in whole
        ):
            continue
        out[key] = value
    return out


def _part_of_name(part: str, whole: str) -> bool:
    """Whether a ministry's name words are all in another's, and fewer ("Ministry of Wellbeing
    and Ageing" in "Department of Health, Wellbeing and Ageing")."""
    words = set(re.findall(r"\w+", part.lower())) - _FRAME
    return bool(words) and words < set(re.findall(r"\w+", whole.lower())) - _FRAME


# A ministry's name around its portfolio
_FRAME = frozenset(["ministry", "department", "of", "for", "the", "and"])
