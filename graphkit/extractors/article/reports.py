"""Reports about the document's main actor: "The letter was first reported by X", "…, the X
reported", "…, journalist Jane Roe reported on her X newsletter".

A report whose sentence names no subject of its own is about the organisation the document is
most about; the reporting outlet, group or journalist (and the publication a journalist
reports on) investigates it; a person writing on "his X newsletter" runs it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .rules import ORGS, Found

if TYPE_CHECKING:
    from .relations import Sentence

# Passive report with no subject named: "The letter was first reported by X" is about the
# document's main actor.
_REPORTED_BY = re.compile(
    r"(?:first )?(?:reported|spotted|revealed|uncovered|obtained|exposed)\b"
    r"(?: \w+){0,3} by (?:the )?(?:[\w-]+ ){0,2}?@(\d+)@"
    # or closing the sentence: "…, The Wall Street Journal reported Friday."
    r"|, (?:the )?@(\d+)@ (?:first )?(?:reported|reports|revealed|found)\b[^@,]*$"
)
# A journalist's report closing a sentence: "…, technology journalist X reported on his Y
# newsletter." The sentence is what the journalist found, whatever else it names.
_JOURNALIST_REPORTED = re.compile(
    r", (?:[\w-]+ ){0,2}?(?:journalist|reporter|researcher|writer|columnist|correspondent) "
    r"@(?P<p>\d+)@ (?:first )?(?:reported|reports|revealed|found|wrote)\b"
    r"(?: (?:on|in) (?:his|her|their) @(?P<o>\d+)@)?[^@,]*$"
)
# What records show: "Invoices obtained by X show that …".
_SHOW = re.compile(
    # "Records obtained by X under the state's open-records law show …"
    r"(?: (?:under|through|via|in|from|with) [^@,]{0,60}?)?"
    r" (?:show|shows|showed|reveal|reveals|revealed|indicate|indicates|indicated|suggest|"
    r"suggests|suggested|say|says|said)\b"
)
_REPORTERS = ("MediaOrganization", "AdvocacyGroup", "ResearchOrganization")


def reported_main_actor(sentence: Sentence, main_key: str | None) -> list[Found]:
    """ "The letter was first reported by X": X investigates the document's main actor."""
    if not main_key:
        return []
    out = []
    journalist = _JOURNALIST_REPORTED.search(sentence.masked)
    if journalist:
        for group in ("p", "o"):
            reporter = (
                sentence.entity(int(journalist.group(group))) if journalist.group(group) else None
            )
            # the publication a journalist reports on is typed by nothing else: it reports
            kinds = ("Person", *_REPORTERS) if group == "p" else (*_REPORTERS, "Organization")
            if reporter and reporter.key != main_key and reporter.type in kinds:
                out.append(
                    Found(reporter.key, "investigates", main_key, 0.5, "journalist reported")
                )
        return out
    first = _REPORTED_BY.search(sentence.masked)
    if not first or "@" in sentence.masked[: first.start()]:
        return []  # a named subject before the cue is handled by the rules
    shows = _SHOW.match(sentence.masked, first.end())
    if shows and "@" in sentence.masked[shows.end() :]:
        return []  # "Invoices obtained by X show the department ran Y": about whom it names
    for match in _REPORTED_BY.finditer(sentence.masked):
        for index in sentence.members(int(match.group(1) or match.group(2))):
            outlet = sentence.entity(index)
            if outlet.type in _REPORTERS and outlet.key != main_key:
                # records "obtained by" X may be anyone's: whose, the sentence does not say
                sure = 0.45 if "obtained" in match.group(0) else 0.55
                out.append(Found(outlet.key, "investigates", main_key, sure, "reported by"))
    return out


# "reported on his All-Source Intelligence Substack": a person's own publication.
_OUTLET_WORDS = frozenset(
    ["substack", "newsletter", "blog", "podcast", "website", "site", "channel", "show"]
)
_OWN_OUTLET = re.compile(r"\b(?:his|her) (?:own )?@(\d+)@(?:'s)?(?: (?P<kind>[a-z]+)\b)?")


def own_outlets(sentence: Sentence) -> list[Found]:
    """A person writing on "his X newsletter" runs X."""
    out = []
    for match in _OWN_OUTLET.finditer(sentence.masked):
        before = [int(i) for i in re.findall(r"@(\d+)@", sentence.masked[: match.start()])]
        people = [i for i in before if sentence.entity(i).type == "Person"]
        outlet = sentence.entity(int(match.group(1)))
        kinds = {match.group("kind"), outlet.name.lower().split()[-1]}
        if people and outlet.type in ORGS and kinds & _OUTLET_WORDS:
            person = sentence.entity(people[-1])
            out.append(Found(person.key, "leads", outlet.key, 0.7, "own outlet"))
    return out
