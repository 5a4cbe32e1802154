"""Money named as a grant, a gift or a loan and what it paid for: "A $400,000 grant from Y pays
part of the cost", "a grant from the state's Y, awarded to X in February", "a grant of N to X
from Y", "X pays for the platform with a grant from the federal Y". Y funds the owner of what
the money paid for (`paying.py` decides the owner where the sentence leaves it unnamed)."""

from __future__ import annotations

import re

# The giver of the money: "the Y", "the state's Y", "the federal Y"
_GIVER = (
    r"(?:the )?(?:(?:state|city|county|province|council|government)['’]s |"
    r"(?:federal|state|provincial|national) )?@(?P<funder>\d+)@(?!'s)"
)
_MONEY = r"(?P<thing>grant|gift|donation|loan|money|funding)s?"
# Money kept: not "a grant from Y that it later returned"
_KEPT = r"(?![^.;]{0,60}\b(?:returned|gave back|repaid|rescinded|revoked|withdrawn)\b)"

# "A $400,000 grant from Y pays part of the cost", "a grant from Y is paying for the county's
# fiber project": the money's giver funds the owner of what it pays for
GRANT_PAYS = re.compile(
    r"\b" + _MONEY + r" from " + _GIVER + r"(?:, [^@,;]{0,60},)? (?:also |partly |largely )?"
    r"(?:pays|paid|covers|covered|is paying|funds|funded|is funding|helps? pay|helped pay)"
    r"(?: for)?(?: (?:part|most|half|some|all|much|the rest) of)? "
    # "the Y's campaign" is Y's; "the mayor's campaign" is no buyer's
    r"(?:(?:the )?@(?P<owner>\d+)@'s|(?:the|its|their|this|that)(?! [\w-]+['’]s\b)) "
)

# "a grant from Y, awarded to X in November": the money's recipient named with it
GRANT_TO = re.compile(
    r"\b(?P<thing>grant|gift|loan|donation)s? from " + _GIVER + r",? "
    r"(?:awarded|given|made|paid|lent) to (?:the )?@(?P<owner>\d+)@"
)
# "a grant of N1.85 billion to X from Y"
GRANT_OF = re.compile(
    r"\b(?P<thing>grant|gift|loan|donation)s? (?:of [^@;]{1,30} )?to (?:the )?@(?P<owner>\d+)@ "
    r"from " + _GIVER + _KEPT
)

# "X pays for the platform with a $900,000 grant from the federal Y": the payer is the owner
PAYS_WITH = re.compile(
    r"@(?P<owner>\d+)@ (?:pays|paid|is paying|will pay) for (?:the |its |their )?[^@.;]{1,40}? "
    r"(?:with|using|through) (?:an? |the )?(?:[^@.;]{0,30} )?" + _MONEY + r" from " + _GIVER + _KEPT
)
