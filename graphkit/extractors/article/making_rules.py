"""What a firm makes, told before the thing: "Developed by X, P helps clerks build agendas",
"Built and maintained by X, P runs on …"."""

from __future__ import annotations

from .entity import THING_TYPES
from .rules import ORGS, make_rule
from .things import NOT_OWN

# What a maker's thing is called: "ClipMask is Y's automated redaction module"
_THING = (
    r"(?:module|software|tool|platform|product|system|app|application|suite|engine|database|"
    r"device|camera|sensor|add-on|plug-in|service|register|registry)s?\b"
    # (not a role the words name: "Y's product partner", "its software vendor")
    r"(?! (?:partners?|managers?|leads?|teams?|division|unit|vendors?|suppliers?|customers?|"
    r"resellers?|company|firm|business|arm)\b)"
)

# A maker's thing named in apposition, of any kind a product is
_KIND = (
    r"(?:module|software|tool|platform|product|system|app|application|suite|engine|database|"
    r"device|camera|sensor|service|dashboard|portal|gateway|ledger|network|model|algorithm|"
    r"website|chatbot|solution|package|tracker|monitor|drone|satellite)s?\b"
)
# Words that describe a firm before its name: "the Indonesian start-up X", "Brentmoor-based X"
_MAKERS = r"start-?up|company|firm|maker|developer|manufacturer|specialist|outfit"
_FIRM_DESCRIBED = rf"(?:(?:the|an?) )?(?:[\w-]+ ){{0,3}}?(?:{_MAKERS}|vendor|supplier) "

# Words that describe a thing's maker before its name: "the Belgian firm X" (not "its local
# supplier X", who may only sell it)
_MAKER_DESCRIBED = rf"(?:(?:the|an?) )?(?:[\w-]+ ){{0,3}}?(?:{_MAKERS}) "

# A firm's products told as a list after a colon: "X builds two products: P, …, and Q"
_LIST_NOUNS = ("products", "platforms", "tools", "apps", "systems")
_PRODUCTS_LISTED = (
    r"{S} (?:builds|makes|develops|sells|offers|has built|has developed) "
    r"(?:two|three|four|several|its|a few) (?:main |core |flagship )?(?:"
    + "|".join(_LIST_NOUNS)
    + r"): "
)

# fmt: off
MAKING_RULES = [
    # "VoltMinder, the building energy management platform of Gridsmith Energy" (of
    # "Sydney-based Gatehouse Ticketing")
    make_rule("thing of maker", "develops",
              r"{O}, (?:the " + NOT_OWN + r"(?:[\w-]+ ){0,4}?" + _KIND + r"|@\d+@) of (?:the )?"
              r"(?:[\w-]+-based )?@(?P<s>\d+)@(?!['’]s)",
              {"Company"}, THING_TYPES, 0.65, needs=(" of ",)),
    # "HydroBoard, which is Streamwatch's web dashboard"
    make_rule("which is maker's thing", "develops",
              r"{O}, (?:which|that) (?:is|was) @(?P<s>\d+)@['’]s? " + NOT_OWN
              + r"(?:[\w-]+ ){0,3}?" + _KIND,
              {"Company"}, THING_TYPES | {"Organization"}, 0.65, needs=("which", "that")),
    # "Arunika, a permissioned ledger built by the Indonesian start-up Cendana Ledger Labs",
    # "Meridian CAD, a dispatch platform made by Brentmoor-based Corvell", "pay through P, the
    # payment gateway developed by Y" (wherever the thing stands in its sentence)
    make_rule("thing built by described maker", "develops",
              r"{O}, (?:an?|the) (?:[\w-]+ ){0,4}?" + _KIND + r" (?:that was |which was )?"
              r"(?:built|developed|made|designed|created|written|manufactured) by (?:"
              + _FIRM_DESCRIBED + r"|(?:the )?[\w-]+-based |(?:m/s\.? )?(?:the )?)"
              # (a place describing the firm is no maker: "by the @Yorkshire@ software house Y")
              r"@(?P<s>\d+)@(?!['’]s| (?:[\w-]+ ){1,2}@\d+@)",
              ORGS - {"GovernmentAgency"}, THING_TYPES | {"Organization"}, 0.65,
              needs=(" by ",)),
    # "four P drones, which are manufactured by Y", "the P video management platform, which was
    # developed by M/s. Y": the thing of a kind its maker's relative clause follows
    make_rule("thing of a kind its maker made", "develops",
              r"{O} (?:[\w-]+ (?:and )?){0,4}?" + _KIND + r", (?:which|that) (?:is|was|are|were|"
              r"has been|have been) (?:[a-z]+ and )?(?:built|developed|made|designed|created|"
              r"written|manufactured|produced) by (?:m/s\.? )?(?:the )?@(?P<s>\d+)@"
              r"(?!['’]s| (?:[\w-]+ ){1,2}@\d+@)",
              ORGS - {"GovernmentAgency"}, THING_TYPES | {"Organization"}, 0.65,
              needs=(" by ",)),
    # "60 BaySense in-ground sensors from Geelong start-up Quokka Sensing": things of a kind,
    # named for their model, and the firm they come from
    make_rule("things from firm", "develops",
              # (counted, as a noun phrase: not "X bought the drones from Y", nor "a WhatsApp
              # service-request chatbot from Y", a platform it runs on)
              r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|"
              r"dozens of|hundreds of) {O} (?:[\w-]+ ){0,2}?" + _KIND
              + r" from (?:(?:the |an? )?(?:@\d+@[ -](?:based )?)?"
              + _FIRM_DESCRIBED + r"|(?:the )?[\w-]+-based )?@(?P<s>\d+)@(?!['’]s)",
              {"Company", "Organization"}, THING_TYPES | {"Organization"}, 0.6,
              needs=("from",)),
    # "Pronghorn CAD, from Bitterbrush Software": a thing and the firm it comes from
    make_rule("thing from firm", "develops",
              r"{O}, from (?:the )?@(?P<s>\d+)@(?!['’]s| and\b| or\b)(?=[,.;)]|$)",
              {"Company"}, {"Product"}, 0.6, needs=("from",)),
    # "Ledgerbrook builds two products: CivicTill, a payments platform …, and PermitPurse"
    *(
        make_rule("products listed", "develops", _PRODUCTS_LISTED + listed,
                  {"Company"}, THING_TYPES | {"Organization"}, 0.65, needs=_LIST_NOUNS)
        for listed in (r"{O}", r"@\d+@(?:, [^@;:]{0,80}?)?,? and {O}")
    ),
    make_rule("made, then named", "develops",
              r"(?:^|[.;:]\s*)\W*(?i:developed|built|designed|made|created|manufactured|produced)"
              r"(?: and (?:maintained|run|operated|hosted|sold|supported))? (?:in-house )?by "
              r"(?:the )?@(?P<s>\d+)@(?:,? (?:Inc|LLC|Ltd|Limited|plc)\.?)?, (?:the )?{O}",
              ORGS, THING_TYPES | {"Organization"}, 0.7,
              needs=("developed", "built", "designed", "made", "created", "manufactured",
                     "produced")),
    # "ClipMask is Y's automated redaction module" (a public body's is one it uses: "the
    # city's permitting system")
    make_rule("is maker's thing", "develops",
              r"(?:^|[.;:]\s*|, )\W*{O} (?:is|was|has been) (?:an? |the )?@(?P<s>\d+)@['’]s "
              r"(?:[\w-]+ ){0,3}?" + _THING,
              ORGS - {"GovernmentAgency"}, THING_TYPES | {"Organization"}, 0.65, needs=("'s",)),
    # "Keystrail is workforce analytics software from Y"
    make_rule("is thing from maker", "develops",
              r"(?:^|[.;:]\s*|, )\W*{O} (?:is|was) (?:an? |the )?(?:[\w\"“”-]+ ){0,4}?" + _THING
              + r" (?:from|made by|developed by|built by|by) (?:the )?@(?P<s>\d+)@(?!['’]s)",
              ORGS - {"GovernmentAgency"}, THING_TYPES | {"Organization"}, 0.65,
              needs=("from", " by ")),
    # "Periksa, a tablet inspection app from the Kuching-based Y", "P, a platform from the
    # Belgian firm Y": a thing in apposition and the firm it comes from
    make_rule("is thing from maker", "develops",
              r"{O}, (?:an? |the )(?:[\w\"“”-]+ ){0,4}?" + _THING + r" from (?:the )?(?:"
              + _MAKER_DESCRIBED + r"|(?:@\d+@-|[\w-]+-)based )?@(?P<s>\d+)@(?!['’]s)",
              {"Company"}, THING_TYPES | {"Organization"}, 0.65, needs=("from",)),
    # "P and Q are developed by Y's own engineering team", "designed and built by Y's
    # in-house engineers": the team's firm makes them
    make_rule("made by maker's team", "develops",
              r"{O}[^@,;]{0,60}?\b(?:is|are|was|were|has been|have been) (?:[a-z]+ and )?"
              r"(?:developed|built|designed|made|written|engineered)"
              r"(?: and (?:maintained|supported|run|operated))? by "
              r"(?:the )?@(?P<s>\d+)@['’]s (?:own )?(?:in-house )?(?:[\w-]+ )?(?:team|engineers|"
              r"developers|staff|engineering|developer team)\b",
              ORGS - {"GovernmentAgency"}, THING_TYPES | {"Organization"}, 0.7, needs=("'s",)),
    # "P, software that X designed in-house", "P is the risk-scoring product X builds"
    # (or a body's unit, "P, a case system the bureau's IT Division built in 2011"; "P, the
    # case system the IFMP built in-house")
    make_rule("thing its maker made", "develops",
              # (not one it replaced: "P, replacing a system the city had built in-house")
              r"{O}(?:,| is| was) (?!(?:which |that )?(?:has |had )?(?:replac|succeed))"
              r"(?:an? |the |our |its )?(?:[\w-]+ ){0,3}?"
              + _THING + r" (?:that |which )?(?:the (?:[a-z]+['’]s )?|its |their |our )?"
              r"@(?P<s>\d+)@ "
              r"(?:has |had )?(?:designed|built|developed|wrote|created|made|designs|builds|"
              r"develops|writes|makes)\b",
              ORGS, THING_TYPES | {"Organization"}, 0.65,
              needs=("designed", "built", "developed", "wrote", "created", "made", "designs",
                     "builds", "develops", "writes", "makes")),
    # "The X Agency (XA) runs the register in P, a platform it built in-house in 2020": the
    # body the sentence opens with built the thing "it" built
    make_rule("thing it built", "develops",
              # (no other party between to be "it": "X sued its vendor over P, a platform it …")
              r"^(?:the )?@(?P<s>\d+)@(?: \([^()@]*\))? (?![^@;]{0,80}?\b(?:vendor|supplier|"
              r"contractor|firm|company|maker|developer|partner)s?\b)[^@;]{0,80}?{O}, (?:an? |the )"
              r"(?:[\w-]+ ){0,3}?" + _THING + r" (?:that |which )?it (?:has |had )?(?:itself )?"
              r"(?:designed|built|developed|wrote|created)\b",
              ORGS, THING_TYPES | {"Organization"}, 0.65, needs=(" it ",)),
    # "We tested Claimfront from Orrison Data", "a similar tool, FamilyGauge from Ledra
    # Systems, …", "the appointment system TerminKompass from Y": a thing tried, or named as
    # a kind of thing, from a firm is its make (not one bought, licensed or used from it,
    # which a seller may pass on)
    make_rule("thing from its maker", "develops",
              r"(?:\b(?:tested|trialed|trialled|piloted|evaluated) |, |\b(?:system|software|tool|"
              r"app|platform|chatbot|model) ){O},? from (?:the )?(?:[\w-]+-based )?@(?P<s>\d+)@"
              r"(?!['’]s)(?! to\b)",
              {"Company"}, THING_TYPES, 0.6, needs=(" from ",)),
    # "awarded the contract to X for its P platform", "Quenlow Vision for its CorridorWatch
    # cameras": the firm's own thing
    make_rule("firm for its thing", "develops",
              r"{S}(?:,? (?:inc|ltd|llc)\.?)? for (?:its|their) (?:own )?{O}",
              {"Company"}, THING_TYPES, 0.6, needs=(" for its ", " for their ")),
]
# fmt: on
