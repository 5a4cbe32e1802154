"""The words of a sentence with their offsets, as the name chunker reads them: outer
punctuation and possessives taken off, and whether punctuation after a word ends any name."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...currencies import codes
from .lexicon import (
    ADVOCACY_HEADS,
    COMPANY_HEADS,
    CORPORATE_SUFFIXES,
    FUNCTION_WORDS,
    GIVEN_NAMES,
    GOV_HEADS,
    LABELLED_NOUNS,
    MEDIA_HEADS,
    MONTHS_DAYS,
    RESEARCH_HEADS,
)
from .places import joined_places
from .shapes import officer_named

_TOKEN = re.compile(r"[^\s]+")
LEAD = "\"'“‘([«*_"
_TRAIL = "\"'”’)]»,;:!?*_"
_KEEP_DOT = re.compile(
    r"^(?:[A-Z]\.){2,}$|^(?:Inc|Corp|Co|Ltd|Jr|Sr|St|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Hon|Prof)\.$"
    # legal forms of other countries: "Pvt. Ltd.", "Pte. Ltd.", "Sdn. Bhd.", "S.p.A."
    r"|^(?:Pvt|Pte|Pty|Sdn|Bhd|Lda|Ltda)\.$|^S\.[a-z]\.[A-Za-z]\.$"
    r"|^e\.V\.$|^e?hf\.$"  # a German registered association, "… e.V."; Iceland's "… ehf."
)
# "(ICE)", or a defined term in quotes: "(\"BFPD\")"
ACRONYM = re.compile(r'^\((?!Pty\)|Pvt\))["“]?([A-Z][A-Za-z0-9&.]{1,9})["”]?\)[,.;:]?$')
# A legal form in brackets within a firm's name: "Ntabeni Cloud (Pty) Ltd"
BRACKETED_FORM = re.compile(r"^\((?:Pty|Pvt)\)$")
# and one only before "Ltd": "X (SOC) Ltd", a South African state-owned company (not "Security
# Operations Centre (SOC)": its letters)
_FORM_BEFORE_LTD = re.compile(r"^\((?:SOC|RF)\)$")
_LTD_NEXT = re.compile(r" (?:Ltd|Limited)\b")


def bracketed_form(raw: str, after: str) -> bool:
    """Whether a token in brackets, `after` the text that follows it, is a legal form inside a
    firm's name."""
    if BRACKETED_FORM.match(raw):
        return True
    return bool(_FORM_BEFORE_LTD.match(raw) and _LTD_NEXT.match(after))


POSSESSIVE = re.compile(r"(?:['’][sS]|[sS]['’])$")  # (in capitals too: "EDUCATORS' TRUST")
_CONTRACTION = re.compile(r"['’](?:re|ll|ve|d|m|t)$")
# "eBay", "e-Government", "m-Health", and a German association's form after its name: "e.V."
# (and a surname's particle, "d'Entremont"; Iceland's legal forms in lower case, "ehf.")
_CAMEL = re.compile(r"^[a-z]{1,2}-?[A-Z][A-Za-z]|^e\.V\.|^[dl]['’][A-Z][a-z]|^e?hf\.?$")
_MESSRS = re.compile(r"\bM/[sS]\.?(?= )")
_SON_OF = re.compile(r"(?<= )a/([lp])(?= [A-Z])")
_DASHES = str.maketrans({"—": " ", "–": " ", "/": " ", "…": " ", "|": " "})
# An en dash between two capitalised words joins one name: "Danube–Black Sea Development Bank",
# "Department of Crown–Indigenous Land Services"
# "Department of Crown–Indigenous Land Services" (not a span of months: "June–August")
_COMPOUND_DASH = re.compile(r"\b([A-Za-z]*[a-z])–(?=[A-Z][a-z])")


# A place of two or three words before "-based" and the like: one adjective ("New York-based",
# "Santa Fe-based"), its words joined so that no word of it opens a name.
_PLACE_ADJECTIVE = re.compile(r"\b(?:[A-Z][a-z]+ ){1,2}(?=[A-Z][a-z]+-(?:based|headquartered)\b)")


def _one_word(match: re.Match) -> str:
    """A place's name written as one word, where it is capitalised ("Trinidad_and_Tobago")."""
    name = match.group(0)
    return name.replace(" ", "_") if name[:1].isupper() else name


def _compound(match: re.Match) -> str:
    word = match.group(1)
    return match.group(0) if word.lower() in MONTHS_DAYS else word + "-"


@dataclass
class Tok:
    start: int
    end: int
    text: str
    possessive: bool
    stop_after: bool  # punctuation after the word ends any name
    raw: str = ""


def tokens(text: str, start: int, end: int) -> list[Tok]:
    """Words of text[start:end] with their offsets, outer punctuation and possessives removed."""
    # (an Indian firm's "M/s." before its name is no part of it)
    work = _MESSRS.sub(_blank, text[start:end])
    # (a Malaysian Indian name's "a/l" or "a/p", son or daughter of, is one word of it)
    work = _COMPOUND_DASH.sub(_compound, _SON_OF.sub(r"a_\1", work)).translate(_DASHES)
    if "-based" in work or "-headquartered" in work:
        work = _PLACE_ADJECTIVE.sub(lambda m: m.group(0).replace(" ", "_"), work)
    # (a country whose name holds "and" is one word: "Trinidad and Tobago Customs Authority")
    if " and " in work.lower():
        work = joined_places().sub(_one_word, work)
    out = []
    for match in _TOKEN.finditer(work):
        raw = match.group(0)
        s, e = match.start(), match.end()
        while s < e and work[s] in LEAD:
            s += 1
        if work[s : s + 3].lower() == "ex-" and work[s + 3 : s + 4].isupper():
            s += 3  # "ex-Facebook executive": a former employer's name
        stop = False
        while e > s and work[e - 1] in _TRAIL + ".":
            if work[e - 1] == "." and _KEEP_DOT.match(work[s:e]):
                break
            if work[e - 1] == "." and _middle_initial(work, s, e, out):
                break  # "Dana C. Smith": one name
            if work[e - 1] == "." and _leading_initial(work, s, e, out, text, start + s):
                break  # "R. Sethuraman", "K. Lalitha Narayanan": one name
            if work[e - 1] in "’'" and work[e - 2 : e - 1] in ("s", "S"):
                break  # plural possessive: Investigations’
            stop = True
            e -= 1
        word = work[s:e]
        possessive = False
        if POSSESSIVE.search(word) and len(word) > 2:
            possessive = True
            e -= 2 if word[-2:] in ("'s", "’s", "'S", "’S") else 1
            word = work[s:e]
        if raw.startswith("(") and raw.rstrip(",.;:").endswith(")") or _dash_after(text, start + e):
            stop = True
        if bracketed_form(raw, work[match.end() : match.end() + 10]):
            stop = False  # "(ACLU)"; "Ohio — Acme said": a dash ends a name
        if (
            _NICKNAME.match(raw)
            and out
            and not out[-1].stop_after
            and _NAME_NEXT.match(work, e + 1)
        ):
            continue  # 'Rosario "Rio" Manalastas-Uy': a nickname inside a person's name
        if word:
            if _CONTRACTION.search(word):
                word = word.lower()  # "You’re" is no name
            out.append(Tok(start + s, start + e, word, possessive, stop or possessive, raw))
    return out


# A nickname in quotation marks between a person's names, and the name after it
_NICKNAME = re.compile(r"^[\"“‘'][A-Z][a-z]+[\"”’']$")
_NAME_NEXT = re.compile(r" [A-Z][a-z]")


def without_nickname(name: str) -> str:
    """A person's name without the nickname quoted inside it."""
    return re.sub(r" [\"“‘'][A-Z][a-z]+[\"”’'] (?=[A-Z])", " ", name)


def _blank(match: re.Match) -> str:
    return " " * len(match.group(0))


def _middle_initial(work: str, s: int, e: int, before: list[Tok]) -> bool:
    """A capital and a full stop between a capitalised name's words: "Dana C. Smith"."""
    return (
        e - s == 2
        and work[s].isupper()
        and bool(before)
        and not before[-1].stop_after
        and before[-1].text[:1].isupper()
        and work[e : e + 1] == " "
        and work[e + 1 : e + 2].isupper()
        # "bought Plan B. The deal closed": a sentence the splitter left whole
        and work[e + 1 :].split(" ", 1)[0].lower() not in FUNCTION_WORDS
        # "the bid for Lot B. Brevik Systems sued": a labelled thing, then a body's name
        and before[-1].text.lower() not in LABELLED_NOUNS
        and (before[-1].text.lower() in GIVEN_NAMES or not _body_after(work, e))
    )


# The rest of a name after its first initial: more initials, then a capitalised word (at a
# line's start, two or more and an apposition's comma)
_NAME_WORD = r" [A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*\b(?![.'’]\w)"
_INITIALLED_NAME = re.compile(r"(?: [A-Z]\.)*" + _NAME_WORD)
_INITIALLED_APPOSED = re.compile(r"(?: [A-Z]\.)*" + _NAME_WORD + f"(?:{_NAME_WORD}){{1,3}}, [a-z]")


def _leading_initial(work: str, s: int, e: int, before: list[Tok], text: str, at: int) -> bool:
    """A capital and a full stop opening a person's name, where no capitalised word goes
    before it ("chief executive R. Sethuraman said", "K. Lalitha Narayanan, the
    commissioner"): the way many Indian, and some American, names are written. At a line's
    start it letters a list's item ("C. Keelvault is used daily", "E. Marsh Lane Consulting
    supplies") unless a name of two words or more and an apposition follow ("K. Lalitha
    Narayanan, the commissioner")."""
    if e - s != 2 or not work[s].isupper():
        return False
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    name = _INITIALLED_APPOSED if at == 0 or text[at - 1] == "\n" else _INITIALLED_NAME
    return (
        (not before or before[-1].stop_after or not before[-1].text[:1].isupper())
        and name.match(work, e) is not None
        and work[e + 1 :].split(" ", 1)[0].rstrip(",.;:").lower() not in FUNCTION_WORDS
        and (not before or before[-1].text.lower() not in LABELLED_NOUNS)
        and not _body_after(work, e)
    )


_BODY_HEADS = (
    ADVOCACY_HEADS | COMPANY_HEADS | CORPORATE_SUFFIXES | GOV_HEADS | MEDIA_HEADS | RESEARCH_HEADS
)


def _body_after(work: str, e: int) -> bool:
    """Whether the capitalised words after a letter's full stop name a body: "B. Brevik
    Systems sued" is a sentence's end, then a firm."""
    run = []
    for word in work[e + 1 :].split(" ")[:6]:
        if not word[:1].isupper():
            break
        run.append(re.sub(r"['’]s?$", "", word.rstrip(",.;:")).lower())  # "Systems'", "Lab's"
        if word[-1:] in ",.;:":
            break
    return len(run) >= 2 and run[-1] in _BODY_HEADS


# a spaced hyphen stands for a dash; a spaced "|", "»" or "/" parts too (not "Tern|Scan")
_DASH = re.compile(r" ?[—–]| [-/|»] ")


def _dash_after(text: str, pos: int) -> bool:
    return bool(_DASH.match(text, pos))


# A dateline: a place in capitals (a word of four letters or more, or several words), maybe a
# state or date after a comma, then a dash.
DATELINE = re.compile(
    r"\s*(?:[A-Z][A-Z.'-]{3,}|[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)+)(?:,[^—–\n]{1,30}?)?(?: ?[—–]| - )"
    # (not a letterhead's: "CIVIC SIGHTLINES — ANNUAL REPORT 2023" names its author)
    r"(?![A-Z0-9&,' ]*\b(?:REPORT|RELEASE|MEMO|MEMORANDUM|STATEMENT|UPDATE|NEWSLETTER|BULLETIN|"
    r"TESTIMONY|NOTICE|FACT SHEET|ASSESSMENT|BRIEF|SUMMARY|POLICY)\b[A-Z0-9&,' ]*(?:\n|$))"
    # (nor its own office's: "BRENNOCK POLICE DEPARTMENT — Office of the Chief of Police")
    r"(?! ?(?i:office of the) [A-Z][\w ]+(?:\n|$))"
)


# "R$30", "US$4", "A$2.5"; and currencies written in letters: "Sh8.4", "KSh2m", "RM412mil",
# "Rs31", "R40", "R4.5bn" (not "R1", "Kite R2": a rand amount is no single digit)
_MONEY_WORD = re.compile(
    r"^(?:[A-Z]{1,3}[$€£][\d.,]|(?:Sh|KSh|Ksh|RM|Rs|Rp|Tk|GH₵|₦|₱)\d[\d.,]*(?:[mk]|bn|mil|mn)?$"
    r"|R(?:\d{2,}|\d+[.,]\d+|\d+(?:m|bn))(?:[mk]|bn|mil|mn)?$"
    # (rand, pesos, naira, kwacha with the amount's word joined: "R180-million", "P400-million")
    r"|[RPNK]\d[\d.,]*-(?:million|billion|bn|crore|lakh)$"
    r"|K(?:\d+[.,]\d+|\d{3,})(?:m|bn|mn)?$)"  # (kwacha: "a K1.2 billion contract")
)


# Currencies written as a word before the amount, beside their ISO codes ("USD 2m", "SEK 84
# million"): "KSh 1.4 million", "Rs 3.84 crore"
_CURRENCY_WORDS = frozenset(["KSh", "Ksh", "Sh", "Rs", "RM", "Rp", "Tk"])


def currency_before_amount(toks: list[Tok], k: int) -> bool:
    """Whether token k is a currency written before its amount: no name, nor part of one
    ("pays Simbara KSh 1.4 million a month", "a SEK 84 million contract")."""
    word = toks[k].text
    currency = word in _CURRENCY_WORDS or (word in codes() and word not in _CODES_AS_WORDS)
    return currency and k + 1 < len(toks) and toks[k + 1].text[:1].isdigit()


# ISO codes that are also words a heading in capitals may hold before a number
_CODES_AS_WORDS = frozenset(["ALL", "TOP", "CUP", "MOP", "GEL", "BOB", "BAM", "PEN", "MAD"])


_TALLY = re.compile(r"^\d{1,2}[-–]\d{1,2}$")


def number_opens_name(toks: list[Tok], k: int) -> bool:
    """Whether a number at token k opens a name ("3 Rivers Authority"), not a vote's count
    before a day ("voted 4-1 Monday")."""
    word = toks[k].text
    following = k + 1 < len(toks) and capitalised(toks[k + 1].text)
    return word[0].isdigit() and following and not _TALLY.match(word)


_REFERENCE = re.compile(r"^[A-Z]{1,5}-(?:19|20)\d\d-\d{2,}$")
_ADJECTIVE_ENDS = ("-based", "-owned", "-backed", "-made", "-funded", "-registered")
_ADJECTIVE_ENDS += ("-headquartered", "-incorporated", "-listed", "-born")


def capitalised(word: str) -> bool:
    """A word that may begin a name: "Google", and names in camel case: "xAI", "eBay"."""
    if word.lower().endswith(_ADJECTIVE_ENDS):
        return False  # "Denver-based", "Amazon-owned", "Malta-registered": adjectives
    if _MONEY_WORD.match(word):
        return False  # "R$30", "US$4", "A$2.5": an amount in a currency with letters
    if _REFERENCE.match(word):
        return False  # "contract C-2021-087", "RFP-2024-113": a file's number, no name
    if word in ("K-12", "K12", "PreK-12") or re.fullmatch(r"[A-Z]{2,5}-[a-z]+", word):
        return False  # "for K-12 districts", "the FOI-request tracker": grades, a modifier
    return bool(word) and (word[0].isupper() or bool(_CAMEL.match(word)))


def run_head(toks: list[Tok], k: int) -> str:
    """The last word of the run of capitalised words from token k, lower-cased."""
    return toks[_run_end(toks, k)].text.lower()


def newsroom_or_firm(toks: list[Tok], k: int) -> bool:
    """Whether the run of capitalised words from token k names a newsroom or a firm by its last
    word ("the Gazette", "Acme Systems"), not an officer whose title ends like one: "Office of
    the Chief Medical Examiner" is one body, not an office of a newspaper's."""
    words = [t.text.lower() for t in toks[k : _run_end(toks, k) + 1]]
    return not officer_named(words) and words[-1] in MEDIA_HEADS | COMPANY_HEADS


def _run_end(toks: list[Tok], k: int) -> int:
    """The index of the last token of the run of capitalised words from token k."""
    while k + 1 < len(toks) and capitalised(toks[k + 1].text) and not toks[k].stop_after:
        k += 1
    return k


_SECOND_PARTICLES = frozenset(["der", "den", "la", "le", "los", "las", "del", "het", "de", "sa"])


def particle_pair(toks: list[Tok], k: int) -> bool:
    """Whether token k is a name's second particle before its capitalised part: "der" in "van
    der Merwe", "la" in "de la Cruz", "sa" in "Kababaihan para sa Malinis na Halalan"."""
    return (
        toks[k].raw in _SECOND_PARTICLES
        and k + 1 < len(toks)
        and capitalised(toks[k + 1].text)
        and toks[k - 1].raw in ("van", "von", "de", "di", "da", "para")
    )
