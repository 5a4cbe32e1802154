"""A unit's head told by command: "X, the commander of the Y Police Command" heads it, while
"Commander X of Y" is a rank within Y (read with the other titles in `roles.py`)."""

from __future__ import annotations

from .rules import ORGS, make_rule

# fmt: off
HEAD_RULES = [
    make_rule("unit's commander", "leads",
              r"(?<![\w@])@(?P<s>\d+)@,? (?:is |was |has been )?the (?:[\w-]+ )?commander "
              r"of (?:the )?@(?P<o>\d+)@",
              {"Person"}, ORGS, 0.7, needs=("commander",)),
]
# fmt: on
