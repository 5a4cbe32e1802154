"""The `article` extractor: facts, with the sentence that states them, from news and advocacy texts.

Reads .txt/.md articles (header lines `url:`/`title:`/`date:` or YAML front matter), .html
pages (main text) and .pdf reports (their text in reading order, pdf.py), finds entity
mentions, and proposes the relations that cue words and sentence structure state. Every fact
carries its sentence, character offsets and a confidence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

from ...exc import InputError, Location
from ...model import Citation, Entity, Fact, NameHint, SourceDoc
from ...sources.registry import Registry
from ...vocab import RELATIONS
from ..base import ExtractContext, files_under
from .address_blocks import addressed
from .backing import backing, for_their_group
from .boards import by_governed_bodies
from .calls import joined_calls
from .chairs import chaired
from .closing_head import closing_head
from .complaints import received_complaints
from .contract_holders import contract_holders
from .contracted_work import contracted_work
from .document import Document, read_document
from .entity import DocEntity
from .examined_things import examined_makers
from .fit_parties import fit_parties, owns_units
from .governments import state_owned
from .group_requests import group_requests
from .legal_status import legal_status_parents
from .letterheads import letterhead_unit
from .line_staff import attending, candidate_of
from .makers import contracted_makers
from .meeting_pleas import meeting_pleas
from .mentions import DocumentEntities
from .ministers import minister_posts, without_portfolio_parts
from .notices import labelled_buyer, notice_buyer, notice_lots
from .office_holders import office_holders, without_title_words
from .pronouns import its_customer, said_it, used_it
from .quotes import quoted_criticism
from .relations import Found, Sentence, sentence_relations
from .reports import reported_main_actor
from .rule_sets import ALL_RULES
from .sentences import split_sentences
from .shows import show_hosts, shows, sponsored
from .signatories import backed_letter, cosigned
from .structure import type_by_facts, type_by_role
from .tables import award_lines, table_rows
from .their_product import their_products
from .thing_funders import thing_funders
from .unclaimed import unclaimed
from .unit_use import owners_use
from .voices import speaking_voices

NAME = "article"
VERSION = "3"
SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf")
OPTIONS = ("min_confidence",)  # candidates below it are dropped before the build's own floor
_REL_ORDER = tuple(RELATIONS)  # candidates of one sentence, in the ontology's order


@dataclass
class Candidate:
    """One proposed fact: names as the text gives them, registry ids where known, evidence."""

    subject: str
    subject_type: str
    subject_id: str | None
    relation: str
    object: str
    object_type: str
    object_id: str | None
    evidence: str
    start: int
    end: int
    confidence: float
    source: SourceDoc
    file: str
    rule: str
    line: int = 1  # line of the sentence's start in the file, for messages
    page: str | None = None  # a PDF's page or pages the sentence is on: "page 3", "pages 3-4"

    def as_dict(self) -> dict:
        """The JSON/YAML form `graphkit extract` prints."""
        src = self.source
        return {
            "subject": self.subject,
            "relation": self.relation,
            "object": self.object,
            "subject_type": self.subject_type,
            "object_type": self.object_type,
            "subject_id": self.subject_id,
            "object_id": self.object_id,
            "evidence": self.evidence,
            "start": self.start,
            "end": self.end,
            "confidence": self.confidence,
            "source": src.url,
            "title": src.title,
            "publisher": src.publisher,
            "date": str(src.published) if src.published else None,
            "file": self.file,
        } | ({"page": self.page} if self.page else {})


def candidates(
    path: Path,
    registry: Registry | None = None,
    shown: str | None = None,
    document: Document | None = None,
) -> list[Candidate]:
    """The facts one article states, best evidence first per fact, in text order.

    A fault of the analyser on some text is an InputError naming the file, so that a run over
    many articles reports it and goes on with the others.
    """
    registry = registry or Registry()
    shown = shown or str(path)
    doc = document or read_document(path, shown)
    try:
        return _candidates(doc, registry, shown)
    except Exception as err:  # any fault of the analyser, reported for this file
        raise InputError(
            f"the article extractor failed on this text ({type(err).__name__}: {err}); "
            "its facts are left out"
        ) from err


def _candidates(doc: Document, registry: Registry, shown: str) -> list[Candidate]:
    spans = split_sentences(doc.text, doc.body_start)
    ents, sentences, best = _read(doc, registry, spans)
    voices = speaking_voices(sentences, [found for found, _ in best.values()], doc.source.url)
    if voices:  # an interview, a transcript or a signed text: read again with its voices
        ents, sentences, best = _read(doc, registry, spans, voices)
    type_by_facts(ents.entities, [found for found, _ in best.values()])
    heads = {(s, o) for s, relation, o in best if relation == "leads"}
    made = {o for _, relation, o in best if relation == "develops"}
    blank = Candidate("", "", None, "", "", "", None, "", 0, 0, 0.0, doc.source, shown, "")
    out = []
    for (subject_key, relation, object_key), (found, span) in by_governed_bodies(
        best, ents
    ).items():
        if relation == "worksFor" and (subject_key, object_key) in heads:
            continue  # one who heads a body is not also its staff, in any sentence
        subject, obj = ents.entities[subject_key], ents.entities[object_key]
        if subject_key == object_key:
            continue  # two names of one entity: no fact of it with itself
        if relation == "supplies" and subject_key in made:
            continue  # a thing its maker sells, not a seller: "the contract for P" (P is made)
        if not fit_parties(subject, relation, obj, doc.text):
            continue  # "Fisheries leads Sandvik Harbour": a word of a title (fit_parties.py)
        told = (subject, relation, obj, round(found.confidence, 2), found.rule)
        out.append(candidate_of(blank, doc.text, told, span, _pages(doc, *span)))
    # a joint statement's "we" is each of its signers; officers at a body's meeting its staff
    told = cosigned(out, ents, blank) + attending(blank, ents) + chaired(blank, ents)
    told += backed_letter(blank, ents)
    # a show is no body and no product: its sponsor funds its producer (shows.py)
    named, of_show = shows(ents), ("funds", "supports", "develops")
    out = [c for c in out if not (c.relation in of_show and c.object in named)]
    told += sponsored(blank, ents) + show_hosts(blank, ents) + addressed(blank, ents)
    out = _once(out, told)
    out.sort(key=lambda c: (c.start, _REL_ORDER.index(c.relation), c.subject, c.object))
    return out


def _once(candidates: list[Candidate], more: list[Candidate]) -> list[Candidate]:
    """The candidates and those of `more` stating a fact none of them states."""
    told = {(c.subject, c.relation, c.object) for c in candidates}
    out = list(candidates)
    for candidate in more:
        if (candidate.subject, candidate.relation, candidate.object) not in told:
            told.add((candidate.subject, candidate.relation, candidate.object))
            out.append(candidate)
    return out


def _pages(doc: Document, start: int, end: int) -> str | None:
    """Where in a PDF a sentence is: "page 3", or "pages 3-4" for one that runs on."""
    first, last = doc.page_of(start), doc.page_of(end - 1)
    if first is None:
        return None
    return f"page {first}" if last in (None, first) else f"pages {first}-{last}"


def _read(doc: Document, registry: Registry, spans, voices=None):
    """The document's entities, its sentences and the best evidence of each fact they state."""
    ents = DocumentEntities(doc.text, spans, registry, voices)
    sentences = [
        Sentence(ents, start, end, mentions)
        for (start, end), mentions in zip(spans, ents.mentions, strict=True)
    ]
    type_by_role(sentences)
    state_owned(sentences)  # "X is a government-owned corporation": it buys as a public body
    # "which has used it since 2025": now that names are typed, the product "it" stands for
    for i, sentence in enumerate(sentences):
        span = (sentence.start, sentence.end)
        used = used_it(ents, sentence.mentions, span) + said_it(ents, sentence.mentions, span)
        used += its_customer(ents, sentence.mentions, span)
        if used:  # (in place of what a sentence's "It" was first taken for)
            kept = [m for m in ents.mentions[i] if not any(u.start == m.start for u in used)]
            mentions = sorted(kept + used, key=lambda m: (m.start, m.end))
            sentences[i] = Sentence(ents, sentence.start, sentence.end, mentions)
    main = _main_actor(ents)
    own = ents.letterhead or _own_body(ents)
    best: dict[tuple[str, str, str], tuple[Found, tuple[int, int]]] = {}
    readings: dict[tuple[str, str, str], set[str]] = {}
    for sentence in sentences:
        start, end = sentence.start, sentence.end
        if start in ents.headings:  # a new item: its demands are not about the last one's deal
            ents.last_supply = ents.last_requester = None
        if _CONTENTS.match(doc.text, start, end):
            continue  # "IN THIS ISSUE: Wexbridge picks Registrix · Toezicht buys Examlyn": titles
        said = sentence_relations(sentence) + reported_main_actor(sentence, main)
        said += contract_holders(sentence, said) + backing(sentence, own, main)
        said = for_their_group(sentence, said)  # a speaker's support is their group's
        said = meeting_pleas(sentence, main, said) + group_requests(sentence, own, main)
        for found in unclaimed(sentence, said):
            key = (found.subject, found.relation, found.object)
            readings.setdefault(key, set()).add(_reading(found.rule))
            if key not in best or found.confidence > best[key][0].confidence:
                best[key] = (found, (start, end))
    for key, (found, span) in best.items():
        best[key] = (replace(found, confidence=_agreed(found.confidence, readings[key])), span)
    # "the Committee on Maritime Affairs" of "Parliament" is its members' work, not its unit: gone
    # before a unit's use is given to its body (fit_parties checks the facts read after this)
    best = {k: v for k, v in best.items() if k[1] != "partOf" or owns_units(ents.entities[k[2]])}
    best = owners_use(best)  # a unit's use is its body's
    best = thing_funders(best, ents.entities, doc.text)  # money for a thing is its user's
    best = examined_makers(best, ents.entities)  # an examined thing's maker is examined
    employers: dict[str, set[str]] = {}
    for subject, relation, obj in best:
        if relation in ("worksFor", "leads"):
            employers.setdefault(subject, set()).add(obj)
    told = joined_calls(doc.text, best) + contracted_makers(best, doc.text)
    told += letterhead_unit(sentences) + closing_head(sentences, own)
    named = [(m.start, m.end, m.key) for s in sentences for m in s.mentions if not m.generic]
    ordered = sorted(set(named))
    labelled = labelled_buyer(doc.text, ordered, ents)  # (a notice's buyer line's)
    buyer = notice_buyer(doc.text, ents, own, labelled)  # (or the text's own body)
    payer = labelled or own  # (whom a table's winners sell to)
    told += table_rows(doc.text, named, ents.entities, payer)
    told += award_lines(doc.text, named, ents.entities, payer)
    told += notice_lots(doc.text, ordered, ents, buyer)
    told += contracted_work(sentences, buyer) + legal_status_parents(doc.text, ordered, ents, buyer)
    told += their_products(sentences)
    told += received_complaints(sentences, best, own)
    posts = minister_posts(ents)
    told += posts
    holders = office_holders(doc.text, named, ents.entities)
    best = without_title_words(best, holders, ents.entities)
    told += holders
    for found, span in quoted_criticism(sentences, employers) + told:
        key = (found.subject, found.relation, found.object)
        if key not in best and (found.object, found.relation, found.subject) not in best:
            best[key] = (found, span)
    return ents, sentences, without_portfolio_parts(best, posts, ents.entities)


# A newsletter's list of what an issue holds: its items' headlines, told again below
_CONTENTS = re.compile(r"\W*(?:in this issue|inside this issue|contents)\s*:", re.IGNORECASE)


def _own_body(ents: DocumentEntities) -> str | None:
    """The one organisation a text's signer speaks for, whose own tables it gives."""
    bodies = {voice[1] for voice in ents.voices.values() if voice[1]}
    return bodies.pop() if len(bodies) == 1 else None


_PATTERNS = frozenset(rule.name for rule in ALL_RULES)


def _reading(rule: str) -> str:
    """How a fact was found: by the clause reader, by a cue pattern, or by a reading of its own
    (titles, employee groups, lists across sentences), whose confidence it sets itself."""
    if rule.startswith("clause "):
        return "clause"
    return "pattern" if rule in _PATTERNS else "reading"


def _agreed(confidence: float, readings: set[str]) -> float:
    """Confidence by how a fact was read: the clause structure and a cue pattern agreeing is
    surer than either; a pattern alone, which may span clauses, is less sure."""
    if {"clause", "pattern"} <= readings:
        return min(0.9, confidence + 0.05)
    if readings == {"pattern"}:
        return min(confidence, 0.65)
    return confidence


def _main_actor(ents: DocumentEntities) -> str | None:
    """The organisation the document is most about: the one named most often."""
    # (not a town typed by nothing but its name: "Yorvik" of the "Yorvik Police Department")
    towns = {
        k
        for k, e in ents.entities.items()
        if e.type == "Organization"
        and any(o.name.startswith(f"{e.name} ") for o in ents.entities.values())
    }
    counts = Counter(
        k
        for k in ents.order
        if ents.entities.get(k)
        and ents.entities[k].type in ("Company", "GovernmentAgency", "Organization")
        and not ents.entities[k].place
        and k not in towns
    )
    if not counts:
        return None
    return max(sorted(counts), key=lambda k: counts[k])


def to_facts(
    found: list[Candidate], file: str, min_confidence: float = 0.0
) -> Iterator[Fact | Entity]:
    """Facts for the build. A name the registry knows is given by its id; any other name goes
    with its type to the build's one resolver, which matches it against every source's names
    (records, fact files, other articles) or makes one new entity for it."""
    for cand in found:
        if cand.confidence < min_confidence:
            continue
        ends, hints = [], {}
        for end, name, type_, rid in (
            ("subject", cand.subject, cand.subject_type, cand.subject_id),
            ("object", cand.object, cand.object_type, cand.object_id),
        ):
            ends.append(rid or name)
            if rid is None:
                hints[end] = NameHint(type_)
        # A PDF's sentence is found by its page, with a URL or without
        where = ", ".join(p for p in (cand.page, f"characters {cand.start}-{cand.end}") if p)
        locator = cand.page if cand.source.url else f"{file}, {where}"
        yield Fact(
            subject=ends[0],
            relation=cand.relation,
            object=ends[1],
            where=Location(file, _line(cand)),
            hints=hints,
            citations=[
                Citation(
                    source=cand.source,
                    locator=locator,
                    quote=cand.evidence,
                    start=cand.start,
                    end=cand.end,
                    extractor=NAME,
                    extractor_version=VERSION,
                    confidence=Decimal(str(cand.confidence)),
                    where=Location(file, _line(cand)),
                )
            ],
        )


def _line(cand: Candidate) -> int:
    return cand.line


def extract(path: Path, context: ExtractContext) -> Iterator[Fact | Entity]:
    """Facts from every article under `path`; unreadable files are reported and skipped."""
    floor = float(dict(context.options).get("min_confidence", 0) or 0)
    for file in files_under(Path(path), SUFFIXES):
        shown = context.display(file)
        try:
            doc = read_document(file, shown, context.catalog)
        except InputError as err:
            context.report(err)
            continue
        for warning in doc.warnings:
            context.report(InputError(warning, path=shown))
        for note in doc.notices:
            context.notice(InputError(note, path=shown))
        try:
            found = candidates(file, context.registry, shown, document=doc)
        except InputError as err:
            err.path = err.path or shown
            context.report(err)
            continue
        yield from to_facts(found, shown, floor)


__all__ = ["NAME", "VERSION", "SUFFIXES", "extract", "candidates", "Candidate", "DocEntity"]
