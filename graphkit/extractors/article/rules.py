"""The relation rules: cue words and structures between two mentions, as regular expressions.

A rule's pattern reads the sentence with its mentions as placeholders: `{S}` is the subject,
`{O}` the object, `{W}`/`{w}` a stretch of words without another mention (60/25 characters),
`{X}` any stretch up to 140 characters. Types keep each relation inside the ontology's domain
and range.
"""

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
    r"\b(?:not|n't|never|no longer|denied|denies|deny|refused to|declined to|"
    r"without|neither|nor)\b"
)


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


def _rule(name, relation, pattern, subject_types, object_types, confidence, negatable=True):
    expanded = (
        pattern.replace("{S}", r"(?:the )?@(?P<s>\d+)@(?:'s)?")
        .replace("{O}", r"(?:the )?@(?P<o>\d+)@")
        .replace("{W}", r"[^@]{0,60}?")
        .replace("{w}", r"[^@]{0,25}?")
        .replace("{X}", r".{0,140}?")
        .replace("{E}", r"@\d+@(?:'s)?")
    )
    return Rule(
        name,
        relation,
        re.compile(expanded),
        frozenset(subject_types),
        frozenset(object_types),
        confidence,
        negatable,
    )


_SELL = (
    r"(?:sells?|sold|selling|market(?:s|ed|ing)?|licens(?:es|ed|ing)|provid(?:es|ed|ing)|"
    r"suppl(?:y|ies|ied|ying)|offer(?:s|ed|ing)?|deliver(?:s|ed|ing)?|pitch(?:es|ed|ing)?)"
)
_CONTRACT = r"(?:contracts?|deal|agreement|award|pilot(?: program| phase)?|partnership)"
_OPPOSE = (
    r"(?:oppos(?:e|es|ed|ing)|protest(?:s|ed|ing)?(?: against)?|criticiz(?:e|es|ed|ing)|"
    r"criticis(?:e|es|ed|ing)|denounc(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|"
    r"su(?:e|es|ed|ing)|(?:filed|file|files) (?:a )?(?:law)?suit against|"
    r"petition(?:s|ed|ing)? against|object(?:s|ed|ing)? to|boycott(?:s|ed|ing)?|"
    r"call(?:s|ed|ing)? out|(?:voiced|expressed|raised) (?:\w+ )?concerns? (?:about|over)|"
    r"campaign(?:s|ed|ing)? against|rall(?:y|ies|ied) against|spoke out against|"
    r"push(?:ed|es)? back against|organiz(?:e|ed|ing) [^@]{0,30}?against|"
    r"resign(?:s|ed)? over|quit over|challeng(?:e|es|ed|ing) in court|"
    r"accus(?:e|es|ed|ing)|slam(?:s|med|ming)?|blast(?:s|ed|ing)?|decr(?:y|ies|ied)|"
    r"rebuk(?:e|es|ed)|lambast(?:s|ed)?|(?:has been |was |is |are )?critical of|"
    r"rais(?:e|es|ed|ing) alarms? (?:about|over)|warn(?:s|ed)? against)"
)
ASK_CUE = (
    r"(?:ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)? on|press(?:es|ed|ing)?|"
    r"demand(?:s|ed|ing)?|petition(?:s|ed|ing)?|implor(?:e|es|ed|ing))"
)
STOP_CUE = (
    r"(?:not to|to not|to stop|to end|to drop|to cancel|to cut ties with|to sever ties with|"
    r"to halt|to terminate|to abandon|to withdraw from|to pull out of|"
    r"(?<=@ )(?:stop|cease|end|drop|cancel|halt)|(?<=@'s )(?:stop|cease|end|drop|cancel|halt))"
)
_SUPPORT = (
    r"(?:support(?:s|ed|ing)?|back(?:s|ed|ing)|endors(?:e|es|ed|ing)|"
    r"(?:stand|stands|stood) (?:in support of|with|behind)|in solidarity with|"
    r"(?:voiced|expressed|pledged|declared) (?:its |their |his |her )?support for|"
    r"defend(?:s|ed|ing)|champion(?:s|ed|ing)?|prais(?:e|es|ed|ing)|applaud(?:s|ed)?|"
    r"laud(?:s|ed)?|sid(?:e|es|ed) with)"
)
_REVEAL = (
    r"(?:revealed|reports?|reported|found|discovered|uncovered|exposed|investigat(?:es|ed|ing)|"
    r"tested|audited|analy[sz]ed|obtained|documented|learned|detailed|disclosed|"
    r"show|shows|showed|shown)"
)
_PRODUCT_NOUN = r"(?:software|app|tool|system|platform|technology|product|service|program|database)"
_UNIT = (
    r"(?:division|unit|component|subsidiary|office|branch|arm|agency|department|bureau|"
    r"committee|subcommittee|directorate|team|lab|wing|part|affiliate)"
)

# fmt: off
RULES = [
    _rule("called", "develops",
          r"{S}{W}(?:sells|sold|makes|built|builds|building|develop(?:s|ed|ing)|"
          r"created|creates|offers|launched|markets|marketing|selling|own)\b{W}(?:called|named|"
          r"known as|dubbed) {O}",
          ORGS, THING_TYPES, 0.75),
    _rule("makes", "develops",
          r"{S} (?:which |that |, which |, that )?(?:makes|made|develops|developed|"
          r"builds|built|created|designed|is (?:implementing|developing|building)|launched) "
          r"(?:the |a |an )?{O}",
          ORGS, THING_TYPES, 0.75),
    _rule("sells product", "develops",
          r"{S}{w}(?:sells|sold|selling|markets|marketed|marketing|licenses|licensed) "
          r"(?:its |their )?{O}",
          COMPANY, {"Product"}, 0.6),
    _rule("maker of", "develops",
          r"{O}{w}(?:made|developed|built|created|designed|sold) by {S}",
          ORGS, THING_TYPES, 0.7),
    _rule("services for", "develops",
          r"{S}{W}(?:engineering|development|configuration|"
          r"maintenance) services{w} for {O}",
          ORGS, THING_TYPES, 0.65),
    _rule("owner's product", "develops",
          r"(?<![\w@])@(?P<s>\d+)@'s (?:[\w-]+ ){0,3}?@(?P<o>\d+)@",
          COMPANY, {"Product"}, 0.55),
    _rule("uses", "uses",
          r"{S}{w}(?:uses|used|using|is using|has used|began using|started using|"
          r"stopped using|deployed|deploys|deploying|relies on|relied on|tested|piloted|"
          r"purchased|bought|acquired|adopted|licensed|runs|ran|employs|employed) (?:the |a |an )?"
          r"{O}",
          ORGS, THING_TYPES, 0.7),
    _rule("used by", "uses",
          r"{O}{w}(?:been |was |is |are |were )?(?:already )?(?:used|deployed|"
          r"adopted|tested|piloted|purchased|bought) by {S}",
          ORGS, THING_TYPES, 0.7),
    _rule("agency's product", "uses",
          r"(?<![\w@])@(?P<s>\d+)@'s (?:[\w-]+ ){0,4}?"
          r"(?:" + _PRODUCT_NOUN[3:-1] + r"|pilot(?: phase)?|program|phase) (?:with )?@(?P<o>\d+)@",
          GOV, THING_TYPES, 0.6),
    _rule("agency's product name", "uses",
          r"(?<![\w@])@(?P<s>\d+)@'s @(?P<o>\d+)@",
          GOV, THING_TYPES, 0.55),
    _rule("contract with", "supplies",
          r"{S}{W}" + _CONTRACT + r" (?:with|for|from) (?:the )?{O}",
          ORGS, CUSTOMER, 0.7),
    _rule("agency contract", "supplies",
          r"{S}{w}(?:\$[\d.,]+ (?:million|billion) )?@(?P<o>\d+)@ " + _CONTRACT + r"\b",
          COMPANY, GOV, 0.7),
    _rule("contract by agency", "supplies",
          r"{O}{w}(?:updated|awarded|signed|renewed|extended|"
          r"issued|has|had|holds)? ?(?:an? |the )?(?:new |ongoing |existing )?@(?P<s>\d+)@ "
          + _CONTRACT
          + r"\b",
          COMPANY, GOV, 0.65),
    _rule("awarded", "supplies",
          r"{O}{w}(?:awarded|gave|granted|handed) {S}(?: an?| the)? (?:[\w$.,-]+ ){0,4}?"
          r"(?:contract|deal|award|grant)",
          COMPANY, GOV, 0.7),
    _rule("contract to build", "develops",
          r"{S}{W}(?:contract|deal|award)[^@]{0,40}? "
          r"to (?:build|develop|create|design|maintain) {O}",
          ORGS, THING_TYPES, 0.65),
    _rule("acquired", "partOf",
          r"{S},? which {O} (?:bought|acquired|purchased|owns|took over)",
          ORGS, ORGS, 0.65),
    _rule("sells product", "develops",
          r"{S}{w}(?:sells|sold|selling|markets|marketed|marketing|licenses|licensed) "
          r"(?:its |their )?{O}",
          COMPANY, {"Product"}, 0.6),
    _rule("maker of", "develops",
          r"{S},? (?:the |a |an )?(?:[\w-]+ ){0,3}?(?:maker|developer|creator|manufacturer|"
          r"vendor|seller|provider) of {O}",
          ORGS, THING_TYPES, 0.7),
    _rule("awarded to", "supplies",
          r"(?:contract|deal|award)[^@]{0,30}? awarded to {S} by {O}",
          COMPANY, GOV, 0.7),
    _rule("shares with", "supplies",
          r"{S}{w}(?:shares|shared|sharing|share) [^@]{0,40}?with {O}",
          COMPANY, GOV, 0.6),
    _rule("product used by", "supplies",
          r"(?<![\w@])@(?P<s>\d+)@'s (?:[\w-]+ ){0,3}?(?:software|apps?|tools?|systems?|"
          r"platforms?|technology|products?|services?|databases?|data|drones?|cameras?) "
          r"(?:is |are |was |were |has been |have been )?(?:already )?(?:used|deployed|bought|"
          r"purchased|licensed) by {O}",
          COMPANY, GOV, 0.65),
    _rule("paid", "supplies",
          r"{O}{w}(?:paid|pays|paying|has paid|had paid) {S}",
          COMPANY, GOV, 0.65),
    _rule("customer of", "supplies",
          r"{O}{w}(?:is|are|was|were|became|has been) (?:a |an )?(?:\w+ )?"
          r"(?:customer|client) of {S}",
          COMPANY, CUSTOMER, 0.65),
    _rule("bought from", "supplies",
          r"{O}{w}(?:bought|buys|purchased|purchases|licensed|licenses|procured|acquired|obtained)"
          r" [^@]{0,50}?from {S}",
          COMPANY, CUSTOMER, 0.65),
    _rule("parent company", "partOf",
          r"{S}'s (?:parent|owner|parent company|holding company),? {O}",
          ORGS, ORGS, 0.65),
    _rule("the parent of", "partOf",
          r"{O},? (?:the |its )?(?:parent|owner|parent company|holding company) of {S}",
          ORGS, ORGS, 0.65),
    _rule("founded", "leads",
          r"{S},? who (?:co-?)?(?:founded|heads|leads|runs|chairs|directs|oversees) {O}",
          PERSON, ORGS, 0.7),
    _rule("led by", "leads",
          r"{O}{w}(?:is |was |has been )?(?:led|headed|founded|co-founded|cofounded|chaired|run|"
          r"directed) by (?:[\w-]+ ){0,3}?{S}",
          PERSON, ORGS, 0.7),
    _rule("works at", "worksFor",
          r"{S},? who (?:works|worked) (?:at|for) {O}",
          PERSON, ORGS, 0.65),
    _rule("investigation into", "investigates",
          r"{S}{W}(?:investigation|probe|report|story|analysis|audit|review) "
          r"(?:into|of|on|about) {O}",
          {"MediaOrganization", "ResearchOrganization", "AdvocacyGroup"}, ANY, 0.6),
    _rule("received funding", "funds",
          r"{O}{w}(?:received|receives|got|accepted|won) (?:\$[\d.,]+ (?:million |billion )?)?"
          r"(?:in )?(?:funding|grants?|donations?|financing|investment) from {S}",
          AGENT_TYPES, ORGS | THING_TYPES, 0.6),
    _rule("invested in", "funds",
          r"{S}{w}(?:invested|invests) (?:\$[\d.,]+ (?:million |billion )?)?in {O}",
          AGENT_TYPES, ORGS | THING_TYPES, 0.6),
    _rule("contracted with", "supplies",
          r"{O}{W}(?:contracted|contracts|partnered|partners|signed "
          r"(?:a |an )?\w* ?(?:contract|deal)) with {S}",
          COMPANY, GOV, 0.7),
    _rule("works with", "supplies",
          r"{S}{w}(?:has |have |had )?(?:worked|works|working|work|"
          r"partnered|partners) with {O}",
          COMPANY, GOV, 0.65),
    _rule("sells to", "supplies",
          r"{S}{W}" + _SELL + r"\b{X} to (?:the )?{O}",
          ORGS, CUSTOMER, 0.7),
    _rule("provides for", "supplies",
          r"{S}{W}" + _SELL + r"\b{W}(?:to|for|that enables?|enabling|"
          r"that helps?) (?:the )?{O}",
          COMPANY, GOV, 0.65),
    _rule("working on for", "supplies",
          r"{S}{w}(?:is |was |has been )?(?:working on|building|"
          r"developing|designing|built|developed) (?:a |an |the )?(?:[^@]{0,40}?|@\d+@) "
          r"for (?:the )?{O}",
          COMPANY, GOV, 0.65),
    _rule("helps", "supplies",
          r"{S}{X}(?:to help|helping|helps|to assist|assisting|supporting|"
          r"supports) (?:the )?{O}",
          COMPANY, GOV, 0.6),
    _rule("with help from", "supplies",
          r"{O}{W}with (?:the )?help (?:of|from){W}{S}",
          COMPANY, GOV, 0.6),
    _rule("pilot with", "supplies",
          r"{O}{w}(?:pilot|trial|contract|deal|partnership)(?: program)? "
          r"with {S}",
          COMPANY, CUSTOMER, 0.6),
    _rule("cloud of", "hosts",
          r"{O}{W}(?:from|on|in|using|runs on|hosted on|hosted by|relies on)"
          r" {S}(?:'s)? ?(?:cloud|servers|data cent(?:er|re)s|infrastructure|web services)",
          COMPANY, ORGS | {"Product"}, 0.65),
    _rule("hosts", "hosts",
          r"{S}{w}(?:hosts|hosted|hosting) {O}",
          COMPANY, ORGS | {"Product"}, 0.65),
    _rule("hosted by", "hosts",
          r"{O}{w}(?:is |was |are )?hosted (?:by|on) {S}",
          COMPANY, ORGS | {"Product"}, 0.65),
    _rule("unit of", "partOf",
          r"{S},? (?:(?:is |was )?(?:a|an|the) )?(?:[\w-]+ ){0,3}?"
          + _UNIT
          + r" (?:within|of|in|at|inside|under|for) (?:the )?{O}",
          ORGS, ORGS, 0.7),
    _rule("owner's unit", "partOf",
          r"{S}, @(?P<o>\d+)@'s (?:[\w-]+ ){0,4}?" + _UNIT + r"\b",
          ORGS, ORGS, 0.7),
    _rule("possessive unit", "partOf",
          r"(?<![\w@])@(?P<o>\d+)@'s @(?P<s>\d+)@",
          ORGS, GOV, 0.6),
    _rule("owned by", "partOf",
          r"{S}{w}(?:is |was |has been )?(?:owned|run|operated|bought|acquired|purchased|"
          r"taken over) by {O}",
          ORGS, ORGS, 0.6),
    _rule("request", "opposes",
          r"{S}{X}" + ASK_CUE + r"\b(?P<a>(?: [^@]{0,20}?@\d+@(?:'s)?){1,2})?"
          r"{W}" + STOP_CUE + r"{W}{O}",
          AGENT_TYPES - COMPANY, ANY, 0.65, negatable=False),
    _rule("ask cancel", "opposes",
          r"{S}{W}" + ASK_CUE + r" (?:that )?(?:the )?{O} (?:be|is) (?:cancel+ed|"
          r"ended|dropped|stopped|halted|shut down|terminated|scrapped|banned)",
          AGENT_TYPES, ANY, 0.65, negatable=False),
    _rule("oppose", "opposes",
          r"{S}[^@]{0,120}?\b" + _OPPOSE + r"\b(?! for\b| by\b| from\b){w}{O}(?!'s (?:practice|"
          r"policy|policies|treatment|handling|decision|plan))",
          AGENT_TYPES, ANY, 0.65),
    _rule("opposed by", "opposes",
          r"{O}{w}(?:has been |was |is |were )?(?:criticized|criticised|"
          r"opposed|protested|sued|denounced|condemned|challenged) by {S}",
          AGENT_TYPES, ANY, 0.65),
    _rule("represented by", "supports",
          r"{O}{w}(?:is |was |are |were )?(?:being )?(?:represented|"
          r"backed|supported|endorsed|defended) by (?:attorneys |lawyers )?(?:from |at )?{S}",
          AGENT_TYPES, ANY, 0.6),
    _rule("representing", "worksFor",
          r"{S},? (?:speaking for|representing|on behalf of) (?:the )?{O}",
          PERSON, ORGS, 0.6),
    _rule("support", "supports",
          r"{S}{W}(?<!, )(?<!is )(?<!are )(?<!was )(?<!were )(?<!been )\b" + _SUPPORT
          + r"\b(?! by\b){W}{O}",
          AGENT_TYPES - PERSON | PERSON, ANY, 0.6),
    _rule("according to", "investigates",
          r"^[^@]{0,80}?{O}.*?according to (?:an? |the )?[^@]{0,50}?{S}",
          {"MediaOrganization", "ResearchOrganization", "AdvocacyGroup"}, ANY, 0.6),
    _rule("reported by", "investigates",
          r"^[^@]{0,80}?{O}.{0,80}?\b(?:first )?(?:reported|spotted|"
          r"revealed|uncovered|exposed|discovered|documented)(?: \w+){0,3} by (?:the )?{S}",
          {"MediaOrganization", "ResearchOrganization", "AdvocacyGroup"}, ANY, 0.6),
    _rule("obtained by", "investigates",
          r"{O}(?: [\w-]+){0,3} (?:obtained|reviewed|seen|leaked to)"
          r"(?: \w+){0,2} by (?:the )?{S}",
          {"MediaOrganization", "ResearchOrganization", "AdvocacyGroup"}, ANY, 0.6),
    _rule("reveals", "investigates",
          r"{S}(?: \w+){0,4}? " + _REVEAL + r"\b{W}(?:that )?{O}",
          {"MediaOrganization", "ResearchOrganization", "AdvocacyGroup"}, ANY, 0.6),
    _rule("outlet reported", "investigates",
          r"^[^@]{0,200}?{O}.*, {S} (?:has )?(?:learned|"
          r"reported|reports|found|revealed)\b",
          {"MediaOrganization", "ResearchOrganization"}, ANY, 0.55),
    _rule("funds", "funds",
          r"{S}{w}(?:funds|funded|financed|finances|donated (?:\$[\d.,]+ "
          r"(?:million |billion )?)?to|bankrolled|"
          r"gave (?:\$[\d.,]+ (?:million |billion )?)?to) {O}",
          AGENT_TYPES, ORGS | THING_TYPES, 0.6),
    _rule("funded by", "funds",
          r"{O}{w}(?:is |was |are |were )?(?:funded|financed|bankrolled) by {S}",
          AGENT_TYPES, ORGS | THING_TYPES, 0.6),
]
# fmt: on
