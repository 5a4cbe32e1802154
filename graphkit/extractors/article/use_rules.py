"""A body's use of a thing told as what the thing is to it: "P, the records system the department
has used since 2019", "X has dispatched on P since 2023", "X takes permit payments through P"."""

from __future__ import annotations

from .rules import ORGS, make_rule

# What a thing is, named after it in an apposition
_KIND = (
    r"(?:software|tool|system|platform|app|application|database|product|service|portal|"
    r"network|suite)"
)

# A use that ended or was dropped, told after it
_ENDED = r"(?![^.;]{0,80}\b(?:until|before|stopped|no longer|dropp\w*|replac\w*|ended|switched)\b)"
# What a body does through a thing: takes payments, processes requests, files reports
_WORK = (
    r"(?:payments|applications|requests|claims|permits|orders|bookings|cases|records|reports|"
    r"fleet|payroll|timesheets|tickets|filings)"
)

# fmt: off
USE_RULES = [
    # "P, the police records system the X Police Department has used since 2018": an object
    # relative clause without its "that" (not "had used", a use before another)
    make_rule("thing it uses", "uses",
              r"{O}, (?:the|its|their|our) (?:[\w-]+ ){0,4}?" + _KIND + r" (?:that |which )?{S} "
              r"(?:has |have )?(?:now |long |still )?(?:used|operated|relied on)\b" + _ENDED,
              ORGS - {"Company"}, {"Product", "Organization"}, 0.65,
              needs=("used", "operated", "relied")),
    # "X takes permit payments through P", "X processes about 600 requests a year through P",
    # "X has dispatched on P since 2023"
    make_rule("works through", "uses",
              r"{S}{w}(?:has |have |had )?(?:now |also )?(?:(?:takes|took|processes|processed|"
              r"handles|handled|files|filed|tracks|tracked|manages|managed) (?:[\w$.,-]+ ){0,5}?"
              + _WORK + r"(?: [\w$.,-]+){0,3}? (?:through|via|in|on)|dispatched on|dispatches on) "
              r"{O}" + _ENDED,
              ORGS - {"Company"}, {"Product", "Organization"}, 0.6,
              needs=("dispatch", "takes", "took", "process", "handle", "file", "track", "manage")),
]
# fmt: on
