"""Relations between the mentions of one sentence, from cue words and sentence structure.

Each sentence is rewritten with its mentions as placeholders ("@3@ has a contract with @5@"),
and rules are regular expressions over that text: a cue word between two placeholders of the
right types states a relation. Lists ("ICE and DHS") spread a match to every member; negation
("denied supplying", "did not sell") drops it; requests ("asked Bezos not to sell X") are an
`opposes` by the askers.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .bid_challenges import award_challenged
from .blocks import signature_block, staff_line
from .checks import all_matches
from .checks import checked as _checked
from .contacts import contact_lines, questioner, signatures
from .deals import deal_stances, note_supply, stance_takers
from .demands import (
    CONTRACT_OF,
    asked_body,
    contract_demands,
    contract_object,
    deciding,
    indices,
    pronoun_requests,
    written_to,
)
from .descriptions import described
from .entity import Mention
from .field_heads import field_heads
from .firm_deals import seller_by_thing
from .giving import given_money
from .grantees import listed_grantees
from .hosting import hosted_in_anothers, machine_hosts, unnamed_data_host
from .infobox import key_people, labelled_post
from .inline_posts import inline_posts
from .its_titles import its_titles
from .kept_in import kept_in
from .left_posts import posts_held
from .letters import noted_letters, pleas_ask_nothing
from .lists import mention_lists
from .members import memberships
from .mentions import DocumentEntities
from .modality import Modality, asked, ended, hedged
from .offices import governed_place, policed_place
from .oversight import own_oversight, tender_reviewed
from .own_things import own_things
from .owners import funds_of_owners, owner_not_its_place
from .parts import its_products, named_products, owned_parts, owned_products
from .paying import money_not_support, paid_for
from .places import nation_before_name, without_nations
from .quotes import calling_criticism
from .recipients import recipients
from .reports import own_outlets
from .roles import group_employers, person_roles
from .rounds import round_investors
from .rule_sets import ALL_RULES
from .rules import ASK_CUE, NEGATION, UNREALISED, Found
from .sales import makers_meant, papers_unsold, sold_products
from .service_rules import served_not_used
from .signoffs import dashed_line, signed_line, signed_off
from .staff import named_staff, staff_walkouts
from .staff_lines import staff_lines
from .stances import stance_readings, unsupposed, unsure_request
from .structure import between_firms, structural_relations
from .supply_rules import not_held
from .unit_use import in_house_use, work_not_inquiry
from .unsaid import settled, undisputed

_CONTRACTED = {"m": " am", "re": " are", "ve": " have", "ll": " will"}


class Sentence:
    """One sentence as placeholder text, with its mentions and the lists they form."""

    def __init__(
        self, doc: DocumentEntities, start: int, end: int, mentions: list[Mention]
    ) -> None:
        self.doc = doc
        self.start, self.end = start, end
        self.mentions: list[Mention] = []
        for mention in mentions:  # drop overlaps, keeping the first
            if self.mentions and mention.start < self.mentions[-1].end:
                continue
            self.mentions.append(mention)
        parts, pos = [], start
        for index, mention in enumerate(self.mentions):
            parts.append(_plain(doc.text[pos : mention.start]))
            if not nation_before_name(doc, mention, self.mentions[index + 1 : index + 2]):
                parts.append(f"@{index}@" + ("'s" if mention.possessive else ""))
            # a speaker's "I'm", "we're": the verb the contraction holds stays in the text
            contracted = re.search(r"['’](m|re|ve|ll)$", doc.text[mention.start : mention.end])
            if contracted:
                parts.append(_CONTRACTED[contracted.group(1)])
            pos = mention.end
        parts.append(_plain(doc.text[pos:end]))
        # a name's short form defined in brackets reads as the name alone: 'X, Inc. ("Xco"), a
        # subsidiary of Y' is X, a subsidiary of Y
        self.masked = _DEFINED_SHORT.sub(
            lambda m: m.group(1) if self._same(m.group(2), m.group(3)) else m.group(0),
            _AGE.sub(r"\1", without_nations("".join(parts))),
        )
        self.lists = mention_lists(self.masked)
        for index, mention in enumerate(list(self.mentions)):
            if mention.members:
                self._spread(index, mention)

    def _spread(self, index: int, mention: Mention) -> None:
        """A plural ("the groups") stands for every member of the list it refers to: each is
        a party of its own, without a placeholder, in one list with the others."""
        members = list(self.lists.get(index, [index]))
        for key in mention.members:
            self.mentions.append(replace(mention, key=key, members=()))
            members.append(len(self.mentions) - 1)
        for member in members:
            self.lists[member] = members

    def _same(self, a: str, b: str | None) -> bool:
        return b is None or self.mentions[int(a)].key == self.mentions[int(b)].key

    def entity(self, index: int):
        return self.doc.entities[self.mentions[index].key]

    def members(self, index: int) -> list[int]:
        return self.lists.get(index, [index])


# A person's age between commas is no aside ("X, 36, is the founder of Y"; "X, 41, of Y" tells
# where X lives)
_AGE = re.compile(r"(@\d+@), \d{1,3},(?= (?!of\b|from\b))")
# (or a party's role in the document: "X (the Bidder)", 'X (the "Applicant")')
_DEFINED_SHORT = re.compile(
    r'(@(\d+)@(?:,? inc\.?|,? llc)?) \((?:"(?:@(\d+)@|[^"@()]{1,30})"|the "?@\d+@"?)\)'
)


# The month, not the modal: "raised $12 million in May", "on May 4", "May 2024" (the modal
# is written in lower case within a sentence)
_MONTH_MAY = re.compile(r"(?<=[a-z,(] )May\b(?! I\b)|\bMay(?=,? \d)|\bMAY(?=,? \d)")


def _plain(text: str) -> str:
    """Text between mentions as the rules read it: lower case, plain quotes and spaces."""
    text = _MONTH_MAY.sub("maymonth", text)
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    # a dash is a comma, typed as a spaced hyphen too: "X - Reporter at Y"
    text = text.replace(" - ", ", ").replace("—", ", ").replace("–", ", ")
    # One space between words, whatever the source had (wrapped lines, blanked Markdown).
    return re.sub(r"\s+", " ", text.lower().replace("@", " "))


_REQUEST_RULES = ("request",)
# Requests that a body end a thing: one that decides it (a court, a council) holds no part in it
_TO_END = ("asked to end", "asked to have end", "plea to halt")
# Who asks matters more than who is asked: a group of employees over an advocacy group, over
# a person, over anyone else named before the request.
_ASKER_RANK = {"EmployeeGroup": 4, "AdvocacyGroup": 3, "Person": 2, "GovernmentAgency": 1}


# Rules whose object is meant as the possessor ("ICE's Fugitive Operations Unit").
_POSSESSOR_RULES = (
    "possessive unit",
    "possessive named unit",
    "owner's unit",
    "agency's product name",
    "owner's product",
    "agency's product",
    "cloud of",
    "own service provided by",  # ("X's Security Operations Centre is monitored by Y": X's)
    "audited systems",
)
_APPOSITION_RULES = (
    # (a giver described between commas: "the Y Foundation, a Tucson charity, awarded …")
    "grant the giver gave",
    "grant from, received",
    "pays the cost of",
    "unit of",
    "owner's unit",
    "called",
    "acquired",
    "bought through",  # ("P, made by X, which we buy through its distributor, Y")
    "which supplies it",  # ("P, a platform developed by X, which supplies it to A")
)
_APPOSITIVE = re.compile(
    r"(?<=@)(?:'s)?, (?:(?:a|an|the|its|their|which|who|whose|all|both|each|former) |@\d+@'s )"
    r"[^,;:\"]{0,80}?,"
    # a relative clause on a thing no name gives: "The bill, which the EFF backed, passed …"
    r"|(?<=[a-z]), (?:which|whom) [^,;:\"]{0,80}?,"
)


_SOURCE = re.compile(r"(?:according to|in the words of) (?:the )?@\d+@$")  # a sentence's opening
# A "sentence" naming more entities than this is a list, a table or a dump, not prose.
MAX_MENTIONS = 40


# A name a preposition governs is no asker: "X wrote to Y asking it to …"
_GOVERNED = re.compile(r"\b(?:to|with|at) (?:the )?$")
# An ask whose object is the next mention: "asked the X", "calling on X"
_ASKED_BEFORE = re.compile(r"\b" + ASK_CUE + r" (?:the )?$")


def sentence_relations(sentence: Sentence) -> list[Found]:
    """Every relation the rules find in the sentence."""
    if len(sentence.mentions) > MAX_MENTIONS or asked(sentence.masked) or ended(sentence.masked):
        return questioner(sentence)  # (a reporter's question states nothing; its label does)
    found: list[Found] = []
    requests: list[tuple[int, Found]] = []
    text = sentence.masked
    # "LexisNexis, a subsidiary of RELX, signed a contract": RELX is not the one who signed.
    # (not after the source a sentence opens with: "According to X, the outage … by Y,")
    asides = [m.span() for m in _APPOSITIVE.finditer(text) if not _SOURCE.match(text[: m.start()])]
    modality = Modality(text)
    # "It is unclear whether X still uses Y": doubt states nothing, for every reading
    for rule in ALL_RULES if not modality.doubted else ():
        if rule.needs and not any(word in text for word in rule.needs):
            continue
        for match in all_matches(rule.pattern, text):
            s_index, o_index = int(match.group("s")), int(match.group("o"))
            if rule.name not in _APPOSITION_RULES and _across_aside(match, asides):
                continue
            owned = re.match(r"'s @(\d+)@", text[match.end("o") + 1 :])
            shifted = None
            if owned and rule.name not in _POSSESSOR_RULES:
                shifted = int(owned.group(1))  # "criticized Amazon's Ring": Ring, if it fits
            span = text[
                min(match.start("s"), match.start("o")) : max(match.end("s"), match.end("o"))
            ]
            if rule.negatable and NEGATION.search(span):
                continue
            if rule.name == "request" and (
                _ASKED_BEFORE.search(text, 0, match.start("s") - 1)
                or _GOVERNED.search(text, 0, match.start("s") - 1)
            ):
                # "we have asked the commission to cancel …", "wrote to the department asking it
                # to pause …": the one asked asks no one
                continue
            ends = sorted((match.start("s"), match.end("s"), match.start("o"), match.end("o")))
            if modality.unstated(ends[0], ends[-1], span) or modality.neither(ends[0], asides):
                continue
            if rule.relation == "supplies" and not_held(span, text, ends[0], ends[-1]):
                continue
            confidence = rule.confidence - (0.15 if hedged(span) else 0.0)
            addressees = indices(match.groupdict().get("a"))
            asked_end = match.end("a") if addressees else 0
            if not addressees and rule.name == "request":
                addressees, asked_end = written_to(text, match.end("s"), match.start("o"))
            addressee = addressees[-1] if addressees else None
            asked_keys = {sentence.entity(a).key for a in addressees}
            for s in sentence.members(s_index):
                # (the one asked asks no one: "wrote to Y asking it to pause …")
                if s in addressees or sentence.entity(s).key in asked_keys:
                    continue
                for o in sentence.members(o_index):
                    if rule.name == "contract with" and between_firms(sentence, s, o):
                        continue  # which of two firms sells, a contract between them leaves unsaid
                    if rule.name == "contract with" and s in stance_takers(sentence):
                        continue  # "X opposed the deal with Y": X is no party to it
                    if rule.name in _TO_END and deciding(sentence.entity(o)):
                        continue  # "asked the court to end the contract": no party to it
                    items = _checked(sentence, rule, s, shifted, confidence) if shifted else []
                    for item in items or _checked(sentence, rule, s, o, confidence):
                        if rule.name in _REQUEST_RULES:
                            if unsure_request(sentence, match, s, o, CONTRACT_OF):
                                continue
                            item = contract_object(sentence, match, item, addressee)
                            between = text[asked_end : match.start("o") - 1]
                            item = asked_body(sentence, between, item, addressee)
                            if item is None:
                                continue
                            requests.append((_ASKER_RANK.get(sentence.entity(s).type, 0), item))
                        else:
                            found.append(item)
    if not requests:
        requests = pronoun_requests(sentence)
    found.extend(_without_asides(sentence, asides))
    found.extend(structural_relations(sentence) + deal_stances(sentence) + noted_letters(sentence))
    if requests:
        best = max(rank for rank, _ in requests)
        chosen = [item for rank, item in requests if rank == best]
        sentence.doc.last_requester = chosen[0].subject
        found.extend(chosen)
    roles = person_roles(sentence) + own_outlets(sentence) + signatures(sentence)
    titled = {r.subject for r in roles}
    roles += [f for f in its_titles(sentence) if f.subject not in titled]
    titled = {r.subject for r in roles}
    roles += [f for f in inline_posts(sentence) if f.subject not in titled]
    signed = signed_off(sentence) or signed_line(sentence) or dashed_line(sentence)
    roles += signed or signature_block(sentence) or staff_line(sentence)
    own = {(f.subject, f.object) for f in roles}
    # A chief executive defending the company is not news about support, nor a writer's
    # reporting on their own newsletter an investigation of it.
    found = [
        f
        for f in found
        if not (f.relation in ("supports", "investigates") and own & _own_pairs(sentence, f))
    ]
    # "ICE Director X" leads ICE; the title does not also make X a mere employee.
    # "represented by X, a lawyer at Y": the representative works for Y, not for the client
    represents = re.search(r"\brepresent", text)
    titled = {f.subject for f in roles if f.relation in ("leads", "worksFor") and represents}
    own |= {(f.subject, f.object) for f in roles}
    found = [
        f
        for f in found
        if not (f.rule == "clause worksFor" and f.subject in titled) or (f.subject, f.object) in own
    ]
    heads = {(f.subject, f.object) for f in roles + found if f.relation == "leads"}
    found = [f for f in found if not (f.relation == "worksFor" and (f.subject, f.object) in heads)]
    found.extend(
        f for f in roles if not (f.relation == "worksFor" and (f.subject, f.object) in heads)
    )
    found.extend(group_employers(sentence))
    found.extend(named_staff(sentence) + staff_walkouts(sentence) + staff_lines(sentence))
    found.extend(memberships(sentence) + contact_lines(sentence) + listed_grantees(sentence))
    found.extend(key_people(sentence) + labelled_post(sentence) + field_heads(sentence))
    found.extend(recipients(sentence) + owned_parts(sentence) + own_oversight(sentence))
    found.extend(tender_reviewed(sentence))
    found.extend(owned_products(sentence) + kept_in(sentence))
    found.extend(named_products(sentence))
    found.extend(its_products(sentence) + own_things(sentence))
    found.extend(described(sentence))
    found.extend(machine_hosts(sentence) + unnamed_data_host(sentence))
    found = hosted_in_anothers(sentence, found)
    found += round_investors(sentence)
    found = money_not_support(found + paid_for(sentence) + given_money(sentence))
    found.extend(award_challenged(sentence))
    found.extend(contract_demands(sentence) + calling_criticism(sentence))
    found.extend(seller_by_thing(sentence))
    found = unsupposed(sentence, found + stance_readings(sentence))
    found = makers_meant(sentence, found)
    for fact in found:
        if fact.relation == "develops":  # "P was sold to A" later names its maker's sale
            sentence.doc.makers.setdefault(fact.object, fact.subject)
    found.extend(sold_products(sentence))
    found = undisputed(sentence, settled(sentence, found))
    found = pleas_ask_nothing(sentence, text, found)
    found = served_not_used(work_not_inquiry(found + in_house_use(sentence, found)))
    found = papers_unsold(sentence, found)
    note_supply(sentence, found)
    found = owner_not_its_place(sentence, funds_of_owners(sentence, found))
    return posts_held(sentence, governed_place(sentence, policed_place(sentence, found)))


def _own_pairs(sentence: Sentence, f: Found) -> set[tuple[str, str]]:
    """The fact's subject with its object and, for a contract, with each party to it: a chief
    executive defending the company's contract speaks for a party."""
    parties = sentence.doc.entities[f.object].parties if f.object in sentence.doc.entities else ()
    return {(f.subject, o) for o in (f.object, *parties)}


def _across_aside(match, asides: list[tuple[int, int]]) -> bool:
    """One end inside an apposition, the other after it: the apposition is not the subject."""
    s, o = match.start("s"), match.start("o")
    return any((a < s < b and o >= b) or (a < o < b and s >= b) for a, b in asides)


def _without_asides(sentence: Sentence, asides: list[tuple[int, int]]) -> list[Found]:
    """The rules again, on the sentence without its appositions, so the head is the subject."""
    if not asides:
        return []
    text = sentence.masked
    reduced, pos = [], 0
    for start, end in asides:
        reduced.append(text[pos:start])
        pos = end
    reduced.append(text[pos:])
    shorter = "".join(reduced)
    modality = Modality(shorter)
    out = []
    for rule in ALL_RULES:
        if rule.name in _REQUEST_RULES:
            continue
        if rule.needs and not any(word in shorter for word in rule.needs):
            continue
        for match in all_matches(rule.pattern, shorter):
            span = shorter[
                min(match.start("s"), match.start("o")) : max(match.end("s"), match.end("o"))
            ]
            if rule.negatable and NEGATION.search(span):
                continue
            if rule.relation == "supplies" and UNREALISED.search(span):
                continue
            if modality.neither(min(match.start("s"), match.start("o")), []):
                continue
            for s in sentence.members(int(match.group("s"))):
                for o in sentence.members(int(match.group("o"))):
                    if rule.name == "contract with" and _firms_apart(sentence, s, o):
                        continue  # (as in the whole sentence: which of two firms sells)
                    out.extend(_checked(sentence, rule, s, o, rule.confidence))
    return out


def _firms_apart(sentence: Sentence, s: int, o: int) -> bool:
    """Two firms whose contract the whole sentence leaves without a seller (between_firms)."""
    firms = {sentence.entity(s).type, sentence.entity(o).type} == {"Company"}
    return firms and between_firms(sentence, s, o)
