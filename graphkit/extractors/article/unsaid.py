"""Facts a sentence names without stating them: a change of owner that is only agreed or
awaited ("X agreed to buy Y"), a contract stopped before it ran ("X's contract with Y was
blocked by a judge"), what a party disputes doing ("X denies sharing …"), what the
sentence goes on to deny ("X supplies Y, a rival claimed, but the company denied it"), and
what held until an ending the sentence tells ("X supplied Y until its contract lapsed", "X
was owned by Y until 2020"), and what a party did only formerly ("X once hosted Y")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .modality import DENIED_AFTER, pending
from .rules import Found

if TYPE_CHECKING:
    from .relations import Sentence


# "Veyra denies sharing any footage with …": a party disputes doing what the sentence says
_DISPUTE = re.compile(
    r"@(\d+)@ (?:has |have |had )?(?:denie[sd]|deny|disputes|disputed) "
    r"(?:ever |having )?\w+ing (?:any |the |a |an |its |their |@)"
)


def undisputed(sentence: Sentence, found: list[Found]) -> list[Found]:
    """The facts of the sentence but those whose subject disputes, in it, what it does."""
    disputers = {sentence.entity(int(m.group(1))).key for m in _DISPUTE.finditer(sentence.masked)}
    found = [f for f in found if f.subject not in disputers] if disputers else found
    found = [
        f
        for f in found
        if not (_denied_after(sentence, f) or _ended_after(sentence, f) or _former(sentence, f))
    ]
    return [f for f in found if not _left(sentence, f) and not _has_left(sentence, f)]


# "X has left Y after six years", a column's news of a departure: no post held now (but "X
# left Y in 2019" still tells where X worked)
_HAS_LEFT = re.compile(r"@(?P<p>\d+)@,?(?: [^@;]{0,60},)? (?:has|have) (?:now )?left @(?P<o>\d+)@")


def _has_left(sentence: Sentence, fact: Found) -> bool:
    if fact.relation not in ("worksFor", "leads"):
        return False
    return any(
        sentence.entity(int(m.group("p"))).key == fact.subject
        and sentence.entity(int(m.group("o"))).key == fact.object
        for m in _HAS_LEFT.finditer(sentence.masked)
    )


# "X, its co-founder, left the company after the sale": a head who has since left
_LEFT = re.compile(
    r"@(?P<h>\d+)@(?:,[^,;]{1,80},|,(?= left\b| quit\b)|, who)? (?:has |had |since |then |later "
    r"|abruptly )?(?P<v>(?:quit|retired|stepped down)\b(?! as\b)|(?:left|departed)\b(?: (?:from )?"
    r"(?:the (?:company|firm|agency|department|group|organi[sz]ation)\b|@(?P<o>\d+)@)|(?= (?:in "
    r"(?:19|20)\d\d|in [A-Z][a-z]+|last|this|earlier|to join|for @)\b|[,.;]|$)))"
)


def _left(sentence: Sentence, fact: Found) -> bool:
    """Whether the head of a body the fact tells has left it, as the sentence says. (Staff
    who left or resigned are still told to have worked there: "X left Y in 2019".)"""
    if fact.relation != "leads":
        return False
    told = [
        m.end()
        for m in re.finditer(r"@(\d+)@", sentence.masked)
        if sentence.entity(int(m.group(1))).key == fact.object
    ]
    for match in _LEFT.finditer(sentence.masked):
        holder = sentence.entity(int(match.group("h"))).key
        left = match.group("o")
        if holder != fact.subject or not told or min(told) > match.start("v"):
            continue  # (a post told after: "X, who left the company in 2020, now leads Y")
        if left is None or sentence.entity(int(left)).key == fact.object:
            return True
    return False


def _denied_after(sentence: Sentence, fact: Found) -> bool:
    """Whether the sentence, after naming both parties of the fact, denies what it said."""
    ends = _ends(sentence, fact)
    return bool(ends) and DENIED_AFTER.search(sentence.masked, max(ends)) is not None


def _ended_after(sentence: Sentence, fact: Found) -> bool:
    """Whether the sentence, after naming both parties of the fact in the past, tells the end
    of what it said: "X, which supplied Y's earlier tool until its contract lapsed, …"."""
    ends = sorted(_ends(sentence, fact))
    # after the later party's first mention ("X was owned by Y until 2020, when its founders …")
    both = [e for e in ends if e >= _first_of_both(sentence, fact)]
    match = next(filter(None, (_UNTIL_ENDED.match(sentence.masked, e) for e in both)), None)
    if match is None:
        return False
    told = sentence.masked[min(ends) : match.start()]
    after = sentence.masked[match.end() :]  # "…until last year, and still hosts its archive"
    year = match.group(0).rstrip()[-4:].isdigit()
    if year and (fact.relation == "supplies" or _TERM.search(told + match.group(0))):
        # a sale dated to its last year was made ("had supplied Y with AI tools until 2019"),
        # and a term runs to its year; an owner, a host or a post "until 2020" is past
        return False
    return _PAST.search(told) is not None and not _LASTING.search(told + " " + after)


# "X once hosted Y", "X formerly supplied Y", "X used to own Y": a tie no longer held. The
# adverb must lead the verb ("X, once a startup, supplies Y" is a description), and nothing
# after it may bring the tie to the present ("X, which once led Y, now works for Z").
_FORMERLY = re.compile(
    r"(?<!at )(?<!than )\b(?:formerly|once(?! (?:again|more)\b)|used to)\s+(?:(?:also|had|"
    r"been|was|were|have) )?(?!known\b|called\b|named\b|the\b|an?\b)(?:[a-z]+ed|ran|led|"
    r"sold|bought|held|kept|made|built|paid|gave|owned|(?<=used to )[a-z]+)\b"
)
_BACK_TO_NOW = re.compile(r"\b(?:now|still|currently|today|again|since then)\b|;")


def _former(sentence: Sentence, fact: Found) -> bool:
    """Whether the sentence tells the fact as a tie held only formerly. (A post "previously"
    held, or held "from 2010 to 2015", is a past post too.)"""
    if fact.relation == "develops":  # what a firm once made, it made
        return False
    post = fact.relation in ("leads", "worksFor")
    if post and _PAST_RANGE.match(sentence.masked, _first_of_both(sentence, fact)):
        return True
    for start, end in _pair_spans(sentence, fact):
        between = sentence.masked[start:end]
        adverb = _FORMERLY.search(between) or (post and _PREVIOUSLY.search(between))
        if adverb and not _BACK_TO_NOW.search(between, adverb.end()):
            return True
    return False


_PREVIOUSLY = re.compile(r"\bpreviously (?:[a-z]+ed|led|held|ran)\b")
_PAST_RANGE = re.compile(
    r"[^;@]{0,40}?\b(?:from (?:19|20)\d\d (?:to|until|through)|between (?:19|20)\d\d and) "
    r"(?:19|20)\d\d\b"
)


def _pair_spans(sentence: Sentence, fact: Found) -> list[tuple[int, int]]:
    """The text between each mention of one of the fact's parties and the next of the other."""
    places = [
        (m.start(), m.end(), sentence.entity(int(m.group(1))).key)
        for m in re.finditer(r"@(\d+)@", sentence.masked)
    ]
    spans = []
    for i, (_, end, key) in enumerate(places):
        if key not in (fact.subject, fact.object):
            continue
        other = fact.object if key == fact.subject else fact.subject
        later = next((p for p in places[i + 1 :] if p[2] in (key, other)), None)
        if later is not None and later[2] == other:
            spans.append((end, later[0]))
    return spans


def _first_of_both(sentence: Sentence, fact: Found) -> int:
    """Where the sentence has named both parties of the fact once."""
    firsts = {}
    for m in re.finditer(r"@(\d+)@", sentence.masked):
        firsts.setdefault(sentence.entity(int(m.group(1))).key, m.end())
    return max(firsts.get(fact.subject, 1 << 30), firsts.get(fact.object, 1 << 30))


def _ends(sentence: Sentence, fact: Found) -> list[int]:
    """Where the sentence's mentions of the fact's parties end."""
    return [
        m.end()
        for m in re.finditer(r"@(\d+)@", sentence.masked)
        if sentence.entity(int(m.group(1))).key in (fact.subject, fact.object)
    ]


# "until its contract lapsed", "until it was replaced", "until last year": an ending now past
_UNTIL_ENDED = re.compile(
    r"[^;@]{0,80}?\buntil (?:(?:its|the|their|that) (?:[\w$,.-]+ ){0,3}?(?:contract|deal|"
    r"agreement|licen[cs]e|subscription|pilot|trial)s? (?:lapsed|expired|ended|ran out|was "
    r"(?:cancell?ed|terminated|ended|not renewed))|(?:it|they) (?:was|were) (?:replaced|"
    r"retired|cancell?ed|scrapped|dropped|decommissioned|switched off|shut down)|last "
    r"(?:year|month|week|spring|summer|fall|autumn|winter)|(?:(?:early|late|mid-?|the end of) )?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December) )?(?:19|20)\d\d)\b(?! (?:and|or) (?:beyond|later))"
)
# What a term runs to is no ending: "a contract to supply Y until 2027", "extended … until 2028"
_TERM = re.compile(
    r"\b(?:contracts?|deals?|agreements?|leases?|terms?|licen[cs]es?|extend\w*|renew\w*|"
    r"to [a-z]+)\b"
)
_PAST = re.compile(r"\b(?:[a-z]+ed|ran|sold|bought|made|built|held|kept|led|paid)\b")
_LASTING = re.compile(r"\b(?:will|would|still|now|has|have|is|are|continues|remains)\b")


# A contract said to have been stopped before it took effect: no supply has happened between
# the parties it names ("X's contract with Y was blocked", "the deal between X and Y was voided").
_STOPPED = re.compile(
    r"(?:@\d+@(?:'s)? )?(?:[\w$.,-]+ ){0,3}?\b(?:contracts?|deal|agreement|purchase|order)\b"
    r"(?: (?:with|for|from|between) (?:the )?@\d+@(?:(?:,| and) (?:the )?@\d+@)*)?"
    r"[^;.@]{0,40}? (?:was|were|has been|have been|had been|is being) "
    r"(?:[a-z]+ly |later |then |eventually |temporarily )?"
    r"(?:blocked|struck down|voided|vetoed|rejected|voted down|enjoined|frozen)\b"
)


_SOLD_FIRM = re.compile(
    r"\bsold (?:its (?:[\w-]+ ){0,3}?(?:unit|division|subsidiary|business|arm),? )?@(\d+)@,? "
    r"to (?:the )?(?:[\w-]+ ){0,3}?@(\d+)@"
)


_SOLD_ON = re.compile(
    r"@(\d+)@ (?:[a-z]+ ){0,2}?sold (?:(?:it|the (?:company|firm|unit|business))\b|"
    r"@(\d+)@)"
)


def settled(sentence: Sentence, found: list[Found]) -> list[Found]:
    """The facts but a part of an owner whose change of owner is only agreed or awaited:
    "X agreed to buy Y", "Y will become part of X" state no `partOf` yet; nor does a
    contract stopped before it ran state a supply, a firm's sale a supply to its buyer, or a
    firm its seller sold on ("A sold X to B") a part of the seller."""
    text = sentence.masked
    stopped = {
        sentence.entity(int(i)).key
        for match in _STOPPED.finditer(text)
        for i in re.findall(r"@(\d+)@", match.group(0))
    }
    found = [
        f for f in found if not (f.relation == "supplies" and {f.subject, f.object} <= stopped)
    ]
    # "T sold X to Y" where X is a firm: Y bought X, T sold Y nothing it supplies
    buyers = {
        sentence.entity(int(match.group(2))).key
        for match in _SOLD_FIRM.finditer(text)
        if sentence.entity(int(match.group(1))).type == "Company"
    }
    found = [f for f in found if not (f.relation == "supplies" and f.object in buyers)]
    # "…sold X to A in 2019; A sold X to B in 2022": A owned X only until it sold it on
    resold = {
        (sentence.entity(int(m.group(1))).key, m.group(2) and sentence.entity(int(m.group(2))).key)
        for m in _SOLD_ON.finditer(text)
    }
    found = [
        f
        for f in found
        if not (f.relation == "partOf" and {(f.object, f.subject), (f.object, None)} & resold)
    ]
    places: dict[str, list[int]] = {}
    for match in re.finditer(r"@(\d+)@", text):
        places.setdefault(sentence.entity(int(match.group(1))).key, []).append(match.start())
    out = []
    for f in found:
        ends = places.get(f.subject, []) + places.get(f.object, [])
        if f.relation == "partOf" and ends and pending(text, ends):
            continue
        out.append(f)
    return out
