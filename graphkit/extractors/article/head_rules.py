"""A body's head told by what the head does for it: "X, the commander of the Y Police Command"
heads it, while "Commander X of Y" is a rank within Y (read with the other titles in
`roles.py`); "Commissioner X responded on behalf of Y" and "the minister responsible for Y, X"
head Y."""

from __future__ import annotations

from .rules import GOV, ORGS, make_rule

# Heads' titles before a name that answers for the body
_HEADS = (
    r"(?:commissioner|director|director[- ]general|secretary|chief executive|administrator|"
    r"minister|chair|chairperson|president|ceo)"
)

# fmt: off
HEAD_RULES = [
    make_rule("unit's commander", "leads",
              r"(?<![\w@])@(?P<s>\d+)@,? (?:is |was |has been )?the (?:[\w-]+ )?commander "
              r"of (?:the )?@(?P<o>\d+)@",
              {"Person"}, ORGS, 0.7, needs=("commander",)),
    # "Commissioner X responded on behalf of DFRD and agreed with five recommendations"
    make_rule("answered for", "leads",
              r"(?<!former )(?<!acting )\b" + _HEADS + r" @(?P<s>\d+)@ (?:responded|replied|"
              r"answered|spoke|wrote) on behalf of (?:the )?@(?P<o>\d+)@",
              {"Person"}, ORGS, 0.65, needs=("behalf",)),
    # "the minister responsible for the department, X, said": the minister heads it
    make_rule("minister responsible", "leads",
              r"\bthe minister responsible for (?:the )?@(?P<o>\d+)@, (?:hon\.? )?@(?P<s>\d+)@",
              {"Person"}, GOV, 0.65, needs=("responsible",)),
]
# fmt: on
