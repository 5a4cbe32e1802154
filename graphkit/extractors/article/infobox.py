"""An encyclopedia page's box of facts, rendered as lines: "Key people: Idris Calloway (chief
executive officer); Ruth Amsel (chief technology officer)" names the staff of the body the page
is about, each with the post in brackets after the name; a profile's labelled line does so one
post at a time ("Managing director: X", "Policy analyst: Y")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .offices import topic_body
from .rules import Found
from .title_words import LEADER

if TYPE_CHECKING:
    from .relations import Sentence

# The field's label, then its items: "Name (post)", between semicolons, commas or pipes
_FIELD = re.compile(r"(?:^|\| )key (?:people|persons|executives|staff):? (?P<items>[^|]+)")
_ITEM = re.compile(r"@(\d+)@ \((?P<post>[^()@]{2,60})\)")
_LEADER = re.compile(
    LEADER + r"(?: and [a-z ]+)?",
    re.IGNORECASE,
)


def key_people(sentence: Sentence) -> list[Found]:
    """Who the box names as the page's body's people: a leader's post leads it, any other post
    works for it. The body is the one the page is about so far (none where that is unclear)."""
    match = _FIELD.search(sentence.masked)
    body = topic_body(sentence, least=1) if match else None  # (a box opens its page)
    if body is None:
        return []
    out = []
    for item in _ITEM.finditer(match.group("items")):
        person = sentence.entity(int(item.group(1)))
        post = item.group("post").strip().lower()
        # (a name the box gives a post is a person's, whatever else typed it)
        named = person.type in ("Person", "Organization") and " " in person.name
        if not named or re.search(r"\b(?:former|ex|until|retired)\b", post):
            continue
        deputy = re.search(r"\b(?:deputy|vice|assistant|associate)\b", post)
        relation = "leads" if _LEADER.fullmatch(post) and not deputy else "worksFor"
        out.append(Found(person.key, relation, body, 0.6, "key people"))
    return out


# A line that is one post and its holder: "Managing director: X", "Policy analyst: Y (since 2021)"
_LABELLED = re.compile(r"^(?P<post>[a-z][a-z -]{2,40}?): @(?P<p>\d+)@(?: \([^()@]{1,40}\))?\.?$")
# The posts that head the body itself
_HEADS = frozenset(
    {"executive director", "director", "managing director", "chief executive", "ceo", "president"}
    | {"chief executive officer", "chair", "chairperson", "chairman", "chairwoman", "founder"}
)
# Posts such a line may give: the body's own (not a newspaper's "Editor:", a release's "Contact:")
_STAFF_POSTS = re.compile(
    r"(?:chief [a-z ]+ officer|(?:senior |lead )?(?:policy |research |legal )?analyst|"
    r"coordinator|organi[sz]er|secretary|treasurer|general counsel|company secretary|"
    r"(?:programme|program|operations|finance|communications) (?:manager|director)|spokesperson)"
)


def labelled_post(sentence: Sentence) -> list[Found]:
    """A profile's "Managing director: X" line: X leads, or works for, the body the profile is
    about so far (a firm, a public body or a group; none where that is unclear)."""
    match = _LABELLED.match(sentence.masked.strip())
    if match is None:
        return []
    post = match.group("post").strip()
    deputy = re.search(r"\b(?:deputy|vice|assistant|associate|former|acting)\b", post)
    leader = post in _HEADS and not deputy
    # (a unit's head is the body's staff: "Police Chief: X" on a city's page)
    staff = _STAFF_POSTS.fullmatch(post) or (_LEADER.fullmatch(post) and not deputy)
    if not leader and not staff:
        return []
    person = sentence.entity(int(match.group("p")))
    kinds = ("Company", "GovernmentAgency", "AdvocacyGroup")
    body = topic_body(sentence, least=1, kinds=kinds)
    if person.type != "Person" or body is None:
        return []
    return [Found(person.key, "leads" if leader else "worksFor", body, 0.6, "labelled post")]
