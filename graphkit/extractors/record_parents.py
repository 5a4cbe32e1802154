"""The years a record's row dates the recipient's parent by (see resolve/parent_spans.py)."""

from __future__ import annotations

from ..model import PartialDate


def parent_years(*dates: PartialDate | None) -> dict:
    """A parent fact's qualifiers from the dates a row's award began: their first and last
    year, and the date it stands at (which marks it as dated by rows); nothing without one."""
    known = [d for d in dates if d is not None]
    if not known:
        return {}
    first, last = min(d.year for d in known), max(d.year for d in known)
    return {
        "start": PartialDate(first),
        "end": PartialDate(last),
        "as_of": max(known, key=lambda d: (d.year, d.month or 0, d.day or 0)),
    }
