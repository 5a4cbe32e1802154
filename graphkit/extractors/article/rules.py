"""The relation rules: cue words and structures between two mentions, as regular expressions.

A rule's pattern reads the sentence with its mentions as placeholders: `{S}` is the subject,
`{O}` the object, `{W}`/`{w}` a stretch of words without another mention (60/25 characters),
`{X}` any stretch up to 140 characters. Types keep relations in the ontology's domain and range."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .entity import AGENT_TYPES, ORG_TYPES, THING_TYPES

ORGS = ORG_TYPES - {"EmployeeGroup"}
# An organisation of unknown kind may be the company a rule needs; its role then types it.
COMPANY = {"Company", "Organization"}
GOV = {"GovernmentAgency"}
CUSTOMER = ORGS
PERSON = {"Person"}
ANY = AGENT_TYPES | THING_TYPES | {"Policy"}
# Wanting a contract is not having one.
UNREALISED = re.compile(
    r"\b(?:bid(?:s|ding)? (?:for|on)|compet\w* for|vying for|seek\w*|sought|pursu\w+|lost|"
    r"hop(?:e|es|ed|ing) to|tr(?:y|ies|ied|ying) to|plans? to|aim\w* to|considering)\b"
)
NEGATION = re.compile(
    r"\b(?:not|never|no longer|denied|denies|deny|refused to|declined to|without|neither|nor)\b"
    # "don't" (no word boundary before "n't"); "signed no contract with", not "a no-bid contract"
    r"|n['’]t\b|\bno(?![-.'’\w])(?! (?:questions asked|doubt|cost|charge|extra|additional)\b)"
)
# A use the clause reader found in a purchase ("bought P"): its maker supplies (makers.py).
PURCHASE = "clause uses, purchase"


@dataclass(frozen=True)
class Found:
    subject: str  # entity keys
    relation: str
    object: str
    confidence: float
    rule: str


@dataclass(frozen=True)
class Rule:
    name: str
    relation: str
    pattern: re.Pattern
    subject_types: frozenset
    object_types: frozenset
    confidence: float
    negatable: bool = True  # a negation inside the match drops it
    needs: tuple[str, ...] = ()  # words one of which the sentence must hold for a match


def make_rule(
    name, relation, pattern, subject_types, object_types, confidence, negatable=True, needs=()
):
    after = r"(?: \(@\d+@(?:, @\d+@)?\)| \d{1,2}(?:\.\d+)*(?=,))?"  # "X (Y, NDS), a", "P 7, a"
    compiled = re.compile(
        pattern.replace("{S}", r"(?:the )?@(?P<s>\d+)@" + after + "(?:'s)?")
        .replace("{O}", r"(?:the )?@(?P<o>\d+)@(?: \d{1,2}(?:\.\d+)*(?=,))?")
        .replace("{W}", r"[^@]{0,60}?")
        .replace("{w}", r"[^@]{0,25}?")
        .replace("{X}", r".{0,140}?")
        .replace("{E}", r"@\d+@(?:'s)?")
    )
    subjects, objects = frozenset(subject_types), frozenset(object_types)
    return Rule(name, relation, compiled, subjects, objects, confidence, negatable, tuple(needs))


_SELL = (
    r"(?:sells?|sold|selling|market(?:s|ed|ing)?|licens(?:es|ed|ing)|provid(?:es|ed|ing)|"
    r"suppl(?:y|ies|ied|ying)|offer(?:s|ed|ing)?|deliver(?:s|ed|ing)?|pitch(?:es|ed|ing)?)"
)
# A share or part of a firm sold changes owner, nothing is supplied: "sold its stake in X to Y"
_NOT_GOODS = (
    r"(?!(?: [\w'@-]+){0,3} (?:stakes?|shares|equity|holdings?|interests?|unit|division|"
    r"subsidiary)\b)"
)
# The one named is not what is sold: "P was sold to A" (but "X, whose cameras are sold to A")
_NOT_SOLD = (
    r"(?!(?:, [^@,]{0,60},)? (?:is|are|was|were|be|been|has been|have been|had been)"
    r"(?: [a-z]+ly| also| now| being)? (?:sold|licensed|provided|supplied|offered|marketed|"
    r"delivered|pitched)\b)"
)
_CONTRACT = r"(?:contracts?|deal|agreement|award|renewal|pilot(?: program| phase)?|partnership)"
ASK_CUE = (
    r"(?:ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)? (?:on|for)|press(?:es|ed|ing)?|"
    r"(?:joined|joins|join|echoed|echoes|echo) (?:the|our|their|its) calls? for|"
    r"demand(?:s|ed|ing)?|petition(?:s|ed|ing)?|implor(?:e|es|ed|ing)|want(?:s|ed|ing)?)"
)
STOP_CUE = (
    r"(?:not to(?! be (?:named|identified|quoted)\b)|to not|to stop|to end|to drop|to cancel|"
    r"to cut ties with|to sever ties with|to halt|to terminate|to abandon|to withdraw from|"
    r"to pull out of|to ban|to scrap|to suspend|"
    r"to reject|to pause|to shut down|to phase out|to dismantle|"
    r"(?<=@ )(?:stop|cease|end|drop|cancel|halt)|(?<=@'s )(?:stop|cease|end|drop|cancel|halt))"
)
_REVEAL = (
    r"(?:revealed|(?<!\bpress )(?<!\bmedia )(?<!\bnews )(?<!\bof )reports?|reported|found|"
    r"discovered|uncovered|exposed|investigat(?:es|ed|ing)|tested|audited|analy[sz]ed|obtained|"
    r"documented|learned|detailed|disclosed|show|shows|showed|shown)"
)
_PRODUCT_NOUN = r"(?:software|app|tool|system|platform|technology|product|service|program|database)"
_NOT_OWNED = (
    r"(?!(?:[\w-]+ ){0,2}?(?:former|onetime|one-time|ex|old|previous|rival|competing|competitor|"
    r"sister|defunct|spun-off|sold)\b)"
)
_NOT_DESCRIBING = r"(?:that|which|who|and|or|with|to|in|of|for|competes|compete)\b"
_NOT_MADE = r"rejected |reject |declined |turned down |voted down |tabled |postponed |approve |"
_NOT_MADE += r"previously |formerly |obtained |requested |reviewed |published |leaked "
_WITH_O = r" (?:with|for|from|(?:signed|agreed|concluded) with) (?:the )?{O}"
# "a subsidiary of the Norwegian group Y": where the owner is from, and what kind of firm it is
_KIND_OF_OWNER = r"(?:[A-Z][\w-]+ )?(?:[a-z-]+ )?(?:group|firm|company|conglomerate|multinational) "
_UNIT = (
    r"(?:division|unit|component|subsidiary|office|branch|arm|agency|department|bureau|"
    r"committee|subcommittee|directorate|team|lab|wing|part|affiliate|(?:(?<=\ba )|(?<=\bthe ))"
    r"project(?= of\b)|(?:cent(?:er|re)|institute|school|faculty)(?= of\b))"
)

# fmt: off
# The title of an organisation's head, not of a second to it ("vice president").
_HEAD_TITLE = r"(?:(?:co-?)?founder and )?(?:chief executive|CEO|president|(?:executive|managing) "
_HEAD_TITLE += r"director|chair(?:man|woman)?|head)"
_rule = make_rule
# What a thing is made to be after it ("made P mandatory", "making P the only channel"): no making
MADE_INTO = r" (?:the|a|an|its|their|mandatory|compulsory|free)\b"

RULES = [
    _rule("called", "develops",
          r"{S}{W}(?:sells|sold|makes|built|builds|building|develop(?:s|ed|ing)|"
          r"created|creates|offers|launched|markets|marketing|selling|own)\b{W}(?:called|named|"
          r"known as|dubbed) {O}",
          ORGS, THING_TYPES, 0.75),
    _rule("makes", "develops",
          r"{S} (?:which |that |, which |, that )?(?:makes|made|develops|developed|"
          r"builds|built|created|designed|is (?:implementing|developing|building)) "
          r"(?:the |a |an )?{O}(?!" + MADE_INTO + ")",
          ORGS, THING_TYPES, 0.75),
    # "X, the company that makes the P reader", "X, the Boulder team behind P"
    _rule("company behind", "develops",
          r"{S}, (?:(?:the|a|an) (?:[\w.-]+ |@\d+@ ){0,4}?(?:company|firm|start-?up|spin-?out|team|"
          r"maker|manufacturer|developer|vendor|outfit)|@\d+@) (?:behind|(?:that|which) (?:makes|"
          r"made|builds|built|develops|developed|designs|designed|created|creates|manufactures)) "
          r"(?:the |its |a |an )?(?:[\w-]+ ){0,4}?{O}(?!'s)",  # not "behind X's funding round"
          ORGS - GOV, THING_TYPES, 0.7),
    # "P, the facial comparison software X developed": a relative clause without its "that"
    _rule("thing it made", "develops",
          r"{O}, (?:@\d+@|(?:a|an|the) (?:[\w-]+ ){0,3}?(?:software|tool|app|system|platform|"
          r"product|device|camera|drone|sensor|program|engine|database)) {S} (?:developed|built|"
          r"made|designed|created|wrote)\b",
          ORGS - GOV, THING_TYPES, 0.65),
    # a public body that launches P puts it to use (the clause reader's "launch" cue)
    _rule("launched", "develops",
          r"{S} (?:which |that |, which |, that )?launched (?:the |a |an )?{O}",
          ORGS - {"GovernmentAgency"}, THING_TYPES, 0.75),
    _rule("services for", "develops",
          r"{S}{W}(?:engineering|development|configuration|"
          r"maintenance) services{w} for {O}",
          ORGS, THING_TYPES, 0.65),
    _rule("owner's product", "develops",  # (not "A's staff wear P made by X", "A's use of P")
          r"(?<![\w@])@(?P<s>\d+)@'s (?:(?!(?:use|purchase|trial|pilot|rollout|deployment|with|"
          r"adoption|acquisition|on|via|of|to|for|from|in|management|decision|plan|move|instance)"
          r"\b)[\w-]+ ){0,3}?@(?P<o>\d+)@(?! (?:[\w-]+ ){0,2}"
          r"(?:made|built|developed|designed|manufactured) by\b)", COMPANY, {"Product"}, 0.55),
    _rule("uses", "uses",
          # not the agent of another verb: "photos held by the DMV, using X"
          r"(?<!\bby )(?<!\bby the ){S}{w}(?:uses|used|using|is using|has used|began using|"
          r"started using|"
          r"stopped using|deployed|deploys|deploying|relies on|relied on|tested|piloted|tried|"
          r"purchased|bought|acquired|adopted|licensed|runs|ran|employs|employed) (?:the |a |an )?"
          # "licensed P to A" hands P on: no use
          r"{O}(?! to (?:@|(?:the|a|an|its|their|his|her) ))",
          ORGS, THING_TYPES, 0.7),
    # "The authority signed a five-year contract for P": a body contracting for a product uses it
    _rule("contract for", "uses",
          r"{S}{w}(?:signed|approved|renewed|extended|awarded|holds|has) (?:a |an |the |its )?"
          r"(?:[\w$.,-]+ ){0,4}?(?:contract|licen[cs]e|subscription) (?:for|to use) (?:the )?{O}",
          GOV, THING_TYPES, 0.65),
    # "P is in use at A", "P has been in use by A since 2021"
    _rule("in use at", "uses",
          r"{O} (?:is|are|was|were|has been|have been) (?:now |also |still |already )?in use "
          r"(?:at|by|in) {S}",
          ORGS, THING_TYPES, 0.7),
    _rule("agency's product", "uses",  # "the Sheriff's Office's jail management system, P"
          r"(?<![\w@])@(?P<s>\d+)@'s (?!former|previous)(?:[\w-]+ ){0,4}?(?:" + _PRODUCT_NOUN[3:-1]
          + r"|pilot(?: phase)?|program|phase)(?: with|,)? @(?P<o>\d+)@",
          GOV, THING_TYPES, 0.6),
    # "TapRoute, the authority's fare-payment system": the body's own system, in use
    _rule("agency's own product", "uses",
          r"(?<![\w@])@(?P<o>\d+)@, (?:the )?@(?P<s>\d+)@'s "
          r"(?!(?:former|old|previous|proposed|planned|rejected|new) )(?:[\w-]+ ){0,3}?"
          + _PRODUCT_NOUN + r"\b",
          GOV, THING_TYPES, 0.6),
    _rule("agency's product name", "uses",  # (not "its P account", "the Board's P bid")
          r"(?<![\w@])@(?P<s>\d+)@'s @(?P<o>\d+)@(?! (?:[\w-]+ )?(?:account|bid|audit|data)\b)",
          GOV, THING_TYPES, 0.55),
    _rule("contract with", "supplies",
          # not another's contract ("asked S to end the department's contract with O"), nor one
          # rejected, put off, held before or only read ("obtained the contract from O")
          r"{S}(?:(?!'s |" + _NOT_MADE + r")[^@]){0,60}?" + _CONTRACT + _WITH_O
          # "with Skarnwell firm Y": the place names the firm after it
          + r"(?! (?:[a-z-]+ ){0,2}(?:firm|company|startup|vendor|maker|contractor) @)",
          ORGS, CUSTOMER, 0.7),
    _rule("acquired", "partOf",
          # "X, which the private equity firm Y bought in 2022"
          r"{S},? which (?:the |an? )?(?:[a-z-]+ ){0,4}?{O} (?:bought|acquired|purchased|owns|"
          r"took over)",
          ORGS, ORGS, 0.65),
    _rule("invested in", "funds",
          r"{S}{w}(?:invested|invests) (?:\$[\d.,]+ (?:million |billion )?)?in {O}",
          AGENT_TYPES, ORGS | THING_TYPES, 0.6),
    _rule("put money into", "funds",
          r"{S}{w}(?:put|puts|poured|pours|pumped|pumps|sank|sinks) (?:\$[\d.,]+ "
          r"(?:million |billion )?|(?:[\w-]+ ){0,2}(?:money|funding|capital|cash) )into {O}",
          AGENT_TYPES, ORGS | THING_TYPES, 0.6),
    # "X raised a $20 million Series B led by Y": Y put in the money
    _rule("round led by", "funds",
          r"{O}{w}(?:raised|raises|closed|closes|secured|secures|announced) (?:[\w$.,-]+ ){0,5}?"
          r"(?:round|[Ss]eries [A-Fa-f]|funding|financing|placement)(?: round)?"
          r"(?: (?:in|on) [a-z\d]+(?: \d{4})?)?,? (?:that was )?led by "
          r"(?:the )?{S}",
          AGENT_TYPES, ORGS, 0.6),
    # "X's $85 million Series D round last year was led by Y"
    _rule("round was led by", "funds",
          r"(?<![\w@])@(?P<o>\d+)@'s (?:[\w$.,-]+ ){0,5}?(?:round|[Ss]eries [A-Fa-f]|financing)"
          r"(?: round)?(?: [a-z\d]+){0,2}? (?:was|is) (?:co-)?led by (?:the )?{S}",
          AGENT_TYPES, ORGS, 0.6),
    # "X's chief executive is Y", "The chief executive of X is Y" (not "was Y until 2020")
    _rule("head is", "leads", r"{O}(?:'s)? " + _HEAD_TITLE + r" (?:is|was|has been) "
          r"(?:[\w-]+ ){0,2}?@(?P<s>\d+)@(?!'s| until)", PERSON, ORGS, 0.7),
    # "X, a company in Y whose chief executive is Z"
    _rule("whose head is", "leads",
          r"{O},? (?:a|an|the) [^@;]{0,60}?(?:@\d+@[^@;]{0,30}?)?\bwhose " + _HEAD_TITLE
          + r" (?:is|has been) {S}",
          PERSON, ORGS, 0.7),
    _rule("head of is", "leads",
          r"(?<![\w-])[Tt]he " + _HEAD_TITLE + r" of (?:the )?{O} (?:is|was|has been) "
          r"(?:[\w-]+ ){0,2}?{S}",
          PERSON, ORGS, 0.7),
    _rule("sells to", "supplies",
          r"{S}" + _NOT_SOLD + r"{W}" + _SELL + r"\b" + _NOT_GOODS + r"{X} to (?:the )?{O}"
          r"(?! (?:customers|clients|buyers|users|markets)\b| by\b)",  # "to NZ customers"
          ORGS, CUSTOMER, 0.7),
    _rule("helps", "supplies",
          r"{S}{X}(?:to help|helping|helps|to assist|assisting|supporting|"
          r"supports) (?:the )?{O}(?!'s (?:[\w-]+ ){0,2}?(?:plans?|decision|proposals?|call|bid|"
          r"policy|move|request)\b)",  # (not "supporting the agency's plan": a stance)
          COMPANY, GOV, 0.6),
    # not a name a preposition governs: "the bureau, an agency of O, keeps its records on …"
    _rule("cloud of", "hosts",
          r"(?<!\bof )(?<!\bof the ){O}{W}(?:from|on|in|using|runs on|hosted on|hosted by|"
          r"relies on) {S}(?:'s)? ?(?:cloud|servers|data cent(?:er|re)s|infrastructure|"
          r"web services)",
          COMPANY, ORGS | {"Product"}, 0.65),
    _rule("hosts", "hosts",
          r"{S}{w}(?:hosts|hosted|hosting) {O}",
          COMPANY, ORGS | {"Product"}, 0.65),
    _rule("unit of", "partOf",
          # ("a statutory board under Y", not "formerly a unit of Y", "a State Government body")
          r"{S}(?=,| \(| (?:is|was|are|were)\b),? (?!(?:once|formerly|previously|no longer|until)"
          r"\b)(?:(?:is |was )?(?:a|an|the) [^@,;]{1,40}, )?(?:(?:is |was |are |were )?(?:a|an|"
          r"the) )?(?:(?!former\b)[\w@-]+ ){0,3}?(?:" + _UNIT + r" (?:within|of|inside|under|for)|"
          r"(?:board|corporation|body|authority|commission|entity|company|enterprise|undertaking|service|"
          r"society) (?:(?:functioning|operating) )?(?:under|within)|(?<=crown )corporation of|"
          r"agency (?:supervised|overseen) by|" + _UNIT + r" attached to) (?:the )?(?:federal |"
          r"state |provincial |national |central )?(?:@\d+@ (?:(?!" + _NOT_DESCRIBING + r")[a-z-]+"
          r" ){1,3}|" + _KIND_OF_OWNER + r")?{O}(?! until\b)",
          ORGS, ORGS, 0.7),
    # "the ACLU of Ohio, a chapter of the ACLU" (not "wrote a chapter of the League's report")
    _rule("chapter of", "partOf",
          r"{S}, (?:a|an|the) (?:[\w-]+ ){0,2}?chapter of (?:the )?{O}(?!'s)",
          ORGS, ORGS, 0.7),
    _rule("one of the units of", "partOf",
          r"{S},? (?:is |was |remains )?one of (?:the |its |their )?(?:[\w-]+ ){0,2}?"
          r"(?:locals|chapters|divisions|units|subsidiaries|affiliates|branches|bureaus|"
          r"components|departments|agencies|offices) (?:of|within|in|under) (?:the )?{O}",
          ORGS, ORGS, 0.7),
    # "X, the face-search company Y bought in 2021": a relative clause without its "that"
    _rule("firm it bought", "partOf",
          r"{S}, (?:a|an|the) (?:[\w-]+ ){0,2}?(?:company|firm|startup|business|maker|developer|"
          r"subsidiary) {O} (?:bought|acquired|purchased|took over)"
          # (the apposition ends there: not "bought a stake in", "bought in 2021 and sold")
          r"(?: (?:in|last|this) [\w ]{0,12}?(?:\d{4}|year|month|week|spring|summer|fall|autumn|"
          r"winter))?(?=,|\.|;|$)",
          ORGS, ORGS, 0.65),
    _rule("owner's unit", "partOf",
          r"{S}, @(?P<o>\d+)@'s (?:[\w-]+ ){0,4}?" + _UNIT  # (not "its electronic lab notebook")
          + r"\b(?! (?!(?:in|at|of|for|on|that|which|who|and|based|since|with|to)\b)[a-z])",
          ORGS, ORGS, 0.7),
    # (not "X's former unit, Y", "X's rival unit, Y": no longer, or never, X's)
    _rule("named unit of owner", "partOf",
          r"@(?P<o>\d+)@'s " + _NOT_OWNED + r"(?:[\w-]+ ){0,3}?" + _UNIT
          + r",? (?:the )?@(?P<s>\d+)@(?!'s)",
          ORGS, ORGS, 0.7),
    # a firm's purchase of a firm is an acquisition (of its cameras, stock or unit: none)
    _rule("purchase of firm", "partOf",
          # (a filing's "we completed our acquisition of Y": "our" is the buyer's own)
          r"{O}{w}(?:completed|closed|finali[sz]ed|announced|made) (?:its|their|the|@\d+@'s) "
          # not "the purchase of Y's unit", "of Y stock": a part of Y changed owner
          r"(?:[\w$.,-]+ ){0,3}?(?:purchase|buyout|acquisition) of (?:the )?@(?P<s>\d+)@"
          r"(?!['’]| (?!(?:in|from|for|on|last|this|and|after|earlier|early|late|which|that|"
          r"was|is)\b)[a-z]+\b)",
          COMPANY, COMPANY, 0.65),
    # "the private equity firm Y bought a majority stake in X": X is Y's
    _rule("majority stake", "partOf",
          r"{O}{w}(?:bought|acquired|took|purchased|holds|owns|has) (?:a )?(?:majority|"
          r"controlling) (?:stake|interest|share) in (?:the )?@(?P<s>\d+)@(?!'s)",
          COMPANY, COMPANY, 0.65),
    _rule("possessive unit", "partOf",  # not "the county's Solvane contract": a deal, a thing
          r"(?<![\w@])@(?P<o>\d+)@'s @(?P<s>\d+)@(?! (?:(?!is|are|was|has)[\w-]+ ){0,2}"
          r"(?:contract|deal|agreement|dashboard|platform|software|app|tool|portal|database)s?\b)",
          ORGS, GOV, 0.6),
    # "asked Harrowvale to halt the rollout": its own work (a firm's contract: demands.py)
    _rule("asked to end", "opposes",
          r"{S}{X}" + ASK_CUE + r" {O} (?:" + STOP_CUE + r"|to withdraw) (?:the|its|their) "
          r"(?:[\w-]+ ){0,2}?(?:rollout|program|programme|pilot|deployment|project|trial|rule|"
          r"policy|proposal|ordinance)s?\b(?! (?:of|for|with|between) )[^@]*$",
          AGENT_TYPES - {"Company", "GovernmentAgency"}, ORGS, 0.6),
    _rule("request", "opposes",
          r"{S}{X}" + ASK_CUE + r"\b(?P<a>(?: [^@]{0,20}?@\d+@(?:'s)?){1,2})?"
          r"{W}" + STOP_CUE + r"(?:(?!, and |, but |; | that )[^@]){0,60}?{O}",  # (nor "rule that")
          # an asker of unknown kind is no firm on that account: "Privacy Now urged …"
          AGENT_TYPES - {"Company"}, ANY, 0.65, negatable=False),
    _rule("represented by", "supports",
          r"{O}{w}(?:is |was |are |were )?(?:being )?(?:(?:(?:represent|advis)ed(?: pro bono)?"
          r"(?: in (?:this|the) (?:matter|case|complaint|appeal|proceedings|hearing|investigation|"
          r"inquiry))?)|(?:back|support|endors|defend)ed) by (?:attorneys |lawyers )?(?:from |at )?"
          r"(?:the (?:[\w-]+ |@\d+@ )?(?:law )?firm )?{S}",  # "by the Maputo firm X"
          AGENT_TYPES, ANY, 0.6),
    _rule("according to", "investigates",
          r"^[^@]{0,80}?{O}.*?according to (?:an? |the )?(?![^@]{0,30}?\b(?:statement|spokes\w+|"
          r"announcement|website)\b)[^@]{0,50}?{S}(?! obtained (?:from|under))",  # (not its word)
          {"MediaOrganization", "ResearchOrganization", "AdvocacyGroup"}, ANY, 0.6),
    _rule("reported by", "investigates",
          r"^[^@]{0,80}?{O}.{0,80}?\b(?:first )?(?:reported|spotted|"
          r"revealed|uncovered|exposed|discovered|documented)(?: \w+){0,3} by (?:the )?{S}",
          {"MediaOrganization", "ResearchOrganization", "AdvocacyGroup"}, ANY, 0.6),
    _rule("obtained by", "investigates",
          r"{O}(?: [\w-]+){0,3} (?:obtained|reviewed|seen|leaked to)"
          r"(?: \w+){0,2} by (?:the )?{S}",
          {"MediaOrganization", "ResearchOrganization", "AdvocacyGroup"}, ANY, 0.6),
    _rule("reveals", "investigates",  # not where it was found ("reports from Dale") or sent
          r"{S},?(?: \w+){0,4}? " + _REVEAL + r"\b{W}(?:that )?(?<!\bfrom )(?<!\bin )"
          r"(?<!\bto )(?<!\bto the ){O}",  # ("reported the flaw to O"), nor its law (a Policy)
          {"MediaOrganization", "ResearchOrganization", "AdvocacyGroup"}, ANY - {"Policy"}, 0.6),
    _rule("outlet reported", "investigates",
          r"^[^@]{0,200}?{O}.*, {S} (?:has )?(?:learned|"
          r"reported|reports|found|revealed)\b",
          {"MediaOrganization", "ResearchOrganization"}, ANY, 0.55),
    # "X has joined Y's call for a ban", "X joined us in asking …": X backs Y's cause
    _rule("joined call", "supports",
          r"{S}{w}(?:joined|joins) (?:in )?{O}'s (?:[\w-]+ )?(?:call|campaign|lawsuit|"
          r"suit|complaint|petition|effort|push|challenge|appeal)s?\b",
          AGENT_TYPES, AGENT_TYPES - PERSON, 0.6),
    _rule("joined in asking", "supports",
          r"{S}{w}(?:joined|joins) {O} in (?:asking|calling|urging|demanding|suing|"
          r"pressing|opposing|(?:the|its|their) call)\b",
          AGENT_TYPES, AGENT_TYPES - PERSON, 0.6),
    # "X, who joined Y's staff in March", "X joined the board of Y": X works there now
    _rule("joined staff", "worksFor",
          r"{S},? (?:who )?(?:has |had )?(?:joined|joins) (?:{O}'s (?:[\w-]+ )?(?:staff|team|"
          r"board|faculty)\b)",
          PERSON, ORGS, 0.65),
    _rule("joined staff of", "worksFor",
          r"{S},? (?:who )?(?:has |had )?(?:joined|joins) the (?:staff|team|board|faculty) of "
          r"{O}",
          PERSON, ORGS, 0.65),
    # "X, who manages the product at Y": staff, by what they do there
    _rule("manages at", "worksFor",
          r"{S}, who (?:manages|oversees|handles|runs) (?:the |its |their )?(?:[\w-]+ ){0,3}?"
          r"(?:at|for) {O}",
          PERSON, ORGS - GOV, 0.6),
    # "Y, which led X's Series B": Y put in the money
    _rule("led round", "funds",
          r"{S}{w}(?:led|leads|co-led|co-leads) {O}'s (?:[\w$.,-]+ ){0,3}?"
          r"(?:round|series [a-f]|funding|financing)\b",
          AGENT_TYPES, ORGS, 0.6),
    # (in the progressive, a firm's: "X, the company's finance chief, is leading its Series A")
    _rule("led round", "funds",
          r"{S}{w}(?:leading|co-leading) {O}'s (?:[\w$.,-]+ ){0,3}?"
          r"(?:round|series [a-f]|funding|financing)\b",
          AGENT_TYPES - PERSON, ORGS, 0.6),
    # "X used a grant from Y", "X used Y's grant to …": Y's money paid for X's work
    _rule("used grant from", "funds",
          r"{O}{w}(?:used|uses|using|spent|spends|drew on|draws on) (?:(?:a|an|the|its|their) )?"
          r"(?:[\w$.,-]+ ){0,3}?(?:grant|funding|donation|award|money)s? from {S}",
          AGENT_TYPES - PERSON, ORGS, 0.6),
    _rule("used grant", "funds",
          r"{O}{w}(?:used|uses|using|spent|spends|drew on|draws on) {S} (?:[\w$.,-]+ ){0,3}?"
          r"(?:grant|funding|donation|award|money)s?\b",
          AGENT_TYPES - PERSON, ORGS, 0.6),
    # "Rillmark, a meter Meterline makes at its plant": a maker in a contact relative clause
    _rule("a thing it makes", "develops",
          r"{O}, (?:a|an|the) (?:[\w-]+ ){1,3}?{S} (?:makes|made|builds|built|develops|"
          r"developed|designs|designed|manufactures|manufactured|writes|wrote)\b",
          ORGS, THING_TYPES, 0.65),
]
# fmt: on
