"""Hosting told of the host's place: "Y, where P is hosted", "a Y facility, which already hosts
the P servers", "P is hosted at a Y facility", "P runs in a Y data centre": Y hosts P."""

from __future__ import annotations

from .entity import ORG_TYPES
from .rules import COMPANY, ORGS, make_rule

_HOSTED = ORG_TYPES - {"EmployeeGroup"} | {"Product"}
# A host's own place, named after it: "a Y facility", "Y's government region"
_PLACE = (
    r"(?:[\w@-]+ ){0,3}?(?:facility|facilities|data ?cent(?:re|er)s?|region|servers?|cloud|"
    r"site|campus|zone|infrastructure|tenancy)"
)
# What of the thing is kept there: "P's data", "the P application and camera feeds", "P data
# for its Ontario customers"
_OF_IT = r"(?:'s (?:[\w-]+ ){0,2}?[\w-]+|(?: (?!(?:is|are|was|were|and)\b)[a-z@\d-]+){1,5}"
_OF_IT += r"(?: and (?:[a-z-]+ ){0,2}[a-z-]+)?)?"
# Servers of a host: "on servers at Y's facility", "on servers operated by Y"
_SERVERS = r"(?:(?:the )?(?:servers|hardware|machines) (?:at|in|of|operated by|run by|owned by) )?"
# A hosting not yet begun, or ended
_NOT_NOW = r"(?![^.;]{0,60}\b(?:until|will|would|plans?|planned|from next|no longer)\b)"

# A thing kept in a place: "P runs on servers in …", "P is stored in …"
_RUNS_IN = (
    r"{O}{W}\b(?:runs?|running|is hosted|are hosted|is stored|are stored|sits?) "
    r"(?:on servers )?in "
)

# Kept in a host's own region or data centre: "runs on Y's UK South region", "is stored in Y's
# Sydney region", "are held on Y's Canadian regions", "is hosted for all customers on Y's …"
_KEPT = (
    r"(?:,? (?:which|that))? (?:(?:now|also|currently|still|already) )?(?:runs?|ran|sits?|sat|"
    r"lives?|(?:is|are|was|were|has been|have been) (?:(?:now|also|currently|still|all) )?"
    r"(?:hosted|stored|held|kept|processed|housed|run))(?: entirely| only| all)?"
    r"(?: for [^@;]{1,30}?)? (?:in|on) " + _SERVERS + r"(?:the )?@(?P<s>\d+)@['’]s "
    r"(?:[\w@-]+ ){0,4}?(?:cloud )?(?:regions?|data ?cent(?:re|er)s?)\b"
)

# A data centre, named or told by where or whose it is: "the National Government Data Centre",
# "the provincial data centre", "the Centurion data centre"
_CENTRE = r"(?:the |a )?(?:@\d+@|(?:(?:@\d+@|[\w-]+) ){0,3}?data cent(?:re|er))"

# fmt: off
HOST_RULES = [
    # "P, and the donor declarations it holds, runs on Y's UK South region", "P data,
    # including your street address, is stored in Y's US-East region", "P's records are held
    # in Y's Auckland region": the thing the clause is about, kept in its host's place
    make_rule("kept in a host's place", "hosts",
              # (not a maker the clause names: "P was developed by X, …, and runs on Y's …")
              # (nor one whose clause the verb is not: "a contract with the Board and runs on")
              r"(?<![\w@])(?<!\bby )(?<!\bfrom )(?<!\bwith )@(?P<o>\d+)@(?:['’]s)?(?! and \w+s\b)"
              r"(?:, (?:and |including |in which )?[^@;,]{1,90},"
              r"| (?:(?!(?:that|shows?|showed|said|says|could|would|might|may|will|should|can)\b)"
              r"[^@;,]){1,60}?)?" + _KEPT + _NOT_NOW,
              COMPANY, _HOSTED, 0.6, needs=("region", "data cent", "datacent")),
    # "P was developed by X, which maintains it under a contract with A, and runs on Y's
    # Sydney region": the sentence's subject, after its maker
    make_rule("kept in a host's place", "hosts",
              r"^(?:the )?@(?P<o>\d+)@ (?:is|was|has been) (?:[a-z]+ )?(?:developed|built|made|"
              r"designed|written|supplied|provided) by [^;]{1,150}?,? and" + _KEPT + _NOT_NOW,
              COMPANY, _HOSTED, 0.6, needs=("region", "data cent", "datacent")),
    # "P runs on servers in the Lwamba Park data centre of X": X's data centre
    make_rule("data centre of", "hosts",
              _RUNS_IN + r"(?:the |a |an )?(?:[\w-]+ |@\d+@ ){0,4}?data cent(?:er|re) "
              r"(?:of|run by|operated by|owned by) {S}",
              COMPANY, _HOSTED, 0.65, needs=("data cent",)),
    # "LandBook runs in the Government Data Centre operated by the National Data Hosting
    # Agency": a named data centre and the body, a public one too, that runs it
    make_rule("data centre of", "hosts",
              _RUNS_IN + r"(?:the )?@\d+@ (?:run by|operated by|owned by) {S}",
              ORGS, _HOSTED, 0.6, needs=("run by", "operated by", "owned by")),
    make_rule("host's place", "hosts",
              r"(?<![\w@])@(?P<s>\d+)@(?:'s)? " + _PLACE + r"(?: in (?:@\d+@|[^@,;]{1,30}))?,? "
              r"(?:which|that) (?:already |also |now |currently )?(?:hosts|houses|runs) "
              r"(?:the )?{O}" + _NOT_NOW,
              COMPANY, _HOSTED, 0.65, needs=("hosts", "houses", "runs")),
    make_rule("where hosted", "hosts",
              r"(?<![\w@])@(?P<s>\d+)@(?:'s (?:[\w-]+ ){0,2}?[\w-]+)?, where (?:the )?{O}"
              r"(?:'s (?:[\w-]+ ){0,2}?[\w-]+)? (?:is|are) (?:now |also )?(?:hosted|stored|kept|"
              r"run)\b" + _NOT_NOW,
              COMPANY, _HOSTED, 0.65, needs=("where",)),
    make_rule("where hosted", "hosts",
              r"(?<![\w@])@(?P<s>\d+)@, where (?:the )?{O} (?:stores|keeps|runs|hosts)\b"
              + _NOT_NOW,
              COMPANY, _HOSTED, 0.6, needs=("where",)),
    make_rule("hosted at a place", "hosts",
              r"(?<![\w@])@(?P<o>\d+)@" + _OF_IT + r" (?:is|are) (?:now |also )?"
              r"(?:hosted|stored|kept|housed|run|processed) (?:at|in|on) " + _SERVERS
              + r"(?:a |an |the )?@(?P<s>\d+)@(?:(?:'s)? " + _PLACE + r"\b|(?= ltd\b|\.|$))"
              + _NOT_NOW,
              COMPANY, _HOSTED, 0.65,
              needs=("hosted", "stored", "kept", "housed", "run", "processed")),
    # "X stores the P video and plate reads on Y Cloud": P's data on its host
    make_rule("stores data on", "hosts",
              r"(?:stores|keeps|holds) (?:the |all )?{O}(?: [a-z-]+){1,5} (?:on|in) "
              r"(?:the )?@(?P<s>\d+)@(?:'s " + _PLACE + r"\b)?(?!'s)" + _NOT_NOW,
              COMPANY, {"Product", "Organization"}, 0.6, needs=("stores", "keeps", "holds")),
    # "P is delivered as a service from Y's Australia East region"
    make_rule("served from a place", "hosts",
              r"(?<![\w@])@(?P<o>\d+)@(?: [a-z]+)? (?:is|are) (?:now |also )?(?:delivered|served|"
              r"offered) (?:as a service )?from (?:a |an |the )?@(?P<s>\d+)@(?:'s)? " + _PLACE
              + r"\b" + _NOT_NOW,
              COMPANY, _HOSTED, 0.6, needs=("delivered", "served", "offered")),
    make_rule("runs in a place", "hosts",
              # (and its own data: "P and its booking database run on Y's Malaysia West region")
              r"(?<![\w@])@(?P<o>\d+)@(?:(?: (?!and\b)[a-z]+){0,2} (?:now |also )?"
              r"(?:runs|sits|lives)| "
              r"and its (?:[a-z-]+ ){0,2}?(?:database|data|records|back ?end) (?:now |also )?"
              r"(?:run|sit|live)) (?:at|in|on) " + _SERVERS
              + r"(?:a |an |the )?@(?P<s>\d+)@(?:'s)? " + _PLACE + r"\b" + _NOT_NOW,
              COMPANY, _HOSTED, 0.6, needs=("run", "sit", "live")),
    # "P and the footage it holds are stored in Y's UK North region": P's store with P
    make_rule("runs in a place", "hosts",
              r"(?<![\w@])@(?P<o>\d+)@ and (?:the|its) (?:[a-z-]+ ){0,2}?(?:data|footage|records|"
              r"files|recordings|images|database)(?: (?:it|they) (?:holds?|keeps?|stores?))? "
              r"(?:are|is) (?:now |also )?(?:stored|hosted|kept) (?:at|in|on) (?:the )?"
              r"@(?P<s>\d+)@(?:'s)? " + _PLACE + r"\b" + _NOT_NOW,
              COMPANY, _HOSTED, 0.6, needs=("stored", "hosted", "kept")),
    # "P runs in the Lanka Government Cloud, which the Digital Infrastructure Agency operates":
    # the cloud's operator hosts it
    make_rule("cloud it operates", "hosts",
              r"(?<![\w@])@(?P<o>\d+)@ (?:now |also )?(?:runs|is hosted|sits|lives) (?:in|on|at) "
              # (where the centre is between: "the Government Data Centre in Cyberjaya, which …")
              + _CENTRE + r"(?: (?:in|at) @\d+@)?,? (?:which|that) {S}(?: \(@\d+@\))? "
              r"(?:operates|runs|manages|owns)\b" + _NOT_NOW,
              ORGS, _HOSTED, 0.6, needs=("operates", "runs", "manages", "owns")),
    # "P is hosted in the Government Data Centre at New Delhi, which is operated by X", "P is
    # hosted in a data centre at Point Lisas operated by X": the centre's operator
    make_rule("cloud it operates", "hosts",
              r"(?<![\w@])@(?P<o>\d+)@ (?:now |also )?(?:runs|is hosted|sits|lives|is kept) "
              r"(?:in|on|at) " + _CENTRE + r"(?: (?:in|at) @\d+@)?,? "
              r"(?:(?:which|that) (?:is|are) )?(?:operated|run|managed|owned) by {S}" + _NOT_NOW,
              ORGS, _HOSTED, 0.6, needs=("operated by", "run by", "managed by", "owned by")),
    # "the P dashboard, which runs on Y's Mumbai region": P's part
    make_rule("runs in a place", "hosts",
              r"(?<![\w@])@(?P<o>\d+)@ (?:dashboard|portal|app|back ?end|database),? "
              r"(?:which|that) "
              r"(?:now |also )?(?:runs|sits|lives|is hosted) (?:at|in|on) (?:a |an |the )?"
              r"@(?P<s>\d+)@(?:['’]s)? " + _PLACE + r"\b" + _NOT_NOW,
              COMPANY, _HOSTED, 0.6, needs=("run", "sit", "live", "hosted")),
    # "P is hosted by X in Y's Helsinki region": Y, whose region it is, for X
    make_rule("runs in a place", "hosts",
              r"(?<![\w@])@(?P<o>\d+)@ (?:is|are) (?:now |also )?hosted by (?:the )?@\d+@ "
              r"(?:in|on|at) (?:the )?@(?P<s>\d+)@['’]s " + _PLACE + r"\b" + _NOT_NOW,
              COMPANY, _HOSTED, 0.6, needs=("hosted by",)),
    # "P's vending and consumption records are hosted by X": P's data with its host
    make_rule("runs in a place", "hosts",
              r"(?<![\w@])@(?P<o>\d+)@['’]s (?:[\w-]+ ){0,4}?(?:records|data|database|files|"
              r"backups|logs) (?:are|is) (?:now |also )?(?:hosted|stored|kept) by (?:the )?"
              r"@(?P<s>\d+)@(?!'s)" + _NOT_NOW,
              COMPANY, _HOSTED, 0.6, needs=("hosted by", "stored by", "kept by")),
    # "P's optimisation and reporting modules run on Y's Irish region": parts of P
    make_rule("runs in a place", "hosts",
              r"(?<![\w@])@(?P<o>\d+)@['’]s (?:[\w-]+ ){0,4}?(?:modules?|components?|services|"
              r"databases?|back ?end|data|servers|workloads|processing|dashboards?|storage|logs|"
              r"stills|footage|recordings|images|files|backups) "
              r"(?:now |also )?(?:runs?|sits?|lives?|(?:is|are) stored|(?:is|are) kept|"
              r"is hosted|are hosted) (?:at|in|on) (?:a |an |the )?@(?P<s>\d+)@(?:['’]s)? "
              + _PLACE + r"\b" + _NOT_NOW,
              COMPANY, _HOSTED, 0.6, needs=("run", "sit", "live", "hosted", "stored", "kept")),
    # "P and Q both run on Y's India South region": each of the two
    *[
        make_rule("runs in a place", "hosts",
                  r"(?<![\w@])" + pair + r" (?:both |also |now )?(?:run|sit|live|are hosted) "
                  r"(?:at|in|on) " + _SERVERS + r"(?:a |an |the )?@(?P<s>\d+)@(?:'s)? " + _PLACE
                  + r"\b" + _NOT_NOW,
                  COMPANY, _HOSTED, 0.6, needs=("run", "sit", "live", "hosted"))
        for pair in (r"@(?P<o>\d+)@ and @\d+@", r"@\d+@ and @(?P<o>\d+)@")
    ],
    # "P stores inspection photographs in Y's Singapore region", "P scores are calculated and
    # stored on Y's Canada West region": what P keeps, kept in its host's place
    make_rule("stores data in a place", "hosts",
              r"(?<![\w@])@(?P<o>\d+)@ (?:(?:now |also )?(?:stores|keeps|holds) (?:[\w-]+ ){1,6}?|"
              r"(?:[a-z-]+ ){1,3}?(?:is|are) (?:[a-z]+ and )?(?:stored|held|kept|processed) )"
              r"(?:at|in|on) (?:the )?@(?P<s>\d+)@['’]s " + _PLACE + r"\b" + _NOT_NOW,
              # (a thing's store: a firm keeping its own data there is its host's customer)
              COMPANY, {"Product"}, 0.6, needs=("stores", "keeps", "holds", "stored", "held",
                                                "kept", "processed")),
    # "P's African customers are served from Y's Accra region"
    make_rule("served from a place", "hosts",
              r"(?<![\w@])@(?P<o>\d+)@['’]s (?:[\w-]+ ){0,3}?(?:customers|users|clients) "
              r"(?:are|is) (?:now |also )?served from (?:the )?@(?P<s>\d+)@['’]s " + _PLACE + r"\b"
              + _NOT_NOW,
              COMPANY, _HOSTED, 0.6, needs=("served from",)),
    # "P runs on the government-only zone of Y", "P is hosted in the Sydney region of Y"
    make_rule("runs in a place", "hosts",
              r"(?<![\w@])@(?P<o>\d+)@" + _OF_IT + r" (?:now |also )?(?:runs|sits|lives|is hosted|"
              r"are hosted|is stored|are stored) (?:at|in|on) (?:a |an |the )?" + _PLACE
              + r" of (?:the )?@(?P<s>\d+)@(?!'s)" + _NOT_NOW,
              COMPANY, _HOSTED, 0.6, needs=("runs", "sits", "lives", "hosted", "stored")),
]
# fmt: on
