"""Funding told through what the money paid for: "The purchase was paid for with a grant from
Y", "The research was funded by Y", "The money came from Y", "a €40 million investment from
Y", "X, whose largest investor is Y", "X is backed by Y Capital". Y funds the owner of what
was paid for: the body the sentence names as its owner ("the library's lab"), else the buyer
of the last sale the text told of, for things that are bought, else the last body the text
tells bought or used something; for research, the group the text names as its author. A thing
"bought from" or "bought by" Y names its seller or buyer, not a funder; when the text does not
say whose the thing was, no one is funded."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .checks import first_subject, unstated
from .entity import ORG_TYPES, THING_TYPES
from .grant_rules import GRANT_OF, GRANT_PAYS, GRANT_TO, PAYS_WITH
from .payees import (
    author,
    last_named,
    most_named,
    placed_buyer,
    publisher,
    speaking_body,
    trial_runner,
)
from .rules import UNREALISED, Found
from .sums import sum_from

if TYPE_CHECKING:
    from .relations import Sentence

# Things bought: their owner is the buyer of the last sale told of.
_BOUGHT = (
    r"purchase|contract|deal|system|cameras?|scanners?|sensors?|equipment|devices?|drones?|"
    r"licen[cs]es?|software|tool|kits?|gates|boxes|meters|cost|costs|bill|subscriptions?|fees|"
    r"agreement|extension|"
    r"vans?|vehicles?|cars?|trucks?|laptops?|computers?|tablets?|phones?|radios?|readers?|"
    r"servers?|units?|upgrades?|installation|balance|price|leases?|rental|acquisition|"
    r"procurement|implementation|deployment|migration|platform|centre|center|network|renewal|"
    r"hub|portal|app|module|database|register|registry|building|facility|phase (?:one|two|1|2)|"
    r"kiosks?|terminals?|handsets?|sirens?|analy[sz]ers?|validators?|model|workflow|"
    # "the first year was paid for with a grant": the first year of what was bought
    r"(?:first|second|third|initial) (?:(?:two|three) )?(?:years?|phases?|installments?)"
)
# Work done: its owner is whoever the sentence or the last one is about.
_WORK = r"research|study|report|work|project|program(?:me)?|pilot|trial|lab|rollout|expansion"
_WORK += r"|conversion|moderni[sz]ation|replacement|overhaul|build|rebuild"
# The text itself or its work: "This brief was funded by a grant from Y" (Y funds its publisher)
_PUBLISHED = (
    "brief", "investigation", "series", "newsletter", "reporting", "paper", "publication",
    "podcast", "episode", "journalism", "report", "research", "analysis",
)  # fmt: skip
_WORK += "".join(f"|{thing}" for thing in _PUBLISHED if thing not in _WORK.split("|"))
# Work whose owner is the group that studies, not the body studied.
_STUDY = ("research", "study", "report", "work")
_STUDYING = {"AdvocacyGroup", "ResearchOrganization"}
_TRIALS = ("pilot", "trial", "rollout")
# (a sentence may open with it bare: "First-year cost was $780,000, paid for by …")
_THING = (
    r"(?:(?:\b(?:the|this|that|its|their)|@(?P<owner>\d+)@'s) |^)(?:[\w$.,'’-]+ ){0,3}?"
    rf"(?P<thing>{_BOUGHT}|{_WORK})"
    # (an aside or its amount between: "Most of the cost, some €1.4 million, was met by Y")
    r"(?:,? (?:was|is|of|totall?ed|came to|cost) (?:[^@,;]|(?<=\d),(?=\d)){1,25},"
    r"| ?, (?:[^@,;]|(?<=\d),(?=\d)){1,30},)?"
)
_SUPPORTED = re.compile(r"\b(?:supported|made possible) (?:with|using|through|by|from)\b")
# Who paid: "paid for by Y", or through the money: "bought with a grant from Y", "funded by
# a donation from Y". A thing "bought by Y" or "bought from Y" names its buyer or its seller,
# and one "covered by Y" may be news coverage: only the money they were bought with, or
# covered by, names a funder.
_FUNDER = (
    r"(?:the )?(?:(?:federal|state|provincial|regional|national|private) )?"
    r"(?:(?:@\d+@|the (?:[a-z]+ ){0,2}?[a-z]+)'s )?@(?P<funder>\d+)@(?!'s)"
)
# How much of it the money paid: "paid for mainly from Y", "partly funded by Y", "up to 50%"
_HOW_MUCH = r"(?:partly|largely|mostly|fully|in part|mainly|primarily|entirely|chiefly|"
_HOW_MUCH += r"(?:up to )?\d+(?:\.\d+)? ?%)"
# (an amount's decimal point is no sentence's end: "a $1.2 million grant from Y")
_VIA = r"(?:with|using|through|by|from) (?!@)(?:[^@.;]|(?<=\d)\.(?=\d)){0,55}? (?:from|by) "
_PAID_BY = (
    # ("will be paid for by a grant from Y": a grant given for what is bought)
    r" (?:(?:was|were|is|are|has been|have been|had been|will be) )?(?:being )?"
    rf"(?:(?:{_HOW_MUCH}|also) )?"
    rf"(?:(?:paid(?: for)?|funded|financed|bankrolled|underwritten|co-financed|co-funded|"
    rf"cofinanced|part-funded|part-financed|met) "
    # (with its share in brackets: "co-financed (40 %) by Y")
    rf"(?:{_HOW_MUCH} |\({_HOW_MUCH}\) )?"
    # (or from the fund itself: "through the federal Y Fund", "out of the Y Fund")
    rf"(?:by |(?:from|through|via|out of) (?=(?:the )?(?:[a-z]+['’]s )?(?:[a-z]+ )?@)|{_VIA})"
    # (support through money: "supported by a grant from Y", not "supported by Y"; a fund
    # covering it: "is covered by the Safer Streets Fund", checked to be one in `paid_for`)
    rf"|(?:bought|purchased|covered|supported|made possible|built|installed|set up) {_VIA}"
    r"|(?P<covered>covered) by (?=(?:the )?(?:[a-z]+['’]s )?(?:[a-z]+ )?@))" + _FUNDER
)
_PAID = re.compile(_THING + _PAID_BY)
# A named thing, or work on it, paid for: "The Mahali build was paid for with a grant from Y",
# "The surveillance platform is funded by a grant from Y" (the thing its user's: `thing_funders`)
_WORK_ON = (
    r"build|rebuild|project|rollout|development|upgrade|implementation|licen[cs]es?|"
    r"subscription|pilot|trial|launch|deployment|migration|extension|expansion|redesign|"
    r"replacement|first (?:phase|year)"
)
# Where the named thing may open its clause: a sentence or a list's item ("• P was paid for
# with …"), a determiner, or what a record says ("a paper says P's build was paid for …")
_THING_OPENS = (
    r"(?:\b(?:the|this|its|their) |^(?:[•·*–-] )?|(?<=\bsays )|(?<=\bsaid )|(?<=\bshows )"
    r"|(?<=\bshow )|(?<=\bthat ))"
)
# A sum before the work it paid: "P's $6.1 million build", "P's €2.4m upgrade"
_SUM = r"(?:[a-z]{0,3}[$€£₹¥] ?|rs\.? ?)?\d[\d.,]*(?:-| )?(?:million|billion|crore|lakh|m|bn)? "
_THING_PAID = re.compile(
    _THING_OPENS + r"@(?P<product>\d+)@(?:['’]s)?"
    rf"(?: (?:{_SUM})?(?P<thing>{_WORK_ON}))?" + _PAID_BY
)
# Work on a named thing, paid for: "the 2022 rebuild of P was paid for from Y's fund", "The
# upgrade of P's mobile forms was funded by …", "The extension of P to 22 new sensors was …"
_WORK_OF_PAID = re.compile(
    r"\b(?:the|this|its|their) (?:\d{4} |[\w-]+ )?(?P<thing>" + _WORK_ON + r") of (?:the )?"
    r"@(?P<product>\d+)@(?:['’]s (?:[\w-]+ ){0,2}?[\w-]+)?"
    r"(?: (?:to|at|in|for|across) [^@;,]{1,60}?)?" + _PAID_BY
)
# Costs of a lawsuit are a litigant's, not a buyer's: "its legal fees were paid by Y"
_COST_OF = re.compile(r"(?:[\w-]+ ){1,2}of (?:the )?@(\d+)@['’]s ")
_LEGAL_COSTS = re.compile(r"\b(?:legal|court|attorneys?['’]?|lawyers['’]?|litigation)\b")
_NO_MONEY = re.compile(r"\b(?:no|not|never|nor|without)\b")
_NONE_OF = re.compile(r"\b(?:none|no part|nothing) of\b", re.IGNORECASE)
_MONEY = ("money", "funding", "funds", "cash", "grant", "financing")
# "the money came from Y", "the cost came from a grant from Y"
_CAME = re.compile(
    rf"\b(?:the )?(?:[\w-]+ ){{0,2}}?(?P<thing>{'|'.join(_MONEY)}|cost|costs|"
    r"\$[\d.,]+(?: (?:million|billion))?)"  # ("the $600,000 for the build came from Y")
    r"(?: for [^@.;]{0,40})? (?:came|comes|come|is coming) from "
    r"(?:an? (?!@)[^@.;]{0,40}?(?:grant|gift|loan|donation|award) from )?(?:the )?"
    r"(?:(?:state|city|county|province|council)['’]s )?@(?P<funder>\d+)@(?!'s)"  # "the state's Y"
)
# What is said "of", "about" or "over" the money is talk of it, unless it is a share of it.
_NOT_PAYING = re.compile(
    r"\b(?!(?:part|most|much|all|half|some|rest|none|share|portion|percent|bulk|million|"
    r"billion|thousand|dollars|pounds|euros|rupees)\b)"
    r"[a-z]+ (?:of|about|over|on) (?:the |its |their |this |that )?(?:[\w-]+ ){0,2}?"
    rf"(?:{'|'.join(_MONEY)}|cost|costs)(?: for [^@.;]{{0,40}})? (?:came|comes|come) from ",
    re.IGNORECASE,
)


def _talk_of_money(text: str, came: re.Match) -> bool:
    """Whether what "came from" Y is something said of the money, not a share of it."""
    said = _NOT_PAYING.search(text, max(0, came.start() - 40), came.end())
    return said is not None and said.end() <= came.end() and said.start() <= came.start() + 12


_DOING = re.compile(r",? (?!including\b)[a-z]+ing\b")
# A lender's loan: "the company's term loan from Y", "X maintains a credit facility with Y"
_LOAN = re.compile(
    r"@(?P<owner>\d+)@(?:'s |,? (?:drew|draws|took out|has taken|obtained|secured|maintains|has) "
    r"(?:[\w$.,-]+ ){0,4}?(?:(?:on|under|from) )?(?:an? |its )?)(?:[\w$.,-]+ ){0,4}?"
    r"(?P<thing>loan|credit facility|loan facility|line of credit) (?:from|with|provided by) "
    r"(?:the )?@(?P<funder>\d+)@(?!'s)"
)
# "received an investment from Y"; not a stake bought "from" its seller, nor an investment
# "by Y in" somewhere the sentence names
_INVESTED = re.compile(
    r"\b(?:an? |its |their )?(?:[^@.;]{0,30} )?(?P<thing>investment) (?:from|by) "
    r"(?:the )?@(?P<funder>\d+)@(?!'s)(?! in\b)"
)
# "The Y Police Foundation paid for the first 20 cameras", "the Y Fund paid for them": a
# charity or a fund paying for what a buyer got (a body paying for its own purchase buys it)
_CHARITY_PAID = re.compile(
    r"(?<![\w@])(?:the )?@(?P<funder>\d+)@(?!'s)(?:, [^@,;]{0,60},)? (?:also )?"
    r"(?:paid for|pays for|is paying for|has paid for|picked up the (?:bill|tab) for|covered|"
    r"covers|funded|funds) "
    rf"(?:(?:the|its|their|those|these) (?:[\w$.,-]+ ){{0,3}}?(?P<thing>{_BOUGHT}|"
    r"pilot|trial|rollout)|them|it)\b"
)
# What is to be paid for is paid only by money already given, and not in a hope
_GIVEN = re.compile(r"\b(?:grant|loan|donation|gift|award)\b")
_WISHED = re.compile(r"\b(?:hopes?|hoped|expects?|expected|wants?|plans?|would like|asked)\b")
_CHARITY = re.compile(r"\b(?:foundation|fund|trust|endowment|charity|charities)\b", re.I)
_OWN_FUND = re.compile(r"\bgeneral fund\b|^(?:city|town|county|village|state) of\b", re.I)
_TALK = re.compile(r"\b(?:rumou?rs?|false|untrue|claims?|claimed|alleges?|alleged|critics)\b")
_INVESTOR = re.compile(
    r"@(?P<owner>\d+)@(?:'s)?, whose (?:largest |biggest |main |lead |principal |major )?"
    r"(?P<thing>investor|backer|funder|shareholder)s? (?:is|are|was|were|include) (?:the )?"
    r"@(?P<funder>\d+)@"
)
# (and "X, a company based in Z, that is backed by the private equity firm Y", "X, a Colorado
# company backed by Y", its description telling of no other body: not "X, a firm that …")
_BACKED = re.compile(
    r"@(?P<owner>\d+)@(?: (?:is|are|was|were|has been|have been)|, (?:(?:an? (?:(?!\b(?:that|"
    r"which|who)\b)[^;]){0,80}?,? )?(?:that|which) (?:is|are|was|were|has been)|an? (?:(?!\b"
    r"(?:that|which|who)\b)[^@;]){0,50}?(?:company|firm|start-?up|maker|vendor|provider)))"
    r" (?:financially )?(?P<thing>backed) by (?:the )?(?:[a-z-]+ ){0,3}?@(?P<funder>\d+)@"
)
# "Support for X comes from Y": a station's or a programme's underwriter funds it
_SUPPORT_FOR = re.compile(
    r"\b(?P<thing>support|funding) for (?:the )?@(?P<owner>\d+)@(?!'s) (?:comes|came|is coming) "
    r"(?:in part )?from (?:the )?(?:[a-z]+ )?@(?P<funder>\d+)@(?!'s)"
)
# A sponsor of the text itself: "This episode is sponsored by Y" (Y funds its publisher)
_SPONSORED = re.compile(
    r"\bthis (?P<thing>episode|podcast|newsletter|series|brief|report) (?:is|was|has been) "
    r"(?:also )?(?:sponsored|underwritten) by (?:the )?@(?P<funder>\d+)@(?!'s)"
)
# Who backs a firm with money, by the end of its name: "Y Capital", "Y Ventures".
_INVESTOR_NAME = re.compile(
    r"\b(?:capital|ventures|partners|investments|equity|fund|funds|angels|angels? (?:network|"
    r"collective|club|syndicate))$",
    re.IGNORECASE,
)
_SUM_FROM = sum_from(_BOUGHT, _WORK)
_FUNDED = ORG_TYPES - {"EmployeeGroup"}
# Bodies whose names may end as an investor's ("Center for Racial Equity", "Partners for
# Justice") but whose backing is support, not money; a fund's backing is money.
_NO_INVESTORS = {"AdvocacyGroup", "ResearchOrganization", "GovernmentAgency"}
# Who may have bought what a text's purchase paid for, when it told of no sale: no firm, and
# no body that writes or campaigns about it ("Amnesty International criticised the programme.
# It said the cameras were paid for by the EU.").
_BUYERS = _FUNDED - {"Company", "MediaOrganization", "AdvocacyGroup"}


def paid_for(sentence: Sentence) -> list[Found]:
    """Y funds the owner of what Y paid for (see the module's note)."""
    text, out = sentence.masked, []
    patterns = (
        *(_PAID, _THING_PAID, _WORK_OF_PAID, _CAME, GRANT_TO, GRANT_PAYS, PAYS_WITH),
        *(_INVESTED, _INVESTOR),
        _BACKED,
        *(GRANT_OF, _CHARITY_PAID),
        *(_LOAN, _SUPPORT_FOR, _SUM_FROM, _SPONSORED),
    )
    for pattern in patterns:
        for match in pattern.finditer(text):
            if unstated(text, 0, match.end()) or UNREALISED.search(text, 0, match.end()):
                continue  # "the purchase would be paid for by Y", "plans to seek money from Y"
            if pattern is GRANT_PAYS and _NO_MONEY.search(
                text, max(0, match.start() - 12), match.end()
            ):
                continue  # "no grant from Y pays for it"
            if (
                pattern is _PAID
                and match.group("owner") is None
                and _LEGAL_COSTS.search(text, match.start(), match.end("thing"))
            ):
                continue  # "its legal fees were paid by Y": whose side in court?
            if _NONE_OF.search(text, 0, match.end()):
                continue  # "none of the cost came from Y"
            if pattern is _CAME and _talk_of_money(text, match):
                continue  # "criticism of the cost came from Y": talk of the money, not money
            if pattern is _CAME and _DOING.match(text, match.end()):
                continue  # "much of the cost came from Y raising its prices": a cause
            funder = sentence.entity(int(_fund_runner(text, match)))
            if pattern is _CHARITY_PAID and (
                not _CHARITY.search(funder.name)
                or _OWN_FUND.search(funder.name)
                or _TALK.search(text)
            ):
                continue  # "the department paid for the cameras", "the Town General Fund",
                # "rumors that the Y Foundation paid for them are false"
            if " will " in match.group(0) and (
                _WISHED.search(text, 0, match.start())
                or (pattern is _PAID and not _GIVEN.search(match.group(0)))
            ):
                continue  # "hopes the purchase will be paid for by Y": only a grant given is
            if match.groupdict().get("covered") and not _CHARITY.search(funder.name):
                continue  # "covered by the Herald": news coverage, not money
            if _SUPPORTED.search(match.group(0)) and not (
                match.groupdict().get("owner")
                or re.match(r"(?i)(?:this|its|their|our)\b", match.group(0))
            ):
                continue  # "the library's project is supported by a grant from Y": whose?
            if match.group("thing") == "backed" and not investor_named(funder):
                continue  # "backed by the union", "by the Center for Racial Equity": support
            product = match.groupdict().get("product")
            if product is not None:
                thing = sentence.entity(int(product))
                if thing.type in THING_TYPES and funder.type in ORG_TYPES and not funder.place:
                    out.append(Found(funder.key, "funds", thing.key, 0.6, "paid for a thing"))
                continue
            owner = _owner(sentence, match, funder.key)
            if (
                owner is None
                or funder.place
                or funder.type not in ORG_TYPES
                or owner.key == funder.key
                or owner.type not in _FUNDED
                or owner.place
            ):
                continue
            out.append(Found(funder.key, "funds", owner.key, 0.6, "paid for"))
    return out


def investor_named(funder) -> bool:
    """Whether a body "backing" a firm backs it with money: "Y Capital", "Y Ventures", "the Y
    Fund"; not a body "for" or "of" a cause ("Center for Racial Equity") nor a legal defence
    fund ("NAACP Legal Defense Fund"), which backs a side in court."""
    words = funder.name.split()
    lower = {w.lower() for w in words}
    if not _INVESTOR_NAME.search(funder.name) or {"for", "of"} & lower:
        return False
    if {"legal", "defense", "defence"} & lower:
        return False
    # (a fund, or business angels, whatever their name's kind: "Perla Angel Network")
    angels = "angel" in lower or "angels" in lower
    return words[-1].lower() in ("fund", "funds") or angels or funder.type not in _NO_INVESTORS


def money_not_support(found: list[Found]) -> list[Found]:
    """A fund "backing" a firm funds it: its backing is no statement of support as well; and
    who "paid for" a body's work funds it rather than buying from it ("pay" alone is a
    purchase: "the county pays Acme"); money given is no sale by the giver ("Y gave X
    $50,000", "a grant Y gave X")."""
    backed = {(f.subject, f.object) for f in found if f.rule == "paid for"}
    funded = {(f.object, f.subject) for f in found if f.relation == "funds"}
    funded |= {(f.subject, f.object) for f in found if f.relation == "funds"}
    return [
        f
        for f in found
        if not (f.relation == "supports" and (f.subject, f.object) in backed)
        and not (f.relation == "supplies" and (f.subject, f.object) in funded)
    ]


def _owner(sentence: Sentence, match: re.Match, funder: str):
    """Whose purchase, work or firm the money went to: the owner the sentence names; for an
    investment, the sentence's subject, else the firm the text is most about; for research, its
    author, else the group named most among those that study; for a purchase, the money, a
    programme or a pilot, the last sale's buyer, else (a purchase, the money) the last body told
    it bought or used something, else (a programme) the body the text is most about."""
    named = match.groupdict().get("owner")
    cost_of = _COST_OF.match(match.string, match.end()) if match.re is GRANT_PAYS else None
    if named is None and cost_of is not None:
        named = cost_of.group(1)  # "covers the cost of the Y's lawsuit": Y's
    if named is not None:
        return sentence.entity(int(named))
    budget = _BUDGET_OF.search(match.string)
    if budget is not None and sentence.entity(int(budget.group(1))).key != funder:
        return sentence.entity(int(budget.group(1)))  # "with the rest from X's budget"
    # ("the Y Foundation paid for them": a purchase; "$2 million came from Y": money)
    thing = match.group("thing") or ("money" if match.re is _SUM_FROM else "purchase")
    doc = sentence.doc
    if thing == "investment":
        subject = first_subject(sentence.masked, match.start())
        if subject is not None:  # "Flock Safety received an investment from Y": no other firm
            return sentence.entity(subject)
        return most_named(doc, {"Company"}, funder)
    own = thing in _PUBLISHED and re.match(r"(?i)this\b", match.string[match.start() :])
    if own and ((published := publisher(doc, funder)) is not None or thing not in _STUDY):
        return published  # "This brief was funded by …": the text's own (a study's, its author)
    if thing in _STUDY:
        return author(doc, funder, _STUDYING) or most_named(doc, _STUDYING, funder)
    # a purchase, the money, or a programme, pilot, trial or lab: its buyer, the one of the
    # place the sentence opens with ("in Suttonfield, a grant from Y covered the first year")
    placed = placed_buyer(sentence, _BUYERS)
    if placed is not None:
        return placed
    if thing in _TRIALS and (runner := trial_runner(sentence)) is not None:
        return runner  # "X began a pilot of P … The pilot was paid for by Y"
    if doc.last_supply is not None:
        buyer = doc.entities.get(doc.last_supply.object)
        # a firm's purchase from another firm is no public pilot's: "the pilot is funded by Y"
        public = buyer is not None and buyer.type == "GovernmentAgency"
        if buyer is not None and (buyer.type in _BUYERS or re.fullmatch(_BOUGHT, thing)):
            if thing in _TRIALS and not public:
                return None  # a pilot is a public body's, not a firm's bought from another
            return buyer
    if re.fullmatch(_BOUGHT, thing) or thing in _MONEY:
        return last_named(sentence, _BUYERS) or speaking_body(sentence, _BUYERS)
    if thing in _TRIALS:  # a pilot or a trial is a public buyer's, not its vendor's
        return most_named(doc, {"GovernmentAgency"}, funder)
    return most_named(doc, _FUNDED, funder)


# The body that pays the rest of a cost from its own money: "with the balance drawn from X's
# capital budget", "the rest from X's safety budget"
_BUDGET_OF = re.compile(
    r"\b(?:from|out of) (?:the )?@(\d+)@'s (?:[\w-]+ ){0,2}?"
    r"(?:budget|appropriation|reserves?|general fund)\b"
)


# "paid for from the Y fund run by Z": the fund's keeper pays
_RUN_BY = re.compile(
    r" (?:fund|programme|program|scheme|grant)s? (?:run|administered|managed|operated|kept) "
    r"by (?:the )?@(\d+)@"
)


def _fund_runner(text: str, match: re.Match) -> str:
    """The funder a match names, or the keeper of the fund it names ("the Y fund run by Z")."""
    runner = _RUN_BY.match(text, match.end("funder") + 1)
    return runner.group(1) if runner else match.group("funder")
