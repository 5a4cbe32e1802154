"""Counsel's lines in a court's or a tribunal's record: "Sarah Quaid, of Ledger & Quaid LLP,
Seattle, for appellant.", "Counsel for the Athlete: Me X, Y LLP". The lawyer works for the firm."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .rules import ORGS, Found

if TYPE_CHECKING:
    from .relations import Sentence

# A court's list of counsel: "Sarah Quaid, of Ledger & Quaid LLP, Seattle, for appellant."
_COUNSEL = re.compile(
    r"^(?:counsel: )?@(?P<person>\d+)@, of (?:the )?@(?P<firm>\d+)@(?:, @\d+@)?, for (?:the )?"
    r"(?:appellants?|appellees?|respondents?|petitioners?|plaintiffs?|defendants?|amic(?:us|i)"
    r"(?: curiae)?|intervenors?)\.?$"
    # a tribunal's appearances: "Counsel for the Athlete: Me X, Y LLP", "For the registered
    # person: Mr X, solicitor, of Y LLP, instructing Ms Z BL"
    r"|^(?:counsel )?for (?:the )?(?:[^:@]|@\d+@){1,40}: (?:(?:me|mr|ms|mrs|dr)\.? )?"
    r"@(?P<lawyer>\d+)@,"
    r"(?: (?:solicitor|barrister|attorney|advocate|counsel),)?(?: of)? (?:the )?"
    r"@(?P<chambers>\d+)@(?:, instructing [^@;]{0,20}@\d+@[^@;]{0,10})?\.?$"
)


def counsel_firm(sentence: Sentence) -> list[Found] | None:
    """The firm a line of counsel names for its lawyer; None where the line is none."""
    counsel = _COUNSEL.match(sentence.masked)
    if counsel is None:
        return None
    lawyer, firm = (
        sentence.entity(int(counsel.group("person") or counsel.group("lawyer"))),
        sentence.entity(int(counsel.group("firm") or counsel.group("chambers"))),
    )
    if lawyer.type == "Person" and firm.type in ORGS and not firm.place:
        return [Found(lawyer.key, "worksFor", firm.key, 0.65, "signature")]
    return []
