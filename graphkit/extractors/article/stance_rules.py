"""Opposition told through whom a demand reaches: "urged the Commission to recommend that the Y
end the drone program" opposes Y, the one to end it; "asked the Y's board to cancel the Phase 2
options" opposes Y, whose board it is."""

from __future__ import annotations

from .entity import AGENT_TYPES
from .rules import ASK_CUE, ORGS, make_rule

# What one body may be asked to have another do
_HAVE_DONE = r"(?:recommend|require|order|direct|tell|instruct|force|ask)"
# The ending asked for, said of the body that is to end it
_END = r"(?:end|stop|halt|drop|cancel|scrap|suspend|abandon|ground|terminate|pause)"
# Those who speak for a body: its board, council, commissioners
_GOVERNORS = r"(?:board|council|commissioners|directors|trustees|governing body|leadership)"

# fmt: off
STANCE_RULES = [
    make_rule("asked to have end", "opposes",
              r"{S}{X}" + ASK_CUE + r" (?:the )?(?:@\d+@|[a-z]+(?: [a-z]+)?) to "
              + _HAVE_DONE + r" (?:that )?{O} "
              + _END + r"s? (?:the|its|their)\b",
              AGENT_TYPES - {"Company", "GovernmentAgency"}, ORGS, 0.6,
              needs=("recommend", "require", "order", "direct", "tell", "instruct", "force")),
    make_rule("asked the body's board", "opposes",
              r"{S}{X}" + ASK_CUE + r" {O}'s (?:[\w-]+ )?" + _GOVERNORS + r" to " + _END
              + r" (?:the|its|their)\b",
              AGENT_TYPES - {"Company", "GovernmentAgency"}, ORGS, 0.6,
              needs=("board", "council", "commissioners", "directors", "trustees", "leadership")),
]
# fmt: on
