"""RDF literals as N-Triples text: escaped, typed, in the one lexical form each value has."""

from __future__ import annotations

from decimal import Decimal

from ..model import PartialDate
from ..vocab import PREFIXES

_XSD = PREFIXES["xsd"]
_DATE_TYPES = {"year": "gYear", "month": "gYearMonth", "day": "date"}
TRUE, FALSE = f'"true"^^<{_XSD}boolean>', f'"false"^^<{_XSD}boolean>'
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _escaped(text: str) -> str:
    # Most text needs no escape: four scans in C cost a tenth of str.translate's pass.
    if "\\" in text or '"' in text or "\n" in text or "\r" in text:
        return text.translate(_ESCAPES)
    return text


def plain(value) -> str:
    """A plain (xsd:string) literal as N-Triples text, escaped: source text is untrusted."""
    return f'"{_escaped(str(value))}"'


def typed(lexical: str, datatype: str) -> str:
    return f'"{_escaped(lexical)}"^^<{_XSD}{datatype}>'


def integer(value: int) -> str:
    return f'"{int(value)}"^^<{_XSD}integer>'


def boolean(value: bool) -> str:
    return TRUE if value else FALSE


def date_literal(value: PartialDate) -> str:
    """A date typed at the precision known: xsd:gYear, xsd:gYearMonth or xsd:date."""
    return typed(str(value), _DATE_TYPES[value.precision])


def decimal_lexical(value) -> str:
    """An xsd:decimal's one lexical form ("224000.0", "0.85"), the same in every serialisation.

    Trailing zeros go ("1000.50" is "1000.5"): stores such as Oxigraph keep decimals as numbers
    and give back only this form.
    """
    text = format(Decimal(value), "f")
    if "." in text:
        text = text.rstrip("0")
    if text.endswith("."):
        text += "0"
    elif "." not in text:
        text += ".0"
    return text


def decimal_literal(value) -> str:
    return typed(decimal_lexical(value), "decimal")
