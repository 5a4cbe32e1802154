"""Sales told of the contract or of the buyer's side: "the award of a contract to X for the
provision of P to A", "A's largest supplier is X", "X, A's cloud provider". X supplies A."""

from __future__ import annotations

import re

from .money_rules import AMOUNT
from .rules import COMPANY, ORGS, UNREALISED, make_rule

# A contract told as over right after its parties: "our contract with X for Y ended in June"
_OVER_AFTER = re.compile(
    r"@?(?: for (?:@\d+@|[^,;.@]{1,40}?))? (?:has |had )?(?:ended|expired|lapsed|ran out|"
    r"was (?:terminated|cancell?ed|canceled|not renewed))\b"
)

# ... or before them: "decided not to renew our agreement with X", "terminated its contract"
_OVER_BEFORE = re.compile(
    r"\b(?:not (?:to )?renew|(?:declined|refused) to renew|ended|terminated|cancell?ed|canceled)"
    r" (?:the |its |our |their |his |her )?@?$"
)


def not_held(span: str, text: str, start: int, end: int) -> bool:
    """Whether a sale a rule matched (`span`, its parties' placeholders and what is between)
    is only wanted ("bid for a contract with") or told as over before its first party's
    number (`start`) or after its last one's (`end`)."""
    return bool(
        UNREALISED.search(span)
        or _OVER_BEFORE.search(text, 0, start)
        or _OVER_AFTER.match(text, end)
    )


# What a firm does with a thing for a body: "which supplies it to A", "which runs it for A"
_SERVES = (
    r"(?:supplies|supplied|sells|sold|licenses|licensed|provides|provided|runs|ran|run|"
    r"maintains|maintained|supports|supported|operates|operated)"
)
# A firm hired to look into something: "A engaged X to carry out a forensic review"
_HIRED_TO = (
    r"{O}(?:, [^@;]{1,60},)?(?: said (?:that )?it)? (?:has |have |had )?(?:also |since )?"
    r"(?:engaged|hired|retained|commissioned|brought in) (?:the |an? )?(?:[\w-]+ ){0,3}?"
    r"@(?P<s>\d+)@(?!'s)"
    r"(?:, [^@;]{1,60},)? to (?:carry out |conduct |undertake |lead |perform )?(?:an? |the )?"
)
_HIRED_TO_LOOK = _HIRED_TO + r"(?:[\w-]+ ){0,2}?(?:investigat|review|audit|examin|assess|inquir)"
# (an inquiry, an audit or a forensic or independent review, not "to review the tender"; and
# not into another's affairs: "to audit Thamesgate's cost forecasts")
_HIRED_TO_INQUIRE = (
    _HIRED_TO + r"(?:(?:[\w-]+ ){0,2}?(?:investigat|audit|examin|inquir)|(?:[\w-]+ )?(?:forensic|"
    r"independent) (?:[\w-]+ )?(?:review|assessment))"
    r"(?![a-z]* [^@;.]{0,40}?@\d+@['’]s)"
)

# A supplier named as such, not one that was or may be: "A's former vendor", "a would-be supplier"
_SUPPLIER_WORDS = ("supplier", "vendor", "contractor", "provider", "consultant")
_SUPPLIER = (
    r"(?!(?:[\w-]+ ){0,3}(?:former|prospective|potential|would-be|future|onetime|one-time|ex-|"
    r"previous|old|preferred|rival|outgoing|chosen|selected|proposed)\b)"
    # (two fields joined: "independent verification and validation consultant")
    # (or three: "independent quality assurance contractor")
    r"(?:[\w-]+ ){0,3}?(?:[\w-]+ and [\w-]+ )?(?:supplier|vendor|contractor|provider|consultant)"
    r"s?(?!['’]s)"
    r"(?![^.;]{0,40}\b(?:until|before)\b)"
)

# A sum of money, maybe rounded: "about $1.9 million"
_SPENT = r"(?:about |nearly |more than |over )?" + AMOUNT
# The seller, not one whose goods or staff are named: "from X's reseller"
_SELLER = r"(?:the )?@(?P<s>\d+)@(?!'s)"
# Goods counted or named by their kind
_GOODS = (
    r"(?:cameras|drones|readers|scanners|devices|vehicles|trailers|licen[cs]es|servers|systems|"
    r"units|radios|tablets|kiosks|equipment|sensors|phones|laptops|robots)"
)

# Work done under a subcontract, with the contractor named: "under a subcontract with Y"
_UNDER_SUBCONTRACT = (
    r"under (?:an? |the |its )?(?:[\w$.,-]+ ){0,2}?sub-?contract (?:with|to) (?:the )?@(?P<o>\d+)@"
)

# A firm, then a relative clause of its own work: "X, which makes the transfers …"
_FIRM_WHICH = (
    r"(?:^|^[•*-] |\bby |, )(?:the )?@(?P<s>\d+)@(?!'s),? (?:which|who) (?:also |now )?"
    # (its work maybe for the body's own: "which answers calls to our customer line")
    r"(?:[a-z]{3,}s|[a-z]{3,}ed) (?:[^@;]|@\d+@'s\b){0,60}?"
)
# The thing the clause's doer works with, described after its name: "A records prisoners' calls
# on P, a call-management system "
_DOERS_THING = (
    r"^(?:the )?{O}(?!'s) (?:[^@;]{1,80}?)@\d+@, (?:an? |the |its )(?:[\w-]+ ){0,4}?"
    r"(?:system|software|platform|tool|app|service|database|network)s? "
)
# Bodies a firm's contract "between" it and them sells to: public, research, civic (not two
# firms, nor a name of no known kind: "a contract between Accenture and Deloitte")
_BUYERS = ORGS - {"Company", "Organization", "AdvocacyGroup", "EmployeeGroup"}
# A contract for a service, not a settlement's or a collective agreement
_SERVICE = (
    r"\b(?:hosting|service|services|supply|licen[cs]e|maintenance|support|software|cloud|"
    r"framework) (?:[\w-]+ )?(?:contract|agreement) "
)
# "under a …", "under its five-year …": what a contract's noun follows
_UNDER_A = r"under (?:an? |the |its |their )?(?:[\w$.,-]+ ){0,3}?"

# fmt: off
SUPPLY_RULES = [
    # "I approve the award of a five-year contract to X for the provision of P to A"
    make_rule("award of contract for", "supplies",
              # (an award made, not one deferred, rejected or only proposed)
              r"(?<!\bnot )(?<!n't )(?<!\bto )(?<!\bwill )(?<!\bmay )(?<!\bcould )(?<!\bwould )"
              r"\b(?:approv\w*|ratif\w*|confirm\w*|announc\w*|made|following|after|with) "
              r"(?:the )?award(?:ing)? of (?:a |an |the )?(?:[\w$.,-]+ ){0,5}?(?:contract|tender|"
              r"agreement) (?:[^@;]{0,40}? )?to {S}(?:,? (?:inc|llc|ltd)\.?)? for (?:the )?"
              r"(?:provision|supply|delivery|installation|implementation)(?: and [a-z]+)? of "
              r"[^;]{0,80}? to {O}(?!'s)"
              r"(?![^.;]{0,80}\b(?:void|annulled|cancel+ed|rescinded|overturned|withdrawn|"
              r"subject to|pending)\b)",
              COMPANY, ORGS, 0.65, needs=("award",)),
    # "The Board approves the award of Contract CCW/DP/2025/03 to X for P": the body that
    # approves it buys (not a report's recommendation: "2.1 That Cabinet approves the award")
    make_rule("body approves award", "supplies",
              r"(?<![\w@])(?<!^that )(?<!\d that )(?<!^that the )(?<!\d that the )"
              r"@(?P<o>\d+)@ (?:has |have |formally )?(?:approv|ratif|confirm)\w* "
              r"(?:the )?award(?:ing)? of (?:a |an |the )?(?:@\d+@[\w/.-]*|(?:[\w$.,/-]+ ){0,5}?"
              r"(?:contract|tender|agreement|rfp|rfq|rft|itt)(?: [A-Z0-9][\w/.-]*)?) to {S}(?!'s)"
              r"(?![^.;]{0,80}\b(?:void|annulled|cancel+ed|rescinded|subject to|pending)\b)",
              COMPANY, ORGS, 0.65, needs=("award",)),
    # "A's largest supplier is X", "A's technology vendor, X, said"
    make_rule("body's supplier", "supplies",
              r"(?<![\w@])@(?P<o>\d+)@'s " + _SUPPLIER + r"(?:,| is| was| has been| remains) "
              r"(?:the )?@(?P<s>\d+)@(?!'s)",
              COMPANY, ORGS, 0.6, needs=_SUPPLIER_WORDS),
    # "Forodha's first customer, the Mombasa forwarding agent Y, …": a firm's customer
    make_rule("firm's customer", "supplies",
              r"(?<![\w@])@(?P<s>\d+)@'s (?:first|largest|biggest|newest|main|anchor|launch) "
              r"customer(?:,| is| was) (?:the |an? )?(?:[^,;]{0,60}? )?@(?P<o>\d+)@"
              r"(?=[,.;]| (?:has|have|had|is|was|said|uses|used)\b|$)",
              COMPANY, ORGS, 0.6, needs=("customer",)),
    # "A spent $1.9 million of it on call-handling equipment from X"
    make_rule("spent on goods from", "supplies",
              r"{O}(?:, [^@,;]{1,60},)? (?:has |had )?spent " + _SPENT + r"(?: of (?:it|the "
              r"(?:grant|money|award|funds?)))? on [^@;]{1,60}? from (?:the )?@(?P<s>\d+)@(?!'s)",
              COMPANY, ORGS - {"Company"}, 0.6, needs=("spent",)),
    # "RESOLVED that the Board approves the purchase of 64 P scanners from X": the seller
    make_rule("body approves award", "supplies",
              r"{O}{w}(?:approves|approved|authori[sz]es|authori[sz]ed) the purchase of "
              r"(?:up to )?[\d,]+ [^@;]{0,40}?(?:@\d+@[^@;]{0,40}?){0,2}? from (?:the )?"
              r"@(?P<s>\d+)@(?!'s)",
              COMPANY, ORGS - {"Company"}, 0.65, needs=("purchase",)),
    # "A currently leases 38 cameras from X": goods rented from their seller
    make_rule("leases goods from", "supplies",
              r"{O}(?:, [^@,;]{1,60},)? (?:currently |now |still |also )?(?:leases|leased|rents|"
              r"rented|has leased|has rented) (?:[\w,-]+ ){0,3}?" + _GOODS + r" from " + _SELLER,
              COMPANY, ORGS - {"Company"}, 0.6, needs=("leas", "rent")),
    # "A currently uses P, provided by X under Contract No. 7114": the one who provides it
    make_rule("use provided by", "supplies",
              r"(?<!\bat )(?<!\bin ){O}(?:, [^@,;]{1,60},)? (?:currently |now |still |also )?"
              # (or does its work with it: "bills its 14,600 accounts with P, supplied by X")
              r"(?:uses|has used|runs|operates|(?:bills|processes|manages|handles|records|tracks|"
              r"issues|monitors) (?:[\w,]+ ){0,4}?(?:with|through|in|on)) (?:the )?{E}"
              r"(?: [a-z-]+){0,2}, "
              r"(?:which is |which has been )?(?:provided|"
              r"supplied|licensed|delivered) (?:to it )?by (?:the )?@(?P<s>\d+)@(?!'s| to\b)",
              COMPANY, ORGS - {"Company"}, 0.6, needs=("provided", "supplied", "licensed")),
    # "A has sold online tickets through P, X's online booking service, under an interim licence
    # agreement with X": the clause's doer holds the agreement for the thing it works through
    make_rule("use provided by", "supplies",
              r"^[^@;]{0,40}?{O}(?!'s) [^@;]{1,80}?(?:through|via|on|in) @\d+@, (?:@\d+@'s |"
              r"an? |the |its )(?:[\w-]+ ){0,4}?(?:system|software|platform|tool|app|service|"
              r"database)s?, " + _UNDER_A + r"(?:contract|agreement|licen[cs]e|subscription)"
              r"(?: agreement)? "
              r"with (?:the )?@(?P<s>\d+)@(?!'s)",
              COMPANY, ORGS - {"Company"}, 0.6, needs=("under",)),
    # "under a hosting contract between Atlântida Cloud S.A. and AOOI": the firm's a sale
    make_rule("contract between", "supplies",
              _SERVICE + r"between (?:the )?@(?P<s>\d+)@(?!'s) and {O}(?!'s)",
              COMPANY - {"Organization"}, _BUYERS, 0.6, needs=("between",)),
    make_rule("contract between", "supplies",
              _SERVICE + r"between {O}(?!'s) and (?:the )?@(?P<s>\d+)@(?!'s)",
              COMPANY - {"Organization"}, _BUYERS, 0.6, needs=("between",)),
    # "A records prisoners' calls on P, a call-management system supplied to it by X": the
    # clause's doer is the one the thing is supplied to
    make_rule("use provided by", "supplies",
              _DOERS_THING + r"(?:that is |which is )?(?:provided|supplied|licensed|sold) to "
              r"(?:it|them|us) by (?:the )?@(?P<s>\d+)@(?!'s)",
              COMPANY, ORGS - {"Company"}, 0.6, needs=("to it", "to them", "to us")),
    # "checked through a service supplied to Coolabah by X under a subcontract"
    make_rule("supplied to by", "supplies",
              r"\b(?:provided|supplied|licensed|sold) to (?:the )?{O}(?!'s) by (?:the )?"
              r"@(?P<s>\d+)@(?!'s)",
              COMPANY, ORGS, 0.6, needs=(" by ",)),
    # "Doorline was built for the party by X", "P, an app built for us by X": made to order
    make_rule("built for by", "supplies",
              r"\b(?:built|developed|designed|made|written|created) (?:specifically |especially )?"
              r"for (?:the )?{O} by (?:the )?@(?P<s>\d+)@(?!'s)",
              COMPANY, ORGS - {"Company"}, 0.6, needs=(" for ",)),
    # "The units are assembled for us by X": goods made to order, for a firm too
    make_rule("built for by", "supplies",
              r"\b(?:assembled|manufactured) for (?:the )?{O} by (?:the )?@(?P<s>\d+)@(?!'s)",
              COMPANY, ORGS, 0.6, needs=("assembled", "manufactured")),
    # "P, a licensing and billing system built for us by X": X makes it as well
    make_rule("built for by", "develops",
              r"{O}, (?:a|an|the) (?:[\w-]+ ){0,4}?(?:system|software|platform|app|tool|service|"
              r"database|portal)s? (?:built|developed|designed|written|made) (?:specially |"
              r"specifically )?for (?:(?:the )?@\d+@|it|them|us) by (?:the )?@(?P<s>\d+)@(?!'s)",
              COMPANY, {"Product", "Organization"}, 0.6, needs=(" for ",)),
    # "A sends newsletters through P, a mailing service it pays for under a subscription
    # agreement with X": the clause's doer holds the agreement
    make_rule("use provided by", "supplies",
              _DOERS_THING + r"(?:that |which )?(?:it|they|we|@\d+@) (?:pays? for|licen[cs]es?|"
              r"rents?|leases?|subscribes? to) "
              + _UNDER_A + r"(?:contract|agreement|licen[cs]e|subscription) with (?:the )?"
              r"@(?P<s>\d+)@(?!'s)",
              COMPANY, ORGS - {"Company"}, 0.6, needs=("under",)),
    # "Crew wages are calculated by X under contract with us": work done for the body
    make_rule("own service provided by", "supplies",
              r"\b(?:is|are|was|were|has been|have been) (?:[a-z]+ed|run|done|paid|made|kept|sent|"
              r"sold|built|held) "
              r"by (?:the )?@(?P<s>\d+)@(?!'s),? under (?:an? |the |its )?(?:[\w$.,-]+ ){0,3}?"
              r"(?:sub-?)?contract with {O}(?!'s)",
              COMPANY, ORGS, 0.6, needs=("under",)),
    # "Our 1800 number and call routing are provided by X under a contract that runs to
    # 2027": a body's own service provided under contract
    make_rule("own service provided by", "supplies",
              r"(?<![\w@])@(?P<o>\d+)@'s (?:@\d+@ |(?:(?![\w-]+, and )[\w,-]+ ){1,6}?)(?:is|are|"
              r"was|were|has been|have been) (?:provided|supplied|delivered|run|operated|managed|"
              r"hosted|answered|monitored|staffed|handled|maintained|serviced|supported|processed)"
              r"(?: [a-z][^@;]{1,40}?)? by (?:the )?"
              r"@(?P<s>\d+)@(?!'s),? under (?:an? |the |its )?(?:[\w$.,-]+ ){0,4}?(?:sub-?)?"
              r"(?:contract|agreement)\b",
              ORGS, ORGS, 0.6, needs=("under",)),
    # "Card payments will be processed by X under its processing agreement with A": work done
    # under the doer's agreement with the one it is done for
    make_rule("done by under agreement with", "supplies",
              r"\b(?:processed|handled|carried out|done|performed|provided|delivered|run|operated|"
              r"managed|hosted),? by (?:the )?@(?P<s>\d+)@(?!'s),? under (?:its |their |an? |the )?"
              r"(?:[\w$.,-]+ ){0,3}?(?:agreement|(?:sub-?)?contract) with (?:the )?{O}(?!['’]s)",
              COMPANY, ORGS, 0.6, needs=("under",)),
    # (or under the body's own agreement: "processed by X under our merchant agreement"; not
    # a host's, which may be a supplier's subcontractor: "hosted by X under Y's contract")
    make_rule("done by under agreement with", "supplies",
              r"\b(?:processed|handled|carried out|done|performed|managed) "
              r"by (?:the )?@(?P<s>\d+)@(?!'s),? under {O}'s (?:[\w-]+ ){0,3}?(?:agreement|"
              r"contract)\b",
              COMPANY, ORGS, 0.6, needs=("under",)),
    # "Cash is sent by X, which makes the transfers under a contract with us": the firm's own
    # work, told in a relative clause, done under its contract with the body
    make_rule("which works under contract with", "supplies",
              _FIRM_WHICH + _UNDER_A + r"(?:contract|agreement) with (?:the )?{O}(?!['’]s)",
              COMPANY, ORGS, 0.6, needs=("under",)),
    # "the Humane Society, which operates the City's animal shelter under a service agreement
    # with the City": a service, whoever renders it (a charity, a laboratory)
    make_rule("which works under contract with", "supplies",
              r"(?:^|\b(?:by|that) |, | of )(?:the )?@(?P<s>\d+)@(?!'s),? (?:which|who) "
              r"(?:also |now )?"
              r"(?:[a-z]{3,}s|[a-z]{3,}ed) (?:[^@;]|@\d+@'s\b){0,60}?" + _UNDER_A
              + r"services? (?:agreement|contract) with (?:the )?{O}(?!['’]s)",
              ORGS, ORGS, 0.6, needs=("service",)),
    # "X, which runs Y's elections under contract": the body whose work it does
    make_rule("which works under contract with", "supplies",
              r"(?:^|, )(?:the )?@(?P<s>\d+)@(?!'s),? (?:which|who) (?:also |now )?(?:[a-z]{3,}s|"
              r"ran|operated|managed|handled) (?:the )?{O}'s [^@;]{1,40}? " + _UNDER_A
              + r"contract\b(?! with)",
              COMPANY, ORGS, 0.6, needs=("under",)),
    # "X, which holds the council's refuse and recycling contract": the body whose contract
    # the firm holds now (not one it held)
    make_rule("holds body's contract", "supplies",
              r"(?<![\w@'’])@(?P<s>\d+)@(?!'s),? (?:which|who) (?:also |now |still )?"
              r"(?:holds|has held) (?:the )?{O}'s (?:[\w-]+ ){0,5}?(?:contract|concession)\b",
              COMPANY, ORGS, 0.6, needs=("holds", "has held")),
    # "X, which maintains them for us under a maintenance contract": the body it works for
    make_rule("which works under contract with", "supplies",
              _FIRM_WHICH + r"for {O} " + _UNDER_A + r"(?:contract|agreement)\b",
              COMPANY, ORGS, 0.6, needs=("under",)),
    # "X answers our calls, chats and emails under contract with us": the body's own work,
    # done by the firm under its contract with the body
    make_rule("does our work under contract", "supplies",
              r"^(?:the )?{S}(?!'s) (?:also |now )?[a-z]{3,}s @\d+@'s [^@;]{1,60}? " + _UNDER_A
              + r"(?:contract|agreement) with {O}(?!['’]s)",
              COMPANY, ORGS, 0.6, needs=("under",)),
    # "X supplies and supports P under a contract with A that runs to March 2028": the thing
    # sold under the buyer's contract
    make_rule("supplies under contract with", "supplies",
              r"{S}(?:, [^@,;]{1,60},)? (?:has |have )?(?:also |now |still )?(?:supplies|supplied|"
              r"provides|provided|licenses|licensed|supports|supported|maintains|maintained)"
              r"(?: and (?:supports|supported|maintains|maintained|hosts|hosted|supplies|"
              r"supplied))? (?:the )?@\d+@ under (?:an? |the |its )?(?:[\w$.,-]+ ){0,4}?"
              r"(?:contract|agreement|licen[cs]e) with (?:the )?{O}(?!['’]s)",
              COMPANY, ORGS, 0.6, needs=("under",)),
    # "A has used P since 2022 under a $1.4 million contract with X": the clause's doer holds
    # the contract its work is done under
    make_rule("work under contract with", "supplies",
              r"{O}(?:, [^@,;]{1,60},)? (?:has |have |had )?(?:used|uses|run|runs|ran|operates|"
              r"operated|mounted|installed|deployed|licensed|licenses) (?:[^@.;]{0,40}?)?@\d+@"
              # (its maker named between: "412 P kiosks, made by X, across its prisons")
              r"(?:[^@.;]{0,20}?, (?:made|built|developed|designed|manufactured) by @\d+@,)?"
              r"[^@.;]{0,50}? under (?:an? |the |its |their )?(?:[\w$.,-]+ ){0,4}?(?:contract|"
              r"agreement|licen[cs]e)(?: no\. [\w-]+)? with " + _SELLER,
              COMPANY, ORGS - {"Company"}, 0.6, needs=("under",)),
    # "Scanning is carried out by X under a subcontract with Y", "run by X under subcontract
    # to Y": the subcontractor sells to the contractor
    make_rule("done by under subcontract", "supplies",
              r"\b(?:carried out|[a-z]{3,}ed|done|run|built|made|kept|taken|flown|written)"
              r"(?: (?:in|at|on) [^@;]{1,40}?)? by (?:the )?@(?P<s>\d+)@(?!'s)"
              r"(?:, (?:an?|the) [^@;,]{1,60},)?,? "  # (", a Surabaya-based integrator,")
              # ("X, which handles database administration for the portal under …")
              r"(?:which (?:also )?[a-z]{3,}s (?:[^@;]{0,60}? )?)?" + _UNDER_SUBCONTRACT,
              COMPANY, COMPANY, 0.6, needs=("subcontract",)),
    # "X will connect P to the lab's systems under a subcontract with Y": the sentence's doer
    # works for the contractor (not one who only says so, nor a passive's subject)
    make_rule("done by under subcontract", "supplies",
              r"^(?:note \d+: )?(?:the )?@(?P<s>\d+)@(?!'s)"
              r"(?![^;]{0,120}?\b(?:said|says|told|according|"
              r"announced|plans?|hopes?|by @)\b)[^;]{0,120}? " + _UNDER_SUBCONTRACT,
              COMPANY, COMPANY, 0.6, needs=("subcontract",)),
    # "X | Calibration, subcontractor to Y | Authorised": a table's row of subcontractors (not
    # one proposed, nor one to a defined term: "subcontractor to the Supplier")
    make_rule("subcontractor to", "supplies",
              # (a column between, naming what it works on: "| Interface between P and … |")
              r"(?<![\w@])@(?P<s>\d+)@(?: \||,) (?:[^|;]{0,90}? \| )?(?:[^@|;]{0,60}?)?\b"
              r"(?:a |the )?sub-?contractor "
              r"(?:to|for) @(?P<o>\d+)@(?![^\n]*\b(?:proposed|not approved|rejected|withdrawn|"
              r"pending)\b)",
              COMPANY, COMPANY, 0.6, needs=("subcontractor",)),
    # "A flies two P drones that it bought from X in 2024"
    make_rule("bought from, relative", "supplies",
              r"{O} (?:now |also |still )?(?:flies|uses|operates|runs|has|owns|deploys|deployed|"
              r"fields) [^@;]{0,30}?@\d+@(?: [a-z-]+){0,2},? (?:that|which) (?:it|they) "
              r"(?:had )?(?:bought|purchased|leased|acquired|ordered) from " + _SELLER,
              COMPANY, ORGS - {"Company"}, 0.6,
              needs=("bought", "purchased", "leased", "acquired")),
    # "X has sold A an enterprise subscription to P": a sale told with its buyer first
    make_rule("sold buyer goods", "supplies",
              r"{S}(?:,? [^@,;]{1,40},)? (?:has |have |had )?(?:sold|sells|licensed|licenses|"
              r"leased|leases) (?:the )?{O} (?:an?|its|their|\d[\d,]*) (?:[\w-]+ ){0,3}?"
              r"(?:subscriptions?|licen[cs]es?|" + _GOODS[3:-1] + r")\b",
              COMPANY, ORGS - {"Company"}, 0.6, needs=("sold", "sells", "licens", "leas")),
    # "A and X signed the contract on May 20": a body and a firm signing one contract
    make_rule("signed together", "supplies",
              r"(?:^|[,;] )(?:[Tt]he )?{O} and (?:the )?{S} (?:signed|executed) (?:the|a|an|their) "
              r"(?:[\w$.,-]+ ){0,4}?(?:contract|agreement)\b",
              COMPANY, ORGS - COMPANY, 0.6, needs=("signed", "executed")),
    # "P was built by X under a five-year contract the city signed": the signer buys
    make_rule("built under contract", "supplies",
              r"\b(?:built|developed|designed|installed|implemented|delivered|supplied) by "
              r"(?:the )?@(?P<s>\d+)@(?!'s)(?:, (?:[^@;,]|@\d+@){1,60}?,)? under (?:an? |the )"
              r"(?:[\w$€£.,-]+ ){0,6}?(?:contract|agreement) (?:that |which )?(?:the )?{O} "
              r"(?:signed|awarded|let|holds|entered)\b",
              COMPANY, ORGS - COMPANY, 0.6, needs=("under",)),
    # "ClaimStream runs on Y's cloud, under X's own agreement with Y": X holds it, Y sells
    make_rule("own agreement with", "supplies",
              r"\bunder (?:the )?@(?P<o>\d+)@['’]s own (?:[\w-]+ ){0,2}?(?:agreement|contract|"
              r"subscription|licen[cs]e) with " + _SELLER,
              COMPANY, ORGS, 0.6, needs=("own",)),
    # "X is A's largest supplier", "X, A's cloud provider, said"
    make_rule("body's supplier", "supplies",
              r"(?<![\w@])@(?P<s>\d+)@(?:,? (?:is|was|has been|remains|became)|,) (?:now )?"
              r"(?:the |one of )?(?:the )?@(?P<o>\d+)@'s " + _SUPPLIER + r"\b",
              COMPANY, ORGS, 0.6, needs=_SUPPLIER_WORDS),
    # "P, a platform developed by X, which supplies it to A under a five-year contract", "X,
    # which supplies and maintains it for A", "X, which has run and supported it for A"
    make_rule("which supplies it", "supplies",
              r"@(?P<s>\d+)@(?!'s),? which (?:has |had )?" + _SERVES + r"(?: and " + _SERVES
              + r")? (?:it|them) (?:to|for) {O}(?!'s)",
              COMPANY, ORGS, 0.6, needs=("which",)),
    # "P is operated for A by X under a ten-year contract"
    make_rule("operated for by", "supplies",
              r"\b(?:operated|run|managed|maintained|supported) for (?:the )?{O}(?!'s) by (?:the )?"
              r"@(?P<s>\d+)@(?!'s)(?: \(@\d+@\))? under (?:an? |the |its )",
              COMPANY, ORGS, 0.6, needs=(" for ",)),
    # "A has calculated bills from P readings since 2022 under a licence from X", "A has fitted
    # 212,000 meters under a £64m supply contract with X": the sentence's doer buys
    make_rule("under licence from", "supplies",
              r"(?:^|^@\d+@'s [a-z ]{1,30}, )(?:the )?@(?P<o>\d+)@(?!'s)(?:, [^@;]{1,60})?,? "
              r"(?:has |have |had )?[a-z]+ed\b(?:[^@;]|@\d+@){0,120}? under (?:an? |the |its )"
              r"(?:[\w$£€.,-]+ ){0,4}?(?:licen[cs]e from|supply contract with) (?:the )?"
              r"@(?P<s>\d+)@(?!'s)",
              COMPANY, ORGS, 0.6, needs=("licence from", "license from", "supply contract")),
    # "A engaged X to carry out a forensic review", "A said it had hired cybersecurity firm X
    # to investigate the attack": a service bought, and the hirer's own affairs looked into
    make_rule("hired to look into", "supplies", _HIRED_TO_LOOK, COMPANY, ORGS, 0.6,
              needs=("engaged", "hired", "retained", "commissioned", "brought in")),
    make_rule("hired to look into", "investigates", _HIRED_TO_INQUIRE, COMPANY, ORGS, 0.6,
              needs=("engaged", "hired", "retained", "commissioned", "brought in")),
    # "X has named Y, a Kentucky firm, as its subcontractor", "A selected X as the vendor"
    make_rule("named as supplier", "supplies",
              r"{O}(?:, [^@,;]{1,60},)? (?:has |have |had )?(?:named|appointed|selected|chosen|"
              r"chose|picked|engaged|retained|tapped|designated|brought in) (?:the )?"
              r"@(?P<s>\d+)@(?!'s)(?:, [^@;]{1,60},)? as (?:its|their|the|a|an) "
              r"(?!(?:[\w-]+ )?(?:former|prospective|potential|preferred|proposed)\b)"
              r"(?:[\w-]+ ){0,2}?(?:sub-?)?(?:supplier|vendor|contractor|provider|integrator|"
              r"reseller|distributor)\b",
              COMPANY, ORGS, 0.65, needs=("as its", "as their", "as the", "as a")),
]
# fmt: on
