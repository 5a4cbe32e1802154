"""The relation cue lexicon (`ontology/lexicons/relations.tsv`), read once and inflected.

The file is data: which verbs and nouns state which relation, and where each party of the
relation sits in the clause. This module only turns lemmas into the word forms a text uses
(sell: sells, sold, selling) and indexes cues by their first word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ...exc import InputError
from ...vocab import RELATIONS, ontology_dir

# Verbs whose past forms English does not build with -ed.
_IRREGULAR = {
    "be": ("was", "been"), "build": ("built", "built"), "buy": ("bought", "bought"),
    "choose": ("chose", "chosen"), "do": ("did", "done"), "go": ("went", "gone"),
    "find": ("found", "found"),
    "get": ("got", "gotten"), "give": ("gave", "given"), "have": ("had", "had"),
    "hold": ("held", "held"), "lead": ("led", "led"), "make": ("made", "made"),
    "pay": ("paid", "paid"), "quit": ("quit", "quit"), "run": ("ran", "run"),
    "sell": ("sold", "sold"), "sit": ("sat", "sat"), "speak": ("spoke", "spoken"),
    "stand": ("stood", "stood"), "take": ("took", "taken"), "win": ("won", "won"),
    "write": ("wrote", "written"), "oversee": ("oversaw", "overseen"),
    "co-found": ("co-founded", "co-founded"), "send": ("sent", "sent"),
    "spend": ("spent", "spent"), "sue": ("sued", "sued"), "tell": ("told", "told"),
    "show": ("showed", "shown"), "see": ("saw", "seen"), "know": ("knew", "known"),
    "begin": ("began", "begun"), "bring": ("brought", "brought"), "leave": ("left", "left"),
    "fight": ("fought", "fought"), "put": ("put", "put"), "cut": ("cut", "cut"),
    "strike": ("struck", "struck"), "withdraw": ("withdrew", "withdrawn"),
    "fly": ("flew", "flown"),
}  # fmt: skip
# Verbs that double their last consonant: tapped, banning, putting.
_DOUBLED = {"tap", "ban", "slam", "plan", "stop", "ship", "drop", "admit", "commit", "put", "cut",
            "equip", "quit", "rebut", "sit", "win", "run", "set"}  # fmt: skip


_OPTIONS = frozenset(
    {"either", "things", "weak", "request", "halt", "list", "heads", "money", "launch", "purchase"}
)


@dataclass(frozen=True)
class Cue:
    relation: str
    kind: str  # "verb" or "noun"
    words: tuple[str, ...]  # the lemma's words: ("rely", "on")
    subject: tuple[str, ...]  # slots: "agent", "obj", or a preposition
    object: tuple[str, ...]
    options: frozenset[str] = frozenset()

    @property
    def either(self) -> bool:
        return "either" in self.options


@dataclass(frozen=True)
class Form:
    """A word form that starts a cue, and what the form says: tense and whether participle."""

    cue: Cue
    rest: tuple[str, ...]  # the words that must follow (particles)
    participle: bool  # a past participle: the verb may be passive
    progressive: bool


def verb_forms(lemma: str) -> dict[str, str]:
    """Word form -> "base", "s", "past", "part" or "ing", for one verb lemma."""
    if lemma in _IRREGULAR:
        past, part = _IRREGULAR[lemma]
    elif lemma.endswith("e"):
        past = part = lemma + "d"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        past = part = lemma[:-1] + "ied"
    elif lemma in _DOUBLED:
        past = part = lemma + lemma[-1] + "ed"
    else:
        past = part = lemma + "ed"
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma.endswith("ie"):
        ing = lemma[:-2] + "ying"
    elif lemma.endswith("e") and not lemma.endswith(("ee", "ye")):
        ing = lemma[:-1] + "ing"
    elif lemma in _DOUBLED:
        ing = lemma + lemma[-1] + "ing"
    else:
        ing = lemma + "ing"
    forms = {lemma: "base", third: "s", ing: "ing", past: "past"}
    forms[part] = "part" if part != past else "past"
    if re.search(r"[aeiou]l$", lemma) and lemma not in _IRREGULAR:
        # "cancelled" and "canceled", "trialled" and "trialed": both spellings are in use
        forms.update({lemma + "led": "past", lemma + "ling": "ing"})
    return forms


def noun_forms(noun: str) -> tuple[str, ...]:
    if noun.endswith("s"):
        return (noun,)
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return (noun, noun[:-1] + "ies")
    return (noun, noun + ("es" if noun.endswith(("sh", "ch", "x")) else "s"))


def lexicon_path() -> Path:
    return ontology_dir() / "lexicons" / "relations.tsv"


def read_cues(path: Path) -> list[Cue]:
    """The cues of one lexicon file; a malformed line is an error naming file and line."""
    cues = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 5 or parts[0] not in RELATIONS or parts[1] not in ("verb", "noun"):
            raise InputError(
                "expected: relation, verb|noun, cue, subject, object[, options]",
                path=str(path),
                line=number,
            )
        relation, kind, words, subject, obj = parts[:5]
        options = frozenset(parts[5].split(",")) if len(parts) > 5 else frozenset()
        if options - _OPTIONS:
            raise InputError(
                f"unknown option {sorted(options - _OPTIONS)[0]!r}; options are "
                + ", ".join(sorted(_OPTIONS)),
                path=str(path),
                line=number,
            )
        sides = tuple(subject.split("|")), tuple(obj.split("|"))
        cues.append(Cue(relation, kind, tuple(words.split()), *sides, options))
    return cues


@cache
def index() -> dict[str, tuple[Form, ...]]:
    """Every word form that starts a cue, with the cues it may start."""
    out: dict[str, list[Form]] = {}
    for cue in read_cues(lexicon_path()):
        head, rest = cue.words[0], cue.words[1:]
        if cue.kind == "verb":
            for form, tag in verb_forms(head).items():
                out.setdefault(form, []).append(
                    Form(cue, rest, tag in ("past", "part"), tag == "ing")
                )
        elif rest:  # "board member(s)": the last word takes the plural
            for last in noun_forms(rest[-1]):
                out.setdefault(head, []).append(Form(cue, (*rest[:-1], last), False, False))
        else:
            for form in noun_forms(head):
                out.setdefault(form, []).append(Form(cue, rest, False, False))
    return {form: tuple(found) for form, found in out.items()}


@cache
def verb_words() -> frozenset[str]:
    """Every inflected form of every cue verb: where one clause's predicate starts."""
    return frozenset(
        form
        for forms in index().values()
        for f in forms
        if f.cue.kind == "verb"
        for form in verb_forms(f.cue.words[0])
    )


# After a case's name, not a match or a comparison: "X vs. Y: which is better?", "the X vs.
# Y bidding war", "X v. Y ended 2-1".
NOT_A_CASE = (
    r"(?!:| (?:ended|finished|drew|tied)(?: at)? \d+[-–]\d+| (?:[a-z-]+ )?(?:war|race|"
    r"rivalry|match|matchup|game|fight|battle|debate|showdown|contest|comparison|clash)s?\b)"
)
# What a beat is not: what one pays for ("covers the rent for Y"), and whom ("covers tuition
# for Y students"); a reporter's beat is for the outlet itself.
NOT_A_BEAT = (
    r"(?! (?:the |its |their )?(?:[\w-]+ )?(?:costs?|fees?|bills?|expenses|premiums?|"
    r"shortfall|losses|rent|tuition|salar(?:y|ies)|wages|payroll|tab|overtime|debts?|"
    r"loans?|travel|meals|insurance|training)\b)",
    r"(?! (?:students|employees|staff|members|workers|families|customers|clients)\b)",
)
