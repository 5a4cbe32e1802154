"""Capitalised name chunks in a sentence: "Department of Homeland Security (DHS)", "Amazon's".

A chunk is a run of capitalised words (with "of", "and", "&" inside), cut at punctuation and
possessives, stripped of leading function words and role titles (kept as `titles`), with an
acronym given in parentheses right after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .conjoined import split_and
from .governments import municipality
from .homes import without_home
from .imperatives import imperative
from .initials import foreign_acronym, initials_match
from .joins import (
    bare_title,
    bracketed_state,
    counted,
    day_of_month,
    department_staff,
    inner_possessive,
    legal_form_before,
    listed_title,
    name_between,
    past_word,
    person_after,
    plural_owner,
    scoped_title,
    title_of,
)
from .lexicon import (
    ABSTRACT_ENDINGS,
    ABSTRACT_HEADS,
    COMPANY_HEADS,
    CONNECTORS,
    COURTESY_TITLES,
    DOCUMENT_PARTS,
    FUNCTION_WORDS,
    GIVEN_NAMES,
    GOV_HEADS,
    GOV_STARTS,
    INNER_FUNCTION_WORDS,
    MONTHS_DAYS,
    NAME_PARTICLES,
    NOT_ACTORS,
    OFFICE_HEADS,
    OFFICE_WORDS,
    OPENING_TITLES,
    TITLE_WORDS,
    TOPIC_HEADS,
    opening_title,
)
from .numbered import model_numbers, number_ends_name, number_inside
from .openers import document_heading, issued_kind, standing_office
from .places import cloud_region, is_demonym, placing, split_places, state_after, without_demonyms
from .portfolios import bodies_titles_name, fields_committees, portfolio_list
from .studies import two_bodies
from .title_words import crime_commissioner, leading_titles, title_through, titled_before
from .tokens import (
    ACRONYM,
    DATELINE,
    LEAD,
    Tok,
    bracketed_form,
    capitalised,
    currency_before_amount,
    newsroom_or_firm,
    number_opens_name,
    particle_pair,
    tokens,
)


@dataclass
class Chunk:
    start: int  # offsets of the name itself
    end: int
    name: str
    span_end: int  # end of the name with its possessive or "(ACRONYM)"
    possessive: bool = False
    acronym: str | None = None
    titles: list[str] = field(default_factory=list)  # lower-case title words stripped off
    initial: bool = False  # the first word of the sentence
    legal: str = ""  # a legal form a comma sets after the name: "Inc." of "Acme Group, Inc."


def find_chunks(
    text: str, start: int, end: int, acronyms: frozenset[str] = frozenset()
) -> list[Chunk]:
    """The name chunks of the sentence text[start:end].

    `acronyms` are the all-capital words of the document: a name whose initials are one of them
    is kept whole ("U.S. Customs and Border Protection" where the text also says "CBP").
    """
    toks = tokens(text, start, end)
    dateline = DATELINE.match(text, start, end)
    if dateline:  # "PORT ELLIS, Ohio — …": where the story was filed, not a name
        toks = [t for t in toks if t.start >= dateline.end()]
        start = dateline.end()  # the sentence opens after it: "… – Detectives with …"
    chunks: list[Chunk] = []
    models = model_numbers(text)
    i = 0
    while i < len(toks):
        tok = toks[i]
        if chunks and tok.start < chunks[-1].span_end:
            i += 1  # the "(ACRONYM)" of the previous name
            continue
        if currency_before_amount(toks, i) or not (
            capitalised(tok.text) or number_opens_name(toks, i)
        ):
            i += 1
            continue
        j = i
        while (
            not toks[j].stop_after or inner_possessive(toks, j) or plural_owner(toks, j)
        ) and j + 1 < len(toks):
            nxt = toks[j + 1]
            if bracketed_state(toks, j):
                j += 2  # "Pruitt County (Ohio) Sheriff's Office"
                continue
            after = f" {toks[j + 2].text}" if j + 2 < len(toks) else ""
            if nxt.raw.startswith("(") and not bracketed_form(nxt.raw, after):
                break  # (not "X (Pty) Ltd": a legal form)
            if number_ends_name(toks, j, models):
                j += 1  # "Teamsters Local 727", "TabStar 300": the number ends the name
                break
            if currency_before_amount(toks, j + 1):
                break  # "pays Simbara KSh 1.4 million"
            if capitalised(nxt.text) or nxt.text in ("plc", "ltd"):  # "Stenmark Security plc"
                j += 1
                continue
            if number_inside(toks, j):
                j += 2  # "Greave County 911 Authority"
                continue
            if (
                (nxt.text.lower() in CONNECTORS - {"the"} or nxt.raw in NAME_PARTICLES)
                # "Center on Privacy and Technology", not "runs ChatterGrid on Veloran Cloud"
                and (nxt.text.lower() != "on" or toks[j].text.lower() in _ON_HEADS)
                and not (nxt.text.lower() in ("of", "for") and two_bodies(text, toks, i, j, j + 2))
                and not nxt.stop_after
                and j + 2 < len(toks)
                # (two particles: "Sipho van der Merwe", "Maria de la Cruz")
                and (capitalised(toks[j + 2].text) or particle_pair(toks, j + 2))
                and not toks[j + 2].raw.startswith("(")
                and toks[j + 2].text != "The"  # ("City Hall for The Calder Falls Courier")
            ):
                j += 2
                continue
            if (
                nxt.text.lower() in ("for", "on", "of")
                and not nxt.stop_after
                and j + 3 < len(toks)
                and toks[j + 2].text == "the"
                and not toks[j + 2].stop_after
                and capitalised(toks[j + 3].text)
                and (
                    toks[j].text.lower() in TOPIC_HEADS | OFFICE_HEADS | _INSTITUTIONS
                    # "Parking Authority of the City of Ellsmere": a body of a place's government
                    or (toks[j].text.lower() in GOV_HEADS and toks[j + 3].text in _PLACE_BODIES)
                )
                # no office is for a newsroom or a firm ("covers the Sheriff's Office for the
                # Gazette"), while "the Mayor's Office of the Budget" is one
                and not newsroom_or_firm(toks, j + 3)
                and not two_bodies(text, toks, i, j, j + 3)
            ):
                j += 3  # "Fight for the Future", "Office of the Inspector General"
                continue
            break
        j = portfolio_list(toks, i, j) or j  # "Department of Roads, Transport and Public Works"
        chunks.extend(_make_chunks(text, toks, i, j, start, acronyms))
        i = j + 1
    chunks = [c for c in chunks if not state_after(c, chunks) and not cloud_region(text, c)]
    chunks = [c for c in chunks if not document_heading(c.name)]  # ("ORDINARY COUNCIL MEETING")
    return fields_committees([municipality(text, chunk, start) for chunk in chunks], text)


_INSTITUTIONS = frozenset(["museum", "gallery", "library", "archives", "university", "college"])
_PLACE_BODIES = frozenset(["City", "County", "Town", "State", "Commonwealth", "Borough"])
_PARTY_ROLES = frozenset(
    ["plaintiff", "plaintiffs", "defendant", "defendants", "petitioner", "petitioners"]
    + ["respondent", "respondents", "appellant", "appellants", "appellee", "intervenor"]
)
# Heads of bodies named for what they are "on": "Center on …", "Committee on …".
_ON_HEADS = TOPIC_HEADS | OFFICE_HEADS | {"commission", "subcommittee", "conference", "force"}
_ON_HEADS |= {"caucus", "forum", "panel", "board", "group", "summit", "understanding"}
# Words of a title before a person: "Police Chief X", "Assistant City Attorney X"
_TITLE_WORDS = OFFICE_WORDS | {"state", "county", "city", "federal", "district", "assistant"}
_TITLE_WORDS |= {"deputy", "acting", "interim", "senior"}
# (and an officer's field: "Tax Ombudsman X", "Information and Privacy Commissioner X")
_TITLE_WORDS |= {"tax", "privacy", "information", "data", "protection", "children's", "integrity"}
# (not "Gov" without its full stop: a cloud's region, "Altostrive Gov West"; "Texas Gov. X")
_OPENERS = ("“", '"', ":", "‘", "|", "»", "›", " /")  # a part begins after these: "Home | News | X"
_OF_POLICE = [[t, "of"] for t in ("chief", "commissioner", "superintendent", "director")]
_INNER_TITLES = TITLE_WORDS - {"general", "staff", "former", "current", "gov"} | {"sheriff"}
_INNER_TITLES = (_INNER_TITLES | {"minister"}) - COURTESY_TITLES
# Titles that are also the head of a body's name ("Tusk County Sheriff's Office"): inside a
# name only when what follows is a person's name ("Tusk County Sheriff Dale Korvath").
_BODY_TITLES = frozenset({"sheriff"})
_SECOND_WORDS = frozenset({"deputy", "acting", "interim", "assistant", "associate"})


def _make_chunks(
    text: str, toks: list[Tok], i: int, j: int, sent_start: int, acronyms=frozenset()
) -> list[Chunk]:
    if j > i and department_staff(toks, j):
        j -= 1  # "Kinloch Police Department IT manager Dev Raman": the department's staff
    words = toks[i : j + 1]
    if len(words) > 2 and scoped_title(words):  # "National President of Y": the title's reach
        return _make_chunks(text, toks, i + 1, j, sent_start, acronyms)
    crime = crime_commissioner([w.text for w in words])
    if crime is not None:  # "Police and Crime Commissioner X": one title, then the person
        rest = _make_chunks(text, toks, i + crime + 1, j, sent_start, acronyms)
        title = [w.text.lower() for w in words[: crime + 1]]
        return [replace(c, titles=title + c.titles) for c in rest[:1]] + rest[1:]
    office = next(
        (k for k in range(1, len(words) - 1) if words[k].text in ("Officer", "Officers")), None
    )
    # "Chief Digital and AI Officer Jane Roe", "Police Chief Jane Roe": one title, then the
    # person ("Deputy Chief Information Officer" too); "Acme CEO Jane Roe": a body, then one.
    lead = int(words[0].text.lower() in _SECOND_WORDS and len(words) > 2)
    whole_title = words[lead].text == "Chief" and office is not None
    inner = office if whole_title else None
    if inner is None and words[-1].text.lower() not in GOV_HEADS | COMPANY_HEADS:
        inner = next(
            (
                k
                for k in range(1, len(words) - 1)
                if words[k].text.lower() in _INNER_TITLES
                # "… Crime Commissioner for Mirestone": a title before "for" names an office
                and words[k + 1].text[:1].isupper()
                and (words[k].text.lower() not in _BODY_TITLES or person_after(words[k + 1 :]))
            ),
            None,
        )
    if whole_title or inner and all(w.text.lower() in _TITLE_WORDS for w in words[:inner]):
        title = title_through(words, inner)  # ("… Officer of X": X is the title's body)
        rest = _make_chunks(text, toks, i + inner + 1, j, sent_start, acronyms)
        if title[-1] == "chief" and rest and rest[0].name.endswith(" Officer"):
            rest = rest[1:]  # "Acting Chief Financial Officer": a title, no name
        return [replace(c, titles=title + c.titles) for c in rest[:1]] + rest[1:]
    if inner is not None and words[inner - 1].text.lower() not in TITLE_WORDS | CONNECTORS:
        return _make_chunks(text, toks, i, i + inner - 1, sent_start, acronyms) + _make_chunks(
            text, toks, i + inner, j, sent_start, acronyms
        )
    if inner is not None and inner > 1 and words[inner - 1].text.lower() in ("and", "or"):
        # "the Kettle Times and Senator Ada Vorn": two names, the second titled
        return _make_chunks(text, toks, i, i + inner - 2, sent_start, acronyms) + _make_chunks(
            text, toks, i + inner, j, sent_start, acronyms
        )
    # (after a title of two or three words too: "Chief Constable X of Y")
    titled = leading_titles([w.text for w in words])
    person = next(
        (
            k
            for k in ((2, 3) if titled <= 1 else (titled + 2, titled + 3))
            if k < len(words) - 1 and words[k].text in ("of", "from")
        ),
        None,
    )
    if person is not None and (
        words[0].text.lower() in GIVEN_NAMES
        or titled_before(text[sent_start : words[0].start])
        or (
            titled > 0
            and not {w.text.lower() for w in words[max(1, titled) : person]} & TITLE_WORDS
        )
    ):
        # "Jane Roe of Privacy League", "statistician Karin Vestergaard of Bytown University":
        # a person, then the organisation she is from
        return _make_chunks(text, toks, i, i + person - 1, sent_start, acronyms) + _make_chunks(
            text, toks, i + person + 1, j, sent_start, acronyms
        )
    titles: list[str] = []
    initial = (
        words[0].start == sent_start
        or not text[sent_start : words[0].start].strip(LEAD + " ")
        or text[sent_start : words[0].start].rstrip(" ").endswith(_OPENERS)
    )
    n = int(len(words) > 3 and words[0].text.isdigit())  # a docket's "2024 | DECLARATION of X"
    if (
        (initial or words[n].text.isupper())
        and len(words) > n + 2
        and words[n + 1].text in ("of", "for" if words[n].text in ("Support", "Funding") else "of")
        and words[n].text.lower().endswith((*ABSTRACT_ENDINGS, "support"))
        and words[n].text.lower() not in GOV_STARTS | GOV_HEADS | COMPANY_HEADS | TOPIC_HEADS
        and words[n].text.lower() not in ABSTRACT_HEADS
    ):
        words = words[n + 2 :]  # "Criticism of Acme grew", "Support for X comes from Y"
        initial = False
    # Leading function words and titles are no part of the name ("CEO of Quillmoor Civic Labs")
    keep_titles = len(words) > 1 and words[-1].text.lower() in GOV_HEADS | COMPANY_HEADS
    keep_titles = (keep_titles and not title_of(words)) or standing_office(words)
    while (
        words
        and (
            # (not the "First" of "First Nations": Canada's peoples, each a nation)
            (
                words[0].text.lower() in (FUNCTION_WORDS if initial else INNER_FUNCTION_WORDS)
                and not text.startswith("First Nation", words[0].start)
            )
            or words[0].text.lower() in MONTHS_DAYS
            or (opening_title(words[0].text) and not keep_titles)
            or past_word(words)  # "Former Acme Corp executive": a past, not a name's word
            # a call to the reader opening the sentence: "Meet GMTO Executive Director X"
            or (initial and len(words) > 1 and imperative(words, toks, j))
            # a party's role in a lawsuit: "Defendant Brennick Falls Police Department"
            or (
                words[0].text.lower() in _PARTY_ROLES
                and len(words) > 1
                and words[1].text.lower() not in ("against", "for", "of", "united", "union")
            )
            or (words[0].text.lower() in CONNECTORS and words[0].text not in ("Van", "Von", "De"))
            or issued_kind(words)  # "STATEMENT FROM THE X": the kind of a body's text
            # "4.2 The District …", "C.6.3 The Forum …", a thread's "11/ X …"
            or re.fullmatch(r"(?:[A-Z]\.)?\d+(?:\.\d+)+\.?", words[0].text)
            or re.match(r"\d{1,3}/ ", text[words[0].start :]) is not None
            or legal_form_before(text, words)  # "X, Inc. for P": the name before the comma's
            # "Chief of Police X", "Deputy Commissioner of Police X"
            or (titles[-2:] in _OF_POLICE and words[0].text == "Police" and len(words) > 2)
            # "On 9 March the X Branch declared …": a date written day first
            # (not "The 9 March Coalition": a name that holds a date)
            # "The 2024-2025 Dorrance County Civil Grand Jury": a term of years, not the name's
            or (re.fullmatch(r"(?:19|20)\d\d[-–](?:19|20)?\d\d", words[0].text) and len(words) > 2)
            or (
                re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", words[0].text) is not None
                and len(words) > 2
                and words[1].text.lower() in MONTHS_DAYS
                and (words[2].text.lower() in FUNCTION_WORDS or len(words) > 3)
            )
        )
    ):
        if words[0].text.lower() in TITLE_WORDS | OPENING_TITLES or titles:
            titles.append(words[0].text.lower())
        # "Hundreds of Google employees" opens no sentence (nor a paragraph's number before it)
        initial = initial and re.fullmatch(r"\d+(?:\.\d+)+\.?", words[0].text) is not None
        words = words[1:]
    while words and words[-1].text.lower() in CONNECTORS | MONTHS_DAYS:
        words = words[:-1]
    # "In 2022 Sallowmere acquired …", "On May 14 X voted": a year or a month's day opens no name
    while words and (re.fullmatch(r"(?:19|20)\d\d,?", words[0].text) or day_of_month(text, words)):
        words = words[1:]
    # "450 Amazon employees", "ran 4,000 FaceLedger searches": a count of what the name
    # modifies; a name opening a clause before a verb keeps it ("180 Systems sells cameras")
    if len(words) > 1 and words[0].text.replace(",", "").isdigit() and counted(text, words):
        words = words[1:]
    if not words or (titles[:1] == ["chief"] and words[-1].text in ("Officer", "Officers")):
        return []  # "Chief Technology Officer": a title, no name
    if (
        len(words) == 1
        and words[0].text.lower() in DOCUMENT_PARTS
        and re.match(r"\s+\d", text[words[0].end : words[0].end + 3])
    ):
        return []  # "Finding 3", "Routes 3 and 11": numbered parts, no party
    if bare_title(text, toks, i, words) or listed_title(text, toks, i, toks[i : j + 1]):
        return []  # "FROM: X, Chief of Police", "PRS's Programme Director, X": a title
    acronym = None
    last = words[-1]
    after = toks[j + 1] if j + 1 < len(toks) else None
    ending = text[last.end : last.end + 2]  # a possessive's "'s", or its apostrophe alone
    span_end = last.end + (
        2 if last.possessive and ending in ("'s", "’s") else int(last.possessive)
    )
    match = ACRONYM.match(after.raw) if after else None
    named = [w.text for w in words]  # (a hyphen's parts count where they keep "… and …" whole)
    short = match.group(1) if match else ""  # (its own language's: "(SENACOP)")
    if match and (initials_match(short, named, "and" in named) or foreign_acronym(short, named)):
        acronym = match.group(1)
        span_end = after.end + 1 + (text[after.end] in '"”')  # '("BFPD")' ends after its quote
    parts = split_places(split_and(without_home(words), acronym, acronyms))
    out = []
    for index, part in enumerate(parts):
        name = name_between(text, part[0].start, part[-1].end)
        if (
            name.lower() in NOT_ACTORS
            or name.lower() in MONTHS_DAYS
            or name.lower().split("-")[0] in NOT_ACTORS
            or is_demonym(name)
            or placing(name, text[part[-1].end : part[-1].end + 40])
        ):
            continue
        if all(w.text.lower() in FUNCTION_WORDS | MONTHS_DAYS | NOT_ACTORS for w in part):
            continue
        last_part = index == len(parts) - 1
        out.append(
            Chunk(
                start=part[0].start,
                end=part[-1].end,
                name=name,
                span_end=span_end if last_part else part[-1].end,
                possessive=part[-1].possessive,
                acronym=acronym if last_part else None,
                titles=titles if index == 0 else [],
                initial=initial and index == 0,
            )
        )
    return bodies_titles_name(without_demonyms(out), text)
