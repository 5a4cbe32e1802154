"""Who "we" and "I" are outside quotation marks: the voice a line of an interview, a transcript
or an organisation's own text speaks in.

- the "A:" lines of a question-and-answer interview speak for the interviewee, the first
  person its opening names with an organisation; there "it" is what the questions are about,
  the last product a "Q:" line named;
- the "NAME:" lines of a transcript speak for the person the label names, in full or by surname;
- the other lines of a text signed on a line of its own ("Name, Director, Organisation") or
  closed by a tagline ("Name is the director of Organisation.") speak for the signer's
  organisation, and those of a filing that defines "we" as a company ('Acme Inc. ("Acme,"
  "we" or "us")') for that company.

A speaker's "we", "us" and "our" are the organisation the first reading of the text says the
speaker leads or works for (only when it says one), their "I", "me" and "my" the speaker. A text
with no such voice is read once; one with a voice is read again with these mentions.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...names import normalize
from .contacts import signed_line
from .entity import ORG_TYPES, Mention
from .own_pages import OURS as _OURS
from .own_pages import QUOTE as _QUOTE
from .own_pages import own_body
from .questioned import YOUR, addressed_orgs, after_label
from .signatories import signatories

if TYPE_CHECKING:
    from .mentions import DocumentEntities

# "Q:", "A:", "RUTH ASARE:", "Munro:" at the start of a line.
_LABEL = re.compile(
    r"(?:(?:CALLER|GUEST|HOST|PANELIST|PANELLIST|WITNESS|SPEAKER) \()?"
    r"(?P<label>Q|A|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})(?:\)|, [A-Z][A-Z'’. -]{1,40})?:\s"
)
# A heading's words before its colon, which no speaker's label holds
_DOCUMENT_WORDS = frozenset(
    ["notice", "policy", "report", "statement", "summary", "minutes", "agenda", "faq", "update"]
    + ["bulletin", "newsletter", "release", "appendix", "annex", "chapter", "section", "item"]
)
_MINE = re.compile(r"\b(?:I(?:['’](?:m|ve|d|ll)\b)?|me|[Mm]y)\b(?!['’]\w)")
# "it", "our tool": in an answer, the product asked about
_IT = re.compile(
    r"\bit\b(?!['’]s)|\b[Oo]ur (?:[\w-]+ ){0,2}?(?:software|tool|system|product|platform|app)\b"
)
# The text itself, which its writer's body made: "This briefing was produced with funding
# from Y", "This report was funded by a grant from Y"
_THIS_TEXT = re.compile(r"\b[Tt]his (?:briefing|report|paper|study|publication|research)\b")
# A closing tagline: "@0@ is the executive director of the @1@."
_TAGLINE = re.compile(
    r"^@(?P<p>\d+)@ (?:is|was|has been|serves as|has served as) (?:the |an? )?(?:[a-z-]+ ){0,4}?"
    r"(?:of|at|for|with) (?:the )?@(?P<o>\d+)@(?: in @\d+@)?"
    r"(?: since \d{4}| for (?:[\w-]+ ){1,2}years?)?\.?$"
)
_ORGS = ORG_TYPES - {"MediaOrganization"}

# (speaker, organisation, topic product[, the organisation a question's "your" is])
Voice = tuple[str | None, ...]


def speaking_voices(sentences: list, facts, url: str | None = None) -> dict[int, Voice]:
    """The voice of each sentence that has one, by the sentence's start offset.

    `sentences` are the first reading's (`relations.Sentence`), `facts` its facts (`Found`),
    `url` the text's address, which may name the body whose own page it is (own_pages.py)."""
    if not sentences:
        return {}
    doc = sentences[0].doc
    employers: dict[str, set[str]] = {}
    for f in facts:
        if f.relation in ("leads", "worksFor"):
            employers.setdefault(f.subject, set()).add(f.object)

    def org_of(person: str | None) -> str | None:
        orgs = employers.get(person or "", set())
        return next(iter(orgs)) if len(orgs) == 1 else None

    labels = [_label(doc.text, s.start) for s in sentences]
    # (a heading before a colon is no speaker's label: "PRIVACY NOTICE: FACE PASS")
    labels = [None if label and _DOCUMENT_WORDS & set(label.lower().split()) else label
              for label in labels]  # fmt: skip
    speakers = {label: _person_named(doc, label) for label in set(labels) - {None, "Q", "A"}}
    for sentence, label in zip(sentences, labels, strict=True):
        person = speakers.get(label)
        org = _introduced(sentence) if person and person not in employers else None
        if org:
            employers[person] = {org}  # "CALLER (X): Hi. I'm an organizer with Y."
    voices: dict[int, Voice] = {}
    transcript = any(speakers.values())
    interviewee = _interviewee(sentences, labels, org_of)
    signer = _signer(sentences) or _definer(sentences) or _letterheaded(doc) or _headed(doc)
    signer = signer or _bylined(sentences) or _signed_off(sentences)
    if not signer:  # its address's body, or a joint statement's first signer
        own = own_body(sentences, url) or next(iter(signatories(doc)), None)
        signer = (None, own) if own else None
    topic = None
    for sentence, label in zip(sentences, labels, strict=True):
        if label == "Q":
            topic = _last_product(sentence) or topic
            continue
        if label == "A":
            if interviewee:
                voices[sentence.start] = (interviewee, org_of(interviewee), topic)
            continue
        # (in a text no label of which names a person, "Live:" and "Signed:" head its items)
        if label and transcript:
            person = speakers[label]
            if person:
                voices[sentence.start] = (person, org_of(person), None)
            continue
        if signer:
            voices[sentence.start] = (signer[0], signer[1], None)
    for start, org in addressed_orgs(sentences, labels, speakers, org_of, interviewee).items():
        voices[start] = (*voices.get(start, (None, None, None)), org)
    return {start: voice for start, voice in voices.items() if voice[1] or voice[0] or voice[3:]}


def _label(text: str, start: int) -> str | None:
    match = _LABEL.match(text, text.rfind("\n", 0, start) + 1)
    return match.group("label") if match else None


# A speaker's own introduction: "I'm an organizer with Y", "I am president of the Y"
_INTRODUCTION = re.compile(
    r"(?:^|\. )(?:hi|hello|yes|morning|good morning)?[,.]? ?i(?:'m| am) (?:an? |the )?"
    r"(?:[a-z-]+ ){0,3}?(?:with|at|of|for|from) (?:the )?@(?P<o>\d+)@(?!'s)",
    re.I,
)


def _introduced(sentence) -> str | None:
    """The organisation a speaker's line says they belong to, if it says so."""
    match = _INTRODUCTION.search(sentence.masked.replace("’", "'"))
    if not match:
        return None
    org = sentence.entity(int(match.group("o")))
    return org.key if org.type in _ORGS and not org.place else None


def _interviewee(sentences: list, labels: list, org_of) -> str | None:
    """The first person named before the first question who has an organisation."""
    if "Q" not in labels or "A" not in labels:
        return None
    for sentence, label in zip(sentences, labels, strict=True):
        if label in ("Q", "A"):
            return None
        for mention in sentence.mentions:
            if sentence.doc.entities[mention.key].type == "Person" and org_of(mention.key):
                return mention.key
    return None


_DEAR = re.compile(r"Dear\b")


def _signer(sentences: list) -> tuple[str, str] | None:
    """(person, organisation) of a signature line or of the text's closing tagline."""
    last = len(sentences) - 1
    # (a letter's addressee, above its "Dear …", is no signer: "Ms X, Chief Reporter, Y")
    dear = next((s.start for s in sentences if _DEAR.match(s.doc.text, s.start)), -1)
    for index, sentence in enumerate(sentences):
        signed = signed_line(sentence) if sentence.start > dear else None
        if signed:
            return sentence.entity(signed[0]).key, sentence.entity(signed[1]).key
        match = _TAGLINE.match(sentence.masked) if index >= last - 1 else None
        if not match:
            continue
        person, org = sentence.entity(int(match.group("p"))), sentence.entity(int(match.group("o")))
        if org.type in _ORGS and not org.place and person.key != org.key:
            return person.key, org.key
    return None


def _signed_off(sentences: list) -> tuple[str, str] | None:
    """(person, organisation) of a sign-off over two lines closing the text, its only one:
    "Dr X" over "Director, Y"."""
    signed = sentences[0].doc.signed_off
    if len(signed) == 1 and signed[0][2] >= sentences[max(0, len(sentences) - 3)].start:
        return signed[0][0], signed[0][1]
    return None


# A filing's defined terms: 'Ravenmoor Technologies, Inc. ("Ravenmoor," the "Company," "we,"
# "us" or "our")': the filing speaks as the company
_DEFINED_WE = re.compile(r"@(?P<o>\d+)@(?:'s)?,? \([^()]*?[\"“]we,?[\"”]")
# 'In this prospectus, "Acme," the "Company," "we," "us" and "our" refer to Acme Inc.', 'the terms
# "we" and "our" mean Acme': the terms first
_WE_DEFINED = re.compile(
    r"[\"“]we,?[\"”][^.;]{0,120}?\b(?:(?:refers?|are used to refer|is used to refer) to|means?) "
    r"(?:the )?@(?P<o>\d+)@"
)


def _definer(sentences: list) -> tuple[None, str] | None:
    """(None, organisation) of a text whose defined terms make "we" an organisation."""
    for sentence in sentences:
        match = _DEFINED_WE.search(sentence.masked) or _WE_DEFINED.search(sentence.masked)
        if match and sentence.entity(int(match.group("o"))).type in _ORGS:
            return None, sentence.entity(int(match.group("o"))).key
    return None


def _letterheaded(doc: DocumentEntities) -> tuple[None, str] | None:
    """(None, organisation) of a text under an organisation's letterhead, which speaks as it."""
    body = doc.entities.get(doc.letterhead or "")  # (a broadcaster's own report too)
    return (None, body.key) if body is not None and body.type in ORG_TYPES else None


# A document's kind on a line of its own: "Annual Report 2024–25", "Quarterly Review"
_KIND_LINE = re.compile(
    r"(?:[A-Z][a-z]+ ){0,2}(?:Report|Review|Update|Newsletter|Bulletin|Statement|Plan)"
    r"(?: \d{4}(?:[/–-]\d{2,4})?)?"
)

_NAMED_KIND_LINE = re.compile(
    r"(?P<body>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*| of| and| for| the){0,8}?) "
    + _KIND_LINE.pattern
    + r"(?: ?[|:–-] .*)?"
)


# A newsletter's line saying whose it is: "News for residents from the Kessawa County Vital
# Records Office"
FROM_LINE = re.compile(
    r"(?:news|updates?|notes)\b[^.;:]{0,40}? from (?:the )?(?P<body>.+?)\.?"
    # or "Newsletter of the Wexcombe Libraries Branch of the Library Workers' Union": the branch
    r"|(?:the )?(?:(?:members'?|staff|quarterly|monthly) )?(?:newsletter|bulletin|magazine|"
    r"journal) of (?:the )?(?P<unit>.+?)(?: of (?:the )?.+)?\.?",
    re.IGNORECASE,
)


def _headed(doc: DocumentEntities) -> tuple[None, str] | None:
    """(None, body) of a report headed by bodies' names, each on its line, over its kind
    ("Parliament of Tasmania" / "Parliamentary Digital Office" / "Annual Report 2024–25"):
    the last of them, the unit the report is from, writes it; or of a newsletter whose line
    under its title says whom it is from."""
    lines = doc.text[doc.body_start :].split("\n", 4)[:4]
    for line in lines[1:3]:
        match = FROM_LINE.fullmatch(line.strip())
        body = doc.lookup(match.group("body") or match.group("unit")) if match else None
        if body is not None and body.type in _ORGS and not body.place:
            return None, body.key
    for line in lines[:2]:  # "BTBR Annual Report 2024 | Chapter 4": the body and its kind
        match = _NAMED_KIND_LINE.fullmatch(line.strip())
        body = doc.lookup(match.group("body")) if match else None
        if body is not None and body.type in _ORGS and not body.place:
            return None, body.key
    for index, line in enumerate(lines[1:], 1):
        if not _KIND_LINE.fullmatch(line.strip()):
            continue
        body = doc.lookup(lines[index - 1].strip())
        if body is not None and body.type in _ORGS and not body.place:
            return None, body.key
        return None
    return None


# "By Celia Okonkwo-Hart, Lowmarsh Review": a newsletter's "we obtained" is its outlet's; "By
# Aroha Tipene-Walsh, Principal Platform Engineer, Kopara Regional Transport": a staff blog's
# "we run about 410 buses" is the writer's body's
_BYLINE = re.compile(
    r"^(?:posted |written )?by @(?P<p>\d+)@, (?P<title>(?:[a-z&/-]+ ){0,5}[a-z&/-]+, )?"
    r"(?:the )?@(?P<o>\d+)@\.?$",
    re.IGNORECASE,
)


def _bylined(sentences: list) -> tuple[str, str] | None:
    """(writer, outlet or body) of a byline naming it, in the text's first lines."""
    for sentence in sentences[:4]:
        match = _BYLINE.match(sentence.masked)
        if match:
            person, body = (sentence.entity(int(match.group(k))) for k in ("p", "o"))
            # (with the writer's title, any body; without one, an outlet only)
            kinds = _ORGS | {"MediaOrganization"} if match.group("title") else {"MediaOrganization"}
            # (a titled writer whose name no list knows: "Jana Kovářová-Lind, Principal Threat
            # Researcher, Vesperline Security")
            named = person.guessed and 2 <= len(person.name.split()) <= 3 and match.group("title")
            if (person.type == "Person" or named) and body.type in kinds:
                return person.key, body.key
    return None


def _last_product(sentence) -> str | None:
    products = [m.key for m in sentence.mentions if sentence.doc.entities[m.key].type == "Product"]
    return products[-1] if products else None


def _person_named(doc: DocumentEntities, label: str) -> str | None:
    """The one person whose name, or surname, the label is."""
    wanted = normalize(label)
    people = [e for e in doc.entities.values() if e.type == "Person"]
    exact = [e.key for e in people if any(normalize(n) == wanted for n in e.names)]
    if exact:
        return exact[0] if len(set(exact)) == 1 else None
    last = wanted.split()[-1] if wanted else ""
    by_surname = {e.key for e in people if normalize(e.name).split()[-1:] == [last]}
    if by_surname:
        return by_surname.pop() if len(by_surname) == 1 else None
    # a podcast's first-name labels ("MARCUS:"), where one person of the text has that name
    by_given = {
        e.key
        for e in people
        if len(e.name.split()) > 1 and normalize(e.name).split()[:1] == [wanted]
    }
    return by_given.pop() if len(by_given) == 1 and " " not in wanted else None


def voiced(doc: DocumentEntities, taken: list[Mention], span) -> list[Mention]:
    """Mentions of the speaker and their organisation for the first persons of a voiced
    sentence, outside its quotations; in an answer, "it" for the product asked about."""
    voice = doc.voices.get(span[0])
    addressed = _you(doc, taken, span)
    if not voice:
        return addressed
    person, org, topic = voice[:3]
    text, out = doc.text, list(addressed)
    taken = taken + addressed
    # (a quotation may run over several sentences of its paragraph: "We've used P since 2021.
    # It works," said X.)
    line_start, line_end = text.rfind("\n", 0, span[0]) + 1, text.find("\n", span[1])
    line_end = len(text) if line_end == -1 else line_end
    quoted = [m.span() for m in _QUOTE.finditer(text, line_start, line_end)]
    used = [(m.start, m.end) for m in taken] + quoted

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in used)

    yours = voice[3] if len(voice) > 3 and not addressed else None  # (a question's "your")
    for pattern, key in (
        (_IT, topic),
        (_OURS, org),
        (_THIS_TEXT, org),
        (_MINE, person),
        (YOUR, yours),
    ):
        if not key or key not in doc.entities:
            continue
        for word in pattern.finditer(text, span[0], span[1]):
            if free(word.start(), word.end()):
                possessive = word.group(0).lower() in ("our", "ours", "my", "your")
                out.append(Mention(word.start(), word.end(), key, possessive, generic=True))
                used.append(word.span())
    return out


# A notice's or a letter's defined addressee: 'Bellwater Residential Ltd ("you")'
_YOU_DEFINED = re.compile(r"([A-Z][\w&.,'’ -]{2,80}?) \((?:[^()]{0,40}?, )?[\"“]you[\"”]\)")
_YOU = re.compile(r"\b(?:[Yy]ou|[Yy]our)\b(?!['’])")


def _you(doc: DocumentEntities, taken: list[Mention], span) -> list[Mention]:
    """Mentions of the organisation a text defines as "you", for its "you" and "your"."""
    if not hasattr(doc, "addressee"):
        defined = _YOU_DEFINED.search(doc.text)
        name = normalize(defined.group(1)) if defined else None
        bodies = [e.key for e in doc.entities.values() if name and e.type in _ORGS and any(
            normalize(n) == name for n in e.names)]  # fmt: skip
        doc.addressee = bodies[0] if len(bodies) == 1 else None
    if doc.addressee is None:
        return []
    text = doc.text
    used = [(m.start, m.end) for m in taken] + [m.span() for m in _QUOTE.finditer(text, *span)]
    return [
        Mention(m.start(), m.end(), doc.addressee, m.group(0).lower() == "your", generic=True)
        for m in _YOU.finditer(text, span[0], span[1])
        if not any(s < m.end() and m.start() < e for s, e in used)
    ]


def unaddressed(doc, named: list, span: tuple[int, int]) -> list:
    """The named mentions less the guest a question is put to by name ("Laura, your group has
    asked the agency …"): the one addressed is no party to what the question says."""
    voice = doc.voices.get(span[0])
    if not voice or len(voice) < 4:  # (no question's "your" on the line)
        return named
    text, words = doc.text, after_label(doc.text, span[0])
    if words is None:
        return named
    return [
        m
        for m in named
        if not (
            doc.entities[m.key].type == "Person"
            and text.startswith(", ", m.end)
            and re.fullmatch(r"(?:[A-Z][a-z]*\.? ){0,2}", text[words : m.start])
        )
    ]
