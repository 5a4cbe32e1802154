"""Rules for set phrases: whose records were obtained or reviewed, a case's name, a byline's
note and a reporter's beat, and makers described by what they are ("X, maker of P", "X, the
company behind P", "P, X's software"). Each names the words a sentence must hold for it to be
tried, so that they cost little on the sentences they cannot match."""

from __future__ import annotations

from .cues import NOT_A_BEAT, NOT_A_CASE
from .entity import AGENT_TYPES, THING_TYPES
from .kinds import APPOINTED, APPOINTING
from .rules import ANY, COMPANY, GOV, ORGS, PERSON, make_rule
from .studies import STUDY_NOUNS
from .things import NOT_OWN

_rule = make_rule
# Nouns of a body's examination of another: "a review by X", "an audit by X of O"
# What a firm makes, named after its maker's possessive: "X's facial recognition software"
_THING_NOUN = (
    r"(?:software|app|apps|tool|system|platform|product|program|database|engine|model|"
    r"cameras?|drones?|devices?|scanners?|sensors?|readers?|kit|dashboard|portal|service)"
)

# Who examines a body by its records (not a firm), and how: a request under an open-records law
_WATCHERS = {"MediaOrganization", "AdvocacyGroup", "ResearchOrganization", "Organization"}
_REQUEST = (
    r"(?:a |an |its |their )?(?:[\w-]+ )?(?:public |open )?(?:records?|information|"
    r"freedom of information|foia) (?:request|act|law)"
)
# A firm's customer, named by its rank, not one that was, may be or will be
_CUSTOMER = (
    r"(?!(?:[\w-]+ )?(?:former|prospective|potential|would-be|future|onetime|one-time|ex-)\b)"
    r"(?:[\w-]+ ){0,3}?(?:customer|client)s?"
)

# Records a body may be made to give up
_RECORDS = (
    r"(?:records|logs|data|documents|emails|e-mails|files|invoices|footage|minutes|contracts|"
    r"audits?|reports|messages|spreadsheets)"
)

# An appointment ("X named Y chief executive", "Y was hired as the county's technology officer")
# or a title told with "is": the head's titles (not a deputy's, a vice president's or an
# assistant's: those are staff)
_HEAD = (
    r"(?:new |interim |acting |permanent |next |first )?(?:chief executive(?: officer)?|ceo|"
    r"president|chair(?:man|woman|person)?|executive director|chief of police|police chief|"
    r"chief(?! [a-z-]+(?: and [a-z-]+)? officer\b| of staff\b)|superintendent|commissioner|"
    r"sheriff|mayor|head|managing director|director general|director(?= of (?:the )?@)|"
    r"general manager)\b"
)
_STAFF = (
    r"(?!(?:new |interim |acting )?(?:chief executive|ceo\b|president|chair|executive director|"
    r"chief of police|police chief|superintendent|commissioner|sheriff|mayor|head\b|"
    r"director of (?:the )?@))"
    r"(?:[a-z-]+ ){0,3}?(?:officer|cto|cio|cfo|coo|ciso|counsel|attorney|engineer|analyst|"
    r"manager|director|spokesperson|spokeswoman|spokesman|adviser|advisor|vice president|"
    r"editor|reporter|researcher|fellow|coordinator|specialist|deputy chief|correspondent|"
    r"journalist|columnist|producer|photographer|presenter)\b"
)
# A title still held (not "a former analyst")
_NOW = r"(?!(?:an? |the )?(?:former|ex-|retired|onetime|then)\b)"
# "appointed Y as chief of the Z", "Y was named the Z's chief technology officer"
_AS_TITLE = r"(?:[a-z.-]+ ){0,3}?{S}(?:, [^,;]{0,60},|,)? (?:as )?"


_TAKING = (*APPOINTING, "sworn", "started", "starts", "began", "begins", "took")


def _appointments(title: str, relation: str) -> list:
    """The readings of an appointment to a title: by the body that appoints, to a title of a
    body named after it or in its possessive, and in the passive."""
    ahead = r"(?:(?:its|their|the|a|an) )?"
    # fmt: off
    return [
        _rule("appointed by", relation,
              r"^[^@]{0,30}?{O}{w}(?:has |have |had )?" + APPOINTED + r" " + _AS_TITLE + ahead
              + title + r"(?! of\b| at\b| for\b| in\b)",
              PERSON, ORGS, 0.65, needs=_TAKING),
        _rule("appointed to", relation,
              r"\b" + APPOINTED + r" " + _AS_TITLE + ahead + title + r" (?:of|at|for) {O}",
              PERSON, ORGS, 0.65, needs=_TAKING),
        _rule("appointed possessive", relation,
              r"\b" + APPOINTED + r" " + _AS_TITLE + r"(?:the )?@(?P<o>\d+)@'s " + title,
              PERSON, ORGS, 0.65, needs=_TAKING),
        _rule("was appointed possessive", relation,
              r"{S},? (?:who )?" + _PASSIVE + r"(?:the )?@(?P<o>\d+)@'s " + title,
              PERSON, ORGS, 0.65, needs=_TAKING),
        _rule("was appointed to", relation,
              r"{S},? (?:who )?" + _PASSIVE + ahead + title + r" (?:of|at|for) {O}",
              PERSON, ORGS, 0.65, needs=_TAKING),
    ]
    # fmt: on


def _holders(title: str, relation: str) -> list:
    """A title told with "is": "X is the city's new chief information officer", "the Herald's
    local government reporter is X" (not "was": a past holder)."""
    return [
        _rule(
            "is title",
            relation,
            r"{S},? (?:is|has been|serves as|is now) (?:(?:the|an?) )?@(?P<o>\d+)@'s " + title,
            PERSON,
            ORGS,
            0.65,
        ),
        _rule(
            "title is",
            relation,
            r"(?:^|, )(?:the )?@(?P<o>\d+)@'s " + title + r",? (?:is|has been) {S}(?! and\b)",
            PERSON,
            ORGS,
            0.65,
        ),
    ]


# Named, or taking up the post ("was sworn in Aug. 4 as chief of Y", "started Monday as …")
_WHEN = r"(?: (?:on |in )?(?:[a-z]{3,9}\.? \d{1,2}(?:, \d{4})?|[a-z]+day))?"
_PASSIVE = r"(?:(?:has been|have been|was|were|is|had been) (?:[a-z]+ly )?" + APPOINTED + _WHEN
_PASSIVE += r" (?:as )?|(?:(?:was |has been )?sworn in|started|starts|began|begins|took office|"
_PASSIVE += r"took over)" + _WHEN + r" as )"


# fmt: off
PHRASE_RULES = [
    # a case's name: "Renner v. Solace Analytics LLC and Cobalt County", "In A vs. B, …"
    _rule("versus", "opposes",
          r"{S}(?:,? et al\.?,?)? (?:v|vs)\. (?:the )?{O}" + NOT_A_CASE,
          AGENT_TYPES, AGENT_TYPES, 0.6, needs=(" v. ", " vs. ")),
    # "X has written to the council opposing the change": the letter's stance, on its addressee
    _rule("wrote opposing", "opposes",
          r"{S}{w}(?:wrote|written|writes|write) to {O},? (?:opposing|objecting to|protesting|"
          r"condemning|critici[sz]ing|to oppose|to object to|to protest)\b",
          AGENT_TYPES, ORGS, 0.65, needs=("wrote", "written", "writes", "write")),
    # "wrote to the ministry asking it to halt the rollout", "… demanding that it be halted":
    # a critic's letter (not a vendor's or a body's: "asking it to pause the pilot"); to halt
    # any practice of the body's at all ("asking it to suspend recalls based on …")
    _rule("wrote asking halt", "opposes",
          r"{S}{w}(?:wrote|written|writes|write)(?: jointly| together)? to {O},? (?:[^@;]{0,30}? )?"
          r"(?:(?:asking|urging|calling on|pressing) (?:it|them|us|@(?P=o)@) to (?:halt|suspend|"
          r"stop|scrap|abandon|waive) (?:all |any |the |its |their )?[a-z][\w-]+\b"
          r"(?<!\bits)(?<!\bthe)|"
          # (a thing it runs: "asking it to switch off the CrowdLens cameras")
          r"(?:asking|urging|calling on|pressing) (?:it|them) to (?:halt|suspend|stop|scrap|"
          r"abandon|drop|switch off|turn off|shut down|take down|remove|dismantle) (?:the |its )?"
          r"@\d+@|(?:asking|urging|calling on|pressing) (?:it|them) to take (?:the |its )?@\d+@ "
          r"offline|"
          r"(?:(?:asking|urging|calling on|pressing) (?:it|them) to (?:halt|end|drop|cancel|scrap|"
          r"suspend|pause|abandon|terminate|reject|delay|postpone|freeze|shelve) |demanding that )"
          r"(?:the|its|their) (?:[\w-]+ ){0,2}?(?:rollout|roll-out|contract|deal|program|programme|"
          r"pilot|purchase|system|project|deployment|agreement|go-live|launch|renewal|scheme)s?\b"
          r"(?! of\b)(?:(?! be | is )[^@;]){0,40}?"
          r"(?:$|[.;,]| be (?:halted|ended|dropped|cancell?ed|scrapped|suspended|stopped|paused|"
          r"abandoned|terminated|rejected)\b))",
          AGENT_TYPES - {"Company", "GovernmentAgency"}, ORGS, 0.65,
          needs=("wrote", "written", "writes", "write")),
    # a union's or a group's formal dispute: "the branch declared a formal dispute with the metro"
    # (not one settled, ended or handled by a third party)
    _rule("declared dispute", "opposes",
          r"{S}{w}(?:declared|declares|has declared|lodged|lodges) (?:a |an )?(?:formal |labou?r |"
          r"trade |official )?dispute with {O}",
          AGENT_TYPES - {"Company", "GovernmentAgency"}, ORGS, 0.6, needs=("dispute",)),
    # "X received a subpoena from the district attorney's office": the issuer examines X
    _rule("subpoenaed", "investigates",
          r"{O}{w}(?:received|receives|has received|had received|got|was served with|were served "
          r"with|has been served with) (?:a |an |two |several )?(?:[\w-]+ ){0,2}?subpoenas? "
          r"from {S}",
          GOV | {"Organization"}, ORGS, 0.6, needs=("subpoena",)),
    # "Spent $1.3 million, according to invoices, contracts and emails obtained by X"
    _rule("records obtained by", "investigates",
          r"^[^@]{0,80}?{O}.*?according to [^@]{0,150}?\b(?:obtained|reviewed|seen|released|"
          r"leaked) (?:to |by )(?:the )?{S}",
          {"MediaOrganization", "ResearchOrganization", "AdvocacyGroup"}, ANY, 0.6,
          needs=("according to",)),
    # "Records obtained by X under the state's open-records law show that O pays Y"
    _rule("records show", "investigates",
          r"\b(?:records|documents|emails|e-mails|invoices|files|logs|data|contracts|minutes|"
          r"orders|filings|messages)(?: [\w-]+){0,2} (?:obtained|reviewed|seen|released|leaked) "
          r"(?:to |by )(?:the )?@(?P<s>\d+)@(?: (?:under|through|via|in|from|with) [^@,]{0,60}?)?"
          r" (?:show|shows|showed|reveal|reveals|revealed|indicate|indicates|indicated)"
          r"(?: that)? {O}",
          {"MediaOrganization", "ResearchOrganization", "AdvocacyGroup"}, ANY - {"Person"}, 0.6,
          needs=("obtained", "reviewed", "seen", "released", "leaked")),
    # "A review by X found that O overpaid Y", "An audit by X, published in May, concluded O …"
    _rule("review found", "investigates",
          r"(?:^|, )(?:an?|the|its)(?: [\w-]+)? (?:" + "|".join(STUDY_NOUNS) + r") (?:by|from) "
          r"(?:the )?@(?P<s>\d+)@"
          r"(?:, [^@,]{0,60},)? (?:found|finds|concluded|concludes|showed|shows|determined|"
          r"revealed|reveals)(?: that)? {O}",
          AGENT_TYPES - {"Company", "EmployeeGroup"}, ANY - {"Person"}, 0.6,
          needs=STUDY_NOUNS),
    # "A review by X of O's contracts found …", "an audit by X of the O"
    _rule("review by of", "investigates",
          # (told by what it found: not a review planned, expected, asked for or cancelled)
          r"\b(?:" + "|".join(STUDY_NOUNS) + r")s? (?:by|from) (?:the )?@(?P<s>\d+)@ (?:of|into) "
          r"(?:the )?{O}(?:'s)?[^@.;]{0,60}? (?:found|finds|showed|shows|concluded|concludes|"
          r"revealed|reveals|determined|identified|uncovered)\b",
          AGENT_TYPES - {"Company", "EmployeeGroup"}, ANY - {"Person"}, 0.6,
          needs=STUDY_NOUNS),
    # a reporter or an analyst who covers a beat for an outlet or a firm works for it:
    # "X covers state IT for Y", "X, who covers the company for Y Research"
    _rule("covers for", "worksFor",
          r"{S},? (?:who )?(?:covers|covered|has covered)" + NOT_A_BEAT[0]
          + r"(?: (?:the )?(?:[\w-]+|@\d+@(?:'s)?)){1,4} for (?:the )?{O}" + NOT_A_BEAT[1],
          PERSON | {"Organization"}, ORGS - GOV, 0.6, needs=("covers", "covered")),
    # a byline's note: "The Gazette's Jenna Morrow contributed to this report."
    _rule("contributed", "worksFor",
          r"^(?:the )?@(?P<o>\d+)@'s @(?P<s>\d+)@ contributed\b",
          PERSON | {"Organization"}, {"MediaOrganization"}, 0.6, needs=("contributed",)),
    # "X, maker of the P dispatch platform", "X, the developer of P", "X — developer of P" (a dash)
    _rule("maker of", "develops",
          r"{S} ?, (?:the |a |an )?(?:@\d+@ )?(?:[\w-]+ )?(?:maker|developer|creator|manufacturer|"
          r"designer|builder)s? of (?:the |its )?(?:(?:[a-z-]+ ){0,3}?(?:program|software|system|"
          r"app|platform|tool|suite) )?{O}",
          ORGS, THING_TYPES, 0.7,
          needs=("maker", "developer", "creator", "manufacturer", "designer", "builder")),
    # "X, the developer of the P export-licensing platform and the Q classification tool"
    _rule("maker of", "develops",
          r"{S} ?, (?:the |a |an )?(?:[\w-]+ )?(?:maker|developer|creator|manufacturer)s? of "
          r"(?:the |its )?@\d+@(?: [a-z-]+){1,3},? and (?:the |its )?{O}",
          ORGS, THING_TYPES, 0.7, needs=("maker", "developer", "creator", "manufacturer")),
    # "X, the Raleigh company behind the P video-redaction tool"
    _rule("behind", "develops",
          r"{S}, (?:the|a|an) (?:@\d+@ )?(?:[\w-]+ ){0,3}?(?:company|startup|start-up|firm|"
          r"developer|maker|vendor|team|outfit) behind (?:the |its )?{O}(?!'s)"
          r"(?!(?: [a-z-]+){1,2} @\d+@)",  # (not "behind the FOI-request tracker P")
          ORGS, THING_TYPES | {"Organization"}, 0.65, needs=("behind",)),
    # "Vantora, the company behind Clearpath": "the company", read as the firm, is masked
    _rule("firm behind", "develops",
          r"{S}, @\d+@ behind (?:the |its )?{O}(?!'s)",
          COMPANY, THING_TYPES | {"Organization"}, 0.65, needs=("behind",)),
    # "P, X's facial recognition software": the owner of a product named in apposition
    _rule("owner's thing", "develops",
          r"{O}, (?:@(?P<s>\d+)@)'s " + NOT_OWN + r"(?:[\w-]+ ){0,5}?" + _THING_NOUN + r"\b",
          COMPANY, THING_TYPES, 0.65),
    # "X, an Austin company whose P software is used by …"
    _rule("whose thing", "develops",
          r"{S},? (?:a|an|the) [^@;]{0,40}?(?:@\d+@[^@;]{0,30}?)?\bwhose {O} (?:[\w-]+ ){0,2}?"
          + _THING_NOUN + r"\b",
          ORGS, THING_TYPES | {"Organization"}, 0.65, needs=("whose",)),
    # "TREMAS, the payments system the agency built in-house in 1999": its own build
    _rule("thing it built", "develops",
          r"{O}, (?:(?:the|its|their) (?:[\w-]+ ){0,3}?" + _THING_NOUN + r"|@\d+@) "
          r"(?:that |which )?(?:its |their |our |(?:the )?@\d+@'s )?{S} (?:has |had )?(?:itself )?"
          r"(?:built|developed|designed|wrote|created)\b",  # (or a unit: "… its X Section built")
          ORGS, THING_TYPES | {"Organization"}, 0.65,
          needs=("built", "developed", "designed", "wrote", "created")),
    # "P, built by our team here at X", "P, developed by engineers at X"
    _rule("team at", "develops",
          r"{O},? (?:which was |was )?(?:built|developed|made|designed|written) by "
          r"(?:our |the |a )?(?:[\w-]+ )?(?:team|engineers|staff|developers)(?: here)? "
          r"(?:at|of) {S}",
          ORGS, THING_TYPES, 0.65, needs=("team", "engineers", "staff", "developers")),
    # "Lockbox, the department's digital evidence system": a public body's own thing is used
    _rule("body's thing", "uses",
          r"{O}, (?:the )?@(?P<s>\d+)@'s " + NOT_OWN + r"(?:[\w-]+ ){0,3}?" + _THING_NOUN
          + r"\b(?! (?:of|for)\b)",
          GOV, THING_TYPES, 0.6),
    # "X analysed alert records obtained from the O", "reviewed logs, which it got from the O"
    _rule("records from", "investigates",
          r"{S}{w}(?:analy[sz]ed|analy[sz]es|reviewed|reviews|examined|examines|studied|"
          r"published|publishes)\b[^@.;]{0,60}?\b" + _RECORDS + r"\b[^@.;]{0,40}?"
          r"(?<!\bnot )(?:obtained|received|requested|got|released|gotten|acquired) "
          r"(?:[a-z]+ ){0,3}?from {O}(?!'s (?:[\w-]+ )?(?:website|site|portal))",
          {"MediaOrganization", "ResearchOrganization", "AdvocacyGroup", "Organization"},
          ORGS - {"EmployeeGroup"}, 0.6,
          needs=("obtained", "received", "requested", "got", "released", "gotten", "acquired")),
    # a public body's contract named by its vendor: "the county's Solvane contract", "asked the
    # county to cancel its Solvane contract"
    _rule("vendor's contract", "supplies",
          r"(?<![\w@])@(?P<o>\d+)@(?:'s|[a-z ]{0,20}? to [a-z]+ (?:its|their)) "
          r"(?!(?:[\w$.,-]+ )?(?:former|proposed|planned|old|previous|rejected|expired|possible|"
          r"potential) )(?:[\w$.,-]+ ){0,2}?@(?P<s>\d+)@ (?:contract|deal|agreement)s?\b",
          COMPANY, GOV, 0.6, needs=("contract", "deal", "agreement")),
    # two staff, each with a title, and one body: "written by A, senior researcher, and B,
    # policy analyst, at G"
    _rule("titled pair", "worksFor",
          r"{S}, " + _NOW + _STAFF + r", and @\d+@, " + _STAFF + r",? (?:at|of|with|for) {O}(?!'s)",
          PERSON, ORGS, 0.65, needs=(", and",)),
    _rule("titled pair", "worksFor",
          r"@\d+@, " + _STAFF + r", and {S}, " + _NOW + _STAFF + r",? (?:at|of|with|for) {O}(?!'s)",
          PERSON, ORGS, 0.65, needs=(", and",)),
    # "X, a subsidiary of Z, was awarded the council's contract in 2023": X supplies the council
    _rule("awarded body's contract", "supplies",
          r"{S}(?:, [^@,;]{0,40}(?:@\d+@[^@,;]{0,20})?,)? (?:was|were|has been|had been) awarded "
          r"(?:the )?@(?P<o>\d+)@'s (?:[\w$.,-]+ ){0,3}?(?:contract|tender|deal)s?"
          r"(?![\w-]| (?:review|prize|competition)\b)"
          r"(?![^.;]*\b(?:rescind|cancel|revok|lost\b|withdr|overturn|terminat))",
          COMPANY, GOV, 0.65, needs=("awarded",)),
    *_appointments(_HEAD, "leads"),
    *_appointments(_STAFF, "worksFor"),
    *_holders(_HEAD, "leads"),
    *_holders(_STAFF, "worksFor"),
    # "the Ledger's request of March 28 for records concerning the department's drone pilot"
    _rule("request for records", "investigates",
          r"{S} (?:(?:public )?records? )?request (?:[^@]{0,40}? )?for (?:[\w-]+ ){0,3}?"
          r"(?:records|documents|emails|files|data|contracts|invoices|logs|communications)"
          r"(?: [\w-]+){0,3}? (?:concerning|about|on|regarding|relating to|related to|from|of|"
          r"held by) (?:the )?{O}",
          AGENT_TYPES - GOV, ORGS, 0.6, needs=("request",)),
    # "the Courier got it from the police department through a records request"
    _rule("got through a request", "investigates",
          r"{S}{w}(?:got|obtained|received)(?: [^@]{0,30}?)? from (?:the )?{O}(?! [^@]{0,30}\bto\b)"
          r"[^@,]{0,30}?(?<!\bnot) (?:through|via|under|in response to) (?:a |an |its |their )?"
          r"(?:public )?(?:records?|information|freedom of information|foia) (?:request|act|law)"
          r"(?! (?:filed|made|submitted|sent) by)",
          AGENT_TYPES - GOV, ORGS, 0.6, needs=("request", " law", " act")),
    # "X obtained the O's logs through a records request", "… a records request to the O"
    _rule("owner's records through a request", "investigates",
          r"{S}{w}(?:obtained|received|got)(?: the)? {O}'s (?:[\w-]+ ){0,4}?" + _RECORDS
          + r"\b[^@.;]{0,40}?(?:through|via|under|in response to) " + _REQUEST,
          _WATCHERS, ORGS, 0.6, needs=("request", " law", " act")),
    _rule("request to the owner", "investigates",
          r"{S}{w}(?:obtained|received|got)\b[^@.;]{0,60}? (?:through|via) " + _REQUEST
          + r" (?:to|with|of) (?:the )?{O}",
          _WATCHERS, ORGS, 0.6, needs=("request",)),
    # "documents that UBMA released to the Estonian NGO Y", "documents the council released to Y
    # under LGOIMA": what a body gives up to a watcher is examined by it
    _rule("records released to", "investigates",
          r"\b" + _RECORDS + r"(?: that| which)? (?:the )?{O} (?:had |has )?(?:released|provided|"
          r"gave|disclosed|handed over|supplied) to (?:the )?(?:[a-z-]+ ){0,3}?{S}(?!'s)",
          _WATCHERS, ORGS, 0.6, needs=("released", "provided", "gave", "disclosed", "handed")),
    # "The company is backed by a $12 million Series A round from Y"
    _rule("backed by a round", "funds",
          r"{O}{w}(?:is|was|are|were|has been) (?:backed|funded|financed) by (?:a |an |its )?"
          r"[^@]{0,40}?(?:round|investment|funding|financing)[^@]{0,20}? (?:from|led by) "
          r"(?:the )?{S}",
          AGENT_TYPES, ORGS, 0.6, needs=("backed", "funded", "financed")),
    # "Founded in 2022 by former 911 dispatcher Carla Montoya, Nettlefield Voice builds …"
    _rule("founded by, fronted", "leads",
          r"^(?:co-)?founded (?:in \d{4} )?by (?:[\w-]+ ){0,4}?{S}(?: in \d{4})?, (?:the )?{O}",
          PERSON, ORGS, 0.6, needs=("founded",)),
    # an earnings call's operator: "Our next question comes from X with Y Securities"
    _rule("question from", "worksFor",
          r"\bquestions? (?:comes?|is) from {S} (?:with|of|from) (?:the )?{O}(?!['’])"
          r"(?!,? (?:a|an|one of) )",  # not "with the tenants union, one of its members"
          PERSON, ORGS, 0.65, needs=("question",)),
    # "X, a Swedish company wholly owned by the Y Group"
    _rule("company owned by", "partOf",
          r"{S}, (?:a|an) (?:[\w-]+ |@\d+@ ){0,3}?(?:company|firm|subsidiary|business|startup|"
          r"unit|organi[sz]ation) (?:that is |which is )?(?:wholly |fully |majority[- ]|partly )?"
          r"owned by (?:the )?(?:[\w-]+-based )?{O}",  # ("owned by the Ohio-based Y")
          ORGS, ORGS, 0.65, needs=("owned by",)),
    # a maker's supplier: "X supplies all of the camera modules used in Y's roadside units"
    _rule("parts used in", "supplies",
          r"{S}{w}(?:suppl(?:ies|ied)|provides|provided|makes|made|manufactures|manufactured) "
          r"(?:all |most |many |some |much )?(?:of )?(?:the |its )?(?:[\w-]+ ){1,3}?"
          r"(?:used|found|installed|built) in(?:to)? {O}'s",
          COMPANY, COMPANY, 0.6, needs=(" used in", " found in", " installed in", " built in")),
    # "Y's $14 million Series A, with participation from A and existing investor B"
    _rule("round participation", "funds",
          r"{O}'s (?:[\w$.,-]+ ){0,4}?(?:round|series [a-f]|seed|funding|financing)\b"
          r"[^@.;]{0,60}?\bparticipation (?:from|by) (?:(?:existing|new|returning) )?"
          r"(?:investors? )?{S}",
          AGENT_TYPES - GOV, COMPANY | ORGS, 0.6, needs=("participation",)),
    # "P is used by 90 agencies, among them A and B": each one named uses P
    _rule("used by, among them", "uses",
          r"{O} (?:is|are|was|were|has been|have been) (?:now |also |already )?(?:used|in use|"
          r"deployed|in service) (?:by|at|in) [^@.;]{0,60}?,? (?:among them|including|such as)"
          r" (?:the )?{S}",
          ORGS, THING_TYPES, 0.6, needs=("among them", "including", "such as")),
    # "CurbTally is Gridwell's product", "P is X's flagship platform": the owner made it
    _rule("is its product", "develops",
          r"(?<![\w@])@(?P<o>\d+)@ (?:is|was|remains) (?:now )?@(?P<s>\d+)@'s (?:[\w-]+ ){0,2}?"
          r"(?:product|platform|app|software|system|tool|device)\b"
          r"(?! (?!for|in|and|that|which|since|used|sold)[a-z])",  # not "its product partner"
          COMPANY, ANY - {"Person"}, 0.6, needs=("product", "platform", "app", "software",
                                                 "system", "tool", "device")),
    # "P license plate cameras, which X makes": the maker after the thing's kind
    _rule("which it makes", "develops",
          r"(?<![\w@])@(?P<o>\d+)@ (?:[a-z-]+ ){0,2}[a-z-]+, (?:which|that) (?:the )?@(?P<s>\d+)@ "
          r"(?:also )?(?:makes|made|builds|built|develops|developed|designs|designed|"
          r"manufactures|manufactured)\b",
          COMPANY, ANY - {"Person"}, 0.6, needs=("makes", "made", "buil", "develop", "design",
                                                 "manufactur")),
    # a docket's counsel line: "For Defendant Keystep: Baird Whitcomb LLP."
    _rule("counsel for", "supports",
          r"^for (?:the )?(?:defendants?|plaintiffs?|petitioners?|respondents?|appellants?|"
          r"appellees?|intervenors?) {O}: {S}(?:,? llp|,? llc|,? p\.?c\.?)?\.?$",
          COMPANY, ORGS, 0.65, needs=("for ",)),
    # "the Y Association, whose president, Sgt. X, sat in the front row"
    *(_rule("whose title", relation,
            r"(?<![\w@])(?<!\bof )(?<!\bof the )@(?P<o>\d+)@, whose " + title
            + r",? (?:[a-z]{2,4}\. )?@(?P<s>\d+)@",
            PERSON, ORGS, 0.65, needs=("whose",))
      # (a body's bare director heads it: "whose director, X")
      for title, relation in ((f"(?:director|{_HEAD})", "leads"), ("(?!director,)" + _STAFF,
                                                                    "worksFor"))),
    # "X's largest customer, Y, …", "X's biggest client is Y", "Y is X's largest customer"
    _rule("firm's customer", "supplies",
          r"(?<![\w@])@(?P<s>\d+)@'s " + _CUSTOMER + r"(?:,| is| was| has been| remains) "
          r"(?:the )?{O}(?!'s)",
          COMPANY, ORGS, 0.6, needs=("customer", "client")),
    _rule("firm's customer", "supplies",
          r"{O},? (?:is|was|has been|remains|became|,) (?:now )?(?:the |one of )?"
          r"@(?P<s>\d+)@'s " + _CUSTOMER + r"\b",
          COMPANY, ORGS, 0.6, needs=("customer", "client")),
]
# fmt: on
