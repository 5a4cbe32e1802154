"""Stances news tells without a verb of opposing or supporting, and stances it only supposes.

Read as opposition to what the text names:
- a call for an ending: "called for a ban on X", "demanding an end to X", "seeks a moratorium
  on the use of X", "supports a ban on X";
- an ending demanded or said to be due: "demanded that X be scrapped", "said X should be
  switched off", "wants X shut down", "demanded that the city cut ties with X";
- "came out against X", "in opposition to X", "in protest of X".
Read as support: "in support of X", "in defence of X", "spoke up for X", "threw its support
behind X", "a brief on behalf of X". "Critics of X include A and B" (or "supporters of X")
gives each of A and B the stance.

Nothing is read where the clause negates, doubts or only supposes the call ("stopped short of
calling for", "may call for", "if"); and `unsupposed` drops any stance whose taker only may,
might or could take it ("X may challenge Y"), or is a former critic ("X, a former critic of Y,").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from .clauses import DENIAL, NEGATORS, PREPOSITIONS, Clauses, words
from .entity import AGENT_TYPES
from .modality import doubted_from, on_condition
from .rules import Found
from .structure import read_clauses
from .subjects import group_start, subject_of

if TYPE_CHECKING:
    from .relations import Sentence

_CALL = (
    r"(?:call(?:s|ed|ing)? for|demand(?:s|ed|ing)?|seek(?:s|ing)?|sought|urg(?:e|es|ed|ing)|"
    r"(?:press|push|ask|petition|lobby|lobbie|advocate|campaign)(?:s|es|ed|d|ing)? for|"
    r"want(?:s|ed|ing)?|support(?:s|ed|ing)?|back(?:s|ed|ing)?|endors(?:e|es|ed|ing)|"
    r"propos(?:e|es|ed|ing))"
)
_ENDING = (
    r"(?:ban|bans|boycott|moratorium|end|halt|stop|suspension|pause|freeze|prohibition|cancellation|"
    r"removal|withdrawal|repeal|shutdown|phase-out)"
)
# "a ban on the use of X": what the action acts on, or who acts ("the use of drones by X")
_ACTED_ON = (
    r"(?:(?:the|its|their) )?(?:(?:[a-z-]+ )?(?:use|uses|export|exports|sale|sales|deployment|"
    r"purchase|expansion|rollout|adoption|installation|procurement|funding) (?:of|by|for) "
    r"(?:the )?)?"
)
_ENDINGS = re.compile(
    r"\b(?P<v>"
    + _CALL
    + r") (?:(?:a|an|the|its|their) )?(?:[a-z-]+ ){0,2}?"
    + _ENDING
    + r" (?:on|to|of|against) "
    + _ACTED_ON
    + r"@(?P<o>\d+)@(?! 's)"
)
# The participle of an ending: "be scrapped", "shut down", "switched off"
_ENDED = (
    r"(?:stopped|ended|dropped|cancell?ed|halted|terminated|abandoned|withdrawn|banned|"
    r"scrapped|suspended|dismantled|removed|paused|rejected|blocked|outlawed|prohibited|retired|"
    r"discontinued|shelved|decommissioned|axed|phased out|pulled|"
    r"(?:switched|turned|shut|taken) (?:off|down|offline))\b"
)
_BASE_END = (
    r"(?:cut ties with|sever ties with|stop (?:using|buying|funding|working with|doing business "
    r"with)|end (?:its|their|the) (?:[a-z-]+ ){0,2}?(?:with|of)|drop|cancel|scrap|ban|suspend|"
    r"abandon|halt|stop|end|reject)"
)
_ASKS = (
    r"(?:demand|ask|urge|insist|recommend|propose|request|petition|argue|say|said|says|saying|"
    r"believe|think|thinks|thought)(?:s|ed|d|ing)?"
)
_DUE = re.compile(
    r"\b(?P<v>" + _ASKS + r") (?:that )?(?:the )?@(?P<o>\d+)@ (?:should |must |ought to |needs to "
    r"|need to |has to |have to )?(?:be |is |was )?(?:[a-z]+ly )?"
    + _ENDED
    + r"|\b(?P<w>want(?:s|ed|ing)?) (?:the )?@(?P<p>\d+)@ (?:to be )?"
    + _ENDED
    + r"|\b(?P<x>"
    + _ASKS
    + r") that (?:the |its |their )?(?:[a-z-]+ ){0,3}?(?:@\d+@ )?"
    r"(?:immediately )?" + _BASE_END + r" (?:the )?@(?P<q>\d+)@"
)
_PHRASES = re.compile(
    r"\b(?P<v>(?:came|come|comes|coming) out) against (?:the )?@(?P<o>\d+)@"
    r"|\b(?P<v2>in (?:opposition to|protest (?:of|against)) |(?:vot|argu|testif|lobb|campaign|"
    r"rall|spoke|speak)[a-z]* against (?=[a-z -]+ (?:of|by|for) ))" + _ACTED_ON + r"@(?P<o2>\d+)@"
    r"|\b(?P<s>in (?:support|defen[cs]e) of|(?:spoke|speak|speaks|speaking) up for|"
    r"(?:threw|throws|throw|throwing|put|puts|putting) (?:its|their|his|her) (?:full )?"
    r"(?:support|weight) behind|(?:brief|suit|lawsuit|complaint|petition|motion|appeal) "
    r"(?:[a-z]+ )?on behalf of)(?: the)? @(?P<so>\d+)@"
    # "X represents Y", "lawyers from X are representing Y" (a person who represents a body
    # speaks for it: staff, read elsewhere)
    r"|\b(?P<r>represent(?:s|ing)?|(?<!is )(?<!are )(?<!was )(?<!were )(?<!be )(?<!been )"
    r"represented)(?: both)?(?: the)? @(?P<ro>\d+)@"
)
_ROLE = r"(?:critics|opponents|foes|supporters|backers|allies|champions|defenders|proponents)"
_HOLDERS = re.compile(
    r"^(?:(?:the|its|his|her|their) )?(?:[a-z]+ )?(?P<n>" + _ROLE + r") of (?:the )?@(?P<o>\d+)@ "
    r"(?:[a-z]+ ){0,2}?(?:include|includes|included|are|were|have included)\b"
    r"|^among (?:the )?(?:[a-z]+ )?(?P<n2>" + _ROLE + r") of (?:the )?@(?P<o2>\d+)@ "
    r"(?:are|were|is|was)\b"
)
# What takes back a call in its own clause: "stopped short of calling for", "may call for"
_UNSAID = (
    NEGATORS
    | DENIAL
    | words("""
    may might could short refused refuse refuses declined decline declines whether if unless
    reluctant hesitant rumored rumoured preparing considering weighing mulling poised
""")
)
# "Reports that X had called for a ban were false": a call others tell of, not one made
_HEARSAY = words("reports report rumors rumours rumor rumour claims allegations speculation")
# "ignoring calls for a ban", "amid demands for an end": the call is a noun, made by others
_NOUN_BEFORE = PREPOSITIONS | words("""
    the a an these those growing mounting ignoring ignored ignores rejected
    rejecting rejects dismissed dismissing resisted resisting rebuffed faces faced facing
""")
# a name that only narrows a deal is no party to stand for: "in support of the Flock contract"
_DEALS = words("contract contracts deal deals agreement agreements plan proposal bid merger")
_MODAL = re.compile(r"(?:, [^,]{0,80},)?(?: [a-z]+){0,2}? (?:may|might|could)\b")
_FORMER = re.compile(
    r"^(?:'s)?, (?:a|an|the) (?:former|onetime|one-time|erstwhile|ex-)\s?(?:[a-z-]+ )?"
    r"(?:critic|opponent|foe|supporter|backer|ally|champion|defender|proponent) of (?:the )?$"
)
_STANCES = ("opposes", "supports")
_RELATIVE = words("which who that whom")


def stance_readings(sentence: Sentence) -> list[Found]:
    """Opposition and support the sentence tells by a call, a demand or a set phrase."""
    c, _ = read_clauses(sentence)
    text = " ".join(c.toks)
    if "@" not in text:
        return []
    starts = [0]
    for tok in c.toks[:-1]:
        starts.append(starts[-1] + len(tok) + 1)
    doubted = doubted_from(c.toks)
    out: list[Found] = []

    def take(relation: str, verb_at: int, obj: int, confidence: float, people=True) -> None:
        i = bisect_right(starts, verb_at) - 1
        if i >= doubted or _unsaid(c, i) or _hearsay(c, i):
            return
        if c.toks[i] in ("calls", "demands") and i and c.toks[i - 1] in _NOUN_BEFORE:
            return
        if on_condition(set(c.toks[c.clause_start(i) : i]), c.toks):
            return  # "would support a ban on X if …"
        k = bisect_right(starts, text.index(f"@{obj}@", verb_at)) - 1
        if c.toks[k + 1 : k + 2] and c.toks[k + 1] in _DEALS:
            return
        g = group_start(c, i)
        subject = subject_of(c, g)
        if subject is None and c.toks[g - 1] not in _RELATIVE:
            # a participle or a phrase: "wrote to X demanding an end to Y", "spoke in support of"
            subject = _main_subject(c, i)
        if subject is None or subject == obj:
            return
        if people or sentence.entity(subject).type != "Person":
            out.extend(_pairs(sentence, relation, subject, obj, confidence))

    for match in _ENDINGS.finditer(text):
        take("opposes", match.start("v"), int(match.group("o")), 0.7)
    for match in _DUE.finditer(text):
        verb, obj = next((v, o) for v, o in (("v", "o"), ("w", "p"), ("x", "q")) if match.group(v))
        take("opposes", match.start(verb), int(match.group(obj)), 0.7)
    for match in _PHRASES.finditer(text):
        verb, obj = next(
            (v, o)
            for v, o in (("v", "o"), ("v2", "o2"), ("s", "so"), ("r", "ro"))
            if match.group(v)
        )
        if verb == "r" and int(match.group(obj)) in c.modifiers:
            continue  # "unions that represent DMV clerks": the clerks, not the DMV
        relation = "supports" if verb in ("s", "r") else "opposes"
        take(relation, match.start(verb), int(match.group(obj)), 0.7, verb != "r")
    out.extend(_holders(sentence, text, c))
    return out


def _main_subject(c: Clauses, i: int) -> int | None:
    """The first name before token i that no preposition governs: the main clause's subject."""
    for k in range(i):
        before = c.toks[k - 2 : k] if k > 1 else c.toks[:k]
        if c.mention[k] is not None and not (set(before) & PREPOSITIONS):
            return c.mention[k]
    return None


def _hearsay(c: Clauses, i: int) -> bool:
    """Whether token i is in a clause others tell of: "Reports that X had called for …"."""
    return any(c.toks[k] in _HEARSAY and c.toks[k + 1] == "that" for k in range(i))


def _unsaid(c: Clauses, i: int) -> bool:
    """Whether the clause of token i takes back what it would say before i."""
    return any(t in _UNSAID for t in c.toks[c.clause_start(i) : i])


def _pairs(sentence: Sentence, relation: str, s: int, o: int, confidence: float) -> list[Found]:
    out = []
    for a in sentence.members(s):
        for b in sentence.members(o):
            subject, obj = sentence.entity(a), sentence.entity(b)
            if subject.key == obj.key or subject.type not in AGENT_TYPES:
                continue
            if subject.place or obj.place:
                continue
            out.append(Found(subject.key, relation, obj.key, confidence, "stance"))
    return out


def _holders(sentence: Sentence, text: str, c: Clauses) -> list[Found]:
    """ "Critics of X include A and B": each of A and B opposes X."""
    match = _HOLDERS.search(text)
    if match is None or any(t in _UNSAID for t in c.toks):
        return []
    role = match.group("n") or match.group("n2")
    obj = int(match.group("o") if match.group("o") is not None else match.group("o2"))
    relation = "opposes" if role in ("critics", "opponents", "foes") else "supports"
    named = re.search(r"@(\d+)@", text[match.end() :])
    if named is None or int(named.group(1)) in c.modifiers:
        return []  # "Critics of X include former Acme employees": the employees, not Acme
    return _pairs(sentence, relation, int(named.group(1)), obj, 0.65)


def unsupposed(sentence: Sentence, found: list[Found]) -> list[Found]:
    """Stances without those the text only supposes: a taker who may, might or could take it
    ("X may challenge Y"), or a former critic ("X, a former critic of Y, said …")."""
    masked = sentence.masked
    places: dict[str, list[tuple[int, int]]] = {}
    for match in re.finditer(r"@(\d+)@", masked):
        index = int(match.group(1))
        places.setdefault(sentence.mentions[index].key, []).append(match.span())
    out = []
    for fact in found:
        if fact.relation in _STANCES and fact.rule != "quoted criticism":
            spans = places.get(fact.subject, [])
            if spans and all(_MODAL.match(masked, end) for _, end in spans):
                continue
            objects = places.get(fact.object, [])
            if any(_FORMER.match(masked[e:o]) for _, e in spans for o, _ in objects if o > e):
                continue
        out.append(fact)
    return out


def unsure_request(sentence: Sentence, match, s: int, o: int, contract_of: re.Pattern) -> bool:
    """Whether a request by an asker of unknown kind says too little to read: only what it
    names is read ("X urged the city to drop P"), not a description ("drop the system") nor a
    party to a contract whose holder the text leaves open ("to end its contract with Y")."""
    if sentence.entity(s).type != "Organization":
        return False
    before = sentence.masked[: match.start("o") - 1]
    return sentence.mentions[o].generic or bool(contract_of.search(before))
