"""Parts told by what the whole holds: "X, one of the district's 31 schools", "X is one of the
Trust's two acute sites", "X, the largest of Y's 14 hospitals", "X, Y's main acute hospital":
X is part of Y."""

from __future__ import annotations

from .rules import ORGS, PERSON, make_rule

# What a body holds, counted: its sites and institutions as well as its units
_HELD = (
    r"(?:schools|hospitals|sites|campuses|clinics|stations|precincts|colleges|libraries|prisons|"
    r"facilities|centres|centers|depots|airports|ports|branches|divisions|units|subsidiaries|"
    r"agencies|departments|bureaus|locals|chapters|affiliates|components|member schools)"
)
# One of them, named as the body's own
_ONE_HELD = (
    r"(?:hospital|school|campus|clinic|station|precinct|college|library|prison|depot|airport|"
    r"high school|elementary|infirmary|medical cent(?:er|re))"
)
# (not "St Aldric's Hospital, one of …": a name cut at its possessive)
_WHOLE = r"(?<!'s )"
_RANK = (
    r"(?:largest|biggest|smallest|oldest|newest|busiest|main|principal|flagship|only|first|"
    r"second|third|lead|primary)"
)

# A body that another holds, by its kind: "an agency", "a non-corporate Commonwealth entity"
_KIND_HELD = (
    r"(?:agency|entity|body|corporation|authority|office|department|board|company|institution|"
    r"organi[sz]ation|@\d+@)"
)

# fmt: off
UNIT_RULES = [
    # "X, an agency under the aegis of the Department", "X is a non-corporate Commonwealth entity
    # within the Department of Y", "X, a Major Port Authority under the administrative control
    # of the Ministry": held by the body named
    make_rule("held by a body", "partOf",
              r"{S},? (?:is |was )?(?:an? |the )(?:[\w@-]+ ){0,3}?" + _KIND_HELD
              + r" (?:within|under|under the (?:aegis|administrative control|authority|control|"
              r"supervision) of) (?:the )?{O}(?!'s)",
              ORGS, ORGS - {"Company"}, 0.65, needs=("within", "under the")),
    # "X, the operator of Y and a member of the Meridian Ports Group": a firm in a firms' group
    # (a member of an association or an alliance is none of it: those are no firms)
    make_rule("member of a group", "partOf",
              r"{S},? (?:is |was |remains )?(?:[^,;]{0,80}? and )?(?:a|an) (?:wholly owned )?"
              r"member of (?:the )?{O}(?!['’]s)",
              {"Company"}, {"Company"}, 0.6, needs=("member of",)),
    make_rule("one of its own", "partOf",
              _WHOLE + r"{S},? (?:is |was |remains |becomes |became )?(?:one|two|three|each) "
              r"of {O}'s (?:[\w-]+ ){0,3}?" + _HELD + r"\b",
              ORGS, ORGS, 0.65, needs=(" of ",)),
    # "X is one of 11 schools in the Y Trust", "X, one of the six clinics run by Y" (not "one
    # of four schools in Z County", a place: owners.py)
    make_rule("one of those in", "partOf",
              _WHOLE + r"{S},? (?:is |was |remains )?one of (?:the |its |their )?(?:\d+|two|three|"
              r"four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty) "
              r"(?:[\w-]+ ){0,2}?" + _HELD + r" (?:in the|of|within|run by|operated by|managed by) "
              r"(?:the )?{O}(?!['’]s)",
              ORGS, ORGS, 0.65, needs=("one of",)),
    make_rule("one of its own", "partOf",
              _WHOLE + r"{S},? (?:is |was )?the " + _RANK + r" of {O}'s (?:[\w-]+ ){0,3}?" + _HELD
              + r"\b",
              ORGS, ORGS, 0.65, needs=(" of ",)),
    make_rule("one of its own", "partOf",
              _WHOLE + r"{S},? (?:is |was )?{O}'s (?:" + _RANK + r" )?(?:[\w-]+ ){0,2}?" + _ONE_HELD
              + r"(?![\w-])(?! (?:of|for|at|in|with)\b)",
              ORGS, ORGS, 0.6, needs=("'s",)),
    # "NRNA dispatches all trains through P, a train control system that its ICT Directorate
    # built in-house in 2010": the unit of the body the sentence opens with (no firm between)
    make_rule("its unit", "partOf",
              # (after a label: "II.3) Background: X currently records …")
              r"^(?:[^;:]{0,50}: )?(?:[^@;:]{0,40}? )?(?:the )?@(?P<o>\d+)@ "
              r"(?![^;]*\b(?:vendor|supplier|contractor|firm|company)s?\b)[^;]{0,160}?"
              r"\b(?:its|their) @(?P<s>\d+)@ (?:has |had )?"
              r"(?:built|developed|designed|wrote|created|made)\b",
              {"GovernmentAgency"}, ORGS - {"Company"}, 0.6, needs=("its ", "their ")),
    # "Our Protection Team reviews every case": a body's unit named as its own (a public
    # body's, named or not, is "possessive unit"; checks.py keeps names a unit's word ends)
    make_rule("possessive named unit", "partOf",
              r"(?<![\w@])@(?P<o>\d+)@'s @(?P<s>\d+)@(?!'s)",
              ORGS, ORGS - {"GovernmentAgency"}, 0.6, needs=("'s",)),
    # "the Council's Revenues and Benefits Service, which Mr Cardew heads, has billed …": the
    # head the relative clause names
    make_rule("which X heads", "leads",
              r"{O},? which (?:(?:mr|mrs|ms|miss|dr|prof|professor|cllr)\.? )?{S} (?:now )?"
              r"(?:heads|leads|runs|directs|manages)\b",
              PERSON, ORGS, 0.65, needs=("heads", "leads", "runs", "directs", "manages")),
]
# fmt: on
