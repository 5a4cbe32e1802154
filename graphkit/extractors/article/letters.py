"""Letters a body's minutes note: "The Board noted a letter from X in support of the new member
portal", "(a) a letter from X objecting to the proposal". The writer backs, or opposes, the body
whose minutes they are (the text's voice, voices.py, or its letterhead), whose project it is."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .clauses import words
from .entity import AGENT_TYPES, THING_TYPES
from .rules import ORGS, Found

if TYPE_CHECKING:
    from .relations import Sentence

# What a letter asks a body to do with its work: put it off, or give it up
_PUT_OFF = (
    r"(?:defer|delay|postpone|pause|halt|stop|reconsider|drop|suspend|withdraw|reject|abandon|"
    r"scrap|refuse)\b"
)

_NOTED_LETTER = re.compile(
    r"\b(?:a |the )?(?:letters?|submissions?|representations?|emails?)"
    r"(?: of \d{1,2} [a-z]+(?: \d{4})?)? from (?:the )?@(?P<s>\d+)@"  # ("of 16 June")
    r"(?: \(@\d+@\))?,? (?:(?P<support>in support of|supporting|welcoming|endorsing)|"
    r"(?P<oppose>objecting to|opposing|in opposition to|against)|"
    # or asking the body to put its work off: "asking the Board to defer the move to …"
    r"(?P<asking>asking (?:the )?(?:board|committee|council|commission|trustees?|@\d+@) to "
    + _PUT_OFF
    + r")) "
    # the body's own work, unnamed ("the project", "the new member portal", "any award",
    # "cover for the transaction") or its thing
    r"(?:(?:(?:the|its|our|this|any) )?(?:[\w-]+ ){0,3}?(?:project|proposals?|portal|system|"
    r"programme|program|plans?|scheme|procurement|contract|changes?|move|platform|register|"
    r"application|award|cover)\b(?!(?!\s+until\b)[^@]{0,20}@)|@(?P<thing>\d+)@)"
)


# A letter from a writer to a body it names: "Letter from X asking CEDO to suspend automated
# licence suspensions", "a representation … was received from X requesting DGPSS to suspend the
# scanning charge", "Letter from X in support of CEDO's proposed licence-checking rule"
_LETTER_TO_BODY = re.compile(
    r"\b(?:letters?|submissions?|representations?|emails?|petitions?)(?: dated [^@;]{1,25}?)?"
    r"(?: (?:was|were) received)? from (?:the )?@(?P<s>\d+)@(?: \(@\d+@\))?,? (?:"
    r"(?P<support>in support of|supporting|welcoming|endorsing) (?:the )?@(?P<backed>\d+)@'s|"
    r"(?:asking|requesting|urging|calling on) (?:the )?@(?P<asked>\d+)@ to (?:"
    + _PUT_OFF
    + r"|(?:cancel|waive)\b))"
)


# A letter to the body's governors, unnamed: "X has written to the Board asking it to delay the
# award", "… to this Council asking it to stop installing prepaid meters"
_WROTE_TO_GOVERNORS = re.compile(
    r"(?:^|\d |[,;] )(?:the )?@(?P<s>\d+)@(?:, @\d+@,)? (?:has |have )?(?:written|wrote) to "
    r"(?:the|this|our) (?:board|council|committee|commission|trustees)(?: of directors)? "
    r"(?P<asking>asking (?:it|them|us) to " + _PUT_OFF + r")"
)


def noted_letters(sentence: Sentence) -> list[Found]:
    """The writer of a letter the minutes note, for or against the body's own project, or for
    or against the body the letter names."""
    found = []
    for named in _LETTER_TO_BODY.finditer(sentence.masked):
        writer = sentence.entity(int(named["s"]))
        addressed = sentence.entity(int(named["backed"] or named["asked"]))
        if writer.type not in AGENT_TYPES or addressed.type not in ORGS:
            continue
        if not (writer.place or addressed.place or writer.key == addressed.key):
            relation = "supports" if named["support"] else "opposes"
            found.append(Found(writer.key, relation, addressed.key, 0.6, "letter noted"))
    return found + _to_own_body(sentence)


def _to_own_body(sentence: Sentence) -> list[Found]:
    """A letter for or against the project of the body whose minutes or report it is."""
    voice = sentence.doc.voices.get(sentence.start)
    body = voice[1] if voice and voice[1] else sentence.doc.letterhead
    match = _NOTED_LETTER.search(sentence.masked) or _WROTE_TO_GOVERNORS.search(sentence.masked)
    if match is None or body is None:
        return []
    writer = sentence.entity(int(match["s"]))
    if writer.type not in AGENT_TYPES or writer.key == body or writer.place:
        return []
    thing = match.groupdict().get("thing")
    if thing and sentence.entity(int(thing)).type not in THING_TYPES:
        return []  # (a letter in support of another body is about that body)
    relation = "supports" if match.groupdict().get("support") else "opposes"
    return [Found(writer.key, relation, body, 0.6, "letter noted")]


# Readings a plea by letter stands for: a letter asking its addressee to halt a rollout takes a
# stance; it asks no questions ("write to" is else a cue of inquiry)
_LETTERS_TO_HALT = frozenset(
    ["wrote asking halt", "letter asking halt", "sent a letter asking halt", "letter asking a firm"]
    + ["plea to halt"]  # ("we write to ask X to withdraw its proposal": no inquiry)
)
_LETTER = re.compile(r"\b(?:wrote|write|writes|written|letter)\b")
# A letter that also asks for an account: "asking it to release the records and to suspend …"
# (not "to suspend the rule until the missing records are restored")
_ASKED_FOR_ACCOUNT = re.compile(
    r"\b(?:for|provide|release|disclose|share|publish|explain|answer|hand over|demanding|"
    r"seeking)\b[^.;]{0,40}?\b(?:records|questions|documents|answers|information|details|"
    r"account)\b"
)
# A letter asking its addressee to act, whether or not a stance is read of it ("wrote to X on
# 22 August asking it to suspend …", "has written to the federation asking it to end …")
_LETTER_TO_ACT = re.compile(
    r"\b(?:wrote|writes|write|written) to (?:the )?@(?P<to>\d+)@[^@;]{0,40}? (?:asking|urging|"
    r"calling on|pressing|requesting) (?:it|them|him|her|us|@\d+@) to (?!explain|answer|account|"
    r"confirm|say|justify|clarify|disclose|provide|release|publish|share)\w"
)


def pleas_ask_nothing(sentence: Sentence, text: str, found: list[Found]) -> list[Found]:
    """The readings less the inquiries of those a letter (or a plea) asks to act: "X wrote to
    Y asking it to suspend the rule" opposes Y, where it is read, and asks Y no questions."""
    if _ASKED_FOR_ACCOUNT.search(text):
        return found
    letter = _LETTER.search(text) is not None  # (a request by letter, "write to ask X to …")
    pleas = {(f.subject, f.object) for f in found
             if f.rule in _LETTERS_TO_HALT or (letter and f.rule == "request")}  # fmt: skip
    for match in _LETTER_TO_ACT.finditer(text) if letter else ():
        asked = sentence.entity(int(match["to"])).key
        pleas |= {(f.subject, asked) for f in found}
    return [
        f
        for f in found
        if f.relation != "investigates"
        or (f.subject, f.object) not in pleas
        or f.rule in _RECORDS_OBTAINED  # ("got the contract from Y under FOI, and wrote to Y …")
    ]


# Readings of records a body had from another: an inquiry of its own, whatever else it asks
_RECORDS_OBTAINED = frozenset({
    "records asked for", "records released to", "got through a request",
    "owner's records through a request", "request to the owner",
})  # fmt: skip


_STANCE = words("opposing objecting protesting condemning criticising criticizing against")
_ASKING = words("asking demanding urging requesting calling pressing setting")
_ANSWERS = words("explain explanation account list questions answers details information")


def no_inquiry(after: list[str], records: frozenset[str]) -> bool:
    """Whether the words after "wrote to X" make the letter a stance or a plea, no inquiry:
    "… opposing the change", "… in support of the plan" (right after the addressee, or a time:
    "last month"), "… asking it to delay the go-live"; a letter asking for records or answers
    ("… demanding a list of", "… asking eleven questions") inquires still."""
    if _STANCE & set(after[:7]) or "in support of" in " ".join(after[1:8]):
        return True
    return bool(_ASKING & set(after[:11])) and not (records | _ANSWERS) & set(after[:15])
