"""What "the group" means when the group named last has a head of its own: "The digital rights
group Suara Data said the trust … said X, a researcher with the group" is Suara Data, not the
Straits Museums Trust the text calls "the trust"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .headnouns import RECENT

if TYPE_CHECKING:
    from .entity import Mention
    from .mentions import DocumentEntities

_GROUP_BEFORE = re.compile(r"\bgroup,? $")  # "the digital rights group X"
_GROUP_AFTER = re.compile(r",? (?:a|an|the) (?:[\w'’-]+ ){0,3}group\b")  # "X, a campaign group"
_GROUPS = ("AdvocacyGroup", "EmployeeGroup")


def described_group(doc: DocumentEntities, key: str, named: list[Mention], before: int) -> str:
    """The last recent body the text introduced as a group, where the body `key` (the last group
    named) is neither introduced so nor named a group ("… Trust", "… Foundation")."""
    if doc.entities[key].name.split()[-1].lower() == "group":
        return key
    recent = set(doc.recent_keys(RECENT))
    # (the first of the two readings has no mentions yet; the second the first's)
    earlier = [m for ms in getattr(doc, "mentions", ()) for m in ms if m.end <= before]
    earlier += [m for m in named if m.end <= before and m not in earlier]
    for mention in reversed(earlier):
        entity = doc.entities.get(mention.key)
        if mention.generic or entity is None or entity.type not in _GROUPS:
            continue
        text = doc.text
        if _GROUP_BEFORE.search(text, max(0, mention.start - 30), mention.start) or (
            _GROUP_AFTER.match(text, mention.end)
        ):
            return mention.key if mention.key in recent or mention in named else key
    return key
