"""Bodies named for a list of portfolios: "Department of Roads, Transport and Public Works",
"Portfolio Committee on Roads, Licensing and Mobility", "Department for Digital, Culture,
Media and Sport". The commas inside such a name end no name: one body, not four. What a title
is "of" is a portfolio too: "the Minister of Health" heads the Ministry of Health, and "Head of
Partnerships" names a function, no body."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from .field_words import FIELD_NOUNS, UNIT_ENDS
from .joins import FUNCTION_HEADS
from .lexicon import (
    ADVOCACY_HEADS,
    COMPANY_HEADS,
    COURTESY_TITLES,
    GIVEN_NAMES,
    GOV_HEADS,
    GOV_STARTS,
    MEDIA_HEADS,
    MINISTRY_PORTFOLIOS,
    OFFICE_HEADS,
    RESEARCH_HEADS,
)

if TYPE_CHECKING:
    from .tokens import Tok

# What a list of portfolios follows: "Ministry of", "Department for", "Committee on"
_LIST_HEADS = GOV_STARTS | OFFICE_HEADS | {"committee", "subcommittee", "commission", "cabinet"}
_GROUP = 3  # words of one portfolio at most: "Public Works", "Local Government"


def _portfolio(tok: Tok) -> bool:
    return tok.text[:1].isupper() and tok.text.lower() in _PORTFOLIO_NAMES


# (and the fields of public work: "Ministry of Research, Space and Digital Infrastructure")
_PORTFOLIO_NAMES = MINISTRY_PORTFOLIOS | FIELD_NOUNS


def _group_end(toks: list[Tok], n: int) -> int | None:
    """The last token of the portfolio of one to three words from n, if one starts there."""
    end = None
    for m in range(n, min(n + _GROUP, len(toks))):
        if not _portfolio(toks[m]):
            break
        end = m
        if toks[m].stop_after:
            break
    return end


def portfolio_list(toks: list[Tok], i: int, j: int) -> int | None:
    """Where the list of portfolios that the name toks[i..j] opens ends, when the name is a
    body's ("… Department of Roads") and a comma follows its first portfolio; None otherwise."""
    words = [t.text for t in toks[i : j + 1]]
    of = next((k for k, w in enumerate(words) if w in ("of", "for", "on")), None)
    if of is None or of == 0 or words[of - 1].lower() not in _LIST_HEADS:
        return None
    if not 1 <= j - (i + of) <= _GROUP or not all(map(_portfolio, toks[i + of + 1 : j + 1])):
        return None
    if not toks[j].raw.endswith(","):
        return None
    n = j + 1
    while n < len(toks):
        if toks[n].text == "and" and not toks[n].stop_after:  # "…, Media and Sport"
            return _group_end(toks, n + 1)
        end = _group_end(toks, n)
        if end is None:
            return None
        if toks[end].raw.endswith(","):  # another portfolio follows
            n = end + 1
        elif end + 1 < len(toks) and toks[end + 1].text == "and" and not toks[end].stop_after:
            return _group_end(toks, end + 2)
        else:
            return None
    return None


def listed_portfolios(left: list[str], right: list[str]) -> bool:
    """Whether "left and right" is a body of a list of portfolios (the commas gone)."""
    of = next((k for k, w in enumerate(left) if w in ("of", "for", "on")), None)
    return (
        of is not None
        and of > 0
        and left[of - 1].lower() in _LIST_HEADS
        and len(left) > of + 1
        and all(w.lower() in MINISTRY_PORTFOLIOS for w in left[of + 1 :] + right)
    )


def bodies_titles_name(chunks: list, text: str = "") -> list:
    """What a title's "of" names. "The Minister of Health" heads the "Ministry of Health": what
    follows "Minister of" is the ministry's portfolio, not a person named "Health", so the chunk
    is renamed for its ministry and loses the title (which would make it a person); a portfolio
    after "and" is more of it ("Minister of Digital Economy and Innovation"). "Head of
    Partnerships" names a function, no party: the chunk is dropped."""
    out: list = []
    known = named_portfolio_words(text)
    chunks = _minister_then_name(chunks, text, known)
    chunks = _portfolio_before_minister(chunks, text, known)
    for chunk, after in zip(chunks, [*chunks[1:], None], strict=False):
        # (not "Minister of Land and Civic Records X", whose portfolio runs into a name)
        cut = after is not None and after.start - chunk.end == 5
        cut = cut and not _portfolios(after.name, known)
        # "Head of Trading Standards" heads the "Brackenshire Trading Standards Service" the
        # text names, not a function of two ("Head of Libraries and Heritage")
        more = after is not None and text[chunk.end : after.start] == " and "
        unit = _unit_named(text, chunk.name) if chunk.titles[-2:] == ["head", "of"] else None
        if unit and not more:
            out.append(replace(chunk, name=unit))
            continue
        if _function(chunk):
            continue
        titled = _MINISTER.match(chunk.name)
        # ("State for Education" after "Secretary of": a secretary of state's portfolio)
        of_state = not chunk.name.startswith("State ") or chunk.titles[-2:] == ["secretary", "of"]
        if titled and of_state and _portfolios(chunk.name[titled.end() :], known):
            # "the Minister for Digital Security": kept whole as a name, its last word a body's
            portfolio, start = chunk.name[titled.end() :], chunk.start + titled.end()
            out.append(replace(chunk, start=start, name=f"Ministry of {portfolio}", titles=[]))
        elif not _portfolios(chunk.name, known) or cut:
            out.append(chunk)
        elif out and out[-1].name.startswith("Ministry of ") and chunk.start - out[-1].end == 5:
            out[-1] = replace(out[-1], name=f"{out[-1].name} and {chunk.name}", end=chunk.end,
                              span_end=chunk.span_end, possessive=chunk.possessive)  # fmt: skip
        elif chunk.titles[-2:] in _PORTFOLIO_TITLES and len(chunk.titles) <= 3:
            out.append(replace(chunk, name=f"Ministry of {chunk.name}", titles=[]))
        else:
            out.append(chunk)
    return [_as_the_text_names(text, chunk) for chunk in out]


# A minister's or a secretary's title before a portfolio: "Cabinet Secretary for Finance"
_PORTFOLIO_TITLES = (["minister", "of"], ["minister", "for"], ["secretary", "for"])
_MINISTER = re.compile(r"(?:Minister|State|Cabinet Secretary) (?:of|for) (?:the )?")


def _as_the_text_names(text: str, chunk):
    """A ministry named for a minister's portfolio, as the text names the body of that
    portfolio: "the Minister for Digital Security" heads its "Department of Digital Security"."""
    portfolio = chunk.name.removeprefix("Ministry of ")
    if portfolio == chunk.name or text[chunk.start : chunk.end] != portfolio:
        return chunk  # (a ministry the text names itself)
    named = re.search(
        # (with the level of government it opens with: "Federal Ministry of …")
        r"\b(?:(?:Federal|National|State|Provincial|Regional|Union|Central|Royal) )?"
        r"(?:Ministry|Department) (?:of|for) (?:the )?" + re.escape(portfolio)
        + r"(?P<more>(?:,? (?:and )?[A-Z][a-z]+)*)\b",  # ("… of Aged Care and Seniors")
        text,
    )  # fmt: skip
    more = named.group("more").replace(",", " ").split() if named else []
    if named is None or not all(_portfolio_word(w) for w in more if w != "and"):
        return chunk  # (the body's name goes on past the portfolio, with words of no portfolio)
    return replace(chunk, name=named.group(0))


def _portfolio_word(word: str) -> bool:
    return word.lower() in MINISTRY_PORTFOLIOS


# Titles whose "of" may name a function within a body ("Head of Partnerships", "Director of
# Grants", "Vice President of Engineering", "Chair of Trustees"), where a chief executive's or a
# mayor's names the body itself
_FUNCTION_TITLES = frozenset(["head", "director", "manager", "lead", "officer", "coordinator"])
_BODY_HEADS = (
    GOV_HEADS | COMPANY_HEADS | ADVOCACY_HEADS | MEDIA_HEADS | RESEARCH_HEADS
) - FUNCTION_HEADS


def _function(chunk) -> bool:
    """ "Head of Reliability Engineering": what the title is of is a function, no party, unless
    its name ends as a body's does ("Director of Acme Agency") or is its initials ("of OPI")."""
    titles, words = chunk.titles, chunk.name.split()
    if titles[-1:] != ["of"] or len(titles) < 2 or chunk.name.isupper():
        return False
    if titles[-2] in ("chair", "president") and titles[-3:-2] != ["vice"]:
        return len(words) == 1 and words[0].endswith("s")  # "Chair of Trustees"
    return titles[-2] in _FUNCTION_TITLES | {"president"} and words[-1].lower() not in _BODY_HEADS


# (longest first: "Services" before "Service")
_UNIT_HEADS = "|".join(sorted(UNIT_ENDS | {"Department"}, key=lambda w: (-len(w), w)))


def _unit_named(text: str, function: str) -> str | None:
    """The unit the text names for a head's function, its place or body before it and its head
    noun after: "Trading Standards" is the "Brackenshire Trading Standards Service"."""
    for named in re.finditer(
        r"(?<!of )(?<!of the )\b((?:(?!The |Head )[A-Z][\w-]+ ){0,3})" + re.escape(function)
        + r"(?: (?:" + _UNIT_HEADS + r"))?"
        + r"\b(?! [A-Z]| and | of )",  # (not a union's "Libraries Branch of the Y Union")
        text,
    ):  # fmt: skip
        if named.group(0) != function:
            return named.group(0)
    return None


def _portfolios(name: str, known: frozenset = frozenset()) -> bool:
    words = name.split()
    if 2 < len(words) <= 6 and words[1:-1].count("and") == 1:  # "Agriculture and Rural Enterprise"
        words.remove("and")
    return 0 < len(words) <= 5 and all(w.lower() in MINISTRY_PORTFOLIOS | known for w in words)


# A committee named for a list of fields: "Audit, Risk and Improvement Committee"
_FIELDS_BODY = re.compile(
    r"[A-Z][a-z]+ and [A-Z][a-z]+ (?:Committee|Subcommittee|Panel|Board)"
    r"|[A-Z]{3,} AND [A-Z]{3,} (?:COMMITTEE|SUBCOMMITTEE|PANEL|BOARD)"  # (a heading's capitals)
)


def fields_committees(chunks: list, text: str) -> list:
    """A field's word and its comma before "X and Y Committee" are the committee's name too."""
    out: list = []
    for chunk in chunks:
        last = out[-1] if out else None
        if (
            last is not None
            and text[last.end : chunk.start] == ", "
            and re.fullmatch(r"[A-Z][a-z]+|[A-Z]{3,}", last.name)
            and not last.titles
            and _FIELDS_BODY.fullmatch(chunk.name)
        ):
            out[-1] = replace(chunk, start=last.start, name=f"{last.name}, {chunk.name}")
            continue
        out.append(chunk)
    return out


def _minister_then_name(chunks: list, text: str, known: frozenset) -> list:
    """ "Minister for Agriculture and Rural Enterprise Declan Foley-Ryan": the portfolio, one
    chunk after the title (with its second half after "and"), then the minister's name, which
    the chunker ran into it."""
    out: list = []
    for chunk in chunks:
        last = out[-1] if out else None
        minister = last is not None and last.titles[-2:] in _PORTFOLIO_TITLES
        if minister and text[last.end : chunk.start] == " and " and _portfolios(last.name, known):
            parts = _portfolio_and_name(chunk, known)
            if parts:  # "Minister for Agriculture and Rural Enterprise Declan Foley-Ryan"
                portfolio, person = parts
                out[-1] = replace(last, end=portfolio.end, span_end=portfolio.end,
                                  name=text[last.start : portfolio.end])  # fmt: skip
                out.append(person)
                continue
        titled = chunk.titles[-2:] in _PORTFOLIO_TITLES
        parts = _portfolio_and_name(chunk, known) if titled else None
        out.extend(parts or [chunk])
    return out


def _portfolio_and_name(chunk, known: frozenset) -> tuple | None:
    """The chunk cut where its portfolio's words end and a person's name of two or three words
    begins, or None."""
    words = chunk.name.split(" ")
    portfolio_words = MINISTRY_PORTFOLIOS | known
    cut = next((k for k, w in enumerate(words) if w.lower() not in portfolio_words), None)
    named = cut  # (after honorifics: "… Industries Datuk Seri Kamal Haridas-Yusof")
    while named and named < len(words) and words[named].lower() in COURTESY_TITLES:
        named += 1
    if not cut or not 2 <= len(words) - named <= 3 or not all(w[:1].isupper() for w in words):
        return None
    if any(_portfolio_like(w) for w in words[named:]):
        return None  # ("Minister for Digital Government and Public Service Reform": no name)
    end = chunk.start + len(" ".join(words[:cut]))
    portfolio = replace(chunk, end=end, span_end=end, name=" ".join(words[:cut]), possessive=False)
    start = chunk.start + len(" ".join(words[:named])) + 1
    person = replace(chunk, start=start, name=" ".join(words[named:]), titles=["minister"])
    return portfolio, person


def _portfolio_like(word: str) -> bool:
    """A word of a portfolio's name the lexicon lacks: "Service", "Reform", "Transformation"."""
    lower = word.lower()
    return lower in _MORE_PORTFOLIO_WORDS or lower.endswith(("tion", "ment", "ance", "ence", "ity"))


_MORE_PORTFOLIO_WORDS = frozenset(["service", "reform", "delivery", "affairs", "relations"])


_MINISTER_AFTER = re.compile(r" (?:Minister|Cabinet Secretary) [A-Z]")


def _portfolio_before_minister(chunks: list, text: str, known: frozenset) -> list:
    """ "Trade and Export Industry Minister X": the portfolio before the title names the
    minister's ministry, one chunk with its half after "and" ("Ministry of Trade and Export
    Industry", as the text names it)."""
    out: list = []
    for chunk in chunks:
        # ("Sports and Youth Affairs Cabinet Secretary X": the title's first word read as a
        # body's head)
        if chunk.name.endswith(" Cabinet") and text.startswith(" Secretary ", chunk.end):
            end = chunk.end - len(" Cabinet")
            chunk = replace(chunk, end=end, span_end=end, name=chunk.name[: -len(" Cabinet")])
        if not _MINISTER_AFTER.match(text, chunk.end) or chunk.titles:
            out.append(chunk)
            continue
        last = out[-1] if out else None
        if last is not None and text[last.end : chunk.start] == " and " and not last.titles:
            portfolio = f"{last.name} and {chunk.name}"
            if _portfolios(portfolio, known):
                out[-1] = replace(chunk, start=last.start, name=f"Ministry of {portfolio}")
                continue
        if _portfolios(chunk.name, known):
            chunk = replace(chunk, name=f"Ministry of {chunk.name}")
        out.append(chunk)
    return out


# A ministry's or a department's name as the text writes it: "Department of Justice and Civil
# Law Reform" (its words up to a title or a person's name after it)
_NAMED_MINISTRY = re.compile(
    r"\b(?:Ministry|Department) (?:of|for) (?:the )?"
    r"([A-Z][\w'’-]*(?:,? (?:and )?[A-Z][\w'’-]*){0,5})"
)
_NOT_PORTFOLIO = COURTESY_TITLES | {"minister", "secretary", "director", "chief", "head", "the"}


@lru_cache(maxsize=4)  # (asked once per sentence's chunks, of the same whole text)
def named_portfolio_words(text: str) -> frozenset:
    """The words of the portfolios the text's own ministries and departments are named for, so
    that "the Minister for Public Service Reform" is read as the text's "Department of Public
    Service Reform" whatever the lexicon holds."""
    words: set[str] = set()
    for named in _NAMED_MINISTRY.finditer(text):
        for word in named.group(1).replace(",", " ").split():
            lower = word.lower()
            if lower in GIVEN_NAMES or lower in _NOT_PORTFOLIO:
                break
            if lower != "and":
                words.add(lower)
    return frozenset(words)
