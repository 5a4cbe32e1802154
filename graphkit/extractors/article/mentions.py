"""Entity mentions of one document: names, their types, and what short names refer to.

Names come from capitalised chunks; the registry (labels and aliases) identifies and types
them where it can; otherwise their shape ("… Department", "… Inc.", "… Coalition") and context
("CEO Jeff Bezos", "an app called X", "according to X") decide. Within a document, acronyms,
surnames, short forms and phrases like "the company" or "Google employees" are tied to the
entity named elsewhere."""

from __future__ import annotations

import re
from collections import Counter

from ...names import normalize
from ...sources.registry import Registry
from . import lexicon as lx
from .apposed import sentence_subject
from .bodies import described_bodies
from .chunks import Chunk, find_chunks
from .conjoined import document_words
from .data_sources import data_source
from .defined import defined_parties, defined_term
from .employees import employee_groups, employer
from .entity import DocEntity, Mention, fold_inner_words
from .governments import police_of_places
from .headnouns import headed_names
from .kinds import APPOSITION, MADE_BY_AFTER, context_votes, person_like
from .letterheads import letterhead
from .office_holders import held_office
from .openers import name_like
from .products import product_lines
from .references import named_lists, references
from .sections import heading, label
from .shapes import acronymed, headline, no_place, shape_type
from .shortnames import merge_short_names
from .speakers import first_persons
from .splits import split_joined
from .things import NO_NAME, OWNED_THING_AFTER, numbered, route_name
from .title_words import owned_title
from .voices import unaddressed, voiced

_SPEAKER_LABEL = re.compile(
    # "ROSA DELGADO-FINCH:", "CALLER (JANELLE ORTIZ):", "CELIA MARCHETTI, HOST:"
    r"^(?:(?:CALLER|GUEST|HOST|PANELIST|PANELLIST|WITNESS|SPEAKER) \()?"
    r"(?:DR\. |MR\. |MS\. |MRS\. )?([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){1,3})"
    r"(?:\)|, [A-Z][A-Z'’. -]{1,40})?:",
    re.M,
)
_BARE_MAKER = re.compile(
    r", (?:maker|developer|manufacturer|creator|owner|operator|supplier|provider) of (?:the )?[A-Z]"
)


class DocumentEntities:
    """The entities of one document and, per sentence, their mentions in order."""

    def __init__(
        self, text: str, sentences: list[tuple[int, int]], registry: Registry, voices=None
    ) -> None:
        self.text = text
        self.registry = registry
        self.voices = voices or {}  # sentence start -> (speaker, organisation, topic): voices.py
        self.entities: dict[str, DocEntity] = {}
        self.makers: dict[str, str] = {}  # product key -> maker key, as sentences are read
        self._alias: dict[str, str] = {}
        self.body_start = sentences[0][0] if sentences else 0  # where the first sentence is
        acronyms = document_words(text)  # and the words it writes in lower case
        self._speakers = frozenset(_SPEAKER_LABEL.findall(text))  # a transcript's, by label
        chunks = split_joined(text, [find_chunks(text, s, e, acronyms) for s, e in sentences])
        self._collect(chunks, sentences)
        defined_parties(self)  # 'Acme Inc. ("Contractor")': Contractor is Acme
        merge_short_names(self)
        fold_inner_words(self)
        self._decide_types()
        for _ in range(2):  # twice: "employees" early on may mean a group named later
            self.order = []
            self.section = 0  # where in `order` the text's last heading left it
            self.headings: set[int] = set()  # starts of the sentences that are headings
            self.mention_counts = Counter()
            self.subject_counts = Counter()  # how often each entity was a sentence's subject
            self.previous_subject = None
            self.letterhead: str | None = None  # the body a first line in capitals names
            self.signer: str | None = None  # a person named alone on the line before
            self.signed_off: list[tuple[str, str, int]] = []  # (signer, body, at) over two lines
            self.lists: list[tuple[str, ...]] = []  # the last lists of names, last one last
            self.bodies_seen: list[tuple[int, str]] = []  # (offset, key) of described bodies
            self.data_source: str | None = None  # whose data "the data" is
            self.mentions = [
                self._sentence_mentions(cs, span)
                for cs, span in zip(chunks, sentences, strict=True)
            ]

    # -- names ---------------------------------------------------------------------------
    def lookup(self, name: str) -> DocEntity | None:
        key = self._alias.get(normalize(name))
        return self.entities.get(key) if key else None

    def _entity(self, name: str) -> DocEntity:
        norm = normalize(name)
        key = self._alias.get(norm)
        if key is None:
            key = norm
            # a transcript's speaker, named only in a label's capitals: "CALLER (DEE ORTIZ):"
            shown = name.title() if name in self._speakers else name
            self.entities[key] = DocEntity(key=key, name=shown)
            self._alias[norm] = key
        entity = self.entities[key]
        if entity.name.isupper() and not name.isupper():
            entity.name = name  # as the text writes it in a sentence
        entity.names.add(name)
        return entity

    def _alias_to(self, name: str, entity: DocEntity) -> None:
        norm = normalize(name)
        old = self._alias.get(norm)
        if old and old != entity.key and old in self.entities:
            other = self.entities.pop(old)
            entity.names |= other.names
            entity.votes += other.votes
            for alias, key in list(self._alias.items()):
                if key == old:
                    self._alias[alias] = entity.key
        self._alias[norm] = entity.key
        entity.names.add(name)

    def _collect(self, chunks: list[list[Chunk]], sentences) -> None:
        seen_inside: Counter = Counter()
        for sentence, (s_start, _) in zip(chunks, sentences, strict=True):
            for chunk in sentence:
                words = chunk.name.split()
                if not chunk.initial:
                    seen_inside[normalize(chunk.name)] += 1
                    for word in words[:-1]:  # "Amazon" of "Amazon Rekognition"
                        seen_inside[normalize(word)] += 1
                if len(words) in (2, 3) and person_like(self.text, chunk, s_start):
                    seen_inside[normalize(words[-1])] += 1  # "Hart said", after "Jo Hart" too
        # "closed-circuit television (CCTV)": an abbreviation of lower-case words is a term
        terms = {form for t in _TERM.findall(self.text) for form in (t, t + "s")}
        for sentence, (s_start, _) in zip(chunks, sentences, strict=True):
            for chunk in sentence:
                norm = normalize(chunk.name)
                if not norm or chunk.name in terms or _NO_NAME.fullmatch(chunk.name):
                    continue  # a term, a funding round ("Series B"), a kind of technology
                if headline(chunk.name):
                    continue  # "Class Action Follows P Court Portal Breach": no name
                if numbered(self.text, chunk.start, chunk.span_end):
                    continue  # "Petition No. E204", "Order #B12": a document's number
                if not chunk.possessive and route_name(self.text, chunk.span_end):
                    continue  # "on the Drumlanrick bypass": a road's name
                if chunk.titles and chunk.name.lower() in lx.WORKER_TITLES:
                    continue  # "X, CEO and Chief Librarian of Y": a second title, no name
                if defined_term(self.text, chunk):
                    continue  # "the District": the body the text named in full (references)
                registered = self.registry.candidates(chunk.name)
                # A sentence's first word is a name only if written mid-sentence too, or known,
                # or several words long.
                listed = re.match(
                    r"^(?:,| and| or) [A-Z]", self.text[chunk.span_end : chunk.span_end + 4]
                ) or APPOSITION.match(self.text[chunk.span_end : chunk.span_end + 80])
                # "Trothane, built by our team at X, …": a thing's maker after its name;
                # "Lockbox, the department's evidence system, …": its owner
                listed = (
                    listed
                    or MADE_BY_AFTER.match(self.text[chunk.span_end : chunk.span_end + 60])
                    or OWNED_THING_AFTER.match(self.text[chunk.span_end : chunk.span_end + 120])
                )
                listed = (
                    listed
                    or chunk.possessive
                    or re.match(
                        r"^, (?:which|who|whose) ", self.text[chunk.span_end : chunk.span_end + 8]
                    )
                    # "Vantora, maker of Clearpath, said": a bare role noun describes a name
                    or (
                        _BARE_MAKER.match(self.text[chunk.span_end : chunk.span_end + 30])
                        and name_like(chunk.name)
                    )
                )
                # a verb after it is weaker: the text writing the word in lower case outweighs
                # it ("Face templates were stored" beside "face-scan"), not a comma, an
                # apposition or a possessive ("Nuance, a Microsoft company," beside "nuance")
                listed = listed or (
                    name_like(chunk.name, self.text[chunk.span_end : chunk.span_end + 30])
                    and not self._written_lower(chunk.name)
                )
                # a capital inside the word ("RegiPort", "ChatterGrid") is no common word's
                listed = listed or re.search(r"[a-z][A-Z]", chunk.name)
                if (
                    chunk.initial
                    and not registered
                    and not seen_inside[norm]
                    and not listed
                    and len(chunk.name.split()) == 1
                    and not chunk.acronym
                ):
                    continue
                entity = self._entity(chunk.name)
                entity.legal_form = entity.legal_form or (
                    "" if chunk.name.isupper() else chunk.legal
                )
                if chunk.acronym:
                    self._alias_to(chunk.acronym, entity)
                entity.votes.update(context_votes(self.text, chunk, s_start))
                if len(chunk.name.split()) > 1 and chunk.name.upper() in self._speakers:
                    entity.votes["Person"] += 3

    def _written_lower(self, word: str) -> bool:
        """Whether the text also writes the word in lower case: a common word opening a line."""
        low = word.lower()
        return (
            low != word and re.search(rf"(?<![\w-]){re.escape(low)}(?!\w)", self.text) is not None
        )

    # -- types ---------------------------------------------------------------------------
    def _decide_types(self) -> None:
        for entity in self.entities.values():
            for name in sorted(entity.names, key=lambda n: (-len(n), n)):
                found = self.registry.candidates(name)
                if len(found) == 1:
                    entity.registry_id = found[0].id
                    entity.type = found[0].type
                    entity.label = found[0].label
                    break
            if entity.registry_id:
                continue
            votes = Counter(entity.votes)
            shape = shape_type(min(entity.names, key=lambda n: (-len(n), n)))
            if shape:
                votes[shape] += 3  # a name's own head noun outweighs one context cue
            if shape or acronymed(entity.names):  # (nor a name with its initials: "X (TMPA)")
                votes.pop("Person", None)  # "Director, X Department of Health": no person
            if shape == "GovernmentAgency" and no_place(entity.name):
                votes.pop("Place", None)  # "Office, X Administration, Washington, DC": a body
            words = entity.name.lower().split()  # (a given name, then no trade: "Orla Health")
            given = words[0] in lx.GIVEN_NAMES and words[-1] not in lx.SECTOR_WORDS
            if given and 2 <= len(words) <= 3 and not shape:
                votes["Person"] += 2
            if entity.developer:
                votes["Product"] += 2
            if re.search(r" (?:bin|binti|binte|bte) [A-Z]", entity.name):
                votes["Person"] += 4  # "Ahmad bin Ismail": a patronymic names a person
            known = lx.KNOWN_ACRONYMS.get(entity.name)
            if known:
                votes[known] += 4
            if not votes:
                entity.type, entity.guessed = "Organization", True
                continue
            best = max(sorted(votes), key=lambda k: votes[k])
            entity.place = best == "Place"
            entity.type = "GovernmentAgency" if best == "Place" else best

    def _letterhead(self, chunks: list[Chunk], span: tuple[int, int], capitals=True) -> bool:
        """Whether the sentence is the document's letterhead (`letterheads.py`)."""
        if not self.order:
            self.letterhead = self.letterhead or letterhead(self, chunks, span, capitals)
        return not self.order and self.letterhead is not None

    # -- mentions ------------------------------------------------------------------------
    def _sentence_mentions(self, chunks: list[Chunk], span: tuple[int, int]) -> list[Mention]:
        in_capitals = heading(self.text, span)
        if not in_capitals and self.text[span[1] : span[1] + 1] in ("\n", ""):
            self._letterhead(chunks, span, capitals=False)  # a first line in title case
        if in_capitals and not self._letterhead(chunks, span):
            # "ELMSWICK: JAIL CALLS.": a roundup's next item, or a report's next part; what
            # came before is no longer what "the tool" or "the department" means
            self.headings.add(span[0])
            self.section = len(self.order)
            self.previous_subject, self.lists, self.data_source = None, [], None
            return []
        named = []
        for chunk in chunks:
            key = self._alias.get(normalize(chunk.name))
            if key is None or key not in self.entities or label(self.text, chunk):
                continue
            if owned_title(self.text, chunk.start, chunk.span_end, chunk.name):
                continue  # "Our Head of Operations, X": a title, not a body
            if defined_term(self.text, chunk):
                continue
            named.append(
                Mention(chunk.start, chunk.span_end, key, chunk.possessive, tuple(chunk.titles))
            )
        named = self._demonym_groups(employee_groups(self, named, span), span)
        named = police_of_places(self, named, span)
        named = described_bodies(self, named, span)
        named = held_office(self, headed_names(self, named, span), span)  # ("her office")
        named = unaddressed(self, product_lines(self, named, span), span)
        refs, replaced = references(self, named, span)
        refs += first_persons(self, sorted(named + refs, key=lambda m: m.start), span)
        refs += voiced(self, named + refs, span)
        self.data_source = data_source(self, named, span) or self.data_source
        named = [m for m in named if (m.start, m.end) not in replaced]
        out = sorted(named + refs, key=lambda m: (m.start, m.end))
        for mention in out:
            if self.entities[mention.key].body:
                self.bodies_seen.append((mention.start, mention.key))
            self.order.append(mention.key)
            self.mention_counts[mention.key] += 1
        self.previous_subject = sentence_subject(self.text, span[0], out)
        self.subject_counts[self.previous_subject] += 1
        self.lists = (self.lists + named_lists(self.text, named, self.entities))[-_LISTS_KEPT:]
        return out

    order: list[str]  # entity keys of every mention so far, in document order
    last_requester: str | None = None
    grant_maker = None  # the funder whose grants the text announced, and whether a list of
    grantees_listed = False  # its grantees has begun (`grantees.py`)
    last_supply = None  # the last `supplies` fact read: the contract "the contract" means
    supply_told_at = 0  # the end of the sentence that told it
    previous_subject: str | None = None  # the first entity the last sentence named

    def recent_keys(self, most: int) -> list[str]:
        """The keys of the last `most` mentions since the last heading, in text order."""
        return self.order[max(self.section, len(self.order) - most) :]

    def keys_before(self, offset: int) -> list[str]:
        """The entity keys of every mention before `offset`, in text order."""
        return [m.key for ms in self.mentions for m in ms if 0 <= m.start < offset]

    def body_of(self, owner: DocEntity, head: str, words: list[str]) -> DocEntity:
        """The board (council, committee …) of an organisation: one per owner and kind."""
        existing = next(
            (e for e in self.entities.values() if e.part_of == owner.key and e.body == head), None
        )
        if existing:
            return existing
        written = [w if w.isupper() else w.capitalize() for w in words]
        entity = self._entity(" ".join([owner.name, *written, head.capitalize()]))
        entity.type, entity.part_of, entity.body = "Organization", owner.key, head
        found = self.registry.candidates(entity.name)
        if len(found) == 1:
            entity.registry_id, entity.type = found[0].id, found[0].type
        return entity

    def last_body(self, head: str, before: int) -> DocEntity | None:
        """The body of this kind last described before `before`: what "the board" means."""
        for offset, key in reversed(self.bodies_seen):
            if offset < before and self.entities[key].body == head:
                return self.entities[key]
        return None

    def contract_entity(self, holder: DocEntity, counterpart: DocEntity) -> DocEntity:
        """A contract between two parties: "Microsoft ICE contract"."""
        short = min(counterpart.names, key=lambda n: (len(n), n))
        entity = self._entity(f"{holder.name} {short} contract")
        entity.type = "Contract"
        entity.parties = (holder.key, counterpart.key)
        return entity

    def described_entity(self, name: str, type_: str) -> DocEntity:
        """An entity the text describes rather than names: "practice of separating families"."""
        entity = self._entity(name)
        if not entity.registry_id:
            entity.type = type_
        return entity

    def group_for(self, company_key: str) -> DocEntity:
        """The employee group of a company: "Google employees"."""
        company = self.entities[company_key]
        name = f"{company.name} employees"
        entity = self._entity(name)
        entity.type = "EmployeeGroup"
        entity.employer = company_key
        found = self.registry.candidates(name)
        if len(found) == 1:
            entity.registry_id = found[0].id
        return entity

    def _demonym_groups(self, kept: list[Mention], span) -> list[Mention]:
        """ "Googlers": a company's name with a demonym ending is its employee group."""
        text = self.text
        for match in re.finditer(r"\b[A-Z][A-Za-z]+(?:rs|ians|ites)\b", text[span[0] : span[1]]):
            word = match.group(0)
            stems = [self._alias.get(normalize(word[:-cut])) for cut in (2, 3, 4, 5)]
            stem = next(
                (
                    k
                    for k in stems
                    if k
                    and k in self.entities
                    and employer(self, self.entities[k], ("Company", "Organization"))
                ),
                None,
            )
            start, end = span[0] + match.start(), span[0] + match.end()
            # (not a word inside a longer name: "Independent Local Broadcasters Alliance")
            inside = any(m.start <= start and end <= m.end and m.end - m.start > end - start
                         for m in kept)  # fmt: skip
            if stem and not inside:
                group = self.group_for(stem)
                if normalize(word) in self._alias:
                    self._alias_to(word, group)
                kept = [m for m in kept if not (m.start <= start < m.end)]
                kept.append(Mention(start, end, group.key))
        return sorted(kept, key=lambda m: m.start)


_NO_NAME = re.compile(NO_NAME)
_TERM = re.compile(r"\b[a-z][a-z-]+ \(([A-Z]{2,6}?)s?\)")
# Plurals ("the groups") refer to one of the last few lists only.
_LISTS_KEPT = 8
