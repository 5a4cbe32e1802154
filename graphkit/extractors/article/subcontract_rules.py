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
    # "kits are assembled by X under a subcontract with Y", "X, a firm that holds a subcontract
    # with Y" (not "X will connect P under a subcontract with Y": a plan, whose parties may be
    # any of the names before)
    make_rule("subcontractor of", "supplies",
              r"\b[a-z]+ed by (?:the )?@(?P<s>\d+)@(?!['’]s)[^@;]{0,60}? under " + _SUBCONTRACT,
              _SUBCONTRACTORS, ORGS, 0.6, needs=_NEEDS),
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
