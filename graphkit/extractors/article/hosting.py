"""Hosting told through the machines rather than a verb of hosting: "X runs its service on
servers rented from Y", "the recordings are stored on infrastructure leased from Y", "X keeps
its data in Y's data centers": Y hosts the clause's subject."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .checks import first_subject, unstated
from .entity import ORG_TYPES, THING_TYPES
from .rules import COMPANY, Found

if TYPE_CHECKING:
    from .relations import Sentence

_MACHINES = (
    r"(?:servers?|infrastructure|data cent(?:er|re)s?|cloud(?: servers| infrastructure| "
    r"platform| accounts?)?|computing capacity|hardware)"
)
# "servers rented from Y", "infrastructure run by Y", "servers that it leases from Y"
_FROM_HOST = re.compile(
    r"\b" + _MACHINES + r" (?:(?:that|which) (?:it|they|@\d+@) )?"
    r"(?:rent(?:s|ed)?|leas(?:es|ed)?|run|operated|owned|managed|provided|supplied|hired) "
    r"(?:from|by) (?:the )?@(?P<host>\d+)@(?!'s)"
)
# "on Y's servers", "in Y's data centers"
_HOST_OWNS = re.compile(
    r"\b(?:on|in|onto|into|to|from|through) (?:the )?@(?P<host>\d+)@'s (?:[\w-]+ )?"
    + _MACHINES
    + r"\b"
)
_HOSTED = (ORG_TYPES - {"EmployeeGroup", "MediaOrganization"}) | THING_TYPES


def machine_hosts(sentence: Sentence) -> list[Found]:
    """The host of the machines a sentence names, hosting the sentence's subject."""
    text, out = sentence.masked, []
    for match in [*_FROM_HOST.finditer(text), *_HOST_OWNS.finditer(text)]:
        host_index = int(match.group("host"))
        host = sentence.entity(host_index)
        subject = first_subject(text, match.start())
        if host.type not in COMPANY or subject is None or unstated(text, 0, match.end()):
            continue
        hosted = sentence.entity(subject)
        if hosted.type in _HOSTED and hosted.key != host.key:
            out.append(Found(host.key, "hosts", hosted.key, 0.6, "hosting machines"))
    return out
