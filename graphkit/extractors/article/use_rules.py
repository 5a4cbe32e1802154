"""A body's use of a thing told as what the thing is to it: "P, the records system the department
has used since 2019", "X has dispatched on P since 2023", "X takes permit payments through P"."""

from __future__ import annotations

from .entity import THING_TYPES
from .rules import ORGS, make_rule

# What a thing is, named after it in an apposition
_KIND = (
    r"(?:software|tool|system|platform|app|application|database|product|service|portal|"
    r"network|suite|program|programme)"
)

# fmt: off
USE_RULES = [
    # "P, the police records system the X Police Department has used since 2018": an object
    # relative clause without its "that"
    make_rule("thing it uses", "uses",
              r"{O}, (?:the|its|their|our) (?:[\w-]+ ){0,4}?" + _KIND + r" (?:that |which )?{S} "
              r"(?:has |have |had )?(?:now |long |still )?(?:used|operated|run|relied on|"
              r"deployed)\b(?! (?:until|before)\b)",
              ORGS, THING_TYPES | {"Organization"}, 0.65,
              needs=("used", "operated", "run", "relied", "deployed")),
    # "X has dispatched on P since 2023", "X takes permit payments through P", "X processes
    # about 600 requests a year through P"
    make_rule("works through", "uses",
              r"{S}{w}(?:has |have |had )?(?:now |also )?(?:dispatched|dispatches|takes|took|"
              r"processes|processed|handles|handled|files|filed|tracks|tracked|manages|managed|"
              r"runs|ran) (?:[\w$.,-]+ ){0,6}?(?:on|through|in|via) {O}",
              ORGS - {"Company"}, THING_TYPES | {"Organization"}, 0.6,
              needs=("dispatch", "takes", "took", "process", "handle", "file", "track", "manage",
                     "runs", "ran")),
]
# fmt: on
