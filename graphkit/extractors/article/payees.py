"""Whose a thing paid for was, when the sentence does not say: the body the text names most,
the one it names as a study's author, the public body it last told ran a pilot, the one named
for the place a clause opens with, or the last one it told bought or used something."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .entity import ORG_TYPES

if TYPE_CHECKING:
    from .relations import Sentence

# "X began a Y pilot", "X's eight-week trial": words between a body and its trial
_TRIAL_AFTER = r"(?:[\w-]+ ){0,5}?(?:pilot|trial)"


def most_named(doc, types: set[str], funder: str):
    """The body of these types, other than the funder and any the text says something came
    from ("cameras from Bosch"), that the text names most often; none when two are named as
    often ("Big Brother Watch criticised the Tony Blair Institute. The report was funded by
    Oracle.": whose report the text does not say)."""
    counts = doc.mention_counts
    bodies = sorted(
        (
            e
            for e in doc.entities.values()
            if e.type in types
            and not e.place
            and counts[e.key]
            and e.key != funder
            and not re.search(rf"\bfrom (?:the )?{re.escape(e.name)}\b", doc.text)
        ),
        key=lambda e: -counts[e.key],
    )
    if not bodies or (len(bodies) > 1 and counts[bodies[0].key] == counts[bodies[1].key]):
        return None
    return bodies[0]


def author(doc, funder: str, studying: set[str]):
    """The one group the text names as the author of a study or report: "The study, by the
    Algorithmic Accountability Lab", "criticised the report by the Tony Blair Institute"."""
    authors = [
        e
        for e in doc.entities.values()
        if e.type in studying
        and e.key != funder
        and re.search(
            rf"\b(?:study|report|research|audit|analysis|paper),? (?:by|from) (?:the )?"
            rf"{re.escape(e.name)}\b",
            doc.text,
        )
    ]
    return authors[0] if len(authors) == 1 else None


# "The Piedmont Signal is a nonprofit newsroom covering Georgia": who publishes the text
_PUBLISHER_SAID = re.compile(
    r"(?:^|\n|\. )(?:The )?(?P<name>[A-Z][\w&'’ -]+?) is an? (?:[\w-]+ ){0,3}?"
    r"(?:newsroom|news (?:site|organi[sz]ation|outlet)|publication|newsletter|think tank|"
    r"institute|research (?:centre|center|group)|charity|nonprofit|non-profit)\b"
)


# What follows a masthead's name on its line: nothing, or the kind of page ("| Policy Brief")
_MASTHEAD_REST = re.compile(r"[ \t]*(?:\n|$|[|—–:] )")

# A programme's credit line: "Produced by Grandstand Audio LLC."
_PRODUCED_BY = re.compile(
    r"(?:^|\n)(?:Produced|Published) by (?:the )?(?P<name>[A-Z][^.\n]{2,60}?)\."
)


def publisher(doc, funder: str):
    """The body that publishes the text: its letterhead, else the one the text says is
    a newsroom or an institute, else the body its first line names (a masthead: "LANTERNFIELD
    INVESTIGATIONS", "Fennermoor Institute | Policy Brief"); none when the funder is it."""
    first = doc.mentions[0] if doc.mentions else []
    found = [doc.entities.get(doc.letterhead or "")]
    found += [doc.lookup(m.group("name")) for m in _PUBLISHER_SAID.finditer(doc.text)]
    found += [doc.lookup(m.group("name")) for m in _PRODUCED_BY.finditer(doc.text)]
    if first and first[0].start == doc.body_start and _MASTHEAD_REST.match(doc.text, first[0].end):
        found.append(doc.entities[first[0].key])
    bodies = [e for e in found if e is not None and e.type in ORG_TYPES and not e.place]
    return bodies[0] if bodies and bodies[0].key != funder else None


def trial_runner(sentence: Sentence):
    """The public body the text last told ran a pilot or a trial before this sentence (by
    any of its names, or another name that only one body's name opens: "Harrowfield began a
    pilot" for the Harrowfield Regional Emergency Communications)."""
    doc = sentence.doc
    told = doc.text[: sentence.start]
    bodies = [e for e in doc.entities.values() if e.type == "GovernmentAgency" and not e.place]
    runs = [
        (found.start(), e)
        for e in doc.entities.values()
        for name in sorted(e.names)
        for found in re.finditer(rf"\b{re.escape(name)}(?:'s)? {_TRIAL_AFTER}", told)
    ]
    for _at, entity in sorted(runs, key=lambda run: -run[0]):
        if entity in bodies:
            return entity
        named = [b for b in bodies if b.name.startswith(entity.name + " ")]
        if len(named) == 1:
            return named[0]
    return None


def speaking_body(sentence: Sentence, types):
    """The body of these types whose own text the sentence is in, where its paragraph speaks
    as "we": "The purchase was funded by …" in a body's report on "our" sensors."""
    doc, text = sentence.doc, sentence.doc.text
    voice = doc.voices.get(sentence.start)
    own = doc.entities.get(voice[1]) if voice and voice[1] else None
    start, end = text.rfind("\n", 0, sentence.start) + 1, text.find("\n", sentence.end)
    paragraph = text[start : end if end != -1 else len(text)]
    we = re.search(r"\b(?:we|our|us)\b", paragraph, re.IGNORECASE) is not None
    return own if own is not None and own.type in types and we else None


_IN_PLACE = re.compile(r"(?:^|[;:] )(?:[^@;:]{0,40}?)?\bin @(\d+)@,")


def placed_buyer(sentence: Sentence, types: set[str]):
    """The one buyer named for the place a clause opens with: "In Suttonfield, …" and the
    "Suttonfield Police Department"."""
    opening = _IN_PLACE.search(sentence.masked)
    if opening is None or not sentence.entity(int(opening.group(1))).place:
        return None
    place = sentence.entity(int(opening.group(1))).name.lower()
    bodies = [
        e
        for e in sentence.doc.entities.values()
        if e.type in types and not e.place and e.name.lower().startswith(place + " ")
    ]
    public = [e for e in bodies if e.type == "GovernmentAgency"]
    bodies = public or bodies  # the place's police department, not a group named for it
    return bodies[0] if len(bodies) == 1 else None


def last_named(sentence: Sentence, types: set[str]):
    """The last body of these types the text named before this sentence that it tells bought
    or used something."""
    doc = sentence.doc
    for mentions in reversed([ms for ms in doc.mentions if ms and ms[-1].end <= sentence.start]):
        for mention in reversed(mentions):
            entity = doc.entities.get(mention.key)
            if (
                entity is not None
                and entity.type in types
                and not entity.place
                and _buyer(doc.text, entity.name)
            ):
                return entity
    return None


# What a buyer is told to do: "the county bought the cameras", "the police use the system".
_BUYING = (
    r"(?:bought|buys|buy|purchased|purchases|acquired|ordered|uses|use|used|installed|"
    r"deployed|leased|rented|adopted|signed|awarded|tested|trialled|trialed|paid|rolled)"
)


def _buyer(text: str, name: str) -> bool:
    """Whether the text tells the body bought or used something: "The Devnagar Police
    Commissionerate bought the system"; not a body that only spoke of it ("Amnesty
    International criticised the programme") nor one it came from ("from Hikvision")."""
    pattern = rf"\b{re.escape(name)}(?:'s?)? (?:\w+ ){{0,2}}?{_BUYING}\b"
    return re.search(pattern, text) is not None
