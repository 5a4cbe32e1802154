"""A body's head told by what the head does for it: "X, the commander of the Y Police Command"
heads it, while "Commander X of Y" is a rank within Y (read with the other titles in
`roles.py`); "Commissioner X responded on behalf of Y" and "the minister responsible for Y, X"
head Y, as does the one a body's head "is" ("Its Director is Mr X"), and each founder a firm
was founded by, whatever title the list gives them ("X was founded in 2019 by A and chief
technology officer B"), but not one who has left it."""

from __future__ import annotations

from .rules import GOV, ORGS, make_rule

# Heads' titles before a name that answers for the body
_HEADS = (
    r"(?:commissioner|director|director[- ]general|secretary|chief executive|administrator|"
    r"minister|chair|chairperson|president|ceo)"
)

# A founder in a list after "founded by", not one the list says left: "… and @3@, who left";
# the first named, then the one after it
_FOUNDED_BY = r"(?<![\w@])@(?P<o>\d+)@ (?:was|were) (?:co-)?founded (?:in \d{4} )?by "
_NEXT_IN_LIST = r"(?:(?:[^@;.]|@\d+@){0,80}?(?:,|,? and) )"
_FOUNDER = (
    r"(?:(?:its |the )?(?:[\w-]+ ){1,3}?)?@(?P<s>\d+)@"
    r"(?!,? (?:who|which) (?:later |has |had |since )?(?:left|departed|no longer)\b)"
)

# fmt: off
HEAD_RULES = [
    *(
        make_rule("founded by", "leads", _FOUNDED_BY + after + _FOUNDER, {"Person"}, ORGS, 0.65,
                  needs=("founded",))
        for after in (_NEXT_IN_LIST + "??", _NEXT_IN_LIST)
    ),
    make_rule("unit's commander", "leads",
              r"(?<![\w@])@(?P<s>\d+)@,? (?:is |was |has been )?the (?:[\w-]+ )?commander "
              r"of (?:the )?@(?P<o>\d+)@",
              {"Person"}, ORGS, 0.7, needs=("commander",)),
    # "Commissioner X responded on behalf of DFRD and agreed with five recommendations"
    make_rule("answered for", "leads",
              r"(?<!former )(?<!acting )\b" + _HEADS + r" @(?P<s>\d+)@ (?:responded|replied|"
              r"answered|spoke|wrote) on behalf of (?:the )?@(?P<o>\d+)@",
              {"Person"}, ORGS, 0.65, needs=("behalf",)),
    # "The Chief Archivist, Ms X, made written submissions on behalf of the PRO"
    make_rule("answered for", "leads",
              r"(?<!former )(?<!acting )\bthe (?:chief archivist|chief librarian|commissioner|"
              r"director|director[- ]general|chief executive|minister|chair|chairperson|president|"
              r"ceo), (?:(?:mr|ms|mrs|dr|prof)\.? )?@(?P<s>\d+)@, (?:made|gave|filed|lodged|"
              r"responded|replied|answered|spoke|wrote)(?: [a-z ]{0,30}?)? on behalf of "
              r"(?:the )?@(?P<o>\d+)@",
              {"Person"}, ORGS, 0.65, needs=("behalf",)),
    # "Its Director is Mr X", "The council's chief executive is Y": the body's head named
    make_rule("head is", "leads",
              r"(?<![\w@])@(?P<o>\d+)@'s (?:current |new )?(?:executive |managing )?"
              r"(?:director|chief executive|president|chair|chairperson|chairman|chairwoman|ceo|"
              r"director[- ]general|general manager) is (?:(?:mr|ms|mrs|dr|prof)\.? )?@(?P<s>\d+)@",
              {"Person"}, ORGS, 0.65, needs=(" is ",)),
    # "the minister responsible for the department, X, said": the minister heads it
    make_rule("minister responsible", "leads",
              r"\bthe minister responsible for (?:the )?@(?P<o>\d+)@, (?:hon\.? )?@(?P<s>\d+)@",
              {"Person"}, GOV, 0.65, needs=("responsible",)),
]
# fmt: on
