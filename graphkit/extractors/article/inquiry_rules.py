"""Scrutiny told through the records and the work it reached: "reviewed 212 flight logs from the
Y", "audited the Y's uptime", "opened a review of that outage at the Y", "voted to commission an
outside review of the Y's use of P", "An audit by X, released last spring, reviewed the Y's
screening decisions": the scrutiniser investigates Y. So does one who asks Y for its records:
"requested the contract from Y", "asked Y for the statement of work", "sent Y a letter demanding
the validation studies", "filed a records request with Y"; and one Y released its records to:
"Y released its contract to X", "documents released to X by Y"."""

from __future__ import annotations

from .entity import AGENT_TYPES, THING_TYPES
from .examined_things import EXAMINED_THING
from .rules import ORGS, make_rule

# An inquiry that examines: "special audit", "value-for-money audit", "independent review"
_INQUIRY_DONE = r"(?:audit|review|report|evaluation|assessment|inquiry|investigation|examination)"
# What a body submits that is reviewed as a matter of course, not scrutiny of it
_ROUTINE = (
    r"(?:[\w-]+ )?(?:bids?|proposals?|applications?|tenders?|offers?|requests?|submissions?|"
    r"suggestions?|comments|recommendations?|nominations?|plans? to)\b"
)
# What befell a body's systems, which a responder looks into
_INCIDENT = r"(?:intrusion|attack|breach|incident|hack|compromise|outage|failure|ransomware)s?"
_SYSTEMS = r"(?:systems?|networks?|servers?|platforms?|data|it|infrastructure|website|email)\b"
# A death inquired into: "an investigation into the death of X" examines no body named X
DEATH = r"(?:death|deaths|killing|murder|disappearance)"

_KEPT = (
    r"(?:records|logs|reports|emails|e-mails|data|documents|files|invoices|contracts|footage|"
    r"minutes|correspondence|spreadsheets)"
)
# What a body did that scrutiny may count: "a year of license-plate searches by the Y"
_DONE = (
    r"(?:searches|queries|lookups|decisions|transactions|payments|stops|arrests|deployments|"
    r"purchases|flights|alerts|scans|requests|disclosures)"
)
_LOOKED = r"(?:reviewed|examined|analy[sz]ed|audited|studied|inspected|obtained|obtains)"
_INQUIRY = r"(?:review|audit|investigation|inquiry|inquiries|probe|examination)"
_OPENED = (
    r"(?:opened|launched|began|begun|started|commissioned|ordered|announced|"
    # (or done: "has completed its review of the library's vendor contracts")
    r"completed|conducted|carried out|undertook|undertaken|finished|"
    r"(?:voted|agreed|decided)(?: [\w-]+)? to (?:commission|order|open|launch|begin|start))"
)
# What may stand between the scrutiniser and its verb, not another clause's ("X said it had
# opened an inquiry": who opened it is "it")
_GAP = (
    r"(?:, [^@;]{1,60},)?(?:(?!\b(?:said|says|told|tells|added|and|but|that|who|which)\b)"
    r"[^@,;]){0,25}?"
)
# The one who speaks of itself: "X confirmed on Wednesday that it had opened an inquiry"
_SAID_IT = (
    r" (?:said|says|confirmed|confirms|announced|announces)"
    r"(?: on [a-z]+| in [a-z]+| [a-z]+day| yesterday| today)?"
    r"(?: that)? it "
)
# Not those whose own work the scrutiny is ("the company reviewed its own records")
_WATCHERS = AGENT_TYPES - {"Company"}

# A body's papers a watcher asks it for (one, or a copy of one): not money, approval or time
_PAPERS = (
    r"(?:(?:a |an )?cop(?:y|ies) of )?(?:the |its |their |all |any )?(?:[\w-]+ ){0,3}?"
    r"(?:contracts?|records|documents|emails|e-mails|statements? of work|minutes|reports?|studies|"
    r"assessments?|logs|correspondence|invoices|audit|agreements?|business case|evaluations?)"
)
_ASKED_FOR = r"(?:requested|requests|sought|seeks|demanded|demands|has requested|had requested)"
_ASKING = ("request", "sought", "seek", "demand", "asked", "asks")
# Words a sentence must hold for a rule to be tried (a quick test before the pattern)
_LOOKED_WORDS = ("review", "examin", "analy", "audit", "stud", "inspect", "obtain")
_INQUIRY_WORDS = ("review", "audit", "investigation", "inquiry", "probe", "examination")
_RELEASING = ("released", "disclosed", "handed", "turned", "provided")
# A law or a request of access to information: "under the Freedom of Information Act 1982",
# "under FOI", "through a FOIP request", "under the city's Freedom of Information ordinance"
_UNDER_ACCESS = (
    r"(?:(?:under|through|via|using|in response to) (?:the |a |an |its |their |our )?"
    r"(?:@\d+@['’]s |[a-z]+['’]s )?(?:[\w-]+ ){0,5}?(?:act|request|law|ordinance|programme|"
    r"program|foi|foia|foip|ati|rti|paia)\b|under (?:the )?@\d+@)"  # (the act named)
)

# fmt: off
# Hired by a body for a role of its own, and the role: "engaged by X as independent procurement
# auditor"
_ENGAGED_BY = r"(?:engaged|appointed|commissioned|retained|hired) by "
_INDEPENDENT = r"(?:an? |the |its )?independent "
_REVIEWED_BY_ENGAGED = (
    r"\b(?:reviewed|examined|checked|audited|observed|scrutini[sz]ed)\b[^@;]{0,60}? by "
    r"(?:the )?@(?P<s>\d+)@(?!'s),? " + _ENGAGED_BY + r"{O}(?!['’]s) as " + _INDEPENDENT
)
_ENGAGED_REVIEWED = (
    r"(?<![\w@])@(?P<s>\d+)@, " + _ENGAGED_BY + r"{O} as " + _INDEPENDENT
    + r"[^@;]{1,60}?, (?:has )?(?:reviewed|examined|checked|audited|observed|monitored)"
    r"\b(?! (?:[\w-]+ )?@)"
)

# A firm taken on by a body to watch its tender, and what it did: "the procurement auditor Y,
# engaged by X under a separate contract, reviewed the evaluation", "Y, appointed as probity
# adviser under a separate contract with X, has reviewed the criteria", "Independent procurement
# auditor engaged by X: Y, which reviewed the evaluation"
_ROLE = r"(?:procurement|probity|tender|auction) (?:auditor|advis[eo]r|observer)"
_SEPARATE = r"under a separate (?:[\w-]+ )?contract"
_TAKEN_ON = _ENGAGED_BY + r"{O}(?!['’]s)"
_HAS_REVIEWED = r"(?:has |had )?(?:reviewed|examined|checked|audited|observed|monitored)\b"
_WATCHED_TENDER = (
    # "the procurement auditor Y, engaged by X under a separate contract, reviewed …"
    r"(?<![\w@])(?:(?:the|an?) )?(?:independent )?" + _ROLE + r" @(?P<s>\d+)@, " + _TAKEN_ON
    + r"(?: " + _SEPARATE + r")?, " + _HAS_REVIEWED,
    # "… was reviewed before award by the procurement auditor Y, engaged by X under a separate
    # contract"
    r"\b(?:reviewed|examined|checked|audited|observed)\b[^@;]{0,60}? by (?:the )?(?:" + _ROLE
    + r" )?@(?P<s>\d+)@(?!'s),? " + _TAKEN_ON + r" " + _SEPARATE + r"\b",
    # "Y, engaged by X under a separate consultancy contract, has reviewed …"
    r"(?<![\w@])@(?P<s>\d+)@, " + _TAKEN_ON + r" " + _SEPARATE + r", " + _HAS_REVIEWED,
    # "Y, appointed as probity adviser under a separate contract with X, has reviewed …", "Y,
    # appointed under a separate contract as X's independent probity adviser, has reviewed …"
    r"(?<![\w@])@(?P<s>\d+)@, appointed (?:as (?:an? |the )?(?:independent )?" + _ROLE + r" )?"
    + _SEPARATE + r" with (?:the )?{O}(?!['’]s), " + _HAS_REVIEWED,
    r"(?<![\w@])@(?P<s>\d+)@, appointed " + _SEPARATE + r" as (?:the )?{O}['’]s (?:independent )?"
    + _ROLE + r", " + _HAS_REVIEWED,
    # "Independent procurement auditor engaged by X: Y, which reviewed …"
    r"\b(?:independent )?" + _ROLE + r" " + _TAKEN_ON + r": @(?P<s>\d+)@,? (?:which|who) "
    + _HAS_REVIEWED,
)

INQUIRY_RULES = [
    make_rule("records reviewed", "investigates",
              r"{S}" + _GAP + r"(?:has |have |had )?" + _LOOKED + r" (?:[\w$,.-]+ ){0,8}?" + _KEPT
              + r"(?: and (?:[\w$,.-]+ ){0,4}?" + _KEPT + r")? (?:from|of|held by|kept by) "
              r"{O}(?!'s)",
              _WATCHERS, ORGS, 0.6, needs=_LOOKED_WORDS),
    make_rule("records reviewed", "investigates",
              r"{S}" + _GAP + r"(?:has |have |had )?" + _LOOKED + r" (?:[\w$,.-]+ ){0,8}?" + _DONE
              + r"(?: (?:made|run|carried out|done|performed|conducted))? by (?:the )?{O}(?!'s)",
              _WATCHERS, ORGS, 0.6, needs=_LOOKED_WORDS),
    make_rule("owner's work reviewed", "investigates",
              r"{S}" + _GAP + r"(?:has |have |had )?(?:audited|inspected|obtained|obtains) {O}'s ",
              _WATCHERS, ORGS, 0.6, needs=("audited", "inspected", "obtain")),
    # "officers inspected the premises of X", "Y audited the Guangdong plant of X" (an auditing
    # firm too, which audits)
    *[
        make_rule("owner's work reviewed", "investigates",
                  r"{S}" + _GAP + r"(?:has |have |had )?(?:" + verbs + r") (?:an? (?:[\w-]+ )?"
                  r"(?:inspection|search|visit|audit) (?:at|of) )?the "
                  r"(?:[\w-]+ |@\d+@ ){0,2}?(?:premises|plant|factory|offices?|sites?|depot|"
                  r"warehouse|facilit(?:y|ies)|books|accounts) of (?:the )?{O}(?!'s)",
                  watchers, ORGS, 0.6, needs=("audited", "inspect", "searched", "visit"))
        for verbs, watchers in (
            # ("carried out an on-site inspection at the premises of X")
            ("inspected|searched|visited|carried out|conducted|made", _WATCHERS),
            ("audited", AGENT_TYPES),
        )
    ],
    *[
        make_rule("inquiry opened", "investigates",
                  r"{S}" + said + r"(?:has |have |had )?" + _OPENED
                  + r" (?:an? |its |their |that |this )?(?:[\w-]+ ){0,2}?" + _INQUIRY
                  + r" (?:of|into) (?!(?:the )?" + DEATH + r" of)(?:[^@]{0,40}? (?:at|in|by|of) "
                  r"|(?:how|whether|why) (?:the )?)?{O}",  # ("a review of how X spent a grant")
                  watchers, ORGS, 0.6, needs=_INQUIRY_WORDS)
        # (a body that says "it" opened one: not a person, who is no "it")
        for said, watchers in ((_GAP, _WATCHERS), (_SAID_IT, _WATCHERS - {"Person"}))
    ],
    # "The Auditor-General's special audit of NAFRA's subsidy programme found …", "The
    # Auditor-General's Report for 2023 examined ARA's management of the contract"
    make_rule("inquiry's finding", "investigates",
              r"(?<![\w@])@(?P<s>\d+)@['’]s (?:[\w-]+ ){0,3}?" + _INQUIRY + r" of (?:the )?{O}",
              _WATCHERS, ORGS - {"Program"}, 0.6, needs=_INQUIRY_WORDS),
    make_rule("inquiry's finding", "investigates",
              r"(?<![\w@])@(?P<s>\d+)@['’]s (?:[\w-]+ ){0,3}?(?:" + _INQUIRY + r"|report)"
              r"\b[^@;]{0,60}?(?:@\d+@[^@;]{0,60}?){0,2} (?:examined|reviewed|found that|looked at|"
              r"faulted|criticised|criticized) (?:the )?{O}",
              _WATCHERS, ORGS - {"Program"}, 0.6, needs=_INQUIRY_WORDS + ("report",)),
    # "An audit by X, released last spring, reviewed the Y's screening decisions"; an auditing
    # firm's too, and the work it looked at may come first: "an independent privacy audit by X
    # reviewed how long we keep complaint records"
    make_rule("inquiry by", "investigates",
              r"\b" + _INQUIRY + r" by {S}(?:, [^@;]{0,40},)? (?:reviewed|examined|found|faulted|"
              r"critici[sz]ed|looked at) (?:(?:how|what|which|whether) [^@;]{0,30}?)?{O}",
              AGENT_TYPES, ORGS, 0.6, needs=(" by ",)),
    # "P and Y's cloud environment were audited against ISO/IEC 27001 by X", "… passed an
    # independent security audit by X", "… were certified in June following an audit by X":
    # the auditor examines the firm whose systems it certified
    make_rule("audited systems", "investigates",
              r"{O}'s (?:[\w-]+ ){0,3}?(?:environment|systems?|platform|infrastructure|"
              r"operations|services?|cloud)\b[^@;]{0,20}? (?:(?:were|was|have been|has been) "
              r"(?:audited|certified|assessed)(?: [^;]{0,60}?)? (?:by|following an? (?:[\w-]+ )"
              r"{0,3}?audit by)|(?:passed|completed|underwent) an? (?:[\w-]+ |@\d+@ ){0,4}?"
              r"(?:audit|examination|assessment)(?: [^@;]{0,20}?)? by) {S}",
              AGENT_TYPES, ORGS, 0.6, needs=("audit", "certified", "assessed", "examination")),
    # "In January P completed a SOC 2 Type II examination by X", "Y completed a SOC 2 Type II
    # examination carried out by X", "P was certified against ISO/IEC 27001 by X": a firm or its
    # thing examined (the thing's maker, by `examined_things`)
    make_rule(EXAMINED_THING, "investigates",
              r"(?<!\bby ){O}(?:['’]s (?:[\w-]+ ){0,3}?(?:software|module|platform|system|app))? "
              r"(?:has |had )?(?:recently |also |now )?(?:(?:completed|passed|underwent) an? "
              r"(?:[\w-]+ |@\d+@ ){0,4}?(?:audit|examination|assessment)(?: (?:carried out|"
              r"conducted|performed))?|(?:was|has been|were) (?:independently )?certified "
              r"(?:against|to|under) (?:[^@;]|@\d+@){0,40}?)(?: in [\w ]{3,20}?)? by {S}",
              AGENT_TYPES, ORGS | THING_TYPES, 0.6,
              needs=("audit", "examination", "assessment", "certified")),
    # "X carried out a penetration test of Y's ResultsNet and its public website": a tester
    # examines the body whose systems it tests
    make_rule("audited systems", "investigates",
              r"{S}{w}(?:carried out|conducted|performed|ran) an? (?:[\w-]+ ){0,3}?(?:penetration "
              r"test|security test|security assessment|security audit|red-team exercise) of "
              r"(?:the )?{O}'s",
              AGENT_TYPES, ORGS, 0.6, needs=("test", "assessment", "audit", "exercise")),
    make_rule("records asked for", "investigates",
              r"{S}" + _GAP + _ASKED_FOR + r" " + _PAPERS + r"(?: [^@;]{0,40}?)? from (?:the )?{O}",
              _WATCHERS, ORGS, 0.6, needs=_ASKING),
    # "We got the KilimoPass contract from NAFRA under the Access to Information Act": papers
    # got from a body under a records law, or through a request
    make_rule("records asked for", "investigates",
              r"{S}" + _GAP + r"(?:got|obtained|received|secured) (?:the )?(?:@\d+@ )?" + _PAPERS
              + r"(?: [^@;]{0,20}?)? from (?:the )?{O} (?:[^@;]{0,20}? )?(?:under|through|via|"
              r"using|in response to) "
              r"(?:the |an? )?(?:@\d+@|[^@;]{0,50}?\b(?:act|law|request|foi|lgoima|rti)\b)",
              _WATCHERS, ORGS, 0.6, needs=("got", "obtained", "received", "secured")),
    make_rule("records asked for", "investigates",
              r"{S}" + _GAP + r"(?:asked|asks|has asked|had asked|pressed|pushed) {O} for "
              + _PAPERS + r"\b", _WATCHERS, ORGS, 0.6, needs=_ASKING),
    make_rule("records asked for", "investigates",
              r"{S}" + _GAP + r"(?:sent|sends|has sent|wrote) {O} (?:a |an )?(?:[\w-]+ ){0,2}?"
              r"letter(?: [^@;]{0,30}?)? (?:demanding|requesting|seeking|asking for) " + _PAPERS
              + r"\b",
              _WATCHERS, ORGS, 0.6, needs=_ASKING),
    make_rule("records asked for", "investigates",
              r"{S}" + _GAP + r"(?:filed|files|has filed|submitted|lodged) (?:an? )?"
              r"(?:[\w-]+ ){0,3}?(?:records|information|foi|freedom of information|access) "
              r"requests? (?:with|to) "
              r"(?:the )?{O}", _WATCHERS, ORGS, 0.6, needs=("request",)),
    # "Y released its contract and five years of reports to X", "Y released 640 pages to me"
    make_rule("records released to", "investigates",
              r"{O}" + _GAP + r"(?:has |have |had )?(?:released|disclosed|handed over|turned over|"
              r"provided) (?:[\w$,.-]+ ){0,10}?(?:" + _KEPT + r"|contracts?|pages|amendments|"
              # (and the other party of what is released: "its contract with Z to X")
              r"reports)(?: (?:[^@;]|@\d+@){0,40}?)? to (?:the )?@(?P<s>\d+)@(?!'s)",
              _WATCHERS, ORGS, 0.6, needs=_RELEASING),
    # "the club provided the Trust with a copy of its impact assessment"
    make_rule("records released to", "investigates",
              r"{O}" + _GAP + r"(?:has |have |had )?(?:provided|gave|sent|handed) (?:the )?"
              r"@(?P<s>\d+)@(?!'s) with (?:a |an )?(?:cop(?:y|ies)|set) of\b",
              _WATCHERS, ORGS, 0.6, needs=("provided", "gave", "sent", "handed")),
    # "CARA released its draft safety case and the evaluation of the trial to the Guild under
    # the Freedom of Information Act": whatever is released, under a law of access
    make_rule("records released to", "investigates",
              # ("Records Y released to X under the Act": what is released told before)
              r"{O}" + _GAP + r"(?:has |have |had )?(?:released|disclosed|handed over|provided)"
              r"(?: (?:[^@;]|@\d+@){1,140}?)? to (?:the )?@(?P<s>\d+)@(?!'s)(?: \(@\d+@\))? "
              + _UNDER_ACCESS,
              _WATCHERS, ORGS, 0.6, needs=_RELEASING),
    # "We got the CellCall contract from the Agency under FOI", "X obtained the contract from
    # the college through a public records request"
    make_rule("records released to", "investigates",
              r"{S}" + _GAP + r"(?:has |have |had )?(?:got|obtained|received) (?:the |a |an |its |"
              r"their |copies of )?(?:[\w$,.-]+ |@\d+@ ){0,6}?(?:contracts?|records|documents|"
              r"e-?mails|files|pages|reports?|cop(?:y|ies)|data|assessments?|agreements?|minutes|"
              r"logs|briefings?|correspondence) from (?:the )?{O}(?!'s) " + _UNDER_ACCESS,
              _WATCHERS, ORGS, 0.6, needs=("got", "obtained", "received")),
    # "X ran three stories built on flight logs it obtained from Y", "documents they got from Y
    # through Right-to-Know requests": records the subject itself obtained
    make_rule("records released to", "investigates",
              r"{S}(?:(?!\b(?:said|says|told|tells|but|and)\b)[^@;]){0,120}?\b" + _KEPT
              + r" (?:that |which )?(?:it|they) (?:had |has |have )?(?:obtained|got|received|"
              r"secured) from (?:the )?{O}(?!'s)",
              _WATCHERS, ORGS, 0.6, needs=("obtained", "got", "received", "secured")),
    # "Documents Y released to X under the Access to Information Act show …"
    make_rule("records released to", "investigates",
              r"\b(?:records|documents|emails|e-mails|files|pages|contracts?|data) "
              r"(?:that |which )?(?:the )?{O} (?:has |had )?(?:released|disclosed|provided|"
              r"handed over|turned over) to (?:the )?@(?P<s>\d+)@(?!'s)",
              _WATCHERS, ORGS, 0.6, needs=_RELEASING),
    # "Documents released to X by Y under Right to Information"
    make_rule("records released to", "investigates",
              r"\b(?:records|documents|emails|e-mails|files|pages|contracts?) (?:[^@;]{0,30} )?"
              r"(?:released|disclosed|provided|handed over|turned over) to (?:the )?@(?P<s>\d+)@"
              r"(?!'s) by {O}",
              _WATCHERS, ORGS, 0.6, needs=_RELEASING),
    # "Y examined Stratalis's software change records", "The Auditor General's special audit of
    # the programme examined the GTSA's planning", "An independent review by Y examined the
    # Trust's handling of results": a body's work examined by another (not its bid or request,
    # which a buyer or an official reviews as a matter of course)
    *[
        make_rule("owner's work examined", "investigates",
                  examiner + _GAP + r"(?:has |have |had )?(?:examined|reviewed|assessed|"
                  r"scrutini[sz]ed|looked at|went through) {O}['’]s (?!" + _ROUTINE + r")",
                  AGENT_TYPES, ORGS, 0.6, needs=("examined", "reviewed", "assessed", "scrutini",
                                                 "looked at", "went through"))
        for examiner in (
            # (not what an inquiry is of or for: "the special audit of the NSGP, laid in March,")
            r"(?<!\bof )(?<!\bof the )(?<!\bfor )(?<!\bfor the )(?<!\()(?<!\(the ){S}",
            r"(?<![\w@])(?:the )?@(?P<s>\d+)@['’]s (?:[\w-]+ ){0,3}?" + _INQUIRY_DONE,
            # (an aside may name who asked for it: "…, commissioned by the Trust,")
            _INQUIRY_DONE + r" by (?:the )?@(?P<s>\d+)@(?!['’]s)(?:, (?:[^@;,]|@\d+@){1,60}?,)?",
        )
    ],
    # "X, which is investigating the intrusion into the county's network": a responder to an
    # attack on a body's systems examines the body
    make_rule("incident examined", "investigates",
              r"{S}(?:,? (?:which|who))? (?:is |was |has been |had been |are |were )?"
              r"(?:investigating|investigated|examining|examined|reviewing|reviewed|"
              r"(?:carried out|carrying out|led|leading|conducted|conducting) (?:the |a |an |its )?"
              r"(?:[\w-]+ )?(?:investigation|review|examination) (?:of|into)) "
              r"the (?:[\w-]+ ){0,2}?" + _INCIDENT + r" (?:into|on|of|at|in|against) "
              r"(?:the )?{O}['’]s (?:[\w-]+ ){0,2}?" + _SYSTEMS,
              AGENT_TYPES, ORGS, 0.6, needs=("investigat", "examin", "review")),
    # "The evaluation of Lots 1 and 2 was reviewed before award by Y, engaged by X as independent
    # procurement auditor", "Y, engaged by X as independent auction observer, reviewed the bid
    # logs", "X has engaged Y as independent probity adviser": the body's own tender looked into
    *(
        make_rule("independent observer", relation, pattern, AGENT_TYPES, ORGS, 0.6,
                  needs=("independent",))
        for relation in ("investigates", "supplies")
        for pattern in (_REVIEWED_BY_ENGAGED, _ENGAGED_REVIEWED)
    ),
    # "The Agency has granted your request, made on behalf of the X Network, in part": a records
    # request answered names the body it was made for
    make_rule("request on behalf", "investigates",
              r"{O}(?:, [^@;]{1,60},)? (?:has |have )?(?:now )?(?:granted|refused|partly granted|"
              r"decided|answered)(?: in part)? (?:your|the|this) (?:access )?(?:request|"
              r"application)(?: for (?:[^@;]|@\d+@){0,60}?)?, (?:made|submitted|lodged|filed) "
              r"on behalf of (?:the )?{S}(?!['’]s)",
              AGENT_TYPES - {"Person"}, ORGS, 0.6, needs=("on behalf of",)),
    *(
        make_rule("tender watched", relation, pattern, AGENT_TYPES, ORGS, 0.6,
                  needs=("auditor", "adviser", "advisor", "observer", "separate"))
        for relation in ("investigates", "supplies")
        for pattern in _WATCHED_TENDER
    ),
    make_rule("independent observer", "investigates",
              r"{O}(?!['’]s) (?:has |had )?(?:also |since )?(?:engaged|appointed|retained|"
              r"commissioned) (?:the )?@(?P<s>\d+)@(?!'s) (?:[^@;]{0,60}? )?as " + _INDEPENDENT
              + _ROLE + r"\b"
              # (and the review it made: not an engagement alone)
              r"[^@;]{0,60}?,? and (?:the firm|it|@\d+@) (?:has )?(?:reviewed|examined|checked|"
              r"audited|observed)\b",
              AGENT_TYPES, ORGS, 0.6, needs=("independent",)),
    # "X has hired Y to investigate the intrusion into its systems", "X has engaged Y, which is
    # investigating the breach": the firm a body brings in to look into what befell it (not
    # one sent to examine another's: "engaged Y to examine Z's deployment")
    make_rule("incident examined", "investigates",
              r"{O}(?:, [^@;]{1,80}?,)? (?:has |have |had )?(?:engaged|hired|retained|appointed|"
              r"brought in|called in|commissioned) (?:the )?(?:[\w-]+ ){0,4}?@(?P<s>\d+)@"
              r"(?:,? (?:which|who) (?:is |was |has been )?| (?:[\w-]+ ){0,4}?to )"
              r"(?:investigat|examin|establish|determine|look into|find out)[a-z]*"
              # (what befell the body, not a tender or another's work: "to review the tender")
              r" (?:(?:the|a|an|its|their) (?:[\w-]+ ){0,2}?" + _INCIDENT
              + r"(?! (?:[\w-]+ )?(?:of|at|on|into) (?:the )?@)|(?:what|how|whether|why|who)\b)",
              AGENT_TYPES, ORGS, 0.6, needs=("engaged", "hired", "retained", "appointed",
                                             "brought in", "called in", "commissioned")),
]
# fmt: on
