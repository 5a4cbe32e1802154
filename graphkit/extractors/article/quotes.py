"""Criticism in quotations: a speaker quoted with critical words opposes what the quote is about.

News reports stance mostly through quotes: `"The agency's dragnet is unconstitutional," Jane Roe,
a lawyer at X, told Y.` No verb of opposing links the speaker to the agency; the quotation and
its attribution do. A paragraph's quotations are read together (a quote often runs over several
sentences around one attribution); the speaker is the first person (else group) named next to
a verb of saying outside the quotes; the target is the organisation or product the quotes name
most often. A quote that names two targets equally often says nothing sure about either.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from typing import TYPE_CHECKING

from .checks import first_subject
from .entity import Mention
from .rules import NEGATION, Found

if TYPE_CHECKING:
    from .relations import Sentence

_QUOTE = re.compile(r"[“\"]([^“”\"\n]{12,})[”\"]")
_SAYS = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|wrote|writes|argued|argues|warned|warns|"
    r"stated|states|tweeted|posted|explained|explains|noted|notes|according to)\b"
)
# Words of censure (stems, read as word beginnings: "abus" is abuse, abusive, abuses). A quote
# that uses one, by a person or group, is criticism of what it is about.
CRITICAL_WORDS = (
    "abus", "alarming", "appall", "authoritarian", "betray", "chilling", "complicit", "corrupt",
    "cruel", "discriminat", "disturbing", "dragnet", "dystopian", "egregious", "harmful",
    "horrif", "indiscriminate", "inhumane", "intimidat", "invasive", "lawless",
    "mass surveillance", "misuse", "mockery", "must stop", "oppress", "outrag", "overreach",
    "persecut", "racist", "reckless", "scandal", "shameful", "sinister", "spying on",
    "surveillance machine", "surveillance state", "terrifying", "troubling", "unaccountable",
    "unconstitutional", "unethical", "unlawful", "violat", "weaponiz",
)  # fmt: skip
_CRITICAL = re.compile(r"\b(?:" + "|".join(sorted(CRITICAL_WORDS, key=len, reverse=True)) + r")")
_SPEAKERS = ("Person", "AdvocacyGroup", "EmployeeGroup", "ResearchOrganization")
_TARGETS = ("GovernmentAgency", "Company", "Organization", "Product", "Program", "Policy")
# How far from the verb of saying the speaker is named, either side: an attribution's length.
_ATTRIBUTION = 120


def quoted_criticism(
    sentences: list[Sentence], employers: dict[str, set[str]]
) -> list[tuple[Found, tuple[int, int]]]:
    """`opposes` facts from critical quotations, each with the span of text that states it.

    `employers` maps a person to the organisations the text already says they work for or lead:
    a spokesperson's words about their own employer are not opposition.
    """
    if not sentences:
        return []
    doc = sentences[0].doc
    text = doc.text
    mentions = [m for s in sentences for m in s.mentions if m.start >= 0]
    # Mentions and sentences in text order, found per paragraph by bisection: linear in the text.
    mention_starts = [m.start for m in mentions]
    sentence_starts = [s.start for s in sentences]
    sentence_ends = [s.end for s in sentences]
    out = []
    for start, end in _paragraphs(text, sentences[0].start, sentences[-1].end):
        quotes = [(m.start(1), m.end(1)) for m in _QUOTE.finditer(text, start, end)]
        if not quotes:
            continue
        inside = mentions[bisect_left(mention_starts, start) : bisect_left(mention_starts, end)]
        speaker = _speaker(doc, text, (start, end), inside, quotes)
        if speaker is None:
            continue
        own = employers.get(speaker.key, set())
        if any(doc.entities[key].type in ("GovernmentAgency", "Company") for key in own):
            continue  # an official or a spokesperson speaks for their employer
        # the sentences that overlap the paragraph
        here = sentences[bisect_left(sentence_ends, start + 1) : bisect_left(sentence_starts, end)]
        critical = [span for q in quotes for span in _critical_parts(here, q, text)]
        quoted = [m for m in inside if any(s <= m.start < e for s, e in quotes)]
        target = _target(doc, quoted, critical, speaker)
        if target is None:
            continue
        span = _span(here, min(speaker.start, target.start), max(speaker.end, target.end))
        out.append((Found(speaker.key, "opposes", target.key, 0.6, "quoted criticism"), span))
    return out


def _paragraphs(text: str, start: int, end: int):
    pos = start
    for match in re.finditer(r"\n\s*\n|\n(?=[“\"])", text[start:end]):
        yield pos, start + match.start()
        pos = start + match.end()
    yield pos, end


def _critical_parts(sentences: list[Sentence], quote: tuple[int, int], text: str):
    """The parts of a quotation, one per sentence, that use a word of censure: what the
    criticism is about is named there, not in the quote's other sentences."""
    for sentence in sentences:
        start, end = max(sentence.start, quote[0]), min(sentence.end, quote[1])
        if start < end and _CRITICAL.search(text[start:end].lower()):
            yield start, end


def _speaker(doc, text: str, paragraph, mentions: list[Mention], quotes) -> Mention | None:
    """The person (else group) named near a verb of saying, outside the quotes."""
    outside = [m for m in mentions if not any(s <= m.start < e for s, e in quotes)]
    says = [
        match
        for match in _SAYS.finditer(text, *paragraph)
        if not any(s <= match.start() < e for s, e in quotes)
    ]
    if not says:
        return None
    for types in (("Person",), _SPEAKERS[1:]):
        for mention in outside:
            entity = doc.entities[mention.key]
            near = any(abs(v.start() - mention.start) <= _ATTRIBUTION for v in says)
            if entity.type in types and near and not entity.place:
                return mention
    return None


def _target(doc, quoted: list[Mention], critical, speaker: Mention) -> Mention | None:
    """The organisation or product the critical parts of the quotes name most often (the
    whole quotes break a tie), if one stands out."""
    censured: Counter = Counter()
    named: Counter = Counter()
    first: dict[str, Mention] = {}
    for index, mention in enumerate(quoted):
        entity = doc.entities[mention.key]
        following = quoted[index + 1] if index + 1 < len(quoted) else None
        if mention.possessive and following and following.start - mention.end <= 4:
            continue  # "Paragon's Graphite": the quote is about the product
        if (
            entity.type not in _TARGETS
            or entity.place
            or entity.key == speaker.key
            or entity.employer == speaker.key
        ):
            continue
        censured[entity.key] += any(s <= mention.start < e for s, e in critical)
        named[entity.key] += 1
        first.setdefault(entity.key, mention)
    ranked = sorted(named, key=lambda key: (censured[key], named[key]), reverse=True)
    if not ranked or not censured[ranked[0]]:
        return None
    if len(ranked) > 1 and (censured[ranked[1]], named[ranked[1]]) == (
        censured[ranked[0]],
        named[ranked[0]],
    ):
        return None
    return first[ranked[0]]


def _span(sentences: list[Sentence], start: int, end: int) -> tuple[int, int]:
    """The sentences that hold both the speaker and the target: the evidence to quote."""
    covering = [s for s in sentences if s.start < end and start < s.end]
    return covering[0].start, covering[-1].end


# "…, calling X a dragnet", "the group called X's system invasive": a judgment in a verb of
# naming, not of opposing. "an app called X" names; "called on", "called for" ask.
_CALLING = re.compile(
    r"(?:, |@ |\b(?:has|have|had|also|publicly|repeatedly) )(?P<verb>call)(?:s|ed|ing)? (?:the )?"
    r"@(?P<o>\d+)@(?:'s (?:[\w-]+ ){0,2})?[^@,;.]{0,50}?" + _CRITICAL.pattern
)


def calling_criticism(sentence: Sentence) -> list[Found]:
    """The subject of the clause opposes what it calls by a word of censure."""
    match = _CALLING.search(sentence.masked)
    if not match or NEGATION.search(sentence.masked[: match.end()]):
        return []
    subject = first_subject(sentence.masked, match.start("verb"))
    target = sentence.entity(int(match.group("o")))
    if subject is None or target.type not in _TARGETS:
        return []
    critic = sentence.entity(subject)
    if critic.type not in _SPEAKERS + ("GovernmentAgency",) or critic.key == target.key:
        return []
    return [Found(critic.key, "opposes", target.key, 0.6, "calling")]
