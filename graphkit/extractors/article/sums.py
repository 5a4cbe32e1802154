"""A sum told as drawn from a fund: "About $11 million of the first phase will be paid from the
Y Fund", "Of the contract's value, $19 million will come from the federal Y Fund", "€3.1
million was met from the Government's Y Reserve", "₹40 crore was released to X from the Y".
The fund's keeper funds the one the money went to: the body named after "to", else the owner
of what the sum is of, as `paying` finds it."""

from __future__ import annotations

import re

# A sum as the rules' text keeps it (lower case, its currency's sign or code before it)
_SUM = (
    r"(?:[$€£¥₹₦₱]|\b[a-z]{1,3}\$?|\b[a-z]{3} )?\d[\d.,]*(?: ?(?:million|billion|crore|lakh|m|bn))?"
)
_TO = r"(?:to (?:the )?@(?P<owner>\d+)@(?!'s) )?"
# Its source, with whose fund it is before it: "the state's Y", "the Government's Y"
_SOURCE = (
    r"from (?:the )?(?:(?:federal|state|provincial|regional|national|government) )?"
    r"(?:(?:@\d+@|the (?:[a-z]+ ){0,2}?[a-z]+|[a-z]+)['’]s )?"
    r"(?:(?:federal|state|provincial|regional|national) )?@(?P<funder>\d+)@(?!'s)"
)


def sum_from(bought: str, work: str) -> re.Pattern:
    """The pattern of a sum drawn from a fund, of the things `paying` knows owners of."""
    return re.compile(
        _SUM + rf"(?: of (?:the |its |their )?(?:[\w'’-]+ ){{0,3}}?(?P<thing>{bought}|{work}))?"
        r" (?:(?:was|were|is|are|will be|has been|have been|had been|is being) "
        r"(?:paid|met|drawn|released|provided|allocated|covered|funded) |"
        r"(?:came|comes|will come|is coming|is to come) )" + _TO + _SOURCE
    )
