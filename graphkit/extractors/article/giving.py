"""Funding told by money given or received: "Y gave X $250,000", "Y gave $250,000 to X",
"Y awarded X a two-year grant", "X received $250,000 from Y", "X is supported by grants from
Y", "X, which receives money from Y". Y funds X.

Money a public body gives a firm is more often a payment than a grant: "the city gave Y $2
million for the cameras" is a sale, told elsewhere. A bare amount from a public body to a
company is therefore no funding; a grant, a loan or an investment named as such is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .checks import first_subject, unstated
from .entity import ORG_TYPES
from .rules import COMPANY, UNREALISED, Found

if TYPE_CHECKING:
    from .relations import Sentence

# An amount that is not the worth of a deal: "a $1.1 million contract" is a sale (its last
# character a digit or a scale word, not the comma or full stop after it)
# (rupees and rand too: "Rs 31 crore", "R90 million")
_AMOUNT = (
    r"(?:(?:\b[a-z]{1,2})?(?:\$|€|£)|\brs\.? ?|₹ ?|\br(?=\d[\d.,]* (?:million|billion|m|bn)\b))"
    r"(?>\d(?:[\d.,]*\d)?(?: (?:million|billion|thousand|crore|lakh|m|bn))?)"
    r"(?!,?(?: [\w-]+){0,2} (?:contracts?|deals?|orders?|purchases?|agreements?|settlements?|"
    r"fines?|penalt(?:y|ies)|lawsuits?|budgets?|projects?|systems?|programs?)\b)"
)
# What is given, when it is money: an amount, or a word naming money, after a few modifiers
_GIFT_WORDS = r"(?:grants?|donations?|gifts?|funding|funds|money|loans?|investments?|endowment)"
# (a word before the money names no other thing it is about: not "emails about the grant")
_MONEY = (
    r"(?:an? |the |its |their )?(?:(?!(?:about|on|over|regarding|concerning|for|of|to|with)\b)"
    rf"[\w,-]+ ){{0,3}}?(?:{_AMOUNT}|{_GIFT_WORDS})\b"
)
# What may come between the money and its giver: when or how it came ("last year", "in
# grants"), not another noun ("grant records from Y")
_BETWEEN = (
    r"(?: (?:in|over|during|since|last|this|each|every|annually|so far|altogether|"
    r"in total)\b[^@.;,]{0,30}?)?"
)
_GIVE = (
    r"(?:gave|gives|give|giving|donated|donates|donate|awarded|awards|granted|grants|"
    r"contributed|contributes|contributing|donating|awarding|granting|lent|lends|loaned|"
    # a fund's money made over: "releases Rs 31 crore to X", "approved €330,000 for X"
    r"provided|provides|released|releases|disbursed|disburses|allocated|allocates|approved)"
)
# "Y gave X $250,000", "Y awarded X a two-year grant"
_GAVE_TO_FIRST = re.compile(
    rf"\b{_GIVE} (?:the )?@(?P<to>\d+)@(?!'s) (?P<money>{_MONEY}(?: (?:in )?{_GIFT_WORDS})?)"
)
# A body's own work that money given to it pays for (not "the department's union", "its
# critics", "its chief's campaign")
_OWN_WORK = (
    r"(?=(?:[\w-]+ )?(?:program|programme|project|work|efforts|initiative|research|cameras|"
    r"drones|equipment|purchase|litigation|lawsuit|legal|building|clinic|scholarships?|"
    r"operating|running)\b)"
)
# "Y gave $250,000 to X", "Y donated a million dollars to X", "Y contributed $500,000 to X's
# program" or "toward the cost of X's cameras" (X's own work, not "to the city's @Z@")
_GAVE_MONEY_TO = re.compile(
    rf"\b{_GIVE} (?P<money>(?:{_MONEY}|(?:an? )?(?:[\w-]+ ){{0,2}}dollars)"
    # "$31.2 million of rates funding", "a grant of R4,2 million"
    rf"(?: of (?:(?:[\w-]+ )?{_GIFT_WORDS}|{_AMOUNT}))?)"
    + _BETWEEN
    + r" (?:to|for|towards?(?: the cost of)?) (?:the )?@(?P<to>\d+)@(?:'s "
    + _OWN_WORK
    + r")?(?!'s)"
)
_GET = (
    r"(?:received|receives|receive|receiving|got|gets|accepted|accepts|accepting|took|takes|"
    r"taken|won|wins|secured|secures|obtained|obtains|has received|"
    # "the council has been allocated €2.76 million from Y"
    r"(?:was|were|has been|have been|had been) (?:given|awarded|granted|allocated))"
)
# A fund named after its owner ("from the Department's Safer School Zones Fund"): the fund
# gives, and owners.py makes its owner the funder
_OWNERS_FUND = r"(?:@\d+@'s )?"
# "X received $250,000 from Y", "X, which receives money from Y", "X had taken a €2 million
# innovation loan from Y", "accepting a grant of $180,000 from Y"
_GOT_FROM = re.compile(
    rf"\b{_GET} (?P<money>{_MONEY}(?: of {_AMOUNT})?|(?:an? )?{_AMOUNT}(?: [\w-]+){{0,2}}? "
    rf"{_GIFT_WORDS})"
    + _BETWEEN
    # (the giver described: "from the regional development bank Y")
    + r" from (?:the )?(?:[a-z-]+ ){0,3}?"
    + _OWNERS_FUND
    + r"@(?P<from>\d+)@(?!'s)"
)
# "X is supported by grants from Y", "X is funded by a $1.2 million grant from Y"
_SUPPORTED = re.compile(
    r"\b(?:supported|sustained|kept afloat|made possible|funded|financed|paid for) "
    # ("supported by individual members and by grants from Y")
    r"(?:in part |largely |mostly |partly )?(?:by|with|through) (?:[^@.;,]{0,40}? and (?:by )?)?"
    rf"(?P<money>{_MONEY}|(?:an? )?{_AMOUNT}(?: [\w-]+){{0,2}}? {_GIFT_WORDS}) "
    r"from (?:the )?" + _OWNERS_FUND + r"@(?P<from>\d+)@(?!'s)"
)
# "X raised $22 million in a round led by Y", "X raised R$30 million from Y"
_RAISED = re.compile(
    rf"\b(?:raised|raises|has raised|had raised|closed) (?P<money>{_MONEY})[^@.;]{{0,40}}?"
    r"(?:(?:round|funding|financing) (?:was |that was )?(?:led|co-led) by|(?<!\w) from) "
    r"(?:the )?@(?P<from>\d+)@(?!'s)"
)
# A lender's credit or a grant told by its two ends: "Credit No. 7731-NP of US$45 million from
# the Southern Asia Development Finance Bank (SADFB) to the Ministry of Digital Affairs"
_FROM_TO = re.compile(
    rf"(?P<money>\b(?:credits?|loans?|grants?)\b[^@;]{{0,30}}? of {_AMOUNT}|{_AMOUNT}(?: [\w-]+)?"
    r" (?:credits?|loans?|grants?)) from (?:the )?@(?P<from>\d+)@(?: \(@\d+@\))?"
    r" to (?:the )?@(?P<to>\d+)@(?!'s)",
    re.IGNORECASE,
)
_PUBLIC = frozenset({"GovernmentAgency"})
_RIGHT_BEFORE = re.compile(r"@(\d+)@ (?:(?:has|had|have|also|now|recently|then|later) )*$")
# Money only promised or wished for: "Y may give X $1 million", "Y will award X a grant"
_NOT_YET = re.compile(
    r"\b(?:may|might|could|would|will|should|shall|plans? to|expected to|set to|wants? to|"
    r"hopes? to|proposed|proposes|promised to|offered to|asked|asks)\b"
)
# Money no longer given: "Y stopped giving X money", "Y used to give X money"
_ENDED = re.compile(r"\b(?:stopped|ceased|quit|used to|no longer|cut off|ended|halted)\b")
# Money that is no gift: "X received $400,000 from Y in a settlement", "as payment"
_NO_GIFT_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:settlements?|to settle|damages|refunds?|payments?|fines?|penalt(?:y|ies)|"
    r"compensation|back pay|reimburse\w*)\b"
)


def given_money(sentence: Sentence) -> list[Found]:
    """Y funds X where the sentence tells that Y gave X money or X got money from Y."""
    text, out = sentence.masked, []
    # what a name's description says is no part of the gift: "the Y Foundation, a charity that
    # does not disclose its donors, gave X $900,000"
    told = _DESCRIBED.sub(lambda m: "," + " " * (len(m.group(0)) - 2) + ",", text)
    for pattern in (_GAVE_TO_FIRST, _GAVE_MONEY_TO, _GOT_FROM, _SUPPORTED, _RAISED, _FROM_TO):
        for match in pattern.finditer(text):
            clause = told[: match.end()]
            if unstated(told, 0, match.end()) or UNREALISED.search(clause):
                continue  # "Y never gave X any money", "X is seeking money from Y"
            opening = _clause_start(text, match.start())
            if _NOT_YET.search(clause, opening):
                continue  # "Y may give X $1 million"
            if (
                _ENDED.search(clause, opening)
                or _NO_GIFT_AFTER.match(text, match.end())
                or re.match(r"[^.;,]{0,30}?\buntil\b", text[match.end() :])
            ):
                continue  # "Y stopped giving X money", "X got $4,000 from Y in a settlement"
            subject = _relative_antecedent(text, match.start())
            # the name right before the verb: "the court heard the council has been allocated
            # €2.76 million from Y" (the council, not the court)
            right_before = _RIGHT_BEFORE.search(text, 0, match.start())
            if subject is None and right_before:
                subject = int(right_before.group(1))
            if subject is None:
                subject = first_subject(text, match.start())
            if pattern is _FROM_TO:
                giver, receiver = int(match.group("from")), int(match.group("to"))
            elif "to" in match.groupdict() and match.group("to") is not None:
                giver, receiver = subject, int(match.group("to"))
            else:
                giver, receiver = int(match.group("from")), subject
            if giver is None or receiver is None or giver == receiver:
                continue
            if _named_before(sentence, giver) or _named_before(sentence, receiver):
                continue  # "Y and the Z Foundation, which gave the company …": which company?
            funder, funded = sentence.entity(giver), sentence.entity(receiver)
            gift = _FUND_NAME.search(funder.name) or re.search(_GIFT_WORDS, match.group("money"))
            if _MADE_OVER.search(match.group(0)) and (
                not gift or _UNPAID.search(text, match.end())  # "approved …, later rescinded"
            ):
                continue  # "the council approved $1.1 million for the center": a budget's
            if not _can_fund(funder, funded, match.group("money")):
                continue
            out.append(Found(funder.key, "funds", funded.key, 0.6, "money given"))
            for more in _more_given(text, match, pattern):
                other = sentence.entity(more)
                if more != giver and _can_fund(funder, other, match.group("money")):
                    out.append(Found(funder.key, "funds", other.key, 0.6, "money given"))
    return out


# Money a fund makes over ("releases", "approved … for"), which a body's own vote on its
# budget says as well: only a fund's name makes it a gift
_MADE_OVER = re.compile(
    r"^(?:provided|provides|released|releases|disbursed|disburses|allocated|"
    r"allocates|approved)\b"
)
_UNPAID = re.compile(r"\b(?:rescind\w*|withdr\w*|revok\w*|not yet|has not|have not|never)\b")
_FUND_NAME = re.compile(r"(?i)\b(?:fund|trust|foundation|scheme|programme|program|grant)s?\b")
_DESCRIBED = re.compile(r"(?<=@), (?:a|an|the) [^,;@]{0,80},")


# "gave $50,000 to A and $20,000 to B", "gave A $50,000 and B $20,000": one giver, each receiver
_AND_MONEY_TO = re.compile(rf"(?:,|,? and) (?P<money>{_MONEY}) to (?:the )?@(?P<to>\d+)@(?!'s)")
_AND_TO_MONEY = re.compile(rf"(?:,|,? and) (?:the )?@(?P<to>\d+)@(?!'s) (?P<money>{_MONEY})")


def _more_given(text: str, match: re.Match, pattern: re.Pattern) -> list[int]:
    """The other receivers a gift's sentence lists after its first, each with its amount."""
    follow = {_GAVE_MONEY_TO: _AND_MONEY_TO, _GAVE_TO_FIRST: _AND_TO_MONEY}.get(pattern)
    found, at = [], match.end()
    while follow is not None and (more := follow.match(text, at)) is not None:
        found.append(int(more.group("to")))
        at = more.end()
    return found


_WHICH = re.compile(r"@(\d+)@, (?:which|who|that) (?:[a-z]+ )?$")


def _relative_antecedent(text: str, at: int) -> int | None:
    """ "the Z Foundation, which gave …": the name the relative clause is about."""
    found = _WHICH.search(text, max(0, at - 60), at)
    return int(found.group(1)) if found else None


def _named_before(sentence: Sentence, index: int) -> bool:
    """Whether a reference ("the company") stands for a name the sentence gave before it: a
    text rarely names a body and calls it "the company" in one sentence, so the reference is
    more likely to the body the text is about."""
    mentions = sentence.mentions
    if not mentions[index].generic:
        return False
    return any(
        not m.generic and m.key == mentions[index].key and m.start < mentions[index].start
        for m in mentions
    )


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding `at` begins: after the last comma or semicolon before it."""
    return max(text.rfind(",", 0, at), text.rfind(";", 0, at), 0)


def _can_fund(funder, funded, money: str) -> bool:
    if funder.place or funded.place or funder.key == funded.key:
        return False
    if funder.type not in ORG_TYPES or funded.type not in ORG_TYPES - {"EmployeeGroup"}:
        return False
    # "the city gave Y $2 million": a public body's bare amount to a firm is a payment
    named = re.search(_GIFT_WORDS, money) is not None
    return named or not (funder.type in _PUBLIC and funded.type in COMPANY)
