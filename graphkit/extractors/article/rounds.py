"""Investors told through a financing round: "Y led a $28 million Series B in X", "X raised
£12m in a Series A led by Y", "… with Z participating", "Z also participated". Each investor
funds the firm whose round it was: the one the sentence names as such, else the firm the
sentence is about, else the firm the text names most."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .checks import first_subject, unstated
from .payees import most_named
from .paying import investor_named
from .rules import COMPANY, UNREALISED, Found

if TYPE_CHECKING:
    from .relations import Sentence

_ROUND = (
    r"(?:(?:pre-)?seed|series [a-f]\+?|growth|funding|financing|investment|venture)"
    r"(?: (?:round|extension|financing))?\b|\bround\b"
)
# "Y led a $28 million Series B in X", "Y co-led the company's seed round"
_LED = re.compile(
    r"@(?P<funder>\d+)@(?!'s) (?:also )?(?:led|co-led|headed|anchored) (?:an? |the |its |their )?"
    r"(?:[^@.;]{0,30}? )?(?:"
    + _ROUND
    + r")(?: (?:in|of|for|into) (?:the )?@(?P<owner>\d+)@(?!'s))?"
)
# What an investor is said to be before its name: "Spanish growth investor Y", "existing backer Y"
_DESCRIBED = r"(?:(?!(?:of|at|from|in|for|and)\b)[a-z-]+ ){0,3}?"
# "raised £12m in a Series A led by Y" (a round's own noun before "led by")
_LED_BY = re.compile(
    r"(?:"
    + _ROUND
    # (and an aside on it: "X's Series A round, closed in 2024, was led by Y")
    + r")(?: [^@.;,]{1,25}?)?(?:, [^@.;,]{1,30},)? (?:(?:that )?was )?(?:led|co-led) by (?:the )?"
    + _DESCRIBED
    + r"@(?P<funder>\d+)@(?!'s)"
)
# "… and our existing investor, the Y Network": a backer described before its name
_BACKER = (
    r"(?:(?:@\d+@'s |its |their )?(?:existing |new |returning |longtime )?"
    r"(?:investor|backer|shareholder),? (?:the )?)?"
)
# (not a part in something else: "taking part in a separate debt deal")
_ELSEWHERE = r"(?! in (?:the |an? )?(?!(?:[\w-]+ )?round\b)[a-z]+)"
# "… with Z participating", "with Z and W joining", "Z also participated"
_JOINED = re.compile(
    r"\bwith (?:the )?@(?P<funder>\d+)@(?: and (?:the )?@(?P<funder2>\d+)@)? (?:also )?"
    r"(?:participating|joining|taking part)\b"
    + _ELSEWHERE
    # "with participation from existing backer Z"
    + r"|\bwith participation (?:from|by) (?:the )?"
    + _DESCRIBED
    + r"@(?P<funder5>\d+)@(?!'s)(?: and (?:the )?"
    + _BACKER
    + r"@(?P<funder6>\d+)@(?!'s))?"
    + r"|(?:^|[,;] )(?:the )?@(?P<funder3>\d+)@(?: and (?:the )?@(?P<funder4>\d+)@)? "
    r"(?:also |too )?(?:participated|joined in|took part)\b" + _ELSEWHERE
)
# A text that tells of a round at all, for a sentence that only says who took part in it
_ROUND_TOLD = re.compile(r"(?i)\b(?:round|series [a-f]|raised|financing)\b")
# A round told as rumour or undone: "Rumors that Y led a round … were denied", "Y later
# pulled out"
_UNDONE = re.compile(
    r"\b(?:rumou?rs?|denied|denies|false|untrue|pulled out|withdrew|backed out|dropped out|"
    r"planned|abandoned|called off|cancel+ed|scrapped|collapsed)\b"
)


def round_investors(sentence: Sentence) -> list[Found]:
    """Each investor of a round the sentence tells of funds the firm whose round it was."""
    text, out = sentence.masked, []
    if _UNDONE.search(text):
        return out  # "Rumors that Y led a round … were denied", "Y later pulled out"
    # the firm the sentence's lead investor put money in, for those who joined it
    led = next((m for m in _LED.finditer(text) if m.group("owner") is not None), None)
    led = led or _LED_BY.search(text)
    for pattern in (_LED, _LED_BY, _JOINED):
        for match in pattern.finditer(text):
            if unstated(text, 0, match.end()) or UNREALISED.search(text, 0, match.end()):
                continue  # "Y did not take part", "X hopes to raise a round led by Y"
            if pattern is _JOINED and not (
                re.search(_ROUND, text) or _ROUND_TOLD.search(sentence.doc.text)
            ):
                continue  # "Z also took part" where no round was told of: a meeting's
            groups = match.groupdict()
            funders = [groups.get(k) for k in ("funder", *(f"funder{n}" for n in range(2, 7)))]
            for index in (int(f) for f in funders if f is not None):
                funder = sentence.entity(index)
                if funder.place or not (funder.type in COMPANY or investor_named(funder)):
                    continue
                told = led if pattern is _JOINED and led else match
                owner = _owner(sentence, told, funder.key)
                if owner is not None and owner.key != funder.key and not owner.place:
                    out.append(Found(funder.key, "funds", owner.key, 0.6, "financing round"))
    return out


def _owner(sentence: Sentence, match: re.Match, funder: str):
    """The firm whose round it was: named with it, the sentence's subject, or the text's firm."""
    named = match.groupdict().get("owner")
    if named is not None:
        owner = sentence.entity(int(named))
        return owner if owner.type in COMPANY else None
    if match.re is _JOINED:
        told = (sentence.entity(i) for i in range(len(sentence.mentions)))
        firms = {e.key for e in told if e.type in COMPANY and not investor_named(e)} - {funder}
        if len(firms) > 1:
            return None  # "X announced a round for its partner W, with Y participating": whose?
    # the clause after a label's colon: "Big news: X has raised …"
    colon = sentence.masked.rfind(": ", 0, match.start())
    opening = colon + 2 if colon >= 0 else 0
    subject = first_subject(sentence.masked[opening:], match.start() - opening)
    if subject is not None:
        rival = re.search(rf"@{subject}@'s (?:[\w-]+ ){{1,2}}@(\d+)@", sentence.masked)
        subject = int(rival.group(1)) if rival else subject  # "X's rival Y raised …": Y's
        if re.search(rf"\bled by (?:the )?@{subject}@", sentence.masked):
            return None  # "We raised a round led by Y, with Z participating": Y is no owner
        owner = sentence.entity(subject)
        # (not the lead investor opening the sentence: "Y led the round, with Z participating")
        # (nor another investor: "Y led the round, with participation from Z": whose?)
        if owner.key != funder and not investor_named(owner):
            return owner if owner.type in COMPANY else None
    if re.match(r"(?:[^@]*\b)?(?:we|our)\b", sentence.masked[: match.start()]):
        return None  # "We raised a round …": the writer's firm, which the text may not name
    firm = _heading_firm(sentence, funder) or _told_round_firm(sentence, funder)
    firm = firm or most_named(sentence.doc, {"Company"}, funder)
    return None if firm is None or investor_named(firm) else firm


def _heading_firm(sentence: Sentence, funder: str):
    """The firm a roundup's item is headed with, for "Y led the round" in its paragraph: the
    line before the paragraph names a round and opens with the firm ("3. Quatiara Tecnologia
    (Brazil) | R$40M Series B")."""
    doc = sentence.doc
    line_start = doc.text.rfind("\n", 0, sentence.start) + 1
    heading_start = doc.text.rfind("\n", 0, max(0, line_start - 1)) + 1
    heading = doc.text[heading_start : max(heading_start, line_start - 1)]
    opening = re.match(r"\s*(?:\d{1,2}[.)]\s+|#+\s*|[-*•]\s+)?", heading).end()
    short = len(heading) <= 120 and not heading.rstrip().endswith((".", ":"))
    if not short or not re.search(_ROUND, heading, re.IGNORECASE):
        return None
    first = next(
        (m for mentions in doc.mentions for m in mentions if heading_start <= m.start < line_start),
        None,
    )
    firm = doc.entities[first.key] if first and first.start == heading_start + opening else None
    if firm is None or firm.type not in COMPANY or firm.place or firm.key == funder:
        return None
    if investor_named(firm):
        return None
    return firm


# A round the text told of before, which "the Series B" and "the round" mean
_THE_ROUND = re.compile(r"\bthe (?:(?:pre-)?seed|series [a-f]\+?|(?:funding |financing )?round)\b")
_A_ROUND = re.compile(r"(?i)\b(?:(?:pre-)?seed|series [a-f]\+?|funding round|financing round)\b")


def _told_round_firm(sentence: Sentence, funder: str):
    """The firm whose round "the Series B" is: the first firm named in the last sentence before
    that told of a round ("X … says it has closed an €18 million Series B round. The Series B
    was led by Y")."""
    if not _THE_ROUND.search(sentence.masked):
        return None
    doc = sentence.doc
    told = [m.start() for m in _A_ROUND.finditer(doc.text, 0, sentence.start)]
    if not told:
        return None
    said = [ms for ms in doc.mentions if ms and ms[0].start <= told[-1] < sentence.start]
    for mention in said[-1] if said else ():
        firm = doc.entities[mention.key]
        if firm.type in COMPANY and not firm.place and not investor_named(firm):
            return firm if firm.key != funder else None
    return None
