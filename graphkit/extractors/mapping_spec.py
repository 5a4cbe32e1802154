"""A mapping file read and checked whole before any row is: its shape (what each key holds) and
the columns it names, which the data file must have.

A rule that names a column the data lacks reads an empty cell in every row: a misspelt
`amount: valeu` or `contract: awrd` would leave every fact without its amount or award, with
exit 0, and a misspelt subject would report every row. So a missing column is one message at
the mapping's line, naming the closest column the data has.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from ..currencies import read_currency
from ..exc import InputError
from ..names import close_names
from ..vocab import ENTITY_TYPES, RELATIONS
from ..yamlio import load_yaml
from .base import ExtractContext
from .mapping_names import check_names
from .record_dates import FileDates, either_way

KEYS = {
    "data",
    "format",
    "records",
    "subject",
    "relation",
    "object",
    "qualifiers",
    "citation",
    "also",
    "once",
    "note",
    "dates",
}
# How the data writes a date whose day and month are both numbers ("05/07/21"): month first,
# as the US records this tool imports write it, unless the mapping says the file is day first.
DATE_ORDERS = ("month-first", "day-first")
RULE_KEYS = {"subject", "relation", "object", "qualifiers", "once", "note"}  # an `also` rule's
QUALIFIERS = {"start", "end", "amount", "currency", "product", "contract", "role", "status"}
END_KEYS = {"column", "value", "type", "scope", "split", "ignore", "keep", "names"}  # of an end
_QUALIFIER_KEYS = {"column", "value", "type"}  # `type` for a product
_CITATION_KEYS = {"url", "source", "title", "publisher", "locator", "derived_from"}
FIELD = re.compile(r"\{([^{}]+)\}")  # a template's `{column}`; `{_row}` is the row's line
_SHOWN_COLUMNS = 12  # columns listed in a message about one the data lacks


def load_spec(file: Path, shown: str, context: ExtractContext) -> dict:
    """The mapping's keys, each checked, with `rules`: the main rule, then each of `also`."""
    spec = load_yaml(file, shown)
    if not isinstance(spec, dict):
        raise InputError(
            "a mapping is a YAML mapping with data, subject, relation, object, citation",
            path=shown,
            line=1,
        )
    unknown = sorted(set(map(str, spec)) - KEYS)
    if unknown:
        raise InputError(
            f"unknown key {unknown[0]!r}; keys are {', '.join(sorted(KEYS))}",
            path=shown,
            line=spec.line_of(unknown[0]),
            field=unknown[0],
        )
    for key in ("subject", "relation", "object", "citation"):
        if key not in spec:
            raise InputError(f"missing {key}", path=shown, line=1, field=key)
    if context.options.get("data"):
        spec["data"] = str(context.root / str(context.options["data"]))
    if not spec.get("data"):
        raise InputError(
            "missing data: the file to import, relative to the mapping",
            path=shown,
            line=1,
            field="data",
        )
    for key in ("data", "format", "records"):
        value = spec.get(key)
        if value is not None and not _text_or_texts(value, key == "data"):
            what = "a path or a list of paths" if key == "data" else "a text"
            raise _wrong(spec, shown, key, f"{key} is {what}")
    if spec.get("dates", DATE_ORDERS[0]) not in DATE_ORDERS:
        message = f"dates is {' or '.join(DATE_ORDERS)} (how the data writes 05/07/21)"
        raise _wrong(spec, shown, "dates", message)
    also = spec.get("also") or []
    if not isinstance(also, list) or not all(isinstance(r, Mapping) for r in also):
        raise _wrong(spec, shown, "also", "also is a list of rules, each with its own keys")
    _check_citation(spec, shown)
    rules = [spec, *also]
    for rule in rules:
        _check_rule(rule, shown, main=rule is spec)
        _check_fixed(rule, shown, spec.get("dates"))
    spec["rules"] = rules
    return spec


def _wrong(rule, shown: str, key: str, message: str) -> InputError:
    line = rule.line_of(key) if hasattr(rule, "line_of") else None
    return InputError(message, path=shown, line=line, field=key)


def _check_fixed(rule, shown: str, order: str | None) -> None:
    """A qualifier's `{value: TEXT}`, the mapping's own, read once: an unknown currency, or a
    date that is none or reads either way, is refused at the mapping's line. Read per row, it
    skipped every row at the data's lines, naming no field, and `start: {value: 03/04/2024}`
    was 4 March without a word."""
    for key, ref in (rule.get("qualifiers") or {}).items():
        if not isinstance(ref, Mapping) or "value" not in ref or ref.get("value") is None:
            continue
        text = str(ref["value"]).strip()
        if FIELD.search(text):  # a template of the row's cells ("{Year}-01-01"), read per row
            continue
        if key == "currency":
            try:
                read_currency(text)
            except ValueError as err:
                raise _wrong(rule, shown, "qualifiers", f"qualifier currency: {err}") from None
        if key not in ("start", "end") or not text:
            continue
        try:
            if not order and either_way(text):
                raise ValueError(
                    f"{text!r} may be day or month first: write it YYYY-MM-DD, or say "
                    "`dates: day-first` or `dates: month-first` in the mapping"
                )
            FileDates(day_first=order == "day-first", declared=bool(order)).date(text)
        except ValueError as err:
            raise _wrong(rule, shown, "qualifiers", f"qualifier {key}: {err}") from None


def _text_or_texts(value, many: bool) -> bool:
    if many and isinstance(value, list):
        return bool(value) and all(isinstance(v, str) for v in value)
    return isinstance(value, str)


def _is_ref(value) -> bool:
    """A column's name, or {column: NAME} or {value: TEXT} (with a type or scope)."""
    if isinstance(value, str):
        return True
    return isinstance(value, Mapping) and (
        isinstance(value.get("column"), str) or ("value" in value and "column" not in value)
    )


def _check_rule(rule, shown: str, main: bool) -> None:
    unknown = sorted(set(map(str, rule)) - KEYS)
    if not main and unknown:
        raise _wrong(rule, shown, unknown[0], f"unknown key {unknown[0]!r} in a rule of also")
    whole = sorted(set(map(str, rule)) & (KEYS - RULE_KEYS))
    if not main and whole:
        # a rule's own `citation:` was read as nothing: its facts cited the mapping's source
        message = f"{whole[0]} is the whole mapping's, given once at the top, not in a rule of also"
        raise _wrong(rule, shown, whole[0], message)
    for key in ("subject", "relation", "object"):
        if key not in rule:
            raise _wrong(rule, shown, key, f"missing {key}")
    _check_relation(rule, shown)
    for end in ("subject", "object"):
        ref = rule[end]
        if not isinstance(ref, Mapping) or not _is_ref(ref):
            raise _wrong(
                rule, shown, end, f"{end} needs {{column: NAME}} or {{value: TEXT}}, and a type"
            )
        _check_end(ref, rule, shown, end)
    qualifiers = rule.get("qualifiers") or {}
    if not isinstance(qualifiers, Mapping):
        raise _wrong(rule, shown, "qualifiers", "qualifiers map each qualifier to its column")
    unknown = sorted(set(map(str, qualifiers)) - QUALIFIERS)
    if unknown:
        raise _wrong(
            rule,
            shown,
            "qualifiers",
            f"unknown qualifier {unknown[0]!r}; qualifiers are {', '.join(sorted(QUALIFIERS))}",
        )
    for key, ref in qualifiers.items():
        if not _is_ref(ref):
            message = f"qualifier {key} needs a column, {{column: NAME}} or {{value: TEXT}}"
            raise _wrong(rule, shown, "qualifiers", message)
        unknown = sorted(set(map(str, ref)) - _QUALIFIER_KEYS) if isinstance(ref, Mapping) else []
        if unknown:
            # `split` here would be read as nothing: the product "Sentry, Phantom", whole
            message = f"qualifier {key} holds one value: {unknown[0]!r} is not one of its keys"
            if unknown[0] in END_KEYS:
                message += f"; {unknown[0]} is for subject and object"
            raise _wrong(rule, shown, "qualifiers", message)
    product = qualifiers.get("product")
    if isinstance(product, Mapping):
        _check_type(product.get("type", "Product"), rule, shown, "qualifiers", "product")
    split = next((end for end in ("subject", "object") if rule[end].get("split")), None)
    for key, why in _ONE_NAME_QUALIFIERS.items():
        if split and key in qualifiers:
            message = (
                f"{why[0]} cannot go with {split}'s split: {why[1]}; state the {key} in a rule "
                "whose ends are one name each"
            )
            raise _wrong(rule, shown, "qualifiers", message)


# Qualifiers that hold for one pair of names only, so not for every pair a split cell makes.
_ONE_NAME_QUALIFIERS = {
    # "Axon; Motorola" with the award's amount: counted twice wherever amounts are added up
    "amount": ("an amount", "each name would be given the whole amount"),
    "contract": (
        "a contract",
        "an award has one holder and one buyer, so each name would dispute the others",
    ),
}


def _check_end(ref: Mapping, rule, shown: str, end: str) -> None:
    """A subject's or an object's keys: a misspelt one (`typ`, `spilt`) would be read as
    nothing, and every row's cell taken whole."""
    unknown = sorted(set(map(str, ref)) - END_KEYS)
    if unknown:
        keys = ", ".join(sorted(END_KEYS))
        raise _wrong(rule, shown, end, f"unknown key {unknown[0]!r} in {end}; keys are {keys}")
    _check_type(ref.get("type", "Company"), rule, shown, end)
    if "scope" in ref and not _is_ref(ref["scope"]):
        raise _wrong(rule, shown, end, "scope is a column, {column: NAME} or {value: TEXT}")
    if "split" in ref and not _texts(ref["split"]):
        message = 'split is a separator or a list of them, such as split: "," or split: [",", ";"]'
        raise _wrong(rule, shown, end, message)
    if "ignore" in ref and not _texts(ref["ignore"]):
        message = 'ignore is a value or a list of them, such as ignore: ["No data", "N/A"]'
        raise _wrong(rule, shown, end, message)
    if "keep" in ref and not _texts(ref["keep"]):
        message = 'keep is a name or a list of them, such as keep: ["Procter and Gamble"]'
        raise _wrong(rule, shown, end, message)
    if "names" in ref and (message := check_names(ref["names"])):
        raise _wrong(rule, shown, end, message)


def _texts(value) -> bool:
    """A text, or a non-empty list of texts, none of them empty."""
    values = value if isinstance(value, list) else [value]
    return bool(values) and all(isinstance(v, str) and v != "" for v in values)


def _check_relation(rule, shown: str) -> None:
    relation = rule["relation"]
    if isinstance(relation, Mapping):
        lookup = relation.get("lookup") or {}
        if not isinstance(relation.get("column"), str) or not isinstance(lookup, Mapping):
            message = "relation is a relation, or {column: NAME, lookup: {TEXT: RELATION}}"
            raise _wrong(rule, shown, "relation", message)
        given = [str(r) if isinstance(r, str) else repr(r) for r in lookup.values()]
    else:
        given = [relation if isinstance(relation, str) else repr(relation)]
    for name in given:
        if name not in RELATIONS:
            raise _wrong(
                rule,
                shown,
                "relation",
                f"unknown relation {name!r}; relations are {', '.join(RELATIONS)}",
            )


def _check_type(type_, rule, shown: str, key: str, field: str | None = None) -> None:
    if not isinstance(type_, str) or type_ not in ENTITY_TYPES:
        error = _wrong(
            rule, shown, key, f"unknown type {type_!r}; types are {', '.join(ENTITY_TYPES)}"
        )
        error.field = field or key
        raise error


def _check_citation(spec, shown: str) -> None:
    citation = spec["citation"]
    if not isinstance(citation, Mapping):
        message = "citation needs url (a column or a list of them) or source: {url: …}"
        raise _wrong(spec, shown, "citation", message)
    unknown = sorted(set(map(str, citation)) - _CITATION_KEYS)
    if unknown:
        message = (
            f"unknown citation key {unknown[0]!r}; keys are {', '.join(sorted(_CITATION_KEYS))}"
        )
        raise _wrong(spec, shown, "citation", message)
    url = citation.get("url")
    urls = url if isinstance(url, list) else [] if url is None else [url]
    if not all(_is_ref(u) for u in urls) or not isinstance(citation.get("source") or {}, Mapping):
        message = "citation's url is a column or a list of them; source is {url: …, title: …}"
        raise _wrong(spec, shown, "citation", message)
    derived = citation.get("derived_from", "")
    refs = derived if isinstance(derived, list) else [derived]
    if "derived_from" in citation and not (
        refs and all(isinstance(r, str) and r.strip() and "{" not in r for r in refs)
    ):
        message = (
            "derived_from names the source the rows copy: a publisher's name (USAspending.gov), "
            "a source id from the catalogue or the original's URL, or a list of them"
        )
        raise _wrong(citation, shown, "derived_from", message)


def named_columns(spec: dict) -> Iterator[tuple[Mapping, str, str, bool]]:
    """(rule, key, column, needed) for every column the mapping reads, the key being where the
    rule names it; `needed` when without it no row could make the main fact (its ends, its
    relation, the URL it cites) or any rule's names would be unscoped."""
    for rule in spec["rules"]:
        needed = rule is spec
        for end in ("subject", "object"):
            ref = rule[end]
            yield from ((rule, end, c, needed and "column" in ref) for c in _columns(ref))
            if "scope" in ref:
                # read without its scope, one name of many scopes (every department's "Office
                # of Inspector General") would be one entity: needed in every rule
                yield from ((rule, end, c, True) for c in _columns(ref["scope"]))
        if isinstance(rule["relation"], Mapping):
            yield rule, "relation", rule["relation"]["column"], needed
        for ref in (rule.get("qualifiers") or {}).values():
            yield from ((rule, "qualifiers", c, False) for c in _columns(ref))
    citation = spec["citation"]
    url = citation.get("url") or []
    for ref in url if isinstance(url, list) else [url]:
        yield from ((spec, "citation", c, not citation.get("source")) for c in _columns(ref))
    for key in ("title", "locator"):
        if citation.get(key):
            yield from ((spec, "citation", c, False) for c in _template_columns(str(citation[key])))


def identity_columns(spec: dict, dates: bool = True) -> set[str]:
    """The columns that make a row a record of its own: the URL or locator it is cited by, its
    contract and its `dates`, which a sheet's subtotal row leaves empty; never a column that
    names an end, which a subtotal row fills with its label."""
    citation = spec["citation"]
    url = citation.get("url") or []
    refs = [*(url if isinstance(url, list) else [url])]
    refs += [{"value": str(citation["locator"])}] if citation.get("locator") else []
    keys = ("contract", "start", "end") if dates else ("contract",)
    for rule in spec["rules"]:
        qualifiers = rule.get("qualifiers") or {}
        refs += [qualifiers[key] for key in keys if key in qualifiers]
    ends = {
        c for rule in spec["rules"] for end in ("subject", "object") for c in _columns(rule[end])
    }
    return {column for ref in refs for column in _columns(ref)} - ends


def _columns(ref) -> Iterable[str]:
    if isinstance(ref, str):
        return [ref]
    if "column" in ref:
        return [ref["column"]]
    return _template_columns(str(ref["value"]))


def _template_columns(text: str) -> list[str]:
    return [name for name in FIELD.findall(text) if name != "_row"]


def check_columns(spec: dict, shown: str, data_shown: str, has, columns: list[str], report) -> None:
    """Each column the mapping names that `has(column)` says the data lacks, at the mapping's
    line with the closest of the data's `columns`: raised when no row could be read without
    it, else given to `report` and the rows read without it (a qualifier, a template's part)."""
    for rule, key, column, needed in named_columns(spec):
        if has(column):
            continue
        close = close_names(column, columns)
        hint = f"did you mean {close[0]!r}? " if close else ""
        more = len(columns) - _SHOWN_COLUMNS
        listed = ", ".join(columns[:_SHOWN_COLUMNS]) + (f" and {more} more" if more > 0 else "")
        message = f"column {column!r} is not in {data_shown}; {hint}its columns are {listed}"
        if needed:
            raise _wrong(rule, shown, key, message)
        report(_wrong(rule, shown, key, message + "; the rows are read without it"))
