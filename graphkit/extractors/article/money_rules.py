"""Funding told around the money itself: who gave a grant and who got it, whoever paid with it.

"a $600,000 grant that the Y Foundation awarded to the sheriff's office", "a grant the city
received from Y", "the department paid for the cameras with a grant from Y", "Y is paying the
department's first-year cost", "X's work is funded by Y", "X received a $3.2 million award
from the federal Y", "led X's Series A, alongside Y". Y funds X.

An award a public body gives a company is more often a contract than a grant: those rules
leave a firm paid by government to the sale readings.
"""

from __future__ import annotations

from .entity import AGENT_TYPES
from .rules import COMPANY, GOV, ORGS, PERSON, make_rule

# Money named as a gift; an "award" only where it cannot be a contract award (see the rules).
_GIFT = (
    r"(?:(?:micro-?|mini-?)?grant|gift|donation|loan|contribution|endowment|sponsorship|"
    r"scholarship)s?"
)
AMOUNT = (
    r"(?:[a-z]{0,2}(?:\$|€|£)[\d.,]*\d(?: (?:million|billion|thousand|m|bn|k))?"
    r"|[\d.,]*\d(?:-| )(?:million|billion|crore|lakh)(?: [a-z]+)?)"
)
# "a $1.2 million", "a two-year", "a state", "an additional": what comes before the gift word
# (no word naming something else about the money: not "emails about the grant")
_BEFORE = (
    r"(?:an? |the |its |their )?"
    r"(?:(?!(?:about|on|over|regarding|concerning|for|of|to|with|records|emails)\b)"
    r"[\w$.,'-]+ ){0,4}?"
)
# the giver, with what may stand before it: "the federal Y", "the province's Y", "the city's Y"
_GIVER = (
    r"(?:the )?(?:(?:federal|state|provincial|regional|national|private|local|county|city) )?"
    r"(?:(?:@\d+@|the [a-z]+)'s )?@(?P<s>\d+)@(?!'s)"
)
_RECEIVER = r"(?:the )?@(?P<o>\d+)@(?!'s)"
# Money named as such, or an award with its amount: "a $3.2 million award"
_AMOUNT_AWARD = r"(?:an? |the |its )?" + AMOUNT + r"(?: [\w-]+){0,2}? awards?"
_MONEY_NAMED = r"(?:" + _BEFORE + _GIFT + r"|" + _AMOUNT_AWARD + r")"
# A sum however written: "$1.2 million", "EUR 25,000", "60 million pesos"
_SUM = (
    r"(?:" + AMOUNT + r"|(?:eur|usd|gbp|aud|nzd|cad|chf|sek|nok|dkk|inr|zar|kes|ngn|php|sgd|"
    r"jpy|brl|mxn|clp) ?[\d.,]*\d(?: (?:million|billion))?|[\d.,]*\d (?:million |billion )?"
    r"(?:pesos|euros?|dollars|pounds|rupees|rand|shillings|naira|yen))"
)
# A round's time, all that may stand between it and its other investors
_WHEN = r"(?: (?:last|this|next|in|on|earlier|late|early) [\w ]{0,15}?)?"
# (not "made": "an application for a grant that X made to Y")
_GIVEN = r"(?:gave|awarded|provided|donated|extended|granted|issued)"
# Money later taken back: "a grant that Y awarded to X was rescinded"
_UNDONE = (
    r"(?![^.;]{0,80}\b(?:was|were|has been|had been|is being)(?: later| since)? "
    r"(?:rescinded|revoked|returned|withdrawn|cancell?ed|denied|rejected|clawed back|"
    r"overturned|frozen|put on hold|never paid|never received)\b)"
    # (or to be given back, or asked for and refused)
    r"(?![^.;]{0,80}\b(?:could be withdrawn|must be repaid|had to (?:return|repay)|returned it|"
    r"repaid it|was requested|but refused)\b)"
)
_GOT = r"(?:received|receives|accepted|won|got|secured|obtained|was awarded|was given)"
# time, place or purpose after the money: "in 2023", "last year", "to develop its module"
_AFTER = (
    r"(?: (?:in|last|this|over|during|since|to|for|earlier|late|early|each|every)\b"
    r"[^@.;]{0,30}?)?"
)
_NOT_FIRMS = ORGS - COMPANY

# Words one of which a sentence must hold for a rule to be tried (see rules.Rule.needs)
_GIFT_WORDS = ("grant", "gift", "donation", "loan", "contribution", "endowment", "sponsorship")
_GIVEN_WORDS = (*_GIFT_WORDS, "award")
# Money one party gives another, named between them ("a grant from X to Y", "a loan to Y
# from X"): a public budget's share too
_LENT_WORDS = ("grant", "loan", "gift", "donation", "contribution", "allocation", "appropriation")
_LENT = r"(?:" + "|".join(_LENT_WORDS) + r")s?"
_PAYING = ("pay", "paid", "cover", "picked up", "picks up", "underwr")
_FUNDED = ("funded", "paid for", "underwritten", "financed", "bankrolled", "sponsored", "possible")
_FUNDED += ("covered", " met ")
_ROUNDS = ("round", "series", "seed", "funding", "financing")
# an investor that left the round: "…, but Y later pulled out"
_OUT = r"(?![^.;]{0,60}\b(?:pulled out|withdrew|backed out|dropped out)\b)"
# a round told only as a rumour that was denied
_DENIED = r"(?![^.;]{0,60}\b(?:denied|denies|unconfirmed)\b)"

# fmt: off
MONEY_RULES = [
    # "a $600,000 grant that the Y Foundation, a charity, awarded to the sheriff's office",
    # "a $120,000 grant the Y Foundation gave the police department in March"
    make_rule("grant the giver gave", "funds",
              r"\b" + _BEFORE + _GIFT + r"(?: of " + AMOUNT + r")? (?:that |which )?"
              + _GIVER + r"(?:, [^@,;]{0,60},)? (?:has |had )?" + _GIVEN + r"(?: to)? "
              + _RECEIVER + _UNDONE,
              AGENT_TYPES, ORGS, 0.6, needs=_GIFT_WORDS),
    # "a grant the Council received from the Y Trust", "the $2 million award X won from Y"
    make_rule("grant the receiver got", "funds",
              r"\b" + _MONEY_NAMED + r"(?: of " + AMOUNT + r")? (?:that |which )?"
              + _RECEIVER + r" (?:has |had )?" + _GOT + _AFTER + r" from " + _GIVER + _UNDONE,
              AGENT_TYPES - GOV, ORGS, 0.6, needs=_GIVEN_WORDS),
    make_rule("grant the receiver got", "funds",
              r"\b" + _BEFORE + _GIFT + r"(?: of " + AMOUNT + r")? (?:that |which )?"
              + _RECEIVER + r" (?:has |had )?" + _GOT + _AFTER + r" from " + _GIVER + _UNDONE,
              GOV, ORGS, 0.6, needs=_GIFT_WORDS),
    # "a £250,000 grant from the Y Trust, a charity, which the council received in December"
    make_rule("grant from, received", "funds",
              r"\b" + _GIFT + r"(?: of " + AMOUNT + r")? from " + _GIVER
              + r"(?:, [^@;]{0,80}?)?,? (?:which|that) " + _RECEIVER + r" (?:has |had )?"
              + _GOT + _UNDONE,
              AGENT_TYPES, ORGS, 0.6, needs=_GIFT_WORDS),
    # "A $25 million loan from the Y Bank to the municipal police paid for the system"
    make_rule("money from, to", "funds",
              r"\b" + _LENT + r" (?:of [^@]{1,30}? )?from (?:the )?{S} to (?:the )?{O}(?!'s)",
              AGENT_TYPES, ORGS, 0.6, needs=_LENT_WORDS),
    # "a $9.6 million allocation to the Ministry from the Y Fund", "a $20 million loan to the
    # agency from the Y Facility"
    make_rule("money to, from", "funds",
              r"\b" + _LENT + r" (?:of [^@]{1,30}? )?to (?:the )?{O} from (?:the )?"
              r"(?:(?:state|county|city|federal|government)'s )?{S}",
              AGENT_TYPES, ORGS, 0.6, needs=_LENT_WORDS),
    # a lender's facility: "X has a EUR 25m revolving credit facility with Y Bank", "a draw on
    # our credit facility with Y"
    make_rule("facility with", "funds",
              r"{O}(?:'s)? (?:has |had |holds |signed |agreed |arranged |secured |drew on |drew "
              r"down )?(?:[^@.;]{0,40}? )?(?:credit|loan|term|acquisition|working capital|debt)"
              r" facilit(?:y|ies) (?:with|from|provided by|arranged by) (?:the )?{S}",
              AGENT_TYPES - GOV - PERSON, ORGS - GOV, 0.6, needs=("facilit",)),
    # "X received a $3.2 million award from the federal Y", "X received a S$2.4 million grant
    # in 2023 from Y" (an award without its amount may be a prize; a public body's award to a
    # firm, a contract)
    make_rule("received grant from", "funds",
              _RECEIVER + r"(?:,? (?:which|that|who))? (?:has |had |also )?" + _GOT + r" "
              + _MONEY_NAMED + r"(?: of " + AMOUNT + r")?" + _AFTER + r" from " + _GIVER
              + _UNDONE,
              AGENT_TYPES - GOV, ORGS, 0.6, needs=_GIVEN_WORDS),
    make_rule("received grant from", "funds",
              _RECEIVER + r"(?:,? (?:which|that|who))? (?:has |had |also )?" + _GOT + r" "
              + _BEFORE + _GIFT + r"(?: of " + AMOUNT + r")?" + _AFTER + r" from " + _GIVER
              + _UNDONE,
              GOV, ORGS, 0.6, needs=_GIFT_WORDS),
    make_rule("received grant from", "funds",
              _RECEIVER + r"(?:,? (?:which|that|who))? (?:has |had |also )?" + _GOT + r" "
              + _AMOUNT_AWARD + _AFTER + r" from " + _GIVER + _UNDONE,
              GOV, _NOT_FIRMS, 0.6, needs=("award",)),
    # "the department paid for the cameras with a $214,000 grant from Y": the payer got it
    make_rule("paid with grant from", "funds",
              _RECEIVER + r" (?:[\w-]+ ){0,2}?(?:paid|pays|is paying|bought|buys|purchased|"
              r"covered|covers|is covering|funded|funds|financed|met) "
              r"(?:for )?[^@.;]{0,40}?(?:with|using|through|via|from) "
              r"(?:[^@.;]|(?<=\d)\.(?=\d)){0,50}?" + _GIFT + r"(?: of " + AMOUNT + r")? from "
              + _GIVER + _UNDONE + r"(?![^.;]{0,40}\b(?:returned|gave back|repaid)\b)",
              AGENT_TYPES, ORGS, 0.6, needs=_GIFT_WORDS),
    # "Y is paying $600,000 of the department's first-year cost", "Y is paying X's court
    # costs": a body's own costs paid by another (a firm's fees paid are a sale: not read; nor
    # fees a settlement pays, which are no gift)
    make_rule("pays the cost of", "funds",
              r"(?<![\w@])(?<!settlement, )(?<!settlement, the )(?<!judgment, )" + _GIVER
              + r"(?:, [^@,;]{0,60},)? (?:also )?(?:is paying|paid|pays|"
              r"has paid|covered|covers|is covering|has covered|picked up|picks up|"
              r"is picking up|underwrote|underwrites|is underwriting)(?: for)? "
              r"(?:(?:" + AMOUNT + r"|part|most|half|some|all|much|the rest|the bulk|a share|"
              r"a third|a quarter) (?:of )?)?(?:the )?@(?P<o>\d+)@'s (?:[\w-]+ ){0,3}?"
              r"(?:costs?|bills?|fees|expenses|budget|salar(?:y|ies)|operations|work|programs?|"
              r"projects?|litigation|lawsuit|cameras|equipment|purchase)\b"
              r"(?![^.;]{0,60}\b(?:settlements?|settle|judgment|judgement|court order)\b)",
              AGENT_TYPES, _NOT_FIRMS, 0.6, needs=_PAYING),
    # "X's work on surveillance is funded by the Y Foundation", "X's program is paid for by a
    # grant from Y"
    make_rule("work funded by", "funds",
              r"(?<![\w@])@(?P<o>\d+)@'s (?:[\w-]+ ){0,3}?(?:work|research|programs?|projects?|"
              r"operations|reporting|litigation|lawsuit|campaign|clinic|initiative|efforts|costs)"
              # (an aside on the costs: "X's start-up costs, about $184,000 for servers, were")
              r"(?: (?:on|in|for|about) [^@.;,]{0,30}?|, [^@;]{0,80}?,)? (?:is|was|are|were|"
              r"has been|have been|had been) (?:[a-z]+ly )?(?:funded|paid for|underwritten|"
              r"financed|bankrolled|sponsored|made possible|covered|met)(?: (?:in part|[a-z]+ly))?"
              r" (?:by|through|with) "
              r"(?:(?:an? |the )?(?:[\w$.,-]+ ){0,3}?" + _GIFT + r" from )?" + _GIVER
              + r"(?![^.;]{0,40}\b(?:claims?|claimed|alleges?|alleged)\b)",
              AGENT_TYPES, ORGS, 0.6, needs=_FUNDED),
    # "… is funded by a grant from X and by an award from Y": the second funder of a list
    make_rule("work funded by", "funds",
              r"(?<![\w@])@(?P<o>\d+)@'s (?:[\w-]+ ){0,3}?(?:work|research|programs?|projects?|"
              r"operations|campaign|initiative|efforts|costs) (?:is|was|are|were|has been|have "
              r"been) (?:[a-z]+ly )?(?:funded|paid for|financed|sponsored) by (?:[^;@]{0,60}?@\d+@"
              # (the first its members: "is funded by our members and by a grant from Y")
              r"(?:'s [a-z]+)?|(?:its|their) [a-z]+) and by (?:(?:an? |the )?(?:[\w$.,-]+ ){0,3}?"
              r"(?:" + _GIFT + r"|awards?) from )?"
              + _GIVER,
              AGENT_TYPES, ORGS, 0.6, needs=(" and by ",)),
    # "Our helpline's core funding comes from the Y Department under a service agreement",
    # "X's income came mainly from Y"
    make_rule("funding comes from", "funds",
              r"(?<![\w@])@(?P<o>\d+)@'s (?:[\w'’-]+ ){0,3}?(?:funding|income|money|budget)"
              r" (?:comes|came|is provided|was provided)(?: mainly| largely| mostly| chiefly)?"
              r" from (?:the )?" + _GIVER + _UNDONE,
              AGENT_TYPES, ORGS, 0.6, needs=("comes from", "came from", "provided from")),
    # "This briefing was produced with funding from Y" (the text, its writer's: voices.py)
    make_rule("text funded by", "funds",
              r"^(?:@(?P<o>\d+)@) (?:was|is|has been) (?:produced|published|written|prepared|"
              r"made possible|funded|supported)(?: in part)? (?:with|by|through) (?:(?:an? |the )?"
              r"(?:[\w$.,-]+ ){0,3}?(?:funding|grant|support|gift|donation) from )?" + _GIVER,
              AGENT_TYPES, ORGS, 0.6, needs=("funding", "funded", "grant")),
    # "led X's $14 million Series A, alongside Y", "X's seed round last year, with Y joining
    # the round" (only a time between: not "…, one of March's largest, alongside Y")
    make_rule("round alongside", "funds",
              r"(?<![\w@])(?<!passed on )(?<!declined )@(?P<o>\d+)@'s (?:[\w$.,-]+ ){0,4}?"
              r"(?:round|series [a-f]|seed|funding|"
              r"financing)\b" + _WHEN + r",? (?:alongside|along with|together with|joined by) "
              r"(?:(?:existing|new|returning) )?(?:investors? )?(?:the )?@(?P<s>\d+)@(?!'s)" + _OUT,
              AGENT_TYPES - GOV, COMPANY | ORGS, 0.6, needs=_ROUNDS),
    make_rule("round alongside", "funds",
              r"(?<![\w@])(?<!passed on )(?<!declined )@(?P<o>\d+)@'s (?:[\w$.,-]+ ){0,4}?"
              r"(?:round|series [a-f]|seed|funding|"
              r"financing)\b" + _WHEN + r",? with (?:(?:existing|new|returning) )?"
              r"(?:investors? )?(?:the )?@(?P<s>\d+)@ (?:also )?(?:taking part|participating|"
              # (not "joining the company's board", "joining as a reseller")
              r"investing|joining(?= the round\b| in\b|[,.;]|$))" + _OUT,
              AGENT_TYPES - GOV, COMPANY | ORGS, 0.6, needs=_ROUNDS),
    # "Y led a $30 million investment round in X", "Y, which led the Series A of X"
    make_rule("led round in", "funds",
              r"(?<!\bby )(?<!\bby the )(?<!rumors that )(?<!rumours that )@(?P<s>\d+)@"
              r"(?:, (?:which|who|that))?(?: [a-z]+ly)? "
              r"(?:led|leads|co-led|co-leads|headed) (?:an? |the |its )(?:[\w$.,-]+ ){0,4}?"
              r"(?:round|series [a-f]|seed|funding|financing|investment)(?: round)? (?:in|of|for) "
              r"(?:the )?@(?P<o>\d+)@(?!'s)" + _OUT + _DENIED,
              AGENT_TYPES - GOV - PERSON, COMPANY | ORGS, 0.6, needs=_ROUNDS + ("investment",)),
    # "Y led X's £18 million Series B", "Y co-led X's seed round in 2024"
    make_rule("led round in", "funds",
              r"(?<!\bby )(?<!\bby the )(?<!rumors that )(?<!rumours that )@(?P<s>\d+)@"
              r"(?:, (?:which|who|that))?(?: [a-z]+ly)? (?:led|leads|co-led|co-leads|headed) "
              r"(?:the )?@(?P<o>\d+)@'s (?:[\w$₹€£.,-]+ ){0,4}?"
              r"(?:round|series [a-f]|seed|funding|financing)\b" + _OUT + _DENIED,
              AGENT_TYPES - GOV - PERSON, COMPANY | ORGS, 0.6, needs=_ROUNDS),
    # "X raised a $3.5 million seed round led by Y, with Z participating"
    make_rule("round alongside", "funds",
              r"(?<![\w@])@(?P<o>\d+)@ (?:has |had )?(?:raised|closed|secured|announced) "
              r"(?:[\w$.,-]+ ){0,5}?(?:round|series [a-f]|seed|funding|financing)\b[^@.;]{0,40}?"
              r"(?:led by (?:the )?@\d+@)?,? with (?:(?:existing|new|returning) )?(?:investors? )?"
              r"(?:the )?@(?P<s>\d+)@ (?:also )?(?:taking part|participating|investing)"
              r"(?! in (?:an?|the) (?:separate|different|other|later)\b)" + _OUT,
              AGENT_TYPES - GOV, COMPANY | ORGS, 0.6, needs=_ROUNDS),
    # "a grant of £400,000 awarded to the Constabulary by the Y Fund"; "£310,000 awarded to X
    # by the Y Trust" (money alone only from a giver that sells nothing and rules nothing: a
    # public body's or a firm's award is more often a contract)
    make_rule("grant awarded to, by", "funds",
              r"\b" + _BEFORE + _GIFT + r"(?: of " + AMOUNT + r")? (?:was |were |has been )?"
              + _GIVEN + r" to " + _RECEIVER + r" by " + _GIVER + _UNDONE,
              AGENT_TYPES, ORGS, 0.6, needs=_GIFT_WORDS),
    # "In 2023 we awarded £2.8m from our Y Fund to X for its trial": money from a fund is a
    # grant, whoever gives it
    make_rule("awarded from fund to", "funds",
              _GIVER + r"(?:, [^@,;]{0,60},)? (?:has |have |had )?(?:awarded|granted|gave|"
              r"allocated|provided) " + AMOUNT + r"(?:m|bn|k)? from (?:@\d+@'s |its |their |the )?"
              r"(?:@\d+@|(?:[\w-]+ ){0,3}?(?:fund|grant|grants programme|grants program))"
              r" to " + _RECEIVER + _UNDONE,
              AGENT_TYPES, ORGS, 0.6,
              needs=("awarded", "granted", "gave", "allocated", "provided")),
    make_rule("grant awarded to, by", "funds",
              r"(?:^|\b(?:a|an|the|further|additional|another) )" + AMOUNT
              + r" (?:was |were |has been )?" + _GIVEN + r" to " + _RECEIVER + r" by " + _GIVER
              + _UNDONE,
              AGENT_TYPES - GOV - {"Company"}, ORGS, 0.55,
              needs=("awarded", "given", "granted")),
    # "the Friends had contributed EUR 25,000 towards the Gallery's loan devices", "Y paid
    # €90,000 towards the City's pilot": a sum given towards a body's thing
    make_rule("money given", "funds",
              r"{S}{w}(?:has |have |had )?(?:paid|contributed|gave|given|donated|put up|chipped "
              r"in) (?:about |some |nearly |almost |more than |over )?" + _SUM + r" towards? "
              r"(?:the )?{O}['’]s\b",
              ORGS, ORGS - {"Product"}, 0.6, needs=("toward",)),
    # "X is covering 60 million pesos of the cost with money from the Y Fund": the money's
    # giver funds the one who pays with it
    make_rule("money given", "funds",
              r"{O}(?: \(@\d+@\))?{w}(?:is |are |was |were |has |have )?(?:covering|covered|"
              r"meeting|met|paying|paid) [^@;]{1,50}? with (?:money|funds|funding) from (?:the )?"
              r"{S}(?!['’]s)",
              ORGS, ORGS - {"Product"}, 0.6, needs=("money", "funds", "funding")),
]
# fmt: on
