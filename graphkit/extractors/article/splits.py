"""Names the chunker cut wrong, mended with what the whole document shows.

- joined over "for" where the document writes the two apart: "a contract with Corvane for
  Quietline coverage" names Corvane and Quietline where the text also names each alone, while
  "Coalition for Open Skies" stays one name;
- a legal form set off by a comma ("Ravenmoor Technologies, Inc."): part of the name before
  it, no name of its own;
- a department of two portfolios cut at its "and" ("the Colorado Department of Licensing and
  Occupational Records") where the text writes the second half nowhere else;
- what stands beside a name without being one: a legal form in lower case ("Drava Soft
  d.o.o."), letters after a person's name ("Shri X, IAS, Managing Director"), a body's
  document after its possessive ("the Auditor-General's Report"); and a branch named by its
  place in lower case ("the Brackmoor branch of the X Union")."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from . import lexicon as lx
from .chunks import Chunk
from .conjoined import office_start

# Words a "… for …" name opens with: "Campaign for Accountability", "Families for Safe Streets"
_COMMON = lx.ADVOCACY_HEADS | lx.GOV_HEADS | lx.RESEARCH_HEADS


# What a buyer contracts for, after the thing's name: "for Quietline coverage", "for P cameras",
# "for P, their permitting system"
_BOUGHT = re.compile(
    r"\s+(?:"
    + "|".join(sorted(lx.PRODUCT_NOUNS))
    + r"|coverage|licenses|licences|subscriptions?|services|sensors|readers|units|support|"
    r"maintenance|hosting|storage)\b|,\s+(?:its|their) "  # "for Keystile, their permitting system"
)
# Last words of a firm's name besides the lexicon's heads: "Arkwell Biometrics", "Tern Aerial"
_FIRM_LAST = lx.COMPANY_HEADS | frozenset(
    ["biometrics", "robotics", "vision", "security", "aerial", "aero", "acoustics", "optics"]
    + ["imaging", "identity", "mobility", "devices", "electronics", "forensics", "infotech"]
)
_LEGAL_FORM = re.compile(
    r"(?:Inc|LLC|L\.L\.C|Ltd|Corp|Co|PLC|LLP|GmbH|S\.A|N\.V|AG|S\.A\.(?:P\.I\.)? de C\.V"
    # Portugal's and Brazil's "Lda."/"Ltda.", a Portuguese holding's "SGPS", Spain's "S.L." and
    # "S.L.U.", Italy's "S.r.l.", France's "SARL"
    r"|Lda|Ltda|SGPS|S\.L|S\.L\.U|S\.R\.L|SRL|SARL)\.?",
    re.I,
)

_FORM_BEFORE_PLACE = re.compile(r", ((?i:" + _LEGAL_FORM.pattern + r")) (?:of|in) [A-Z]")


def split_joined(text: str, chunks: list[list[Chunk]]) -> list[list[Chunk]]:
    """Every sentence's chunks, each "A for B" cut in two where A and B stand alone elsewhere,
    without the legal forms that follow a name after a comma."""
    chunks = _portfolios_joined(text, chunks)
    alone = {chunk.name for sentence in chunks for chunk in sentence}
    return [
        [part for chunk in _named(text, sentence) for part in _parts(text, chunk, alone)]
        for sentence in chunks
    ]


# Last words that make a name a body, a firm or a thing of its own: "… and Palantir Technologies"
_HEADS = (
    lx.COMPANY_HEADS | lx.GOV_HEADS | lx.ADVOCACY_HEADS | lx.MEDIA_HEADS | lx.RESEARCH_HEADS
) | (lx.CORPORATE_SUFFIXES | lx.TOPIC_HEADS | lx.PRODUCT_NOUNS)


# Endings of the common nouns and adjectives a portfolio is named with: "Occupational Records",
# "Regulatory Affairs", "Community Safety"
_COMMON_ENDINGS = (
    "al",
    "ic",
    "ics",
    "ion",
    "ment",
    "ure",
    "ty",
    "ing",
    "ce",
    "cy",
    "ry",
    "s",
    "ive",
)
_COMMON_ENDINGS += ("ship", "ness", "ies")


def _portfolios_joined(text: str, chunks: list[list[Chunk]]) -> list[list[Chunk]]:
    """ "the Colorado Department of Licensing and Occupational Records": one department where
    the words after "and" name nothing of their own (no head, no given name) and the text
    writes them nowhere but after such a department's "and"."""
    pairs = [
        (first, second)
        for sentence in chunks
        for first, second in zip(sentence, sentence[1:], strict=False)
        if _second_portfolio(text, first, second)
    ]
    if not pairs:
        return chunks
    written = Counter(chunk.name for sentence in chunks for chunk in sentence)
    after_and = Counter(second.name for _, second in pairs)
    joined = {
        id(first): second
        for first, second in pairs
        if written[second.name] == after_and[second.name]
    }
    out = []
    for sentence in chunks:
        kept: list[Chunk] = []
        for chunk in sentence:
            if kept and joined.get(id(kept[-1])) is chunk:
                first = kept[-1]
                kept[-1] = replace(
                    first,
                    end=chunk.end,
                    name=text[first.start : chunk.end],
                    span_end=chunk.span_end,
                    possessive=chunk.possessive,
                )
                continue
            kept.append(chunk)
        out.append(kept)
    return out


def _second_portfolio(text: str, first: Chunk, second: Chunk) -> bool:
    words = first.name.split()
    tail = second.name.split()
    return (
        text[first.span_end : second.start] == " and "
        and not first.possessive
        and {"of", "for"} & set(words)
        and office_start(words)
        and 2 <= len(tail) <= 3  # (not "… of Justice and Microsoft")
        and not second.acronym
        and not second.titles
        and not second.name.isupper()
        and tail[0].lower() not in lx.GIVEN_NAMES
        and not _HEADS & {word.lower() for word in tail}
        and all(word.lower().endswith(_COMMON_ENDINGS) for word in tail)  # (not "Kestrel Ridge")
    )


def _named(text: str, sentence: list[Chunk]) -> list[Chunk]:
    """The chunks without a legal form that a comma sets after the name before it, nor letters
    after a person's name, nor a document after its owner's possessive; a lower-case legal
    form or a place's "branch" taken into the name it follows."""
    out: list[Chunk] = []
    for chunk in sentence:
        after_name = bool(out) and text[out[-1].span_end : chunk.start].strip() == ","
        if after_name and _LEGAL_FORM.fullmatch(chunk.name):
            form = _written_form(chunk.name)
            out[-1] = replace(
                out[-1],
                span_end=max(out[-1].span_end, chunk.span_end),
                possessive=chunk.possessive,  # "Acme Group, Inc.'s P"
                # (two in a row: "Grupo Atlântico Digital, SGPS, S.A.")
                legal=f"{out[-1].legal}, {form}" if out[-1].legal else form,
            )
            continue
        owned = bool(out) and out[-1].possessive and out[-1].span_end + 1 >= chunk.start
        if owned and chunk.name in _OWNED_DOCUMENTS:
            continue  # "The Auditor-General's Report for 2023 examined …": a document, no party
        branch = _BRANCH_OF.match(text, chunk.span_end)
        if branch and not chunk.possessive:  # "the Brackmoor branch of the X Union"
            chunk = replace(chunk, name=text[chunk.start : branch.end(1)], end=branch.end(1),
                            span_end=branch.end(1))  # fmt: skip
        form = _LOWER_FORM.match(text, chunk.span_end)
        if form and not chunk.legal:  # "Drava Soft d.o.o.", "Tarvola Networks s.r.o."
            chunk = replace(chunk, span_end=form.end(), legal=text[chunk.span_end : form.end()])
        # (a legal form before where the firm is from, which no chunk holds: "Daehan
        # Inspection Systems Co., Ltd. of Korea")
        form = _FORM_BEFORE_PLACE.match(text, chunk.span_end)
        if form and not chunk.legal and not chunk.possessive:
            chunk = replace(chunk, span_end=form.end(1), legal=_written_form(form.group(1)))
        if after_name and chunk.name in _POSTNOMINALS and text.startswith(",", chunk.span_end):
            # "Shri Mahesh Gowdappa, IAS, Managing Director": his service, no party
            out[-1] = replace(out[-1], span_end=max(out[-1].span_end, chunk.span_end))
            continue
        out.append(chunk)
    return out


# Legal forms written in lower case after a firm's name, which the chunker leaves out
_LOWER_FORM = re.compile(
    r"(?: |(?<=Sp))(d\.o\.o\.|s\.r\.o\.|a\.s\.|spol\. s r\.o\.|\.? z o\.o\.|sp\. z o\.o\.|e\.K\.|"
    r"mbH)(?!\w)"
)

# A local unit of a body, named by its place in lower case: "the Brackmoor branch of the X"
_BRANCH_OF = re.compile(r"( (?:branch|chapter))(?= of (?:the )?[A-Z])")

# A body's document, capitalised after its possessive
_OWNED_DOCUMENTS = frozenset(["Report", "Annual Report", "Special Report", "Review", "Audit"])

# Letters after a person's name between commas: a service, an honour, a degree, a seat
_POSTNOMINALS = frozenset(
    ["IAS", "IPS", "IFS", "OBE", "MBE", "CBE", "KBE", "DBE", "QC", "KC", "PhD", "MP"]
    + ["MSP", "MLA", "MPP", "TD", "JP", "FRS", "CPA", "CFA", "FCA", "ACA", "MSc", "MBA", "OAM"]
    + ["ONZM", "MNZM", "CNZM"]
)


# Each legal form as a name in a sentence ends with it (a heading's "INC." too)
_FORMS = {
    form.rstrip(".").lower(): form
    for form in ["Inc.", "LLC", "L.L.C.", "Ltd.", "Corp.", "Co.", "LLP", "GmbH", "S.A.", "N.V."]
    + ["AG"]
}


def _written_form(form: str) -> str:
    """A legal form as a name ends with it: "Inc.", "Ltd.", "LLC", "GmbH"; "plc" as written."""
    return _FORMS.get(form.rstrip(".").lower(), form)


def _parts(text: str, chunk: Chunk, alone: set[str]) -> list[Chunk]:
    left, joined, right = chunk.name.partition(" for ")
    if not joined or " for " in right:
        return [chunk]
    # "a contract with Corvane Sensing for Quietline coverage": what is bought follows
    firm = left in alone or left.split()[-1].lower() in _FIRM_LAST  # not "Code for America"
    bought = firm and _BOUGHT.match(text, chunk.span_end) is not None
    # "a contract with Arkwell Biometrics for Mirrorkey.": a firm, then the one product it is
    # paid for, ending the clause (not "Data for Black Lives", a cause of several words)
    bought = (
        bought
        or (
            len(left.split()) > 1  # (not "Vision for Tomorrow", a cause's name)
            and left.split()[-1].lower() in _FIRM_LAST
            and " " not in right
            and re.match(r"\s*(?:[.,;:]|$)", text[chunk.span_end : chunk.span_end + 2]) is not None
        )
        # ("a contract with Freixeth Labs for Braerkane in October": a thing the text names alone)
        or (len(left.split()) > 1 and left.split()[-1].lower() in _FIRM_LAST and right in alone)
    )
    if not bought and (left not in alone or right not in alone):
        return [chunk]
    # (a body named for a cause opens with a common noun: "Citizens for Halden", "Alliance for
    # Safe Skies"; a firm's or a product's name does not: "Corvane for Quietline")
    last = left.split()[-1].lower()
    plural = last.endswith("s") and last not in _FIRM_LAST  # "Citizens", not "Labs"
    # (a firm's head written in lower case too, "software", says nothing against a purchase)
    if last in _COMMON or plural or (not bought and text.find(f" {last} ") >= 0):
        return [chunk]
    cut = text.find(" for ", chunk.start, chunk.end)
    if cut < 0:
        return [chunk]
    first = replace(chunk, end=cut, name=left, span_end=cut, possessive=False, acronym=None)
    second = replace(chunk, start=cut + len(" for "), name=right, titles=[], initial=False)
    return [first, second]
