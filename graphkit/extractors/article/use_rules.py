"""A body's use of a thing told as what the thing is to it: "P, the records system the department
has used since 2019", "X has dispatched on P since 2023", "X takes permit payments through P"."""

from __future__ import annotations

from .rules import ORGS, make_rule

# What a thing is, named after it in an apposition
_KIND = (
    r"(?:software|tool|system|platform|app|application|database|product|service|portal|"
    r"network|suite)"
)

_KIND_WORDS = ("software", "tool", "system", "platform", "app", "database", "portal")
# A body's thing of a kind, held now (not one it is to get, or once had): "official parking app"
_HELD_THING = (
    r"(?!(?:[\w-]+ )?(?:former|old|previous|planned|proposed|new|future|next)\b)"
    r"(?:[\w-]+ ){0,3}?" + _KIND
)

# A use that ended or was dropped, told after it
ENDED = (
    # ("before" a date or a change, not "reviews every match in P before a parcel is released")
    # ("… before it is dispensed": a step of the work, not a change)
    r"(?![^.;]{0,80}\b(?:until|before (?:\d{4}|(?:it|they)(?! (?:is|are) )|switching|moving|being|"
    r"the (?:switch|move))|"
    r"stopped|no longer|dropp\w*|replac\w*|ended|switched|"
    r"rejected|abandoned|scrapped|cancel+ed|halted|shut|pulled|only for|refused)\b)"
)
# A thing's screen the work is done in: "P's back-office console", "P's alert queue"
SCREEN = r"['’]s (?:[\w-]+ ){0,2}?(?:console|dashboard|portal|queue|screens|module|app|workspace)\b"
# Work done in a thing or on its screen: "in P", "in P's agent console", "from P's console"
_IN_THING = r"(?:in|on|through|via|from(?= @\d+@" + SCREEN + r")) {O}(?:" + SCREEN + r"|(?!['’]s))"
# What a body does through a thing: takes payments, processes requests, files reports
_WORK = (
    r"(?:payments|applications|requests|claims|permits|orders|bookings|cases|records|reports|"
    r"fleet|payroll|timesheets|tickets|filings)"
)

# Verbs whose "through X" is no thing in use: being, saying, selling, buying, funding, finding
_NOT_WORK_VERBS = (
    r"is|was|has|does|goes|says|said|sells?|sold|buys?|bought|purchas\w+|acquir\w+|"
    r"order(?:s|ed)|obtain\w*|learn\w*|heard|found|fund\w*|financ\w*|offer\w*|provid\w*|"
    r"suppl\w*|market\w*|licens\w*|resell\w*|invest\w*|raised?|raises|access\w*|"
    r"contract(?:s|ed)|partner\w*|announc\w*|fell|falls|"
    # (nor a use meant, not made: "plans to process all claims through P")
    r"plan\w*|intend\w*|hop(?:e|es|ed)|expect\w*|want\w*|aim\w*|propos\w*|seek\w*|"
    r"decid\w*|agree\w*|refus\w*|declin\w*|consider\w*"
)
_NOT_WORK = r"(?:" + _NOT_WORK_VERBS + r")\b"
# Keeping records and cases in a thing: "processed", "serviced", "administers", "coded"
_RECORD_WORK = (
    r"(?:process|record|handl|logg|log|manag|servic|administer|cod|answer|approv|register|"
    r"issu|track|schedul|book|enter|captur|collect|tak|took|keep|kept|writ|wrote|check|"
    r"sen[dt]|assess|verif|review|validat|triag|analys|close|watch|monitor|count|tabulat|"
    r"scor|clear|sort|scann?|coordinat|download|fetch|retriev|calculat|bill|reconcil|lodg|"
    r"resolv|enforc|work(?=\w* out\b))"
    r"(?:e|es|ed|s|ing|en|ning|t)?"
    r"(?! (?:show|showed|shown|indicate|suggest|say|said|confirm|reveal|obtained)\w*\b)"  # nouns
)
# A body's people at work, whose use of a thing is the body's: "X's registrars", "its operators"
_STAFF = (
    r"(?:staff|teams?|officers|inspectors|verifiers|caseworkers|analysts|operators|clerks|"
    r"registrars|counsellors|agents|crews|workers|assessors|investigators|detectives|nurses|"
    r"librarians|engineers|controllers|employees|examiners|pharmacists|coordinators|dispatchers|"
    r"surveyors|case officers|officials|adjudicators|reviewers|technicians|rangers)"
)
# What a body's staff do in a thing: "have recorded every inspection in P", "completed 1,140
# assessments in P"
_STAFF_AT_WORK = (
    r" (?:(?:have|has|now|also|still|been) )*(?:" + _RECORD_WORK + r"|working|work|works|"
    # ("run every clearance search in P", "have examined every new application in P"; not
    # "ran penetration tests on P", an examination of the thing)
    r"complet(?:ed|es|e)|(?:run|ran|runs|examin(?:e|es|ed))"
    r"(?![^@]{0,40}\b(?:audits?|tests?|reviews?|assessments?|inspections?)\b)) "
    r"(?:[\w$.,'’-]+ ){0,8}?" + _IN_THING + ENDED
)
# Words before a verb that say the work may, must or will be done, not that it is
_NO_MODAL = r"(?:(?!\b(?:can|could|will|would|may|might|must|should|shall|to)\b)[^@]){0,25}?"

# Verbs whose "in P", "on P" or "through P" is no work done in a thing: finding fault with it,
# judging it, paying for it, selling it, building it, saying something about it, or intending to
_NOT_DONE_IN = (
    r"(?:" + _NOT_WORK_VERBS + r"|find\w*|identif\w*|discover\w*|detect\w*|report\w*|"
    r"flag\w*|not\w*|spott\w*|uncover\w*|expos\w*|test\w*|audit\w*|inspect\w*|examin\w*|"
    r"investigat\w*|criticis\w*|criticiz\w*|complain\w*|object\w*|comment\w*|brief\w*|"
    r"spen[dt]\w*|pa(?:id|ys)|cost\w*|sav\w*|built|build\w*|develop\w*|design\w*|integrat\w*|"
    r"embedd\w*|add\w*|includ\w*|work\w*|wrote|writes|publish\w*|appear\w*|"
    r"participat\w*|featur\w*|collaborat\w*|present\w*|sought|"
    r"stopp\w*|stops|ceas\w*|quit\w*|abandon\w*|need\w*|ask\w*|urg\w*|call\w*|hosts?|hosted|"
    r"believ\w*|says|claim\w*|warn\w*|argu\w*|insist\w*|question\w*|doubt\w*|rais\w*|"
    r"lost|loses|won|wins|bid\w*|tender\w*|interest\w*|focus\w*|train\w*|helps?|helped|"
    r"show\w*|stor\w*|back\w*|remain\w*|impos\w*|levi\w*|fined|fines)\b"
)
# A subject opens its clause: not a name after a preposition or a determiner ("alerts on NSX
# equities", "from the Orbisight images"), where the word after it is no verb
_CLAUSE_START = "".join(
    rf"(?<!\b{word} )"
    for word in ("in", "on", "at", "of", "from", "by", "with", "for", "to", "into", "onto", "the")
    + ("a", "an", "its", "their", "our", "his", "her", "whose", "about", "against", "under")
    + ("over", "between", "among", "across", "through", "via", "using", "than", "manages")
)
# A word before "in", "on" or "through" that makes what follows the topic or the fault, not
# the thing worked in: "a report on P", "errors in P", "a stake in P"
_TOPIC_BEFORE = (
    r"(?<!\breport )(?<!\breports )(?<!\bhearing )(?<!\bdecision )(?<!\bguidance )"
    r"(?<!\bstory )(?<!\bletter )(?<!\bposition )(?<!\bbriefing )(?<!\bconsultation )"
    r"(?<!\binquiry )(?<!\breview )(?<!\baudit )(?<!\bruling )(?<!\bvote )(?<!\bstatement )"
    r"(?<!\bopinion )(?<!\bpaper )(?<!\bstudy )(?<!\bquestions )(?<!\bquestion )"
    r"(?<!\bcomplaints )(?<!\bcomplaint )(?<!\bnotice )(?<!\bstake )(?<!\binterest )"
    r"(?<!\bshares )(?<!\brole )(?<!\bpart )(?<!\berrors )(?<!\berror )(?<!\bflaw )"
    r"(?<!\bflaws )(?<!\bfaults )(?<!\bfault )(?<!\bbugs )(?<!\bbug )(?<!\bproblems )"
    r"(?<!\bproblem )(?<!\bissues )(?<!\bissue )(?<!\bgaps )(?<!\bweaknesses )"
    r"(?<!\bfailures )(?<!\bfailure )(?<!\bchanges )(?<!\bconfidence )(?<!\btrust )"
    r"(?<!\bmillion )(?<!\bbillion )(?<!\bmoney )(?<!\bfunding )(?<!\bdata )(?<!\bwork )"
    r"(?<!\bvulnerabilities )(?<!\bvulnerability )(?<!\bsession )(?<!\bsessions )"
    r"(?<!\btraining )(?<!\bcourse )(?<!\bworkshop )(?<!\bwebinar )(?<!\bseminar )"
)

# fmt: off
# Those who work in a body's unit: "Staff in the X's Compliance Unit", "Adjudicators in Y"
USE_RULES = [
    # "P, the police records system the X Police Department has used since 2018": an object
    # relative clause without its "that" (not "had used", a use before another)
    make_rule("thing it uses", "uses",
              r"{O}, (?:the|its|their|our) (?:[\w-]+ ){0,4}?" + _KIND
              + r" (?:that |which )?(?:the |its |their )?{S} "
              # (and now: "P, the software the department now uses", "… the X (MTEI) runs")
              r"(?:\(@\d+@\) )?(?:has |have )?(?:now |long |still )?(?:used|uses|operated|operates|"
              r"runs|relied on|relies on)\b" + ENDED,
              ORGS - {"Company"}, {"Product", "Organization"}, 0.65,
              needs=("used", "uses", "operate", "runs", "relie")),
    # "called on X to suspend P, the automated system it uses to pick claims": the one asked
    make_rule("thing it uses", "uses",
              r"{S} to (?:suspend|stop using|stop|halt|drop|scrap|withdraw|pause) (?:its use of )?"
              r"{O}, (?:the|its|their) (?:[\w-]+ ){0,4}?" + _KIND + r" (?:that )?(?:it|they) "
              r"(?:uses|use|has used|have used|relies on|rely on|runs|run)\b",
              ORGS - {"Company"}, {"Product", "Organization"}, 0.65,
              needs=(" it uses", " they use", " it has used", " it relies", " it runs")),
    # "X pays all pensions through P", "X has submitted its inventories through P": any work a
    # body does through a known thing is its use of it (a sale, a purchase or a records request
    # "through" someone names the go-between, not a thing in use)
    make_rule("works through", "uses",
              r"{S}" + _NO_MODAL + r"(?:(?:has|have|had|now|also|still|already|then|continues to|"
              # (a whole word, not a passive's: "the data is delivered through P")
              r"continue to) )*(?!" + _NOT_WORK + r")(?<!\bis )(?<!\bare )(?<!\bwas )"
              r"(?<!\bwere )(?<!\bbeen )\b(?:[a-z]+(?:s|ed)|took|taken|sent|paid|read|ran|run|put|"
              r"drew|drawn|kept|made) "
              # ("through Kwantum's Slimlezer system": the thing, after its maker's name; "X
              # dispenses through P")
              r"(?:[\w$.,'’-]+ ){0,8}?(?:through|via) (?:@\d+@['’]s )?{O}"
              r"(?:" + SCREEN + r"|(?!['’]s))" + ENDED,  # (or "through P's payroll module")
              ORGS, {"Product"}, 0.6, needs=("through", "via")),
    # "X has processed every transfer in P", "X administers all 14 schemes on P", "X began
    # taking rent through P": the work of keeping records, in a known thing, is its use
    make_rule("works in", "uses",
              # (an aside may name its head: "Our Survey and Mapping Division, headed by X,")
              # (not a place the workers are at: "Staff at X's mill in Lac Verdier check …")
              r"(?<!\bin ){S}(?:, [^@;]{1,80}?,|, (?:headed|led|run) by [^;]{1,60}?,)? "
              r"(?:(?:has|have|had|"
              r"now|also|still|already|then|currently|routinely|continues to|continue to|began|"
              r"begun|started) )*"
              + _RECORD_WORK + r" "
              # (a place where the work is done between: "every operator at Ngqusa in P")
              r"(?:[\w$.,'’-]+ |(?:(?<=\bat )|(?<=\bon )|(?<=\bin ))@\d+@ ){1,10}?(?:in|on|through|"
              r"via) {O}"
              # (or its screen; not the place before the thing: "at four sites on X through P")
              r"(?:" + SCREEN + r"|(?!['’]s))"
              r"(?! (?:through|via|using) (?:the )?@)" + ENDED,
              ORGS, {"Product", "Organization"}, 0.6,
              needs=(" in ", " on ", "through", "via")),
    # "X checks every potential donor against P": a check made against a thing's records (not
    # "has logged 40 complaints against P")
    make_rule("works in", "uses",
              r"(?<!\bin ){S}(?:, [^@;]{1,80}?,)? (?:now |also |still )?(?:checks|checked|"
              r"verifies|verified|matches|matched|screens|screened|validates|validated) "
              r"(?:[\w$.,'’-]+ ){1,8}?against {O}(?!['’]s)" + ENDED,
              ORGS, {"Product", "Organization"}, 0.6, needs=(" against ",)),
    # "Our 212 verifiers have recorded every inspection in P", "the museum's registrars have
    # been working in P": its staff's work in a thing is its use
    make_rule("works in", "uses",
              r"(?<![\w@])@(?P<s>\d+)@'s (?:[\w-]+ ){0,3}?" + _STAFF + _STAFF_AT_WORK,
              ORGS, {"Product", "Organization"}, 0.6,
              needs=(" in ", " on ", "through", "via")),
    # "X's River Forecasting Division has issued all flood bulletins from P since 2024": work
    # sent out from a known thing (not from a body, which supplies it)
    make_rule("works in", "uses",
              r"{S}(?:, [^@;]{1,80}?,)? (?:(?:has|have|had|now|also|still|already|then) )*"
              + _RECORD_WORK + r" (?:[\w$.,'’-]+ ){1,10}?from {O}(?:" + SCREEN + r"|(?!['’]s))"
              + ENDED,
              ORGS, {"Product"}, 0.6, needs=(" from ",)),
    # "youth workers in X's Northern Region Youth Services completed 1,140 assessments in P":
    # the work of a unit's staff
    # (with an aside on them: "Staff in X's Registry Division, who approve every transfer in P")
    make_rule("works in", "uses",
              r"\b" + _STAFF + r" (?:in|at|of) (?:the )?(?:@\d+@['’]s )?@(?P<s>\d+)@"
              r"(?:,? who|, (?:[^@;,]|@\d+@){1,60}?,)?" + _STAFF_AT_WORK,
              ORGS, {"Product", "Organization"}, 0.6,
              needs=(" in ", " on ", "through", "via")),
    # "Open Doors caseworkers have recorded every case in P": a body's staff named after it
    make_rule("works in", "uses",
              r"(?<![\w@])(?:the )?@(?P<s>\d+)@ " + _STAFF + _STAFF_AT_WORK,
              ORGS - {"Company"}, {"Product", "Organization"}, 0.6,
              needs=(" in ", " on ", "through", "via")),
    # "Staff in the MCRA's Online Content Compliance Unit review P alerts every morning": the
    # thing itself their work's object
    make_rule("works in", "uses",
              r"\b" + _STAFF + r" (?:in|at|of) (?:the )?(?:@\d+@['’]s )?@(?P<s>\d+)@ "
              r"(?:now |currently |also |still )?(?:reviews?|checks?|monitors?|uses?|watch(?:es)?) "
              r"(?:every |each |all |the )?{O}" + ENDED,
              ORGS, {"Product"}, 0.6, needs=("review", "check", "monitor", "use", "watch")),
    # "Our voter register is held in P": the body's records kept in a thing
    make_rule("works in", "uses",
              r"(?<![\w@])@(?P<s>\d+)@'s (?:[\w-]+ ){1,3}?(?:register|records|data|database|files|"
              r"accounts|cases) (?:is|are) (?:now |still |today )?(?:held|kept|stored|managed|"
              r"maintained) (?:today )?(?:in|on) {O}(?!['’]s)" + ENDED,
              ORGS - {"Company"}, {"Product"}, 0.6, needs=("held", "kept", "stored", "managed")),
    # "X has held the register since 2021 in P", "X runs the register in P": a body's records
    # kept in a thing
    make_rule("works in", "uses",
              r"{S} (?:has |have |had )?(?:now |also |still )?(?:held|holds|kept|keeps|run|runs|"
              r"ran|maintains|maintained) (?:its |the |their |our )(?:[\w-]+ ){0,2}?(?:register|"
              r"registry|records|files|database)(?: since \d{4})? (?:in|on) {O}(?!['’]s)" + ENDED,
              ORGS - {"Company"}, {"Product", "Organization"}, 0.6,
              needs=("register", "registry", "records", "files", "database")),
    # "X has installed 412 P kiosks across its prisons": a body's own installation is its use
    make_rule("installed", "uses",
              r"{S}{w}(?:has |have |had )?(?:now |also )?installed (?:(?:more than|about|over|"
              r"nearly|some|almost) )?(?:[\d,]+ )?{O}(?!['’]s)" + ENDED,
              ORGS - {"Company"}, {"Product"}, 0.6, needs=("installed",)),
    # "X takes permit payments through P", "X processes about 600 requests a year through P",
    # "X has dispatched on P since 2023"
    make_rule("works through", "uses",
              r"{S}{w}(?:has |have |had )?(?:now |also )?(?:(?:takes|took|processes|processed|"
              r"handles|handled|files|filed|tracks|tracked|manages|managed) (?:[\w$.,-]+ ){0,5}?"
              + _WORK + r"(?: [\w$.,-]+){0,3}? (?:through|via|in|on)|dispatched on|dispatches on|"
              # "has sold every admission ticket, at the door or online, through P"
              r"(?:sells|sold|issues|issued) (?:[\w$.,-]+ ){0,4}?(?:tickets?|permits?|passes|"
              r"licen[cs]es?)(?: [\w$.,@-]+){0,10}? (?:through|via)) "
              r"{O}" + ENDED,
              ORGS - {"Company"}, {"Product", "Organization"}, 0.6,
              needs=("dispatch", "takes", "took", "process", "handle", "file", "track", "manage",
                     "sells", "sold", "issue")),
    # "X's Tourism Observatory checks P's crowding dashboard every morning": a body at work on
    # a thing's screen uses the thing
    make_rule("works on screen", "uses",
              r"{S}(?: \([^()@]{1,60}\))? (?:now |also |still )?(?:checks|checked|monitors|"
              r"monitored|watches|watched|consults|consulted|reads) {O}(?:['’]s)? (?:[\w-]+ ){0,2}?"
              r"(?:dashboards?|consoles?|portal|screens?|maps?)\b" + ENDED,
              ORGS, {"Product"}, 0.6,
              needs=("check", "monitor", "watch", "consult", "reads")),
    # "footage is reviewed by X's Remote Monitoring Unit in Stornhaven in P": work done in P
    make_rule("works in", "uses",
              r"\b(?:is|are|was|were|has been|have been) " + _RECORD_WORK + r" by (?:the )?"
              r"(?:@\d+@'s )?@(?P<s>\d+)@(?: (?:in|at) @\d+@)? (?:in|on|through|via|using) {O}"
              r"(?!['’]s)" + ENDED,
              ORGS, {"Product", "Organization"}, 0.6, needs=(" by ",)),
    # "X draws sea temperature data from P every hour": data taken from a thing
    make_rule("works in", "uses",
              r"{S}(?:, [^@;]{1,80}?,)? (?:now |also )?(?:draws|drew|pulls|pulled) "
              r"(?:[\w-]+ ){0,4}?data from {O}(?!['’]s)" + ENDED,
              ORGS, {"Product"}, 0.6, needs=("data from",)),
    # "duty officers at X's station in Y see the same alerts on a P console": staff at work
    make_rule("works on screen", "uses",
              r"\b" + _STAFF + r" (?:at|of|in) (?:the )?@(?P<s>\d+)@(?:'s [^;]{1,40}?)? (?:see|saw|"
              r"receive|received|get|monitor|monitored|watch|watched|view|viewed) (?:[\w-]+ ){0,4}?"
              r"on (?:a |an |the |their )?{O} (?:consoles?|screens?|dashboards?|terminals?)\b",
              ORGS, {"Product", "Organization"}, 0.6, needs=("console", "screen", "dashboard")),
    # "X has been running a 90-day trial of P", "X completed a pilot of P": a thing tried
    make_rule("trial of", "uses",
              r"{S}(?:, [^@,;]{1,60},)? (?:has |have |had )?(?:also |now |recently )?(?:been )?"
              r"(?:running|ran|runs|conducting|conducted|began|begun|started|launched|completed|"
              r"finished|carried out) (?:a |an |its |their )"
              r"(?:[\w-]+ ){0,3}?(?:trial|pilot|test|evaluation|proof of concept) (?:run )?of "
              r"{O}(?!['’]s)" + ENDED,
              ORGS - {"Company"}, {"Product"}, 0.65,
              needs=("trial", "pilot", "test", "evaluation", "proof of concept")),
    # "X began a P pilot in January", "X completed an eight-week P trial"
    make_rule("trial of", "uses",
              r"{S}(?:, [^@,;]{1,60},)? (?:has |have |had )?(?:also |now |recently )?(?:been )?"
              r"(?:running|ran|conducting|conducted|began|begun|started|launched|completed|"
              r"finished|carried out) (?:a |an |its |their )(?:[\w-]+ ){0,2}?{O} "
              r"(?:[\w-]+ )?(?:trial|pilot|test)\b" + ENDED,
              ORGS - {"Company"}, {"Product", "Organization"}, 0.65,
              needs=("trial", "pilot", "test")),
    # "X has run every one of its 1,400 metered bays through P"
    make_rule("runs through", "uses",
              r"{S}(?:(?!\bused to\b)[^@]){0,25}?(?:has |have |had )?(?:now |also )?"
              r"(?:run|runs|ran|puts|put) "
              r"(?:[\w$.,'-]+ ){1,8}?(?:through|via) {O}(?!['’]s)" + ENDED,
              ORGS - {"Company"}, {"Product", "Organization"}, 0.6, needs=("through", "via")),
    # "X runs the registry on software called P", "X now runs the center on P"
    # ("X has run its core network on P since 2019", "X runs all 1,120 of its modems on P": a
    # firm's own operations too)
    make_rule("runs work on", "uses",
              r"{S}{w}(?:now |still |also )?(?:runs|ran|run|operates|operated|operate|manages|"
              r"managed|manage) (?:all (?:[\d,]+ )?of )?"
              r"(?:its |the |their )(?:[\w-]+ |@\d+@ ){1,3}?on (?:(?:software|a platform|a system|"
              r"an app|a program) called )?{O}(?!['’]s)" + ENDED,
              ORGS, {"Product"}, 0.6, needs=("run", "ran", "operate", "manage")),
    # "X runs its 11kV and low-voltage (LV) network from P": a firm's own operations too
    make_rule("runs work on", "uses",
              r"{S}{w}(?:now |still |also )?(?:runs|ran|operates|operated|manages|managed|"
              r"controls|controlled) (?:its |their |the )(?:[\w()-]+ ){1,6}?from {O}(?!['’]s)"
              + ENDED,
              ORGS, {"Product"}, 0.6, needs=(" from ",)),
    # "NHRO's registry runs on P", "X's 5G core runs on P": a body's own service on a thing
    make_rule("runs work on", "uses",
              r"(?<![\w@])@(?P<s>\d+)@['’]s (?:[\w-]+ ){0,3}?(?:registry|register|portal|website|"
              r"catalogue|catalog|search|core|network|controls|dashboard|cent(?:re|er)|records|"
              r"database|operations|fleet|meters)(?: [\w-]+)? (?:now |still |also )?(?:runs|ran|"
              r"(?:has|have|had) run|(?:is|are) run) (?:entirely |mostly |only )?on {O}(?!['’]s)"
              + ENDED,
              ORGS, {"Product"}, 0.6, needs=("run", "ran")),
    # "X's control room operators have run the network from P since commissioning"
    make_rule("runs work on", "uses",
              r"(?<![\w@])@(?P<s>\d+)@'s (?:[\w-]+ ){0,3}?" + _STAFF + r" (?:have |has |now |"
              r"still )*(?:run|runs|ran|operated|"
              r"operate|operates|managed|manage|manages) (?:its |their |the )(?:[\w()-]+ ){1,6}?"
              r"(?:from|on) {O}(?!['’]s)" + ENDED,
              ORGS, {"Product"}, 0.6, needs=(" from ", " on ")),
    # "X has relied since 2016 on P", "X is directed to continue its use of P"
    make_rule("relied on", "uses",
              r"{S}{w}(?:has |have )?(?:relied|depended)(?: since \d{4}| for (?:[\w-]+ ){1,3}?)"
              r" on {O}(?!['’]s)" + ENDED,
              ORGS - {"Company"}, {"Product"}, 0.6, needs=("relied", "depended")),
    make_rule("relied on", "uses",
              r"{S}{w}(?:continues|to continue) (?:its|their) use of {O}(?!['’]s)" + ENDED,
              ORGS - {"Company"}, {"Product", "Organization"}, 0.6, needs=("continue",)),
    # "Since the city moved to P in 2022": a body that moved to a thing uses it
    make_rule("moved to", "uses",
              r"{S}(?:, [^@,;]{1,60},)? (?:has |have |had )?(?:also |now |recently )?(?:moved|"
              r"shifted) (?:over )?to {O}" + ENDED,
              ORGS - {"Company"}, {"Product"}, 0.65, needs=("moved", "shifted")),
    # "P went live at X in January", "P has been in production at X since 2023"
    make_rule("live at", "uses",
              r"{O} (?:(?:went|goes|has gone) live|(?:has been|is|remains) (?:now |still )?(?:in "
              r"production|in use|in service|operational)) (?:at|in|for|across) (?:the )?"
              r"@(?P<s>\d+)@"
              r"(?!['’]s)" + ENDED,
              ORGS - {"Company"}, {"Product", "Organization"}, 0.65,
              needs=("live", "production", "in use", "service", "operational")),
    # "X ran more than 212,000 searches against the P database"
    make_rule("searches in", "uses",
              r"{S}{w}(?:has |have |had )?(?:run|ran|runs|conducted|performed|made|carried out) "
              r"(?:more than |over |about |nearly |some |almost )?[\d,]+ (?:searches|queries|"
              r"lookups|scans) (?:against|on|in|of|through|using) {O}(?!['’]s)" + ENDED,
              ORGS - {"Company"}, {"Product"}, 0.6, needs=("searches", "queries", "lookups")),
    # "X's planning team has been running P", "X's officers use P": its staff's use is its own
    make_rule("its staff use", "uses",
              r"(?<![\w@])@(?P<s>\d+)@'s (?:[\w-]+ ){0,2}?" + _STAFF + r" (?:has been |have "
              r"been |now |still |also )*(?:running|using|use|uses|used|run|runs|rely on|relies on)"
              r" {O}(?!['’]s)" + ENDED,
              ORGS - {"Company"}, {"Product", "Organization"}, 0.6, needs=("'s",)),
    # "X has run P on all outgoing calls since 2023", "X runs P across every branch"
    make_rule("runs it on", "uses",
              r"{S}{w}(?:has |have |had )?(?:now |also |still )?(?:run|runs|ran|been running) "
              r"{O} (?:on|across|for|at|in) (?:all|every|each|its|their|the)\b" + ENDED,
              ORGS - {"Company"}, {"Product", "Organization"}, 0.6, needs=("run", "ran")),
    # "X, which has run P since 2017": a thing a body has run for years is in its use
    make_rule("runs it on", "uses",
              r"{S}{w}(?:has|have) (?:now |also |still )?(?:run|been running) {O} since\b"
              + ENDED,
              ORGS - {"Company"}, {"Product"}, 0.6, needs=("run",)),
    # "X draws real-time waveforms from P", "X pulls reservoir maps from P every week": data
    # a body takes from a thing (not from a body, which supplies it)
    make_rule("draws from", "uses",
              r"{S}{w}(?:now |also |still )?(?:draws|drew|pulls|pulled|retrieves|retrieved|"
              r"downloads|downloaded|fetches|fetched|imports|imported) "
              r"(?!(?:[\w-]+ ){0,3}?(?:funding|funds|money|budget|income|revenue|grants?|support|"
              r"staff|members|inspiration)\b)(?:[\w-]+ ){1,5}?from "
              r"{O}(?!['’]s)" + ENDED,
              ORGS - {"Company"}, {"Product"}, 0.6, needs=(" from ",)),
    # "P is the City of X's official app", "P, the county's permit portal, …": the body's own
    # thing, in its use (not one it is to get, or once had)
    make_rule("its own thing", "uses",
              r"{O},? (?:is|was|has been|remains|,) (?:now )?(?:also )?the @(?P<s>\d+)@['’]s "
              + _HELD_THING + r"\b" + ENDED,
              ORGS - {"Company"}, {"Product"}, 0.6, needs=_KIND_WORDS),
    # "P is the official parking app of the City of X"
    make_rule("its own thing", "uses",
              r"{O},? (?:is|was|has been|remains) (?:now )?(?:also )?the "
              + _HELD_THING + r" (?:of|for) (?:the )?@(?P<s>\d+)@(?!['’]s)" + ENDED,
              ORGS - {"Company"}, {"Product", "Organization"}, 0.6, needs=_KIND_WORDS),
    # "X has evaluated every answer script on P", "two firms filed documents through P", "X
    # has collected property tax through P": any work a body does in, on or through a known
    # thing, whatever its verb, is its use of it (the readings above name the verbs they know;
    # this one takes any other but those whose "in P" is a fault found or a topic)
    make_rule("work done in", "uses",
              _CLAUSE_START + r"{S}(?<!['’]s)(?:, [^@;]{1,80}?,|, (?:headed|led) by [^;]{1,60}?,)? "
              r"(?:(?:has|have|now|also|"
              r"still|already|currently|routinely|continues to|continue to|began|begun|started) )*"
              r"(?!" + _NOT_DONE_IN + r")(?:[a-z]{3,}(?:ed|es|s)|ran|run|held|kept|sent|made|"
              r"took|drew|saw|read|put|did) (?:[\w$.,'’-]+ ){0,10}?" + _TOPIC_BEFORE
              + r"(?:in|on|through|via|using) (?:an? )?{O}(?:" + SCREEN + r"|(?!['’]s))"
              r"(?! (?:through|via|using) (?:the )?@)" + ENDED,
              ORGS - {"Organization"}, {"Product"}, 0.55,
              needs=(" in ", " on ", "through", "via", "using")),
]
# fmt: on
