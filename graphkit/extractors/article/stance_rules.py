"""Opposition told through whom a demand reaches: "urged the Commission to recommend that the Y
end the drone program" opposes Y, the one to end it; "asked the Y's board to cancel the Phase 2
options" opposes Y, whose board it is.

A group's plea that a public body stop what it does opposes the body, whatever the plea names
to stop ("asked the Council to suspend automated flagging", "asked the Council not to proceed
beyond the pilot"), told by a letter ("wrote to the Ministry asking it to …", "sent the
department a letter asking it to …", "Council has received a letter from X asking Council to
…") or a request ("despite a request from X that the council drop the contract"). A court asked
to undo a body's act is no party: the body is ("asked a federal judge to annul the SSPM's
award")."""

from __future__ import annotations

from .entity import AGENT_TYPES
from .rules import ASK_CUE, COMPANY, GOV, ORGS, make_rule

# What one body may be asked to have another do
_HAVE_DONE = r"(?:recommend|require|order|direct|tell|instruct|force|ask)"
# The ending asked for, said of the body that is to end it
_END = r"(?:end|stop|halt|drop|cancel|scrap|suspend|abandon|ground|terminate|pause)"
# Those who speak for a body: its board, council, commissioners
_GOVERNORS = r"(?:board|council|commissioners|directors|trustees|governing body|leadership)"

# A plea's ending, of whatever the body does (not "to stop X from …", another's doing)
_PLEA_END = (
    r"(?:not to (?:proceed|go ahead|renew|extend|expand|sign|award|approve|continue|buy|adopt)|"
    r"to (?:suspend|halt|pause|stop|end|cancel|drop|scrap|abandon|terminate|rescind|re-?tender|"
    r"remove|shelve|freeze|postpone|reverse|withdraw|ground|discontinue|delay|defer|reject|reconsider|"
    r"revoke|(?:switch|turn|shut|take) (?:(?:it|them) |(?:the|its|their|all) (?:[\w-]+ ){1,3}?)?"
    r"(?:off|down|offline))\b(?! \w+ from\b)"  # ("to take the director search offline")
    # (what the body does, unnamed: a named thing or another's contract close after is the
    # pattern rules' to read, "to drop P", "to end the authority's contract with Y"; not one
    # far on, "to drop the requirement that small shops upload their logs through P"; a place
    # is no such thing, "to halt its drone flights over the Wendle Brook")
    r"(?![^;@]{0,40}(?<!\bover )(?<!\bover the )(?<!\bin )(?<!\bin the )(?<!\bat )"
    r"(?<!\bat the )(?<!\balong )(?<!\balong the )(?<!\bnear )@\d+@))"
)
# Words before the plea that say none was made ("has not asked", "never wrote")
_UNSAID = r"(?:(?!\bnot\b|\bnever\b|n't\b|\bno\b)[^@]){0,60}?"
# Who writes: a unit, with the body it is of ("the Brackmoor branch of the X Union wrote"),
# not that body
_WRITER = r"(?<!@ of the )(?<!@ of ){S}(?: of (?:the )?@\d+@(?!['’]s))?" + _UNSAID
# Who pleads: a group, a union (not a body: "the mayor's office asked the department to
# pause", nor a person speaking for one, nor a vendor: "asking it to pause the pilot until new
# software arrives")
_PLEADERS = AGENT_TYPES - {"GovernmentAgency", "Person", "Company"}
# Whom a plea asks to act: a public body, or a body of no known kind ("the Global Food Assistance
# Programme"), not a firm
_ASKED = GOV | {"Organization", "ResearchOrganization"}  # (a college, a university)
# Those a plea reaches on a body's behalf: "it", "him", "her", "them", or the text's own body
# ("wrote to us in March asking us to stop …")
_IT = r"(?:it|them|him|her|us|@\d+@)"
# A letter to a body asking it to act: "X has written to Y asking it to …"
_LETTER_ASKING = (
    _WRITER + r"\b(?:wrote|written|writes|write) to {O},? (?:[^@;]{0,40}? )?"
    r"(?:asking|urging|calling on|pressing|requesting) " + _IT
)
# A court asked to undo what a body did
_COURT = r"(?:an? |the )?(?:[\w-]+ ){0,2}?(?:court|judge|tribunal)"

# A complaint's making: "filed a complaint with the privacy commissioner in August about"
# ("lodged a complaint with the state's Y in June", "brought this complaint to us on Mr D's
# behalf", "complained to us in July 2024": to whoever hears it, not "complained about" alone)
_HEARD_BY = r"(?:the )?(?:(?:[a-z]+['’]s )?@\d+@(?: \(@\d+@\))?|us\b|[^@;,]{0,50}?)"
_WHEN = r"(?: on (?:mr|ms|mrs|miss|dr)\.? @\d+@['’]s behalf)?(?: (?:in|on|last|this) [\w ]{1,20}?)?"
_COMPLAINED = (
    r"(?:(?:filed|lodged|made|submitted|brought|sent) (?:a |an |this |the )?"
    r"(?:formal |written |[\w-]+ )?complaint(?: (?:with|to) " + _HEARD_BY + r")?"
    r"|complained to " + _HEARD_BY + r")" + _WHEN
)
# What the complaint is about: "about the Service's pilot", "about delays in the Directorate's
# decisions", "over the handling of X's appeals"
_ABOUT = (
    r" (?:about|over|regarding|concerning|against) (?:(?:the )?(?:[\w-]+ ){0,3}?(?:in|of|at|by) )?"
    r"(?:the )?{O}['’]s\b"
)

# fmt: off
STANCE_RULES = [
    # a judgment's appearances: "Mr X instructed by Y for the Claimant", "Ms X of Y for the
    # Interested Party": counsel's firm stands for the party
    make_rule("counsel for", "supports",
              r"^(?:(?:mr|ms|mrs|miss|dr)\.? )?@\d+@(?:,? (?:kc|qc|sc|sc\.))?,? "
              r"(?:instructed by|of) {S} (?:for|on behalf of) (?:the )?{O}\.?$",
              COMPANY | {"Organization"}, AGENT_TYPES - {"Person"}, 0.6,
              needs=("instructed by", " of ")),
    # "X filed a complaint with the provincial privacy commissioner about the Service's ALPR
    # pilot": a complaint of a body's doing, to whoever hears it, opposes the body
    make_rule("complaint about", "opposes",
              r"{S}" + _UNSAID + r"\b(?:has |have |had )?" + _COMPLAINED + _ABOUT,
              _PLEADERS | {"Company"}, ORGS, 0.6, negatable=False, needs=("complain",)),
    # "after a complaint from X about the Provider's handling of medicines", "following a
    # formal complaint from X about DCR's charges": the complainant opposes the body
    make_rule("complaint about", "opposes",
              r"(?<!\bno )(?<!\bany )(?<!\bnot a )\bcomplaints?(?: (?:to|with) (?:the )?"
              r"(?:@\d+@|us|(?:our|this|the) office)" + _WHEN + r")? from (?:the )?{S}"
              r"(?: \(@\d+@\))?,?"
              r"(?: [^@;,]{0,30}?)?" + _ABOUT,
              _PLEADERS | {"Company"}, ORGS, 0.6, negatable=False, needs=("complaint",)),
    # "X has taken the council to the High Court over the rollout"
    make_rule("taken to court", "opposes",
              r"{S}" + _UNSAID + r"\b(?:has |have |had )?(?:taken|took|takes|is taking) {O} to "
              r"(?:" + _COURT + r"|the @\d+@ (?:over|about|for)\b)",
              _PLEADERS, ORGS, 0.65, needs=("taken", "took", "takes", "taking")),
    # "X filed an application for judicial review in the High Court against Y", "X applied for
    # judicial review of Y's decision": a case brought against a body
    make_rule("taken to court", "opposes",
              r"{S}" + _UNSAID + r"\b(?:has |have |had )?(?:filed|lodged|brought|launched|issued) "
              r"(?:an? |its |their )(?:[\w-]+ ){0,2}?(?:application|petition|claim|case|action|"
              r"challenge|suit|lawsuit)(?: for (?:a )?judicial review)?(?: (?:in|at|with|before) "
              r"(?:the )?(?:@\d+@|(?:[\w-]+ ){0,3}?(?:court|tribunal)))? against (?:the )?{O}",
              _PLEADERS, ORGS, 0.65, needs=("against",)),
    make_rule("taken to court", "opposes",
              r"{S}" + _UNSAID + r"\b(?:has |have |had )?(?:applied|sought|seeks|is seeking) "
              r"(?:for )?(?:a )?judicial review of (?:the )?{O}['’]s\b",
              _PLEADERS, ORGS, 0.65, needs=("judicial review",)),
    # "X, an unsuccessful tenderer, has applied to the Federal Court for review of the
    # Agency's decision to award Lot 2 to Y": a bidder's challenge to a body's award
    make_rule("award challenged", "opposes",
              r"{S}" + _UNSAID + r"\b(?:has |have |had )?(?:applied|petitioned|appealed) to "
              r"(?:the )?(?:@\d+@|" + _COURT + r") (?:for (?:a |judicial )?review of|asking it to "
              r"(?:annul|set aside|quash|overturn|review)) (?:the )?{O}['’]s (?:decision|award|"
              r"choice|selection)\b",
              COMPANY | _PLEADERS, ORGS, 0.6, negatable=False,
              needs=("applied", "petitioned", "appealed")),
    # "Ms X of Ntuli Ferreira Attorneys appeared for the Licensee": the firm represents it
    make_rule("appeared for", "supports",
              r"@\d+@ (?:\([^()@]{1,30}\) )?of (?:the )?{S},? (?:appeared|appears|acted|acts) "
              r"(?:for|on behalf of) (?:the )?{O}",
              COMPANY | {"AdvocacyGroup"}, ORGS, 0.6,
              needs=("appeared", "appears", "acted", "acts")),
    make_rule("plea to halt", "opposes",
              r"{S}" + _UNSAID + r"\b(?:asked|asks|has asked|have asked|is asking|are asking|"
              r"urged|urges|urge|called on|calls on|call on|pressed|petitioned|asking|urging|"
              # ("asked Malta's X Bureau to drop": the nation left out)
              r"calling on|(?:write|writes|wrote|writing) to ask) \s?{O}"
              r"(?: \(@\d+@\))?(?: in [a-z]+(?: \d{4})?)?,? " + _PLEA_END,
              _PLEADERS, _ASKED, 0.6, negatable=False,
              needs=("ask", "urg", "call", "press", "petition")),
    # "write to ask the Ajuntament to switch off the 38 FluxTrack sensors": the body asked,
    # whatever thing it is to switch off
    make_rule("plea to halt", "opposes",
              r"{S}" + _UNSAID + r"\b(?:asked|asks|has asked|have asked|urged|urges|urge|called "
              r"on|calls on|call on|(?:write|writes|wrote|writing) to ask) {O},? to "
              r"(?:switch|turn) off\b",
              _PLEADERS, _ASKED, 0.6, negatable=False, needs=("off",)),
    # "asked the Committee to recommend that the Authority halt online-only ticketing": the
    # body the panel is to advise
    make_rule("plea to halt", "opposes",
              r"{S}" + _UNSAID + r"\b(?:asked|asks|has asked|have asked|urged|urges|called on|"
              r"calls on) (?:the )?(?:@\d+@|committee|panel|board|council|commission|minister) to "
              r"(?:recommend|urge|require|direct|order|tell|ask) "
              r"(?:that )?{O} (?:should |to )?" + _END + r"\b",
              _PLEADERS, _ASKED, 0.6, negatable=False,
              needs=("recommend", "urge", "require", "direct", "order", "tell")),
    # "call on Pilgara Resources Ltd to ground the drones it has been flying", "… to suspend
    # ClaimSift, the automated system it uses": a firm asked to stop what it does itself (not
    # to end its contract with a body, demands.py's, nor to withdraw an offer to one)
    make_rule("plea to a firm", "opposes",
              r"{S}" + _UNSAID + r"\b(?:asked|asks|has asked|have asked|urged|urges|urge|"
              r"called on|calls on|call on|pressed|calling on|urging) {O}"
              r"(?: in [a-z]+(?: \d{4})?)?,? to "
              r"(?:stop|halt|suspend|pause|ground|delete|withdraw|scrap|abandon|cease|drop|"
              r"switch off|turn off|shut down) (?:the |its |all |using |@\d+@)"
              r"(?![^;]{0,80}\b(?:contracts?|deals?|agreements?|partnerships?|sales?|"
              r"proposals?|bids?|offers?|tenders?)\b)",
              _PLEADERS, {"Company"}, 0.6, negatable=False,
              needs=("ask", "urg", "call", "press")),
    make_rule("letter asking halt", "opposes",
              _LETTER_ASKING + r" " + _PLEA_END,
              _PLEADERS, _ASKED, 0.6, negatable=False,
              needs=("wrote", "written", "writes", "write")),
    # "X wrote to Y asking it to stop using P": the plea is Y's to act on, whatever it names
    make_rule("letter asking halt", "opposes",
              _LETTER_ASKING + r" to (?:stop using|"
              r"stop|suspend|halt|pause|drop|end|scrap|cancel|abandon|withdraw) "
              r"(?:the |its |their )?(?:use of )?@\d+@",
              _PLEADERS, _ASKED, 0.6, negatable=False,
              needs=("wrote", "written", "writes", "write")),
    # "Trident has written to CMPC asking it to suspend the award decision": a losing bidder's
    # challenge of the award (a firm's other pleas are its business with the body)
    make_rule("letter asking halt", "opposes",
              _LETTER_ASKING + r" to (?:suspend|reconsider|annul|cancel|set aside|revoke|review) "
              r"(?:the|its) (?:contract )?(?:award|tender|procurement)(?: decision)?\b",
              {"Company"}, ORGS, 0.6, negatable=False,
              needs=("wrote", "written", "writes", "write")),
    # "X wrote to us in March asking us to stop requesting passport copies": a firm asked by
    # letter to stop what it does itself (not to end its contract with a body: demands.py's)
    make_rule("letter asking a firm", "opposes",
              _LETTER_ASKING + r" to (?:stop|suspend|halt|pause|drop|end|scrap|cancel|abandon|"
              r"withdraw|ground|delete|switch off|turn off) "
              r"(?![^;]{0,80}\b(?:contracts?|deals?|agreements?|partnerships?|sales?|proposals?|"
              r"bids?|offers?|tenders?)\b)",
              _PLEADERS, {"Company"}, 0.6, negatable=False,
              needs=("wrote", "written", "writes", "write")),
    make_rule("sent a letter asking halt", "opposes",
              r"{S}" + _UNSAID + r"\b(?:sent|sends|has sent|delivered) {O} (?:a|an) "
              r"(?:[\w-]+ )?(?:letter|petition|email|notice)\b[^@;]{0,40}? (?:asking|urging|"
              r"calling on) " + _IT + r" " + _PLEA_END,
              _PLEADERS, _ASKED, 0.6, negatable=False, needs=("sent", "sends", "delivered")),
    make_rule("received a letter asking halt", "opposes",
              r"{O}{w}(?:received|receives|has received|had received) (?:a|an) (?:[\w-]+ )?"
              r"(?:letter|petition|email|submission) from {S},? (?:asking|urging|calling on) "
              r"(?:(?:the )?@\d+@|" + _IT + r") " + _PLEA_END,
              _PLEADERS, _ASKED, 0.6, negatable=False, needs=("received",)),
    make_rule("request that halt", "opposes",
              r"\b(?:request|call|demand|plea|petition)s? (?:from|by) {S},? (?:that|for) {O} "
              r"(?:should )?(?:not (?:proceed|renew|extend|expand|sign|award)|(?:suspend|halt|"
              r"pause|stop|end|cancel|drop|scrap|abandon|terminate|rescind|re-?tender|shelve))\b",
              _PLEADERS, _ASKED, 0.6, negatable=False, needs=("request", "call", "demand", "plea")),
    make_rule("asked a court to undo", "opposes",
              r"{S}" + _UNSAID + r"\b(?:asked|asks|has asked|petitioned|is asking) " + _COURT
              + r" to (?:annul|quash|set aside|overturn|void|halt|block|stop|suspend|reverse) "
              r"{O}'s\b",
              AGENT_TYPES - {"GovernmentAgency"}, GOV, 0.6, negatable=False,
              needs=("court", "judge", "tribunal")),
    make_rule("asked to have end", "opposes",
              r"{S}{X}" + ASK_CUE + r" (?:the )?(?:@\d+@|[a-z]+(?: [a-z]+)?) to "
              + _HAVE_DONE + r" (?:that )?{O} "
              + _END + r"s? (?:the|its|their)\b",
              AGENT_TYPES - {"Company", "GovernmentAgency"}, ORGS, 0.6,
              needs=("recommend", "require", "order", "direct", "tell", "instruct", "force")),
    make_rule("asked the body's board", "opposes",
              r"{S}{X}" + ASK_CUE + r" {O}'s (?:[\w-]+ )?" + _GOVERNORS + r" to " + _END
              + r" (?:the|its|their)\b",
              AGENT_TYPES - {"Company", "GovernmentAgency"}, ORGS, 0.6,
              needs=("board", "council", "commissioners", "directors", "trustees", "leadership")),
]
# fmt: on
