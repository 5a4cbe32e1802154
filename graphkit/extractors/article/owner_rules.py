"""Ownership told of a body described first: "X is a council-controlled organisation wholly
owned by Y", "X itself is owned by Y", "X is owned by the Ohio-based Y", "X's parent company is
Y", "Y acquired 100% of the share capital of X": X is part of Y."""

from __future__ import annotations

from .rules import COMPANY, ORGS, make_rule

_KIND = r"(?:company|firm|organi[sz]ation|entity|subsidiary|business|unit|trust)"

# fmt: off
OWNER_RULES = [
    make_rule("owned body", "partOf",
              # ("a company limited by guarantee wholly owned by Y": its legal kind between)
              r"{S}(?: itself)? (?:is|has been) (?:now )?(?:an? (?:[\w-]+ ){0,3}?" + _KIND
              + r" (?:limited by (?:guarantee|shares),? )?)?"
              r"(?:wholly |fully |majority[- ]|partly )?owned by (?:the )?(?:[\w-]+-based )?"
              # "by the private equity firm Y": the owner's kind before its name
              r"(?:(?:private[- ]equity|investment|holding|venture[- ]capital) (?:firm|company|"
              r"group|fund) )?{O}"
              r"(?![^.;]{0,40}\b(?:until|sold|divested)\b)",
              ORGS, ORGS, 0.65, needs=("owned by",)),
    # "X's parent company is Y", "Its owner is the Y group" (not a former one)
    make_rule("parent is", "partOf",
              r"(?<![\w@])@(?P<s>\d+)@'s (?:(?:new|current|ultimate) )?"
              r"(?:parent(?: company| firm)?|owner|holding company) (?:is|has been) (?:now )?"
              r"(?!(?:a |an )?(?:former|ex|onetime)\b)(?:the )?(?:[\w-]+ ){0,3}?{O}"
              r"(?=[.,;]|$| (?:and|which|that|since|in|of|based)\b)"  # (not "a Y manager")
              r"(?![^.;]{0,40}\b(?:until|sold|divested)\b)",
              COMPANY, ORGS, 0.65, needs=("parent", "owner", "holding")),
    # "Its parent company, Y, …", "X's owner, the Y group," (not a former one)
    make_rule("parent named", "partOf",
              r"(?<![\w@])@(?P<s>\d+)@'s (?:(?:new|current|ultimate) )?"
              r"(?:parent(?: company| firm| group)?|owner|holding company|"
              r"(?:majority|controlling) (?:shareholder|owner)), (?:the )?"
              r"(?:[\w-]+ ){0,3}?{O}(?!'s)",
              COMPANY, ORGS, 0.65, needs=("parent", "owner", "holding", "shareholder")),
    # "Y, the club's majority shareholder, …": an owner told by its share
    make_rule("parent named", "partOf",
              r"(?<![\w@])@(?P<o>\d+)@, (?:the |its )?@(?P<s>\d+)@'s (?:majority|controlling) "
              r"(?:shareholder|owner)\b",
              COMPANY, ORGS, 0.65, needs=("shareholder", "owner")),
    # a firm "is controlled by" its owner (a council "controlled by" a party is not its part)
    make_rule("controlled firm", "partOf",
              r"{S}(?: itself)? (?:is|has been) (?:now )?(?:majority[- ]|ultimately )?"
              r"controlled by (?:the )?(?:[\w-]+-based )?{O}"
              r"(?![^.;]{0,40}\b(?:until|sold|divested)\b)",
              COMPANY, COMPANY, 0.65, needs=("controlled by",)),
    # "Ring, an Amazon company, …", "X is a Y company" (not "a Y portfolio company")
    make_rule("a company of", "partOf",
              r"{S},? (?:(?:is|was|has been) )?(?:now )?(?:a|an) {O} company(?=[,.;]|$| (?:since|"
              r"and|that|which|based|headquartered)\b)",
              ORGS, {"Company"}, 0.65, needs=("company",)),  # (not "a Columbus company")
    # "Y acquired 100% of the issued share capital of X", "Y bought all of the shares of X"
    make_rule("whole of its shares", "partOf",
              r"(?<![\w@])@(?P<o>\d+)@ (?:has |had )?(?:acquired|bought|purchased|took over) "
              r"(?:100 ?%|100 per ?cent|all|the whole|the entire|all of) (?:of )?(?:the )?"
              r"(?:(?:issued|outstanding|remaining) )*(?:share capital|shares|stock|equity) "
              r"(?:of|in) (?:the )?@(?P<s>\d+)@",
              ORGS, ORGS, 0.7, needs=("share", "stock", "equity")),
    # "the Group sold its entire interest in X to Y": X goes whole to Y
    make_rule("whole interest sold", "partOf",
              r"\bsold (?:its|their|our) (?:entire|whole|full|100 ?%) (?:interest|stake|"
              r"shareholding|holding) in (?:the )?@(?P<s>\d+)@,? to (?:the )?{O}",
              ORGS, ORGS, 0.7, needs=("sold",)),
    # "Y holds 66% of X's shares and controls the company", "Y holds 55 per cent of X": a
    # majority of its shares (a firm "is controlled by" its owner; a body ruled by Y is not Y's)
    make_rule("majority of its shares", "partOf",
              r"(?<![\w@])@(?P<o>\d+)@ (?:now |still )?(?:holds|owns|held|owned) (?:a )?"
              r"(?:5[1-9]|[6-9]\d|100)(?:[.,]\d+)? ?(?:%|per ?cent|percent)(?: stake| share)? "
              r"(?:of|in) (?:the shares (?:of|in) )?(?:the )?@(?P<s>\d+)@",
              ORGS, ORGS, 0.65, needs=("%", "cent")),
]
# fmt: on
