"""A firm's subcontractor, however a text names the tie: "X, Y's local subcontractor", "Y's
subcontractor for installation, X", "X is a subcontractor to Y", "X, a local firm engaged by Y
as its subcontractor", "kits assembled by X under a subcontract with Y", "Y has subcontracted
the labelling to X". X supplies Y."""

from __future__ import annotations

from .rules import GOV, ORGS, make_rule

# The subcontractor's noun, with the words a text puts before it: "its local subcontractor"
_SUBCONTRACTOR = r"(?:[\w-]+ ){0,2}?sub-?contractors?"
_NEEDS = ("subcontract", "sub-contract")
# A subcontract with the firm that let it (not "its subcontract with Y", which X let to Y)
_SUBCONTRACT = (
    r"(?!(?:its|their|our) )(?:a |an |the )?(?:[\w-]+ )?sub-?contract (?:with|to) (?:the )?"
    r"@(?P<o>\d+)@(?!['’]s)"
)
# Work done, told in the passive: "assembled", "carried out", "set up", "done"
_DONE = r"\b(?:[a-z]+ed|done|run|set up|carried out|sent|made|built|written|kept|taken|held)"
# The doer's verb, not one of saying: "X said the cabling was fitted under …" reports
_DOES = r"(?!(?:said|says|told|tells|added|adds|noted|notes|claimed|claims|stated)\b)[a-z]{3,} "
# What the doer does before the subcontract is named: no other party in it but possessives and
# objects of prepositions ("for the portal", "to Y's terminals"), no report of another's words
_WORK = (
    r"(?:(?!\b(?:said|says|told|according|while|whereas|but)\b)(?:[^@;]|@\d+@['’]s|"
    r"(?<=for |the |.to |.in |.on |.at |.of |rom )@\d+@)){0,120}?"
)
# Who subcontracts: a firm, or a body of no public kind (a research centre, a charity)
_SUBCONTRACTORS = ORGS - GOV

# fmt: off
SUBCONTRACT_RULES = [
    # "X, Y's local subcontractor", "X, working as Y's subcontractor", "X, as our subcontractor"
    make_rule("subcontractor of", "supplies",
              r"(?<![\w@])@(?P<s>\d+)@(?:, [^@,;]{1,40})?,? (?:working |acting )?(?:as )?"
              r"(?:the )?{O}['’]s " + _SUBCONTRACTOR + r"\b",
              _SUBCONTRACTORS, ORGS, 0.6, needs=_NEEDS),
    # "Y's subcontractor for the installation, X", "Y's team includes two subcontractors: X"
    make_rule("subcontractor of", "supplies",
              r"(?<![\w@])@(?P<o>\d+)@['’]s (?:team (?:includes|included) (?:a |an |one |two "
              r"|three )?)?" + _SUBCONTRACTOR + r"(?: for [^@,;:]{1,60})?[,:] (?:the )?"
              r"@(?P<s>\d+)@(?!['’]s)",
              _SUBCONTRACTORS, ORGS, 0.6, needs=_NEEDS),
    # "X is a subcontractor to Y", "as subcontractor to Y", "X, subcontractor to Y for …"
    make_rule("subcontractor of", "supplies",
              r"(?<![\w@])@(?P<s>\d+)@(?:,? [—–-]? ?[^@;]{1,60}?[,;—–-]| (?:is|was|are|were|acts|"
              r"acted|serves|served)(?: as)?| [^@;]{0,40}?\bas)? (?:a |an |the |its |their |our )?"
              r"(?:[\w-]+ )?sub-?contractor to (?:the )?{O}(?!['’]s)"
              r"(?![^.]{0,40}\b(?:[Pp]roposed|not approved|pending)\b)",
              _SUBCONTRACTORS, ORGS, 0.6, needs=_NEEDS),
    # "X, a local firm engaged by Y as its subcontractor", "X, which Y engaged as a
    # subcontractor", "X was brought in by Y as a subcontractor"
    make_rule("subcontractor of", "supplies",
              r"(?<![\w@])@(?P<s>\d+)@(?:, (?:a|an) [^@,;]{1,40}?)?,? (?:was |were )?(?:engaged|"
              r"brought in|hired|retained|appointed) by (?:the )?{O} as (?:a |an |its |their )?"
              + _SUBCONTRACTOR + r"\b",
              _SUBCONTRACTORS, ORGS, 0.6, needs=_NEEDS),
    make_rule("subcontractor of", "supplies",
              r"(?<![\w@])@(?P<s>\d+)@,? (?:which|whom) (?:the )?{O} (?:engaged|brought in|hired|"
              r"retained|appointed) as (?:a |an |its |their )?" + _SUBCONTRACTOR + r"\b",
              _SUBCONTRACTORS, ORGS, 0.6, needs=_NEEDS),
    # "kits are assembled by X under a subcontract with Y", "alerts are sent to patients by X
    # under a subcontract with Y", "maintained in Chile by X under a subcontract with Y"
    make_rule("subcontractor of", "supplies",
              _DONE + r"(?: (?:[^@;]{1,40}?|(?:in|at|across|throughout|for|to|from) (?:the )?"
              r"@\d+@))? by (?:the )?@(?P<s>\d+)@"
              r"(?!['’]s)[^@;]{0,60}? under " + _SUBCONTRACT,
              _SUBCONTRACTORS, ORGS, 0.6, needs=_NEEDS),
    # "data is collected for Y by X under a subcontract", "supplied to Y by X under a
    # subcontract": the one the work is done for, named before the doer
    make_rule("subcontractor of", "supplies",
              _DONE + r" (?:for|to) (?:the )?@(?P<o>\d+)@(?!['’]s) by (?:the )?@(?P<s>\d+)@"
              r"(?!['’]s)[^@;]{0,60}? under (?:a |an )?(?:[\w-]+ )?sub-?contract\b"
              r"(?! (?:with|to)\b)",
              _SUBCONTRACTORS, ORGS, 0.6, needs=_NEEDS),
    # "X, which will scan the files under a subcontract with Y", "X, a Finnish integrator,
    # which will carry out the work under a subcontract with Y"
    make_rule("subcontractor of", "supplies",
              r"(?<![\w@])@(?P<s>\d+)@(?:, [^@;]{1,60}?)?,? (?:which|who) (?:will |would |also |"
              r"now |still )?(?:be )?" + _DOES + _WORK + r" under " + _SUBCONTRACT,
              _SUBCONTRACTORS, ORGS, 0.6, needs=_NEEDS),
    # "X is converting the card files under a subcontract with Y", "Y's implementation
    # partner, X, is converting …", "X is the implementation partner, under a subcontract
    # with Y": the sentence's subject does the work
    make_rule("subcontractor of", "supplies",
              r"^(?:[\w-]+ ?: )?(?:@\d+@['’]s (?:[\w-]+ ){0,3}?partner, )?(?:the )?@(?P<s>\d+)@"
              r"(?!['’]s)(?:, [^@;]{1,60}?)?,? (?:is |are |was |were |has |have |had |will |"
              r"would )?(?:still |now |also |be )?(?:the [\w-]+ partner, |" + _DOES + ")" + _WORK
              + r" under " + _SUBCONTRACT,
              _SUBCONTRACTORS, ORGS, 0.6, needs=_NEEDS),
    # "X, a firm that holds a subcontract with Y"
    make_rule("subcontractor of", "supplies",
              r"(?<![\w@])@(?P<s>\d+)@(?:, [^@;]{1,60}?)?,? (?:which|that|who) (?:holds|held|has|"
              r"had) " + _SUBCONTRACT,
              _SUBCONTRACTORS, ORGS, 0.6, needs=_NEEDS),
    # "Y has subcontracted the labelling of training images to X"
    make_rule("subcontractor of", "supplies",
              r"(?<![\w@])@(?P<o>\d+)@ (?:has |have |had )?sub-?contracted [^@;]{1,60}? to "
              r"(?:the )?@(?P<s>\d+)@(?!['’]s)",
              _SUBCONTRACTORS, ORGS, 0.6, needs=_NEEDS),
]
# fmt: on
