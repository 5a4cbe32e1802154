"""Noun cues: "X signed a contract with Y", "X, a subsidiary of Y", "Oculus executive Y".

A noun cue's agent is its possessor, the head its apposition describes, the subject of the light
verb that carries it, or the name its title precedes; its second party follows a preposition
the lexicon gives, or is written before the noun ("a Google engineer").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from . import cues as cx
from .apposed import apposed_name
from .clauses import (
    AUX,
    BE,
    IRREALIS,
    LIGHT,
    NEGATORS,
    PREPOSITIONS,
    RELATIVE,
    Clauses,
    Hit,
    antecedent_token,
    member_of,
    pairs,
    quantity,
    words,
)
from .lexicon import TITLE_WORDS
from .subjects import subject_of
from .title_words import function_head
from .verb_groups import FORMERLY, OVER

_NOUN_BASE = 0.7
# After these a verb form is a noun: "law enforcement's use of X", "the sale of".
_NOUN_BEFORE = words("'s the a an its their his her this that")


def noun_hits(c: Clauses, i: int, last: int, cue: cx.Cue) -> list[Hit]:
    """A noun cue: "X signed a contract with Y", "X, a subsidiary of Y", "X's lawsuit against Y"."""
    toks = c.toks
    if cue.relation in ("supplies", "partOf") and set(toks[max(0, i - 2) : i]) & _FORMER_SELLER:
        return []  # "a former contractor to X" sells it nothing now, "a former unit" is no part
    if cue.relation in _ROLES and "career" in toks[max(0, i - 6) : i]:
        return []  # "X began her career as a reporter at Y": a post she held once
    after = list(itertools.takewhile(lambda t: t not in PREPOSITIONS, toks[last + 1 : last + 4]))
    if cue.relation in _ROLES and _THINGS & set(after):
        return []  # "P is the official parking app of Y": a thing's kind, not a post
    if "heads" in cue.options and _bare(c, i):
        cue = replace(cue, relation="leads")  # "the director of X" heads it
    roles: dict[str, int] = {}
    end = c.clause_end(last)
    role = head_role = None
    for k in range(last + 1, min(end, last + 14)):
        m = c.mention[k]
        if m is not None:
            if role and (k + 1 >= len(toks) or toks[k + 1] != "'s"):
                roles.setdefault(role, m)
                wanted = {r for r in (*cue.subject, *cue.object) if r not in ("agent", "mod")}
                if wanted <= set(roles):
                    break
                continue  # "a complaint with the FTC against X": go on to the cue's own roles
            if role and _acting(toks, k + 2):
                # "a complaint against the police's use of X": the body that acts
                roles.setdefault(role, m)
                role = None
            elif role:
                roles.setdefault(role + "'s", m)  # "alarm over X's drones": X's, so X
            continue
        tok = toks[k]
        if tok in PREPOSITIONS:
            # "concerns about law enforcement's use of X": X is what the concern is about
            keep = role == "between" or (tok == "of" and head_role is not None)
            role = role if keep else tok
            head_role = head_role or role
        elif tok == "," and k + 1 < len(toks) and toks[k + 1] in ("including", "such", "like"):
            role = head_role  # "partnerships with 400 police departments, including X"
        elif (c.is_verb(k) and toks[k - 1] not in _NOUN_BEFORE) or tok in RELATIVE or tok == ",":
            break
        elif tok == "and" and toks[k + 1 : k + 2] in (["a"], ["an"]):
            break  # "officer X and a sales representative of Y": another's title
    if role == "between":
        return _between_pair(c, last, cue)
    modifier = _premodifier(c, i)
    if modifier is not None and "mod" in (*cue.subject, *cue.object):  # "a Y customer": Y
        roles.setdefault("mod", c.mention[modifier])
    if _undone(c, last, end, cue) or function_head(c.toks, c.mention, cue.words, last):
        return []
    named = last + 1 if last + 1 < len(toks) and toks[last + 1] != "," else last + 2
    while named < len(toks) - 1 and toks[named] in TITLE_WORDS:
        named += 1  # "the lab's director, Professor X"
    if named < len(toks) and c.mention[named] is not None and "mod" in cue.object:
        # a title before a name: "Oculus executive X", "board members A and B", "its head, Y,"
        roles["agent"] = c.mention[named]
        return pairs(cue, roles, _NOUN_BASE, "title")
    # "X's parent company", "X's subsidiary": the owner fills the noun's "of"
    owner = _possessor(c, i)
    relational = owner is not None and "of" in cue.subject + cue.object and "of" not in roles
    if relational:
        roles["of"] = c.mention[owner]
    role = cue.relation in _ROLES
    agent, how = _noun_agent(c, i, relational, role)
    if agent is not None and agent == modifier and "mod" in (*cue.subject, *cue.object):
        agent, how = _noun_agent(c, modifier, relational, role)  # "X is a Y subsidiary": X, not Y
    if agent is None:
        agent, how = _fronted_agent(c, i, last), "fronted phrase"
    by = _by_phrase(c, last + 1, end) if agent is None and cue.subject == ("agent",) else None
    if by is not None and not _unreal(c, i):
        roles["agent"] = by  # "the use of X by Y": Y, as a passive's by-phrase
        return pairs(cue, roles, _NOUN_BASE - 0.05, "by-phrase")
    named_agent = any(s in roles for s in cue.subject if s != "agent")  # "an audit by X"
    if agent is None and ("agent" not in (*cue.subject, *cue.object) or named_agent):
        # "criticism of X by Y": the noun phrase names both parties itself
        if any(t in NEGATORS or t in IRREALIS for t in toks[c.clause_start(i) : i]):
            return []  # "there was no criticism of X by Y"
        return pairs(cue, roles, _NOUN_BASE - 0.05, "noun phrase")
    if agent is None:
        return []
    if any(t in NEGATORS or t in IRREALIS for t in _between(c, agent, i)) or (
        cue.relation == "supplies" and _sale_ended(c.toks, agent)
    ):
        return []
    if cue.relation in _HAPPENINGS and FORMERLY & set(_between(c, agent, i)):
        return []  # "X previously held a contract with Y": a former sale, not a present one
    roles["agent"] = c.mention[agent]
    return pairs(cue, roles, _NOUN_BASE - (0.05 if how != "noun" else 0.0), how)


_ACTIONS = words("use uses deployment purchase rollout adoption installation procurement")


def _acting(toks: list[str], k: int) -> bool:
    """Whether an action of the possessor's begins at k: "'s use of X", "'s rollout of X"."""
    return k + 1 < len(toks) and toks[k] in _ACTIONS and toks[k + 1] == "of"


# Words before a noun that make what it names a plan or a possibility: "the proposed use".
_UNREAL_BEFORE = words("proposed planned possible potential future expanded any no")


# A predicate saying what the noun names never began or is only planned: "… was banned"
_UNDONE_AFTER = words(
    "banned prohibited barred blocked proposed planned considered sought rejected"
)
# Relations a noun states as happened; a stance ("X's suit against Y was rejected") is taken
_HAPPENINGS = frozenset({"uses", "supplies", "funds", "develops", "hosts"})


def _undone(c: Clauses, last: int, end: int, cue: cx.Cue) -> bool:
    """Whether the verb the noun phrase ending at last is subject of says it never happened,
    or that a sale is over."""
    if cue.relation not in _HAPPENINGS:
        return False
    for k in range(last + 1, end):
        if c.toks[k] in BE:
            return bool(set(c.toks[k + 1 : k + 4]) & _UNDONE_AFTER)
        if c.toks[k] in OVER and cue.relation == "supplies":
            return True  # "our contract with X ended in June" (a trial that ended took place)
        if c.toks[k] in RELATIVE or (c.is_verb(k) and c.toks[k] not in AUX):
            return False
    return False


def _by_phrase(c: Clauses, k: int, end: int) -> int | None:
    """The name after "by" in the noun phrase from k on: "the use of X by the police"."""
    for x in range(k, min(end, k + 12)):
        tok = c.toks[x]
        if tok == "by":
            y = x + 1 + (c.toks[x + 1 : x + 2] == ["the"])
            return c.mention[y] if y < len(c.toks) else None
        if tok in (",", ";") or tok in RELATIVE or (c.is_verb(x) and c.toks[x - 1] != "'s"):
            return None
    return None


def _unreal(c: Clauses, i: int) -> bool:
    """Whether the noun at i names what is not (yet) done: negated, planned or only possible."""
    before = c.toks[c.clause_start(i) : i]
    return bool(set(before) & (NEGATORS | IRREALIS) or set(c.toks[i - 1 : i]) & _UNREAL_BEFORE)


_BARE_BEFORE = words("the its their his her 's ,")


def _bare(c: Clauses, i: int) -> bool:
    """A role noun that no word narrows: "the director", "X's director", "X director"; not
    "a director", "deputy director", "a X director"."""
    if i == 0 or c.toks[i - 1] in _BARE_BEFORE:
        return True
    return c.mention[i - 1] is not None and (i < 2 or c.toks[i - 2] not in ("a", "an"))


def _fronted_agent(c: Clauses, i: int, last: int) -> int | None:
    """ "In a letter to X, Senators A and B asked …": the subject after a fronted phrase."""
    toks = c.toks
    start = next((k for k in range(i - 1, max(-1, i - 5), -1) if toks[k] in _FRONTING), None)
    if start is None or (start > 0 and toks[start - 1] != ","):
        return None
    comma = next((k for k in range(last + 1, min(len(toks), last + 15)) if toks[k] == ","), None)
    if comma is None:
        return None
    k = comma + 1
    while k < len(toks) and toks[k] in TITLE_WORDS | {"the"}:
        k += 1  # "…, Senators A and B asked"
    return k if k < len(toks) and c.mention[k] is not None else None


_FRONTING = words("in through with under")


def _between_pair(c: Clauses, last: int, cue: cx.Cue) -> list[Hit]:
    """ "a contract between the US arm of X and the cyber division of Y": X and Y."""
    toks, end = c.toks, c.clause_end(last)
    start = next((k for k in range(last + 1, end) if toks[k] == "between"), None)
    if start is None or "either" not in cue.options:
        return []
    conjuncts: list[list[int]] = [[]]
    for k in range(start + 1, min(end, start + 20)):
        if toks[k] == "and" and len(conjuncts) == 1:
            conjuncts.append([])
        elif c.mention[k] is not None:
            conjuncts[-1].append(c.mention[k])
        elif c.is_verb(k) or toks[k] == ",":
            break
    if len(conjuncts) < 2 or not all(conjuncts):
        return []
    first, second = conjuncts[0][-1], conjuncts[1][-1]
    return [Hit(cue.relation, first, second, _NOUN_BASE - 0.05, "between", cue.options)]


_FORMER_SELLER = words("former ex onetime previous past erstwhile")
_ROLE_ADJECTIVES = words("""
    chief senior former ex junior lead principal deputy associate assistant staff top longtime
    general acting interim software data policy research product security
""")


def _premodifier(c: Clauses, i: int) -> int | None:
    """The name written before a role noun: "a Google engineer", "Amazon's general counsel"."""
    k = i - 1
    while k >= 0 and c.toks[k] in _ROLE_ADJECTIVES:
        k -= 1
    if k >= 0 and c.toks[k] == "'s":
        k -= 1
    return k if k >= 0 and c.mention[k] is not None else None


_ENDING = words("ended terminated cancelled canceled")


def _sale_ended(toks: list[str], k: int) -> bool:
    """Whether the words before the name at k end its sale: "decided not to renew X's
    agreement", "terminated X's contract"."""
    before = toks[max(0, k - 4) : k]
    return (bool(before) and before[-1] in _ENDING) or (
        "renew" in before and bool({"not", "declined", "refused"} & set(before))
    )


def _possessor(c: Clauses, i: int) -> int | None:
    """The token of the name that owns the noun at i: "ICE's contract", "X's parent company"."""
    for k in range(i - 1, max(-1, i - 5), -1):
        if c.toks[k] == "'s" and k > 0 and c.mention[k - 1] is not None:
            return k - 1
        if c.mention[k] is not None or c.toks[k] in PREPOSITIONS or c.toks[k] == ",":
            break
    return None


# A role noun names its holder through a copula ("X is the president of Y"), not an act on it.
_ROLES = frozenset({"leads", "worksFor"})
_THINGS = words("app apps application system platform software tool portal")
_ROLE_LINKS = words("became become becomes remains remained remain serves served serve as")
# People a list names only as a number or a kind beside a named party: "and two residents"
_UNNAMED = words("residents others members people plaintiffs parents families individuals")
_ADVERBS = words("twice always also never once long since already just still ever not now")
_PAST = words("met meets meet saw sees see beat fought hit told thanked replaced fired sued")
# A body's decision to take a contract is its own: "X approved a contract with Y", "X's board
# voted 6-3 to sign a contract with Y" (what is only proposed says so before: "plans to")
_APPROVING = words(
    "approve approved approves approving ratify ratified ratifies authorize "
    "authorized authorizes authorise authorised authorises"
)
_VOTED = words("voted votes agreed decided resolved moved elected opted")
_SIGNING = words("sign award accept renew extend")
# What may stand between the vote and its infinitive: its count and its day
_VOTE_ASIDE = re.compile(
    # (the clause's tokens keep no capital: "Monday" is "onday")
    r"^(?:\d+-\d+|\d+–\d+|unanimously|narrowly|on|at|last|this|[a-z]*day|night|evening|"
    r"morning|week|meeting|its|their)$"
)


def _vote_before(toks: list[str], to: int) -> int | None:
    """The token of the vote an infinitive at `to` tells of ("voted 4-1 Monday night to")."""
    k = to - 1
    while k >= 0 and to - k <= 5 and _VOTE_ASIDE.match(toks[k]):
        k -= 1
    return k if k >= 0 and toks[k] in _VOTED else None


def _acts_on(c: Clauses, j: int) -> bool:
    """Whether token j is a verb its subject does to the role's holder: "X criticized the"."""
    tok = c.toks[j]
    if tok in BE or tok in AUX or tok in _ROLE_LINKS or tok in _NOUN_BEFORE or not tok.isalpha():
        return False
    k = j - 1
    while k >= 0 and c.toks[k].endswith("ly"):
        k -= 1  # "X quietly replaced the director"
    after_aux = k >= 1 and c.toks[k] in AUX and tok not in _ADVERBS
    if after_aux and (c.mention[k - 1] is not None or c.toks[k - 1] in RELATIVE):
        return True  # "X has sent the manager of Y a letter", not "has twice been"
    after_subject = k >= 0 and (c.mention[k] is not None or c.toks[k] in RELATIVE)
    verb = c.is_verb(j) or tok in LIGHT or tok in _PAST or tok.endswith("ed")
    return after_subject and verb


def _noun_agent(
    c: Clauses, i: int, relational: bool = False, role: bool = False
) -> tuple[int | None, str]:
    toks = c.toks
    owner = _possessor(c, i)
    if owner is not None and not relational:
        return owner, "possessor"
    for close, open_ in c.asides.items():
        if open_ < i < close and open_ > 0:
            if role and any(_acts_on(c, j) for j in range(open_, i)):
                return None, "apposition"  # "X, who met the president of Y,"
            return open_ - 1 if c.mention[open_ - 1] is not None else None, "apposition"
    j = i - 1
    start = c.clause_start(i)
    while j >= start:
        if j in c.asides:
            j = c.asides[j] - 1
            continue
        tok = toks[j]
        if c.mention[j] is not None and toks[j - 1 : j] == ["of"] and toks[j - 2] in _UNNAMED:
            j -= 2  # "X and two residents of Port Ardwell filed suit": where they live
            continue
        if c.mention[j] is not None:
            member = member_of(c, j)
            if member is not None:
                return member, "noun"  # "X of the Y Coalition voiced concerns": X
            prev = toks[j - 1] if j > 0 else ""
            placed = j >= 3 and prev in ("the", "a") and toks[j - 2 : j + 3 : 4] == [",", "of"]
            if placed and not role and j + 1 == i:  # "X Ltd, the Yorkshire maker of P"
                return (j - 3 if c.mention[j - 3] is not None else j), "apposition"
            return (None if prev in PREPOSITIONS else j), "noun"
        if tok in RELATIVE or tok == "whose":
            # "X, whose grant to Y pays for it": X's grant
            return antecedent_token(c, j), "relative clause"
        if tok in ("it", "they") and j == start:
            # "X said it had opened an inquiry into Y": the pronoun is the one who speaks
            return _speaker_token(c, j), "reported pronoun"
        if tok == "," and j + 1 < i and quantity(toks[j + 1 + (toks[j + 1] == "us")]):
            j -= 1  # "a five-year, $20 million deal", "a two-year, US$4.1 million contract"
            continue
        if tok == "and" and j >= 1 and c.mention[j - 1] is not None and _UNNAMED & set(toks[j:i]):
            return j - 1, "noun"  # "X and two residents filed suit": the one named
        if (
            toks[j + 1 : j + 2]
            and toks[j + 1] in _APPROVING | _SIGNING
            and tok == "to"
            and (vote := _vote_before(toks, j)) is not None
        ):
            j = vote - 1  # "X voted 6-3 on Tuesday to approve a contract with Y": its vote
            continue
        if (apposed := apposed_name(c, j, i, role)) is not None:
            return apposed, "apposition"  # "X Labs, the Nova Scotia maker of P." (to its end)
        if tok in PREPOSITIONS and tok != "as" or tok in (",", "and", "or"):
            return None, "noun"
        if c.is_verb(j) and tok not in LIGHT | _APPROVING and tok not in BE and tok not in AUX:
            return None, "noun"
        if role and _acts_on(c, j):
            return None, "noun"
        j -= 1
    return None, "noun"


def _speaker_token(c: Clauses, j: int) -> int | None:
    """The token of the name a pronoun after a reporting verb stands for."""
    speaker = subject_of(c, j + 1)
    if speaker is None:
        return None
    return next((k for k in range(j - 1, -1, -1) if c.mention[k] == speaker), None)


def _between(c: Clauses, agent_token: int, i: int) -> list[str]:
    """The tokens between an agent and its cue, without the appositions in between."""
    out, j = [], i - 1
    while j > agent_token:
        if j in c.asides:
            j = c.asides[j] - 1
            continue
        out.append(c.toks[j])
        j -= 1
    return out
