"""Employee groups named in a sentence: "Google employees", "engineers at X".

Such a group is the company's current staff, who may act together (sign a letter, protest a
contract); `DocumentEntities.group_for` makes the one group of each company.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .entity import ORG_TYPES, DocEntity, Mention
from .kinds import EMPLOYEE_WORDS

if TYPE_CHECKING:
    from .mentions import DocumentEntities

# A former-word before the name, or before a list of names it ends: "former X engineers",
# "ex-Google and Amazon engineers".
_FORMER = re.compile(
    r"\b(?i:former|ex-|onetime|one-time|retired|erstwhile|past)\s*"
    r"(?:(?:[A-Z][\w&.'’-]*\s*)+(?:,\s*|\s*\b(?:and|or)\s+)){0,4}$"
)

_EMPLOYERS = ORG_TYPES - {"EmployeeGroup"}


def employer(doc: DocumentEntities, entity: DocEntity, kinds=_EMPLOYERS) -> bool:
    """Whether a name may have staff as a group: a firm's or a body's, not a common word read
    as a name for its capital ("Social workers", "City engineers", "Exporters" of "Export"),
    which the text writes in lower case elsewhere."""
    if entity.type not in kinds:
        return False
    word = entity.name.lower()
    if not entity.guessed or " " in word:
        return True
    return re.search(rf"\b{re.escape(word)}\b", doc.text) is None


def employee_groups(doc: DocumentEntities, named: list[Mention], span) -> list[Mention]:
    """The mentions of a sentence with "X employees" and "engineers at X" as the employee
    group of X in place of X."""
    text = doc.text
    out: list[Mention] = []
    skip: set[int] = set()
    for index, mention in enumerate(named):
        if not employer(doc, doc.entities[mention.key]):
            continue
        after = re.match(
            r"(?:['’]s)?\s+(?:own\s+)?" + EMPLOYEE_WORDS + r"\b",
            text[mention.end - (2 if mention.possessive else 0) : span[1]],
        )
        if after and _FORMER.search(text, max(span[0], mention.start - 80), mention.start):
            continue  # "former X engineers" are not X's staff, who act as one group
        if after:
            group = doc.group_for(mention.key)
            end = mention.end - (2 if mention.possessive else 0) + after.end()
            out.append(Mention(mention.start, end, group.key))
            skip.add(index)
            continue
        before = re.search(
            EMPLOYEE_WORDS + r"\s+(?:at|of|from)\s+$",
            text[span[0] : mention.start],
            re.IGNORECASE,
        )
        if before:
            group = doc.group_for(mention.key)
            out.append(Mention(span[0] + before.start(), mention.end, group.key))
            skip.add(index)
    return [m for i, m in enumerate(named) if i not in skip] + out


def main_group(doc: DocumentEntities) -> DocEntity | None:
    """The employee group the text is about: the one named most."""
    groups = [e for e in doc.entities.values() if e.employer]
    if not groups:
        return None
    # the group named most; on a tie, the one whose company the text names most, then
    # the one named first (the story's own)
    first = {key: -i for i, key in reversed(list(enumerate(doc.order)))}
    return max(
        groups,
        key=lambda g: (
            doc.mention_counts[g.key],
            doc.mention_counts[g.employer],
            first.get(g.key, -len(doc.order)),
            g.key,
        ),
    )
