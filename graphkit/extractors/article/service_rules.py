"""Work a firm does for a body, told of the work: "The auction was conducted for the Office by
X", "P was built by X under a contract signed with A", "P, which X maintains for A under a
contract", "A signed an order for 14 trains from X". X supplies A."""

from __future__ import annotations

from .rules import COMPANY, ORGS, Found, make_rule

# A contract or an agreement, with what may come before its noun: "a €6.2 million contract",
# "a five-year managed service agreement"
_UNDER_CONTRACT = (
    r"under (?:an? |the |its |their )?(?:[\w$€£.,-]+ ){0,5}?(?:sub-?)?(?:contract|agreement)"
)
_MADE = r"(?:built|developed|designed|made|written|created|delivered|installed)"
_SERVED = r"(?:maintains|maintained|runs|ran|operates|operated|manages|managed|services|serviced)"

# Where a clause's subject stands: its start, after a comma, "and" or a relative word
_OPENS = r"(?:^|(?<=[,;:] )|(?<=\band )|(?<=\bwhich )|(?<=\bthat )|(?<=\bwho ))(?:the )?"
# Any work done, but not a sale, a purchase, a bid or a loss: "has run", "carries out"
_DOES = (
    r"(?:(?:has|have|had|now|also|still|already|currently|been) )*"
    r"(?!(?:sold|sells|bought|buys|won|wins|lost|loses|bid|bids|signed|signs|says|said|"
    # (nor hosting, read apart, nor a thing that runs on a host: "P runs on X's region")
    r"announced|agreed|is|was|has|had|host\w*|[a-z]+ (?:on|in)\b)\b)"
    r"(?:[a-z]{3,}(?:s|ed)|ran|run|built|made|kept|held|"
    r"carries out|carried out) "
)

# fmt: off
SERVICE_RULES = [
    # "The auction was conducted for the Office by X": work done for a body by a firm
    make_rule("done for by", "supplies",
              r"\b(?:carried out|conducted|completed|done|performed|undertaken|provided|delivered"
              r") for {O} by (?:the )?@(?P<s>\d+)@(?!'s)",
              COMPANY, ORGS, 0.6, needs=(" for ",)),
    # "TestSlot was built by X, a Dublin software company, under a €6.2 million contract signed
    # with the NDTS": the thing made under the body's contract
    make_rule("made under contract with", "supplies",
              r"\b" + _MADE + r" by (?:the )?@(?P<s>\d+)@(?!'s)(?:, (?:a|an|the) [^@,;]{1,50},)? "
              + _UNDER_CONTRACT + r" (?:signed |agreed |awarded )?with (?:the )?{O}(?!['’]s)",
              COMPANY, ORGS, 0.6, needs=("under",)),
    # "cameras from X, which X maintains for STRA under a contract", "the cameras X maintains
    # for STRA under a contract": a service under contract with the body
    make_rule("serves under contract", "supplies",
              r"(?:\b(?:which|that) |^|, |(?<=[a-z]s )|(?<=@ ))(?:the )?@(?P<s>\d+)@ "
              r"(?:now |also |still )?"
              + _SERVED
              + r"(?: (?:it|them))? for (?:the )?{O} " + _UNDER_CONTRACT,
              COMPANY, ORGS, 0.6, needs=("under",)),
    # "X, which also runs the platform for NQA under a contract": its service, told of the thing
    make_rule("serves under contract", "supplies",
              r"@(?P<s>\d+)@,? (?:which|who) (?:now |also |still )?" + _SERVED
              + r" (?:(?:the|its|their|this|that) (?:[\w-]+ ){0,3}?|@\d+@ )for (?:the )?{O} "
              + _UNDER_CONTRACT,
              COMPANY, ORGS, 0.6, needs=("under",)),
    # "X has run the metro's SOC monitoring under a three-year contract", "X, which ran the
    # Association's telephone appeals under contract": any work of a body's a firm does under
    # contract is a service it sells the body (not a sale of the body's own: "bought")
    make_rule("works under contract", "supplies",
              _OPENS + r"@(?P<s>\d+)@(?:,? (?:which|who|that)|, [^@;]{1,60}?,)? " + _DOES
              + r"(?:[\w$€£.,'’-]+ ){0,6}?(?:the )?@(?P<o>\d+)@['’]s (?:[\w-]+ ){0,4}?"
              + _UNDER_CONTRACT,
              ORGS, ORGS, 0.6, needs=("under",)),
    # "the seven car parks it runs for Rangitaua City Council under a management contract"
    make_rule("works under contract", "supplies",
              _OPENS + r"@(?P<s>\d+)@(?:,? (?:which|who|that)|, [^@;]{1,60}?,)? " + _DOES
              + r"(?:[\w$€£.,'’-]+ ){0,8}?for (?:the )?{O}(?!['’]s) (?:[\w$€£.,'’-]+ ){0,6}?"
              + _UNDER_CONTRACT,
              ORGS, ORGS, 0.6, needs=("under",)),
    # "A has signed an order for 14 eight-car trains from X", "A placed an order with X"
    make_rule("order from", "supplies",
              r"{O}{w}(?:has |have |had )?(?:signed|placed) an? (?:[\w$€£.,-]+ ){0,3}?order "
              r"(?:for (?:[\w$€£.,-]+ ){1,6}?)?(?:from|with) (?:the )?@(?P<s>\d+)@(?!['’]s)",
              COMPANY, ORGS, 0.6, needs=("order",)),
]
# fmt: on


def served_not_used(found: list[Found]) -> list[Found]:
    """Without the use of a thing by the firm that runs it for a body under contract: "X, which
    runs the platform for NQA under a contract" is X's service, NQA's use."""
    serving = {f.subject for f in found if f.rule == "serves under contract"}
    return [f for f in found if not (f.relation == "uses" and f.subject in serving)]
