"""What a title's words say of its holder: whether the title runs the body ("executive
director", "managing director"), is second to its head ("deputy", "vice"), and where the
officer of a portfolio works ("program officer for X at Y": Y); how many of a name's first words
are titles, and which body is written before a title ("Y's chief executive", not "Y wrote to
Commissioner X")."""

from __future__ import annotations

import re

from . import lexicon as lx

# Who runs the body (not a former, regional or incoming one, nor one of a function: "of sales")
RUNS_BODY = re.compile(
    r"(?<!former )(?<!regional )(?<!incoming )(?<!outgoing )(?<!next )"
    r"\b(?:executive|managing) director\b(?! (?:of|for) (?!the\b|its\b|their\b)[a-z])"
)
# Second to the head, or no head of the body: "vice president", "youth minister", "Opposition
# Leader"
SECONDS = frozenset(["vice", "deputy", "associate", "assistant", "youth", "opposition", "joint"])
SECONDS |= {"permanent"}  # a permanent secretary serves the minister who heads the ministry
# Honorifics between a title and its holder's name: "Council leader Cllr X", "City manager Ms
# X" (a regular expression's alternation of them, in any case, as `HONORIFIC`)
HONORIFICS = frozenset(["atty", "cllr", "councillor", "dr", "mr", "mrs", "ms", "mx", "prof"])
HONORIFICS |= {"rev", "reverend"}  # (a cleric's: "its chair, Reverend X")
HONORIFICS |= lx.COURTESY_TITLES  # Malaysia's: "Minister Datuk X"
HONORIFIC = r"(?i:" + "|".join(sorted(HONORIFICS)) + r")\.?"
# The lexicon's titles as patterns (a group of alternatives): a head's and another's
# (a title of two words is written with a hyphen too: "Director-General", "Secretary-General")
LEADER = r"(?:" + "|".join(re.escape(t).replace(r"\ ", "[ -]") for t in lx.LEADER_TITLES) + r")"
WORKER = r"(?:" + "|".join(re.escape(t) for t in lx.WORKER_TITLES) + r")"
# "for Technology and Democracy at Y": the body after the portfolio
AT_AFTER_FOR = re.compile(r"(?: and @\d+@)? at (?:the )?@(\d+)@(?!'s)")

_FUNCTION_CHIEF = re.compile(
    r"\b(?:finance|financial|technology|tech|security|privacy|information|data|marketing|"
    r"operating|operations|communications|legal|product|strategy|digital|science|revenue|"
    r"compliance|ethics|people|growth|sales|engineering|research|design|medical|investment)"
    r" chief,? $",
    re.IGNORECASE,
)
# "head of research at Y", "Y's head of policy": the head of a function, staff of Y (not "head
# of the Y Police Department", "head of Y")
_FUNCTION_HEAD = re.compile(r"^(?:'s)?,? (?:the )?(?:[\w@'-]+ ){0,3}?head of (?!the\b|its\b)[a-z]")


def function_post(title: str, before: str, after: str) -> bool:
    """Whether the title heads a function, not the body: "finance chief X", "X, head of
    research at Y"."""
    last = title.split()[-1:]
    if last == ["chief"]:
        return _FUNCTION_CHIEF.search(before) is not None
    return last == ["head"] and _FUNCTION_HEAD.match(after) is not None


def leading_titles(texts: list[str]) -> int:
    """How many of a name's first words (three at most) are titles: two in "Chief Constable
    Miriam Osgood-Pryce"."""
    return next(
        (k for k in range(min(3, len(texts))) if texts[k].lower() not in lx.TITLE_WORDS),
        min(3, len(texts)),
    )


def title_through(words: list, end: int) -> list[str]:
    """A title's words up to words[end], with the "of" after it that says whose it is."""
    title = [w.text.lower() for w in words[: end + 1]]
    return title + ["of"] if words[end + 1 : end + 2] and words[end + 1].text == "of" else title


def crime_commissioner(texts: list[str]) -> int | None:
    """Where "(Place) Police and Crime Commissioner" ends before a person's name, if it does."""
    for k in range(3, len(texts) - 1):
        if texts[k - 3 : k + 1] == ["Police", "and", "Crime", "Commissioner"]:
            return k if texts[k + 1][:1].isupper() and texts[k + 1] != "for" else None
    return None


# "founder and chief executive": two titles of one holder, not two parties
_TITLES_JOINED = (
    r"(?:(?<=founder )|(?<=president )|(?<=chairman )|(?<=chairwoman )|(?<=chair ))and "
)
# Words that part a body from a title after it: a verb or a preposition makes them two
# parties ("The union wrote to Commissioner X", "The forum thanked Police Chief X", "has backed
# Mayor X's plan"), not the body's own post.
_NOT_BETWEEN = (
    r"(?:has|have|had|is|was|were|are|be|been|will|would|can|could|may|might|must|should|did|"
    r"does|do|said|says|told|tells|asked|asks|urged|urges|wrote|writes|called|calls|met|meets|"
    r"to|with|by|against|from|"
    # (a verb's past, not one of joining a body or a title's own: "We welcomed staff attorney
    # X", "Acme named chief executive X", "elected mayor")
    r"[a-z]+(?<!appoint)(?<!welcom)(?<!hir)(?<!recruit)(?<!promot)(?<!elect)(?<!licens)"
    r"(?<!nam)(?<!design)ed) "
)


def title_owner(before: str, titles: str, title: str) -> re.Match | None:
    """The body written before a title, its mark as group 1: "@3@'s chief executive", "@3@
    founder and chief executive" (`titles`, the mention's own title words, end `before`)."""
    owner = re.search(
        r"@(\d+)@(?:'s)? (?:(?!and |or |"
        + _NOT_BETWEEN
        + r")[\w-]+ |"
        + _TITLES_JOINED
        + r"){0,5}?"
        + re.escape(title.split()[-1])
        + r",? $",  # "its founder, X"
        before + (titles + " " if titles else ""),
    )
    return owner or re.search(
        r"@(\d+)@(?:'s)? (?:(?!and |or |" + _NOT_BETWEEN + r")[\w-]+ ){0,4}$", before
    )


def titled_before(before: str) -> bool:
    """Whether a lower-case title ends the text before a name: "led by statistician "."""
    words = before.split()
    return bool(words) and words[-1] in lx.TITLE_ENDS


# "said X, policy analyst, Y": a bare post between commas, then its body
POST_BETWEEN = re.compile(
    r"^, (?:(?!(?:led|run|by|the|of|and|to|for|with|at|in|on|whose|its|their|our)\b)"
    r"[a-z-]+ ){0,2}(?:"
    + "|".join(re.escape(t) for t in lx.WORKER_TITLES + lx.LEADER_TITLES)
    + r"), (?=[A-Z])"
)


def function_head(toks: list[str], mention: list, words: tuple, last: int) -> bool:
    """Whether a cue's noun "head" (its last token at `last`) heads a function, not a body:
    "employed by X as its head of enterprise sales", a post of its staff."""
    after = toks[last + 1 : last + 3]
    return (
        words == ("head",)
        and len(after) == 2
        and after[0] == "of"
        and mention[last + 2] is None
        and after[1] not in ("the", "its", "their", "our", "his", "her", "a", "an")
    )


# Words before "commissioner" that name a place's or a force's office, no field's
_PLACE_FIELDS = frozenset(["county", "city", "town", "district", "state", "police", "deputy"])


def heads_portfolio(title: str, body) -> bool:
    """ "Director of Technology Services" of the "Department of Technology Services",
    "Electoral Commissioner" of the "National Electoral Office"."""
    portfolio = re.match(r"(?:director|head|chief|commissioner) of (?:the )?(.+)$", title)
    field, name = re.fullmatch(r"([a-z]+) commissioner", title), body.name.lower()
    field = field if field and field.group(1) not in _PLACE_FIELDS else None
    return bool(field and field.group(1) in name.split()) or bool(
        portfolio and name.endswith(" " + portfolio.group(1))
    )


# An owner's word before a title and its holder's name after it: "Our Head of Operations, X,",
# "its Curator, Dr X"
_OWNED_TITLE_BEFORE = re.compile(r"\b(?:[Oo]ur|[Ii]ts|[Tt]heir) $")
_HOLDER_AFTER = re.compile(r", (?:(?:dr|mr|ms|mrs|prof|professor|encik|puan)\.? )?[A-Z]", re.I)


def owned_title(text: str, start: int, end: int, name: str) -> bool:
    """Whether the capitalised words at text[start:end] are a title its holder's name follows,
    not a body's name: "Our Head of Operations, Gareth Oduya-Thorne, led …"."""
    if not _OWNED_TITLE_BEFORE.search(text, max(0, start - 6), start):
        return False
    if not _HOLDER_AFTER.match(text, end) or not text[end + 2 : end + 3].isupper():
        return False
    words = name.lower().split()
    return words[:2] == ["head", "of"] or words[-1] in lx.TITLE_ENDS
