"""What a firm makes, told before the thing: "Developed by X, P helps clerks build agendas",
"Built and maintained by X, P runs on …"."""

from __future__ import annotations

from .entity import THING_TYPES
from .rules import ORGS, make_rule

# fmt: off
MAKING_RULES = [
    make_rule("made, then named", "develops",
              r"(?:^|[.;:]\s*)\W*(?i:developed|built|designed|made|created|manufactured|produced)"
              r"(?: and (?:maintained|run|operated|hosted|sold|supported))? (?:in-house )?by "
              r"(?:the )?@(?P<s>\d+)@(?:,? (?:Inc|LLC|Ltd|Limited|plc)\.?)?, (?:the )?{O}",
              ORGS, THING_TYPES | {"Organization"}, 0.7,
              needs=("developed", "built", "designed", "made", "created", "manufactured",
                     "produced")),
]
# fmt: on
