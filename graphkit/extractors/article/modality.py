"""What a sentence says without stating it: doubt, conditions and hedges around a rule's match.

The rules of relations.py read a sentence as placeholder text; these read the same text for
what takes a match back (a doubt over the whole sentence, a condition around both its ends) or
makes it less certain (a hedge between them).
"""

from __future__ import annotations

import re

_HEDGE = re.compile(
    r"\b(?:could|may|might|reportedly|allegedly|likely|appears? to|seems? to|"
    r"rumou?red|possibly|if)\b"
)
# (not an aside of two cases both stated: "every ticket, whether at the door or online,")
_DOUBT = re.compile(
    r"\b(?:whether(?! [^@,;]{1,40}? or [^@,;]{1,40},)|unclear|unconfirmed|not clear|unknown)\b"
)
# What a clause says after a denial of its evidence is not stated: "records do not show that
# X used P", "the audit found no evidence that …", "there is no sign of …".
DENIED_THAT = re.compile(
    r"\b(?:no|not|never|n't|nothing|without)(?: [a-z]+){0,2}? (?:evidence|sign|signs|"
    r"indication|proof|record|records|suggestion|show|shows|showed|shown|find|found|indicate|"
    r"indicates|suggest|suggests|prove|proves|confirm|confirms|establish)"
    r"(?: [a-z]+){0,3}? that\b"
    # "there is no sign of a contract between X and Y"
    r"|\b(?:no|not|never|without)(?: [a-z]+){0,2}? (?:evidence|signs?|indication|proof|"
    r"records?) of (?:a|an|any) (?:[a-z-]+ )?(?:contract|deal|agreement|sale|purchase|payment|"
    r"relationship)s?\b"
)
# A new clause after the denial states again: "found no evidence that X paid, but Y uses P".
_RESTATED = re.compile(r"[;:]|\b(?:but|while|although|though|however|and that)\b")
# What the sentence goes on to deny of all it said before: "…, a rival claimed, but the
# company denied it", "…; Y denies this", "…, but the trial never started" (not "but denied
# using it on protesters": a denial of something else)
DENIED_AFTER = re.compile(
    r"\b(?:denied|denies|deny|disputes|disputed|refuted|refutes) (?:it|this|the (?:claims?|"
    r"reports?|account|allegations?)|any (?:deal|contract|link|involvement|relationship|"
    r"agreement|such))(?=[.,;]|$)"
    # (what never came about is the thing the sentence told of, not "a separate grant")
    r"|\b(?:it|the (?:grant|award|trial|pilot|deal|contract|purchase|sale|donation|payment|"
    r"money|rollout|agreement))(?: was| were| has| had)? never (?:started|began|happened|took "
    r"place|went ahead|materiali[sz]ed|paid|received|signed|delivered|used)\b"
)
# A condition opening the sentence, to its comma: "If X supplied Y, it would …" states nothing.
# "Had it known, …" and "Were X to …" open one with the verb before its subject.
_CONDITION = re.compile(r"^\W*(?:if|unless|were|should|had)\b[^,;:]*", re.IGNORECASE)
# "X would supply Y if the council agreed": what would be, on a condition, is not; nor is it
# with the condition inverted ("… had the council agreed", "Had X known, it would …").
_WOULD = re.compile(r"\bwould\b")
_SUBJECT = r"(?:it|they|he|she|we|i|you|@\d+@|the [a-z]+(?: [a-z]+)?)"
_INVERTED = r"\bhad " + _SUBJECT + r" (?:not |never |only )?(?:known|been|[a-z]+ed)\b"
_ON_CONDITION = re.compile(
    r"\b(?:if|unless|provided that)\b|^\W*(?:had|were|should)\b|" + _INVERTED, re.IGNORECASE
)
# A question states nothing: one whose main clause opens with an auxiliary or a question word
# ("Did X sell Y to Z?", "Will X oppose …?", "Why did X …?"); "X sold Y to Z?" or a tag ("…,
# didn't it?") keep the statement they query.
_QUESTION = re.compile(
    r"^\W*(?:(?:and|but|so|then|yet) )?(?:(?:who|what|which|why|how|when|where|whose) )?"
    r"(?:is|are|was|were|do|does|did|has|have|had|will|would|shall|should|can|could|may|might|"
    r"must|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|hasn't|haven't|won't|wouldn't|"
    r"can't|couldn't|shouldn't)\b[^?]*\?[\W]*$"
)
# A question whose "who" is its subject, maybe put to someone by name: "Who supplies the
# cameras?", "Liza, who pays for your monitoring?"
_WHO_QUESTION = re.compile(r"^\W*(?:(?:and|but|so) )?(?:@\d+@, )?who [a-z]+\b[^?]*\?\W*$")

# A change of owner that is agreed, planned, proposed or under way has not happened: "agreed to
# buy", "will become part of", "is acquiring", "the proposed acquisition of".
_PENDING = re.compile(
    r"\b(?:will|would|shall|to)(?: [a-z]+ly| soon| also| eventually)? (?:acquire|buy|purchase|"
    r"take over|merge with|merge into|absorb|be (?:acquired|bought|purchased|taken over|absorbed)|"
    r"become (?:an? |the )?(?:[a-z-]+ )?(?:part|subsidiary|unit|division|arm|affiliate))\b"
    r"|\b(?:is|are|was|were)(?: [a-z]+ly)? (?:acquiring|buying|purchasing|taking over|"
    r"being (?:acquired|bought|purchased|taken over|absorbed))\b"
    r"|\b(?:proposed|planned|pending|potential|possible|prospective|agreed|rumou?red|"
    r"attempted|failed|blocked|abandoned) (?:[\w$.,-]+ ){0,2}?"
    r"(?:acquisition|purchase|takeover|merger|buyout|deal)\b"
)
# Nor has one that waits to close ("in a deal expected to close next year", "pending approval").
_UNCLOSED = re.compile(
    r"\b(?:expected to close|set to close|yet to close|has not (?:yet )?closed|"
    r"(?:has|have|had) not (?:yet )?been (?:completed|closed|finali[sz]ed)|"
    r"pending (?:[\w-]+ ){0,2}approval|subject to (?:[\w-]+ ){0,2}approval|"
    r"awaiting (?:[\w-]+ ){0,2}approval|once the (?:deal|acquisition|merger|purchase) closes)\b"
)
# One that is said to be done is: "completed the acquisition", "the deal closed in March",
# "the acquisition of Y, which closed in March" (not "Y, which closed its plant": Y did that).
_DEAL = r"(?:acquisition|purchase|takeover|merger|buyout|deal)"
_CLOSED = r"(?:completed|closed|finali[sz]ed|concluded|consummated)"
_THE_DEAL_CLOSED = (
    r", (?:which|that) (?:(?:was|has|had) (?:been )?)?"
    + _CLOSED
    + r"\b(?! (?:its|their|the|a|an|@))"
)
_DONE = re.compile(
    r"\b" + _CLOSED + r" (?:its |their |the |a |an |@\d+@'s )?(?:[\w$.-]+ ){0,2}?" + _DEAL + r"\b"
    r"|\b"
    + _DEAL
    + r"\b[^,;.]{0,40}?,? (?:which |that )?(?:was |were |has been |had been )?"
    + _CLOSED
    + r"\b(?! (?:its|their|the|a|an|@))"
    r"|" + _THE_DEAL_CLOSED
)
# One said to have failed after it is named never happened, whatever year names it: "X's 2022
# acquisition of Y was blocked", "… fell through".
_UNDONE = re.compile(
    r"\b" + _DEAL + r"\b[^;.]{0,60}? (?:(?:was|were|has been|had been|is being) "
    r"(?:[a-z]+ly |later |then |eventually )?(?:abandoned|blocked|scrapped|cancell?ed|called off|"
    r"terminated|rejected|withdrawn|dropped|halted)|(?:collapsed|fell (?:through|apart)))\b"
)
_DEAL_ASIDE = re.compile(
    r"(?:'s)?" + _THE_DEAL_CLOSED + r"|(?:'s)?, (?:which|that) (?:is |was )?"
    r"(?:expected|set|yet) to close\b"
)
# An acquisition told by a noun ("announced the acquisition of Y", "X's takeover of Y") is news
# of a deal that may not have closed: announcements come before closing, often by months, and
# many are blocked. It is read as done only with a completion above or a past date; the verb in
# the past ("X acquired Y") says it happened.
_NOUN = re.compile(r"\b(?:acquisition|takeover|purchase|buyout|merger) (?:of|with)\b")
_VERB_DONE = re.compile(r"\b(?:acquired|bought|purchased|took over|merged|absorbed)\b")
_PAST_DATE = re.compile(
    r"\b(?:in|on|since|by) (?:early |late |mid-)?(?:[a-z]+\.? )?(?:\d{1,2},? )?(?:19|20)\d\d\b"
    r"|\blast year\b|\byears? ago\b|\b(?:19|20)\d\d " + _DEAL  # "X's 2018 acquisition of Y"
)
# A relative clause or apposition after a name: its own clause, not the sentence's.
_ASIDE = re.compile(
    r"(?<=@)(?:'s)?, (?:which|who|whom|whose|that|a|an|the|its|their|@\d+@'s) [^,;:]{0,100}?"
    r"(?=[,;:]|\.?\s*$)"
)
_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:but|while|whereas|although|though|however)\b")


def pending(text: str, ends: list[int]) -> bool:
    """Whether the change of owner whose two parties stand at `ends` (offsets in `text`) is only
    agreed, planned or awaited, as the clause that tells it says: "Y, which X bought in 2018,
    is seeking a contract pending approval" has the purchase done, in its relative clause."""
    clause, low, high = _acquisition_clause(text, ends)
    if _UNCLOSED.search(clause):
        return True
    undone = _UNDONE.search(clause, max(0, low - 60))
    if undone and undone.start() < high:  # the deal that names them, not a later one
        return True
    if _DONE.search(clause):
        return False
    window = clause[max(0, low - 60) : high]
    if _PENDING.search(window):
        return True
    return bool(_NOUN.search(window) and not _VERB_DONE.search(window)) and not (
        _PAST_DATE.search(clause)
    )


def _acquisition_clause(text: str, ends: list[int]) -> tuple[str, int, int]:
    """The clause that tells a change of owner, with the text outside it blanked, and where its
    parties stand: a relative clause or apposition that names one of them ("Y, which X bought
    …"), else the clause around both without such asides ("X, which bought Y in 2019, is
    acquiring Z …" is about Z) but those about the deal itself ("…, which closed in March")."""
    asides = [m.span() for m in _ASIDE.finditer(text)]
    inside = [(a, b) for a, b in asides if any(a < e < b for e in ends)]
    low, high = min(ends), max(ends)
    if inside:
        keep = [(min(a for a, _ in inside), max(b for _, b in inside))]
    else:
        opening = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, low)), default=0)
        closing = _CLAUSE_BREAK.search(text, high)
        keep, pos = [], opening
        for a, b in asides:
            within = a >= opening and (closing is None or b <= closing.start())
            if within and not _DEAL_ASIDE.match(text, a, b):  # "…, which closed in March"
                keep.append((pos, a))
                pos = b
        keep.append((pos, closing.start() if closing else len(text)))
    chars = [" "] * len(text)
    for a, b in keep:
        chars[a:b] = text[a:b]
    return "".join(chars), low, high


# Where a clause begins, as the clause reader cuts them (clauses.CLAUSE_BREAK).
_BREAK = re.compile(
    r"[;:]|\b(?:but|while|whereas|although|though|because|however|said|says|told|according)\b"
)


class Modality:
    """How one sentence (its placeholder text) qualifies what its rules match."""

    def __init__(self, text: str) -> None:
        self.doubted = bool(_DOUBT.search(text))  # "It is unclear whether X still uses Y"
        condition = _CONDITION.match(text)
        self.condition_end = condition.end() if condition else -1
        self.text = text

    def neither(self, start: int, asides: list[tuple[int, int]]) -> bool:
        """Whether "neither" opens the clause before `start`, outside its `asides`: "Neither A
        nor B sold X to C" denies the sale for both, whichever member a match starts at."""
        opening = max((m.end() for m in _BREAK.finditer(self.text, 0, start)), default=0)
        return any(
            not any(a <= m.start() < b for a, b in asides)
            for m in re.finditer(r"\bneither\b", self.text[:start])
            if m.start() >= opening
        )

    def unstated(self, start: int, end: int, span: str) -> bool:
        """Whether a match from `start` to `end` (its two ends), `span` the text between them,
        is only supposed: inside an opening condition, or what "would" be on a condition the
        sentence names outside the match ("If the council agrees, X would supply Y", "X would
        supply Y if the council agreed"; "X, asked if it would comment, said it sold …" names
        its "if" inside the match, and states the sale)."""
        if end <= self.condition_end or denied_before(self.text, start):
            return True
        if not _WOULD.search(span):
            return False
        return bool(
            _ON_CONDITION.search(self.text, 0, start) or _ON_CONDITION.search(self.text, end)
        )


def denied_before(text: str, start: int) -> bool:
    """Whether a denial of evidence covers what starts at `start`, with no new clause between:
    "records do not show that X used P"."""
    denied = DENIED_THAT.search(text, 0, start)
    return denied is not None and not _RESTATED.search(text, denied.end(), start)


def doubted_from(toks: list[str]) -> int:
    """The first of a clause's tokens that a doubt or a condition covers (len: none).

    "whether" and "if" put in doubt what follows them, not what the sentence said before;
    "Were X to supply Y, …", "Should X supply Y, …" and "Had X known, …" are conditions (or
    questions) from their first word on, as a leading "If" is."""
    doubted = next((k for k, t in enumerate(toks) if t in ("whether", "if")), len(toks))
    clause = " ".join(toks)
    denied = DENIED_THAT.search(clause)
    if denied and not _RESTATED.search(clause, denied.end()):
        # "found no evidence that X used P", "no sign of a contract between X and Y": from the
        # denial on
        doubted = min(doubted, clause[: denied.start()].count(" "))
    first = next((k for k, t in enumerate(toks) if t[:1].isalpha() or t[:1] == "@"), None)
    if first is not None and toks[first] in ("were", "should", "unless", "had"):
        doubted = min(doubted, first)
    return doubted


def on_condition(group: set[str], toks: list[str]) -> bool:
    """A verb group with "would" in a sentence that names a condition: "would supply X if the
    council agreed" is what would be, not what is."""
    return "would" in group and (
        bool({"if", "unless"} & set(toks)) or bool(_ON_CONDITION.search(" ".join(toks)))
    )


def asked(text: str) -> bool:
    """Whether a sentence (its placeholder text) is a question: it states nothing. So is a
    question a colon introduces ("The EFF asked: will X sell Y to Z?"), and the lead-in that
    asks it."""
    if _QUESTION.match(text) or _WHO_QUESTION.match(text):
        return True
    _, colon, tail = text.partition(":")
    return bool(colon) and any(q.match(tail.lower()) for q in (_QUESTION, _WHO_QUESTION))


# "Until December we paid X …", "Until 2022, X supplied Y": a state that held until a time
# now past has ended, as has one before the thing that replaced it. (A Q&A line may open with
# its speaker's letter.)
_UNTIL_THEN = re.compile(
    r"^\W*(?:[A-Z]{1,2}:\s*)?until (?:(?:early|late|mid|the end of|last|this) )?"
    r"(?:january|february|march|april|may(?:month)?|june|july|august|september|october|november|"
    r"december|spring|summer|autumn|fall|winter|year|(?:19|20)\d\d|recently)\b"
    r"|^\W*before @\d+@,",  # "Before MuziPass, the museum sold tickets from a till by X"
    re.IGNORECASE,
)
_TO_COME = re.compile(r"\b(?:will|would|shall)\b|['’]ll\b")
# The past tense that says the time is past ("supplied", "paid", "was"); a sentence without it,
# or with a verb in the present ("Until 2030, X is under contract", "Until June, A uses P"),
# tells what holds now. Lower case only: "United", "Red" in names are no verbs.
_PAST_VERB = re.compile(
    r"\b(?:was|were|had|did|paid|ran|sold|bought|held|kept|spent|gave|took|led|made|built|"
    r"[a-z]+ed)\b"
)
_NOW = re.compile(
    r"\b(?:now|still|currently|today|is|are|am|has|have|remains?|uses|supplies|runs|hosts|"
    r"lets|keeps|pays|holds|owns|operates|provides|sells|buys|funds|leads)\b",
    re.IGNORECASE,
)


# A correction's account of what was said before: "Last week we said P runs on X's servers."
_SAID_BEFORE = re.compile(
    r"^\W*(?:(?:last (?:week|month|issue)|in (?:our|last [a-z]+'s) (?:[a-z]+ )?(?:issue|edition|"
    r"story|newsletter)),? we|last [a-z]+'s (?:issue|edition|story|newsletter)) "
    r"(?:said|reported|wrote|stated)\b",
    re.IGNORECASE,
)


def ended(text: str) -> bool:
    """Whether a sentence tells what held until a past time, or what was said of it in error:
    it states nothing now."""
    if _SAID_BEFORE.match(text):
        return True
    return (
        bool(_UNTIL_THEN.match(text))
        and not _TO_COME.search(text)
        and bool(_PAST_VERB.search(text))
        and not _NOW.search(text)
    )


def hedged(span: str) -> bool:
    """A modal or reported hedge between a match's ends: "could sell", "reportedly supplies"."""
    return bool(_HEDGE.search(span))
