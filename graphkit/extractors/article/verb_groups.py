"""What the words before a verb say of it: a participle phrase it opens ("…, taking the step
of blacklisting X"), an object it finds before its subject ("which the EFF supported"), a noun
it is not ("a meter contract with Y"), a sale that has ended ("previously held a contract")."""

from __future__ import annotations

from .clauses import AUX, BE, Clauses, words
from .lexicon import TITLE_WORDS
from .subjects import DETERMINERS

_STEP = words("taking took take takes making made the a an extraordinary unusual rare bold first")


def participle_phrase(c: Clauses, g: int) -> int | None:
    """Where "…, taking the step of" opens before a gerund at g: the comma's next token."""
    k = g - 1
    if k < 1 or c.toks[k] != "of" or c.toks[k - 1] not in ("step", "steps", "move"):
        return None
    k -= 2
    while k >= 0 and c.toks[k] in _STEP:
        k -= 1
    return k + 1 if k >= 0 and c.toks[k] == "," else None


def object_gap(c: Clauses, g: int) -> bool:
    """Whether the verb group at g has its object in the relative pronoun before its subject:
    "which the EFF supported", "that Senator X opposed"."""
    k = g - 1
    if k < 1 or c.mention[k] is None:
        return False
    k -= 1
    while k >= 1 and (c.toks[k] == "the" or c.toks[k] in TITLE_WORDS):
        k -= 1
    return c.toks[k] in ("which", "that", "whom") and c.toks[k - 1] == ","


FORMERLY = words("previously formerly once")
# Words after which "contract" may yet be a verb: "X and Y contract with", "firms that contract"
_BEFORE_VERB = words("and or to who that which also often now will would may can")
# Relations a verb states as a present fact, which "previously" puts in the past
# (an amount's word before it was read as before: "a $14 million contract with Y")
_SUMS = words("million billion thousand crore lakh")
ENDED = frozenset(["supplies", "uses", "hosts", "funds"])
# Verbs that tell a contract is over: "our contract with X ended in June"
OVER = words("ended expired lapsed")


def noun_after_modifier(before: str) -> bool:
    """Whether a word before "contract" makes it a noun: "a meter contract", "its R90m contract"."""
    return before.isalpha() and before.islower() and before not in _BEFORE_VERB | AUX | BE | _SUMS


def noun_after(toks: list[str], last: int) -> bool:
    """Whether a word after the verb at `last` is no determiner or name: "X's building safety
    managers" is a noun's, where "X's building a tool" is X's doing."""
    nxt = toks[last + 1] if last + 1 < len(toks) else ""
    return nxt.isalpha() and nxt not in DETERMINERS
