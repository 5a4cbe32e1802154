"""What kind of entity a name is, from its context ("CEO X", "an app called X"), counted as
votes per type (its own words, "… Department", are read in `shapes.py`; the registry, when it
knows the name, outranks them)."""

from __future__ import annotations

import re
from collections import Counter

from . import lexicon as lx
from .chunks import Chunk
from .clauses import words
from .places import place_kind
from .things import HARDWARE_AFTER, OWNED_THING_AFTER, PRODUCT_NOUN, legal_end, model_name
from .title_words import POST_BETWEEN

EMPLOYEE_WORDS = r"(?:employees|workers|engineers)"
# The nouns that say what kind of entity the name after them is: "the firm X", "an app called X"
_PRE_NOUNS = {
    "Company": words("""maker firm company startup start-up vendor giant contractor provider
        developer supplier corporation retailer reseller distributor integrator"""),
    "GovernmentAgency": words("agency department office regulator ministry"),
    "AdvocacyGroup": words("""watchdog group nonprofit non-profit organization organisation
        coalition union advocates association charity alliance collective foundation"""),
    "MediaOrganization": words("outlet newspaper publication magazine site paper broadcaster"),
    "Product": words("""app tool software system platform program product technology database
        service register"""),
}
_MEDIA_CUE = re.compile(
    r"(?:according to(?: an?| the)?(?: \w+)? (?:report|story|article|investigation)? ?"
    r"(?:by|from|in)?|according to(?: the)?"
    r"|(?:reported|obtained|reviewed|spotted|revealed)(?: \w+){0,3} by(?: the)?"
    r"|(?:investigation|report|reporting|analysis|story|article) (?:by|from)(?: the)?"
    r"|report(?:ed)? (?:by|in)(?: the)?|told|spoke (?:with|to))\s*$"
)
_MEDIA_AFTER = re.compile(
    r"^\s*(?:published|broadcast|aired)\b(?: an?| its)? (?:investigation|report|story|analysis)|"
    r"^\s*(?:has (?:learned|reported)|(?:first )?reported|reports|spoke with|obtained|revealed)\b"
)
_STRONG = ("firm", "company", "startup")  # (and a group named for its cause: "rights group")
_CAUSE_GROUPS = [[cause, "group"] for cause in lx.CAUSES]
# "X software", "X facial recognition software"
_PRODUCT_AFTER = re.compile(
    r"^(?:['’]s)?\s*(?:\(\w+\)\s*)?(?:facial recognition |face |data |"
    r"surveillance |ai |targeting |cloud )?" + PRODUCT_NOUN
)
# "the X video-redaction tool": other lower-case modifiers only after a determiner, no verb
# between ("X built recognition software" makes X a maker); not "X insists its software"
_MODIFIED_PRODUCT = re.compile(
    r"^\s*(?:(?!(?:its|their|his|her|the|an?|is|was|are|were|and|or|to|of|in|on|for|with|"
    r"that|which|who|has|had|have|says|said)\b)(?![a-z-]*(?:[^s]s|ed|ly)\b)[a-z][a-z-]* )"
    r"{1,3}?" + PRODUCT_NOUN
)
# A firm told by what follows its name: a legal form ("X plc"), a cloud ("X, a cloud service")
_FIRM_AFTER = re.compile(
    r"^(?:,? (?:plc|ltd|limited|llc|inc|gmbh|pty|sdn bhd|s\.a\.|n\.v\.)(?![\w-])"
    r"|, an? (?:[\w-]+ ){0,3}?cloud (?:service|provider|platform|company|host)"
    r"| (?:government |gov )?cloud\b)"
)
_COUNTED = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozen|more)\s*$")
_DETERMINED = re.compile(
    r"\b(?:the|a|an|its|their|our|this|that|makes|sells|builds|develops|manufactures|markets)\s*$"
)
_PRODUCT_IS = re.compile(
    r"^\s*(?:\(\w+\)\s*)?(?:is|was),? (?:a|an|(?:the )?(?:[A-Z][\w&.-]* (?:(?:of|for|and) )?)"
    r"{0,5}[A-Z][\w&.-]*['’]s) (?:[\w-]+ ){0,3}(?:software|app|"  # "is the City of X's app"
    r"tool|system|platform|program|product|database|engine|service)\b"
)
# "X, made by Y", "X, software built by Y", "X, a weapons-detection scanner made by Y"
MADE_BY_AFTER = re.compile(
    r"^, (?:(?:a|an|the|its|their) |(?:which|that) (?:is|was|are|were) )?(?:[\w-]+ ){0,3}?"
    r"(?:made|built|developed|designed|manufactured|created|produced|sold|marketed) by\b"
)
# "X, a video search tool from Y": a thing and where it comes from
_THING_FROM_AFTER = re.compile(r"^, (?:a|an|the) (?:[\w-]+ ){0,3}?" + PRODUCT_NOUN + r" from [A-Z]")
_BOUGHT_AFTER = re.compile(
    r"^\s+(?:coverage|licen[cs]es|subscriptions?|services|sensors|readers|cameras|software|units|"
    r"support|maintenance|drones|devices|systems?|platform|app)\b"
)
_MADE_AFTER = re.compile(r"^ (?:developed|built|designed|created|made)\b(?! by\b)")
_MADE_BY_PASSIVE = re.compile(
    r"^ (?:is|was|are|were) (?:also |now )?(?:made|built|developed|designed|manufactured|"
    r"produced) by\b"
)
_MAKER_BEFORE = re.compile(r"\b(?:made|built|developed|designed|manufactured) by (?:the )?$")
_PLACE_PREPOSITION = r"\b(?:in|of|for|from|at|near|outside|across|around|throughout) (?:the )?$"
_CALLED = re.compile(
    # the noun a determiner opens ("a group called X"), not a name's head ("X Coalition called")
    r"(?:\b(?:a|an|the|one|new) (?:[\w'-]+ ){0,2}?([a-z-]+) "
    r"(?:calling (?:itself|themselves) |that calls itself )?)?"
    r"(?:called|named|known as|dubbed|it['’]s called|calling (?:itself|themselves))\s*[\"“‘']?\s*$"
)
# "named" as a body's verb, not a thing's naming: "Cordaway named X as its subcontractor"
_NAMED_VERB = re.compile(r"(?:[A-Z][\w&'’-]*|\b(?:has|have|had|it|they|which|who)) named\s*$")
# The verbs of an appointment, as written after the one appointed and after "was"
APPOINTING = ("named", "appointed", "hired", "promoted", "confirmed", "elected", "tapped")
APPOINTING += ("picked", "chose", "chosen", "selected", "installed")
APPOINTED = "(?:" + "|".join(APPOINTING) + ")"
_APPOINTED_BEFORE = re.compile(r"\b" + APPOINTED + r" $")
_TITLE_NEXT = re.compile(
    r"^,? (?:as )?(?:(?:its|their|the|a|an) )?(?:[a-z-]+ ){0,2}?(?:"
    + "|".join(
        re.escape(t) for t in sorted(lx.LEADER_TITLES + lx.WORKER_TITLES, key=len, reverse=True)
    )
    + r")\b"
)
_APPOINTED_AFTER = re.compile(
    r"^ (?:has been|have been|was|is|had been) (?:[a-z]+ly )?"
    + APPOINTED
    + r" (?:as )?(?:(?:its|the|a|an) )?(?:@|[A-Z]|[a-z-]+ (?:of|at|for) )"
    + r"|^ (?:was |has been )?sworn in (?:[^,;]{0,12} )?as\b"  # a post taken up
)
_PERSON_AFTER = re.compile(
    # "X, a Cobalt County resident"
    r"^,? (?:the|a|an) (?:[\w-]+ ){0,3}?("
    + "|".join(lx.PERSON_CONTEXT_NOUNS)
    + r")\b|^,? (?:(?:a|an|the) )?(?:[\w-]+ ){0,3}(?i:("  # "X, President of Y" too
    + "|".join(re.escape(t) for t in lx.WORKER_TITLES + lx.LEADER_TITLES)
    + r")s?) (?:at|of|for|with|in the)\b|^,? who\b|^ (?:said|says|told|testified|"
    r"wrote|added|continued|explained)\b"
)
# "X is a partner at Y": a firm's partner, if X is written as a person's (a firm may be one)
_PARTNER_AT = re.compile(
    r"^(?:,| is| was| has been)? (?:now )?(?:a |the )?(?:managing |general |founding |senior )?"
    r"partner at\b"
)
APPOSITION = re.compile(
    # no preposition before the noun: "a staff attorney at the group" is an attorney
    r"^(?:,| is| was| remains) (?:the|a|an|its|their|[A-Z][\w’']+['’]s) "
    r"(?:(?!(?:at|of|for|with|in|from|on|by|to|its|their|the|an?|that|which) )[\w'’-]+ ){0,5}?"
    r"(firm|company|maker|reseller|distributor|integrator|supplier|contractor|provider|"
    r"start-?up|vendor|agency|division|unit|office|committee|group|coalition|association|"
    r"charity|alliance|organization|nonprofit|watchdog|outlet|newspaper|union|app|tool|software|system|"
    r"platform|product|database|service|register(?= [^,;]{1,40}?\bbuilt\b))\b(?!['’]s)"
    # the phrase's head is its last noun ("the cloud and database company"), or its maker
    # follows: "X, the case system the IFMP built", "X, the register NODD built"
    r"(?=[,.;:)]| (?:of|for|in|at|on|that|which|who|with|and|or|made|built|run|sold|behind|"
    r"[a-z]+ed|(?-i:the|its|our|it|we|[A-Z]\w*) (?:[\w'’-]+ ){0,4}?built)\b"
    r"|$)"
)
# "X's vice president for civilian programs, Y": a title with its portfolio, then the name
_PORTFOLIO = re.compile(r"'s " + lx.TITLE_PORTFOLIO)
_TITLE_IS = re.compile(
    r"\b(?:" + "|".join(re.escape(t) for t in lx.LEADER_TITLES) + r") (?:is|was|has been) $"
    # "the Herald's people-moves editor is X"
    r"|['’]s (?:[a-z-]+ ){0,3}?(?:"
    + "|".join(re.escape(t) for t in lx.WORKER_TITLES)
    + r") (?:is|has been) $"
)
_PLACE_KINDS = ("country", "region", "city")  # a known place: votes to be one
_STATE_AFTER = re.compile(
    r"^,\s*(?:" + "|".join(re.escape(s) for s in sorted(lx.US_STATES)) + r")\b"
)
_PLACE_BEFORE = re.compile(r"\b(?:in|near|outside)(?: the)? $")


_TITLES = "|".join(
    re.escape(t) for t in sorted(lx.LEADER_TITLES + lx.WORKER_TITLES, key=len, reverse=True)
)
_TITLED_AFTER = re.compile(
    # (or told with "is": "X is the Tarahuna Herald's local government reporter"; or a career)
    rf"^ (?:spent|served|worked|(?:has |have |had )?joined(?: [\w&'.-]+){{1,5}}?) (?:[\w-]+ )"
    rf"{{0,4}}?as (?:a |an |the |its |their )?(?:[\w-]+ ){{0,2}}?(?!member)(?i:{_TITLES})"
    r"(?=[.,;]| (?:of|at|for|in|on|with|before|after|until|since|and)\b)|"
    r"^(?:,| is| has been| serves as| is now) (?:the |a |an )?"
    r"(?:(?:[A-Z][\w&.-]* (?:(?:of|for|and|&) )?){0,5}[A-Z][\w&.-]*|[a-z]+)"
    rf"['’]s (?:[a-z-]+ ){{0,3}}?(?:{_TITLES})\b(?![\w'’-])(?! {PRODUCT_NOUN})"  # "official app"
)
_WITNESS_BEFORE = re.compile(r"(?:\b(?:evidence|testimony)\b[^.;]{0,40}\bfrom|; and) $")
_LISTED_TITLE_BEFORE = re.compile(
    r"[A-Z][\w'’-]+ ?(?:,|[—–]) (?:(?:[A-Z][\w&-]* |(?:of|for|and|&) ){0,5}[A-Z][\w-]*|"
    r"(?!(?:whose|its|their|the|an?|his|her|our)\b)[a-z][a-z -]{2,30}), $"  # "Jo Roe, president, X"
)
# A signature's title after a name: ", General Counsel, ", ", Esq., ", " — City Auditor, "
_SIGNED_AFTER = re.compile(
    r"^(?: \([^()]{1,40}\))?(?:, | [—–] |(?P<line>\n))(?:(?:[A-Z][\w.-]*|[a-z-]+|&) ){0,5}?(?:"
    + "|".join(sorted(t.capitalize() for t in lx.TITLE_ENDS | {"esq", "counsel"}))
    + "|"
    + "|".join(sorted(lx.TITLE_ENDS | {"counsel"}))
    + r")\b\.?(?: (?:of|for) [A-Z]\w+(?:,? (?:and |& )?[A-Z]\w+){0,3})?"
    r"(?(line)(?P<end>\n|,)|(?:,|\n|$| \())"  # a block's title, maybe with its body
)
# Only a thing is trialled or piloted, whatever its name ends with ("Argent Watch")
_TRIAL_WORDS = r"\b(?:trialled|trialed|trialling|piloted|piloting|(?:trial|pilot|proof of concept)"
_TRIED = re.compile(_TRIAL_WORDS + r" of(?: the)?) $")
_CONTACT = re.compile(
    r"\b(?:contacts?|[ei]nquiries|officer|present|in attendance): $|"
    r"^\s*(?:by (?:[a-z.'-]+,? ){0,9}?(?:and )?|q \()$"
)


def context_votes(text: str, chunk: Chunk, s_start: int) -> Counter:
    """Type evidence from the words around one mention: "CEO X", "an app called X", …"""
    before = text[max(s_start, chunk.start - 60) : chunk.start].lower()
    before = before.replace("’", "'")
    after = text[chunk.span_end : chunk.span_end + 60]
    votes: Counter = Counter()
    if chunk.legal:  # "X Safety Products, Inc.": a firm, not its goods
        votes["Company"] += 6
    if set(chunk.titles) - {"former", "current"} and chunk.titles[-1:] != ["of"]:
        votes["Person"] += 3  # (not "Former X staffers", nor the Y of "Chief Executive of Y")
    words = before.split()
    last = words[-1].strip("\"“‘',.:") if words else ""  # "Budget Analyst: X" too
    # "the agency X", "its system, X," type X; "at the Kelso Agency, X," is an apposition to
    # the agency that the name before the comma ends with
    named_before = re.search(
        r"\b[A-Z][\w'’-]*,\s*$", text[max(s_start, chunk.start - 60) : chunk.start]
    )
    for kind, nouns in _PRE_NOUNS.items() if not named_before else ():
        if last in nouns:  # (a firm's kind outweighs its name's head: "firm X Security")
            votes[kind] += 4 if last in _STRONG or words[-2:] in _CAUSE_GROUPS else 2
    # "Brindle Peak partner X": a firm's partner before a name is a person's title; "our
    # integration partner X" is a firm (so "partner" is no worker title)
    firm_partner = re.search(
        r"[A-Z][\w&'’-]* partner $", text[max(s_start, chunk.start - 40) : chunk.start]
    )
    # (a one-word name after it is a firm's: "Brevik Systems partner Marrowgate")
    person_name = 2 <= len(chunk.name.split()) <= 3
    titled = last in lx.TITLE_ENDS or bool(firm_partner and person_name)
    # (not the body after a listed name's title: "Gwen Talley, Data Services Librarian, X")
    titled = titled and not _LISTED_TITLE_BEFORE.search(text, max(s_start, chunk.start - 80),
                                                         chunk.start)  # fmt: skip
    sole = " " not in chunk.name and re.match(r"\s*(?:[.,;:]|$)", after)  # "… with X for Kixo."
    if re.search(r"\bcontract(?:ed|s)? with [^.;]{1,60} for $", before) and (
        _BOUGHT_AFTER.match(after) or sole
    ):
        votes["Product"] += 3  # "a contract with X for Sentinel readers"
    if re.search(r"\bLocal \d+$", chunk.name):
        votes["AdvocacyGroup"] += 6  # a union's local: "Teamsters Local 412"
    # "reporters A and B": the second of two people a plural title names
    pairs = (re.search(rf"\b([a-z]+)(?: [a-z.'’-]+){{{n}}},? and $", before) for n in (2, 3))
    titled |= person_name and any(p and p.group(1)[:-1] in lx.TITLE_ENDS for p in pairs)
    # "chief executive X", "whose chief executive is X"
    if (titled and not chunk.titles) or _TITLE_IS.search(before) or _PORTFOLIO.search(before):
        votes["Person"] += 2
    # "X, the Haki Data Trust's executive director": a title in apposition makes a person,
    # and so does "X, a partner at Y" (a firm's partner is no firm: "at" says where one works)
    partner = re.match(r"^, (?:a|an|the) (?:[a-z-]+ )?partner (?:at|in|with) [A-Z]", after)
    if _TITLED_AFTER.match(after) or (partner and person_name):
        votes["Person"] += 3
    # a signature: "Ines Varga, General Counsel, Carrow Labs" opens its line, or its list item
    opens = re.fullmatch(r"\s*(?:[-*•·–]|\d{1,2}[.)])?\s*", before) or before.rstrip()[-1:] in ":;"
    opens = opens or _WITNESS_BEFORE.search(before)
    signed = _SIGNED_AFTER.match(after)
    # (a title and body under a heading or a place are no signature: "Key Personnel" over
    # "Project Manager, Acme"; under a person's name they are: "Imogen Roe" over "Director, Y")
    if (
        signed
        and signed.group("end") == ","
        and (not personal_name(chunk.name) or set(chunk.name.lower().split()) & _HEADING_WORDS)
    ):
        signed = None
    if opens and signed:
        votes["Person"] += 3
    # "Media contact: Dev Kapoor, Sallowmere", "By Nadia Flores, Eastbank Observer": a person
    listed = after.startswith((",", ";", " (")) or re.match(r" and [A-Z]", after)  # "A (Chair);"
    if _CONTACT.search(before) and len(chunk.name.split()) < 4 and listed:
        votes["Person"] += 3
    # "bought X" is no sign of a product: a firm buys firms as well
    used = r"\b(?:using|uses|used|deployed|deploying|licensed) $"
    if re.search(used, before) and not chunk.possessive:
        votes["Product"] += 1
    # (not "piloted Brevik Systems cameras": a firm's name says it is the maker)
    firm = chunk.name.split()[-1].lower() in lx.COMPANY_HEADS
    if _TRIED.search(before) and not chunk.possessive and not firm:
        votes["Product"] += 4
    # "the maker of X", "the company behind X" (not "the firm behind the funding round")
    made = (
        r"\b(?:(?:maker|developer|manufacturer|creator) of|(?:company|firm|start-?up|team) behind|"
        r"(?:company|firm|startup|team|maker|manufacturer) (?:that|which) (?:makes|made|builds|"
        r"built|develops|developed|designs|designed|manufactures))"
    )
    if re.search(made + r" (?:the |its )?$", before):
        votes["Product"] += 2
    passive_use = (
        r"^ (?:is|was|are|were|has been|had been) (?:\w+ )?"
        r"(?:(?:used|deployed) by|in use (?:at|by))\b"
    )
    if re.match(passive_use, after) and not chunk.possessive:
        votes["Product"] += 2
    # "X was licensed to the city": a firm may be sold, but only a product is licensed
    if re.match(r"^ (?:is|was|are|were|has been|had been) (?:also )?licensed to\b", after):
        votes["Product"] += 2
    sold = re.search(r"\b(?:sells|sold|selling|markets|marketed|licenses|licensed) $", before)
    if sold and re.match(r"^ to\b", after):
        votes["Product"] += 2
    if re.search(
        r"\b(?:(?:co-?)?founded|(?<!round )led|headed|chaired) by (?:[\w-]+ ){0,3}$", before
    ) and len(chunk.name.split()) in (2, 3):
        votes["Person"] += 2
    if _MADE_BY_PASSIVE.match(after) and not chunk.possessive:
        votes["Product"] += 4  # "Hourwell Monitor is made by X": a thing, whatever its head
    # an appointment: "named Mira Solberg chief executive", "X was hired as …"
    appointed = _APPOINTED_BEFORE.search(before) and _TITLE_NEXT.match(after)
    if appointed or _APPOINTED_AFTER.match(after):
        votes["Person"] += 4
    verb = _NAMED_VERB.search(text, max(s_start, chunk.start - 60), chunk.start)
    called = None if appointed or verb else _CALLED.search(before)
    # "a group called X" names a group, "an app called X" a thing
    called_kind = called and next(
        (k for k, nouns in _PRE_NOUNS.items() if called.group(1) in nouns), None
    )
    if called_kind:
        votes[called_kind] += 3
    elif called or (
        (MADE_BY_AFTER.match(after) or _THING_FROM_AFTER.match(after)) and not chunk.possessive
    ):
        # ("X, which is developed by Y" says so outright, whatever X's head: "FlightDeck Command")
        votes["Product"] += 5 if re.match(r"^, (?:which|that) ", after) else 3
    if _MAKER_BEFORE.search(before) or (
        _MADE_AFTER.match(after) and re.search(PRODUCT_NOUN + r" $", before)
    ):
        votes["Company"] += 2  # "made by X", "the software X developed"
    hardware = HARDWARE_AFTER.match(after) and model_name(chunk.name)
    # (a device named after "the" may be a place's: "the Millbrook cameras")
    device = hardware and (
        not re.search(r"\bthe\s*$", before)
        or re.match(r"^\s*(?:[a-z-]+ )?(?:drones?|quadcopters?|robots?|doorbells?)\b", after)
    )
    # (a model's number says it is a thing, however many are counted: "four K6 quadcopters")
    numbered = device and re.fullmatch(r"[A-Z]+\d+", chunk.name) and _COUNTED.search(before)
    modified = (_MODIFIED_PRODUCT.match(after) or device) and _DETERMINED.search(before) or numbered
    if (_PRODUCT_AFTER.match(after) or modified) and not chunk.possessive:
        votes["Product"] += 2
    if _FIRM_AFTER.match(after) and not chunk.possessive:
        votes["Company"] += 4
    owned = OWNED_THING_AFTER.match(text[chunk.span_end : chunk.span_end + 120])
    if _PRODUCT_IS.match(after) or (owned and not chunk.possessive):
        votes["Product"] += 3
    # "according to an internal Palantir wiki": Palantir names the wiki's subject
    modifier = (
        re.match(r"^\s+[a-z]", after)
        and not _MEDIA_AFTER.match(after)
        and "according to" in before[-45:]
    )
    if (_MEDIA_CUE.search(before) and not modifier) or _MEDIA_AFTER.match(after):
        votes["MediaOrganization"] += 1
    # "X's former head of security": a possessive owns the title, whoever holds it
    if (_PERSON_AFTER.match(after) and not chunk.possessive) and (
        len(chunk.name.split()) > 1
        or not re.match(r"^ (?:said|says|told|testified|wrote|added|continued|explained)\b", after)
    ):
        votes["Person"] += 2
    if (_PARTNER_AT.match(after) and personal_name(chunk.name)) or POST_BETWEEN.match(after):
        votes["Person"] += 2
    match = APPOSITION.match(after)
    named = match and next((k for k, n in _PRE_NOUNS.items() if match.group(1) in n), None)
    if match and not (named == "Product" and after[:1] == " "):  # "P is the city's app": `uses`
        kind = "Company" if named == "GovernmentAgency" and legal_end(chunk.name) else named
        # "X Intelligence, a company in …": the text saying what X is outweighs a head noun
        # that many kinds of body end with ("X Ltd, a campaigns agency" is a firm's agency); a
        # unit or division may be of any kind
        votes[kind or "GovernmentAgency"] += 4 if kind else 2
    if place_kind(chunk.name) in _PLACE_KINDS:
        # a known place after "in" is never a body, whatever an apposition after it says ("X
        # Systems in St. Paul, the company that makes …" describes X); one opening a sentence
        # may be a firm's name ("Phoenix, a software company in Austin, …")
        votes["Place"] += 5 if re.search(_PLACE_PREPOSITION, before) else 3
    elif _STATE_AFTER.match(after.lower()):
        votes["Place"] += 3
    elif (
        _PLACE_BEFORE.search(before)  # (two words at most; "in TitleVault", "logged in P": things)
        and not re.search(r"[a-z]{2}[A-Z]|[a-z]\d|\S \S+ \S", chunk.name)  # ("Tilskud360")
        and not re.search(
            r"(?:\b(?:invest\w*|stakes?|involvement|role|interests?|shares?|round|"
            r"partners?)|\$[\d.,]+ (?:million|billion)|\b(?:process|record|logg?|servic|handl|"
            r"enter|cod|manag|register|catalogu|coordinat)(?:e|es|ed|s)?(?: (?!(?:at|in|on|from)\b)"
            r"[\w,$-]+){1,6}) in(?: the)? $",
            before,
        )
    ):
        votes["Place"] += 1
    # "the Kelso area" (not "the StoopLine neighborhood app": a thing for the area)
    place_after = r"^ (?:area|region|neighbou?rhood|community|metro|suburbs?)\b"
    if re.match(place_after, after) and not re.match(r"^ [a-z-]+ " + PRODUCT_NOUN, after):
        votes["Place"] += 2
    if re.match(r"^\s*" + EMPLOYEE_WORDS, after):
        votes["Company"] += 1  # "X employees", "X's staff"
    if re.search(r"\b(?:study|researchers?|scientists?)\b", after[:12]):
        votes["ResearchOrganization"] += 2
    return votes


def person_like(text: str, chunk: Chunk, s_start: int) -> bool:
    """Whether a name reads as a person's where it stands: "chief executive Sunniva Hart"."""
    given = chunk.name.split()[0].lower() in lx.GIVEN_NAMES
    return given or bool(chunk.titles) or context_votes(text, chunk, s_start)["Person"] > 0


def personal_name(name: str) -> bool:
    """A name written as a person's: two or three words, none a title, a firm's or a body's."""
    words = name.lower().split()
    told = set(words) | {w[:-1] for w in words if w.endswith("s")}  # "Sparrow Apps"
    return 2 <= len(words) <= 3 and not told & _NOT_PERSONAL and "&" not in name


# A list's heading over its first title: "Key Personnel", "Project Team", "Contact Details"
_HEADING_WORDS = frozenset({"key", "personnel", "staff", "team", "contact", "contacts", "details"})
_NOT_PERSONAL = lx.COMPANY_HEADS | lx.GOV_HEADS | lx.MEDIA_HEADS | lx.ADVOCACY_HEADS
_NOT_PERSONAL |= lx.TITLE_WORDS | lx.PRODUCT_NOUNS | set(lx.WORKER_TITLES)
