"""Sentence boundaries with character offsets, for rules that read one sentence at a time."""

from __future__ import annotations

import re

from .lexicon import PERSON_HONORIFICS

# Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "jr",
    "sr",
    "inc",
    "corp",
    "co",
    "ltd",
    "no",
    "vs",
    "v",  # a case's name: "Renner v. Solace Analytics"
    "sen",
    "rep",
    "gov",
    "gen",
    "lt",
    "col",
    # ranks of police and armed forces: "Capt. Rhea Voss", "Sgt. Ames"
    "capt",
    "sgt",
    "cpl",
    "maj",
    "cmdr",
    "cdr",
    "det",
    "insp",
    "supt",
    "adm",
    "brig",
    "prof",
    # honorifics written before names in Nigeria, Kenya, the Philippines, Malaysia: "Engr. X",
    # "Atty. X", "Hon. X", "Arch. X", and "Eng. X" (an engineer, in East Africa and the Gulf)
    "engr",
    "eng",
    "atty",
    "hon",
    "arch",
    # Austrian and German degrees written before names: "Mag. X", "Ing. X"
    "mag",
    "ing",
    "u.s",
    "u.k",
    "e.g",
    "i.e",
    "jan",
    "feb",
    "aug",
    "sept",
    "oct",
    "nov",
    "dec",
    "mt",
    "ft",
    "approx",
    # legal forms and a firm's honorific in other countries: "M/s. X Pvt. Ltd.", "Y Pte. Ltd."
    "pvt",
    "pte",
    "pty",
    "sdn",
    "m/s",
    "bhd",
    "s.p.a",
    "b.v",
    "n.v",
    "s.a",
}
# (a footnote's marker may follow the stop: "through it.² None of that …")
_END = re.compile(r"[.!?]+[\"'”’)\]¹²³⁴⁵⁶⁷⁸⁹⁰]*(?=\s+[\"'“‘(\[]*[A-Z0-9$€£¥₹₦₱])|\n\s*\n|\n")
_MAX_SENTENCE = 1000


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of text[start:end], whitespace trimmed."""
    end = len(text) if end is None else end
    wrapped = _hard_wrapped(text[start:end])
    spans = []
    pos = start
    for match in _END.finditer(text, start, end):
        cut = match.end()
        if match.group(0) == "\n" and wrapped and _wrapped(text, match.start(), end):
            continue  # a hard-wrapped line: the sentence goes on
        if match.group(0).startswith("."):
            word = re.search(
                r"([\w./]+)\.$", text[max(pos, match.start() - 12) : match.start() + 1]
            )
            firm_ends = bool(word) and _company_ends_sentence(word.group(1), text, cut, end)
            # (and "Ma." for María, in a Filipino name; not "MA.", Massachusetts)
            short = word and (
                word.group(1).lower().rstrip(".") in _ABBREVIATIONS or word.group(1) == "Ma"
            )
            if short and not firm_ends:
                continue
            initial = re.search(
                r"\b[A-Z]\.$", text[max(pos, match.start() - 2) : match.start() + 1]
            )
            if initial and not firm_ends:
                continue  # an initial, as in "John Q. Public" (not "S.p.A." or "B.V.")
        spans.extend(_trimmed(text, pos, cut))
        pos = cut
    spans.extend(_trimmed(text, pos, end))
    return spans


# A company's legal form ends its name, and may end a sentence: "… with Wyvern Access Systems
# Ltd. Wyvern makes SwiftEntry." The next sentence begins where a capitalised word follows
# and the word after it is in lower case, or a public office's title or an honorific that no
# firm's officer bears opens a name ("… Motorola Solutions Inc. Mayor Brandon Johnson said");
# "Acme Inc. Chief Executive Jane Roe" goes on.
_LEGAL_FORMS = {"inc", "corp", "co", "ltd", "llc", "bhd", "s.p.a", "b.v", "n.v", "s.a", "a/s"}
_LEGAL_FORMS |= {"e.v"}
_NEXT_SENTENCE = re.compile(r"\s+[\"'“‘]?[A-Z][\w'’-]*,?\s+(?!(?:of|and|&|for|de|du|von)\b)[a-z]")
_HONORIFIC = re.compile(r"\s+([A-Z][a-z]+\.?) [A-Z]")
# Words that go on with a firm's name after its legal form: another form, a title, "v."
_NAME_GOES_ON = (
    _LEGAL_FORMS
    | {"limited", "plc", "gmbh", "pty", "pvt", "pte", "sdn", "v", "vs"}
    | {"chief", "ceo", "cfo", "cto", "coo", "president", "chairman", "chairwoman", "chair"}
    | {"founder", "co-founder", "executive", "managing", "vice", "senior", "general", "head"}
    | {"spokesman", "spokeswoman", "spokesperson", "director", "board", "group", "holdings"}
)


def _company_ends_sentence(word: str, text: str, cut: int, end: int) -> bool:
    if word.lower() not in _LEGAL_FORMS:
        return False
    honorific = _HONORIFIC.match(text, cut, end)
    if honorific and honorific.group(1).lower() in PERSON_HONORIFICS:
        return True
    if _NEXT_SENTENCE.match(text, cut, end):
        return True
    # A legal form ends its firm's name; a capitalised word after it opens a sentence ("…
    # S.p.A. Brindle Council later joined", "… Ltd. The Land Office said"), unless it is a
    # second legal form ("Co. Ltd.") or a title before a name ("Acme Inc. Chief Executive X")
    after = re.match(r"\s+[\"'“‘]?([A-Z][\w'’.-]*)", text[cut:end])
    return bool(after) and after.group(1).lower().rstrip(".") not in _NAME_GOES_ON


def _hard_wrapped(text: str) -> bool:
    """Whether the text is wrapped at a fixed width: no long lines, most 40-100 characters."""
    lengths = [len(line) for line in text.splitlines() if line.strip()]
    if len(lengths) < 2 or max(lengths) > 120:
        return False
    return sum(1 for n in lengths if 40 <= n <= 100) >= 0.5 * len(lengths)


# A line that stops on a word no sentence ends with goes on below: "… a contract with"
_GOES_ON = re.compile(r"\b(?:with|the|and|of|for|to|a|an|in|on|by|from|at|that|which|or|its)$")
# A line opening with a label of one to four words: "Department Head: X", "Re: the pilot"
_FIELD = re.compile(r"[A-Z][\w.'’&-]*(?: [A-Za-z][\w.'’&-]*){0,3}: ")


def _wrapped(text: str, newline: int, end: int) -> bool:
    """Whether a single line break sits inside a sentence of hard-wrapped text."""
    line_start = text.rfind("\n", 0, newline) + 1
    line = text[line_start:newline].rstrip()
    following = text[newline + 1 : min(end, newline + 3)]
    if not line or line[-1] in '.!?:;"”’)' or len(line) < 40 or not re.search("[a-z]", line):
        return False  # a paragraph, a heading (in capitals too) or a list item ends here
    if "|" in line:
        return False  # a table's row is a line of its own
    next_line = text[newline + 1 : end].split("\n", 1)[0]
    if all(re.search(r"\S \u2014 [A-Z]", row) for row in (line, next_line)):
        return False  # a list's lines, each "X — Y": "Warlangu Land Council — Dr Y, Chair"
    if "," in line and all(map(_names_only, (line, next_line))):
        return False  # a letter's signatures: "Nina X, President, Y Foundation" over "Z Centre"
    fields = _FIELD.match(line) or _FIELD.match(text, newline + 1, end)
    if fields and not _GOES_ON.search(line):
        return False  # a form's field, one a line: "Budget Analyst: Keegan Oduya, Office of …"
    return bool(following) and not re.match(r"\s*(?:[-*+•]|\d+\.)\s", text[newline + 1 : end])


_SMALL_WORDS = frozenset(["of", "and", "the", "for", "on", "in", "de", "van", "der", "e.V."])


def _names_only(row: str) -> bool:
    """Whether every word of a line is capitalised, but for a name's small words."""
    found = re.findall(r"[A-Za-z][\w'’.-]*", row)
    return bool(found) and all(w[0].isupper() or w in _SMALL_WORDS for w in found)


def _trimmed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return []
    # Text without punctuation (a table, a dump) is cut into bounded pieces.
    return [(s, min(s + _MAX_SENTENCE, end)) for s in range(start, end, _MAX_SENTENCE)]
