"""US states, the District of Columbia and the territories (`ontology/lexicons/us-states.tsv`).

Records write a state three ways: "MN" (the Atlas of Surveillance, EFF's plate-reader data),
"Minnesota" (a user's own table), "Minn." (copied from news copy). As a record's scope they are
one place, or one county's sheriff would be two entities; in an article the news agencies'
abbreviation after a city ("Springfield, Ill.") says where the city is and names no party.
"""

from __future__ import annotations

from functools import lru_cache

from .vocab import ontology_dir


def _folded(text: str) -> str:
    return " ".join(text.replace(".", ". ").split()).casefold().replace(". ", ".").rstrip(".")


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], frozenset[str]]:
    """(every way of writing a state, folded -> its postal code; the news abbreviations as
    written, without and with their last full stop). A malformed line names file and line."""
    path = ontology_dir() / "lexicons" / "us-states.tsv"
    codes: dict[str, str] = {}
    abbreviations: set[str] = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 4 or not fields[0].strip() or len(fields[1].strip()) != 2:
            raise ValueError(
                f"{path}:{number}: expected name, postal code, abbreviation, other spellings"
            )
        name, code, abbreviation, others = (f.strip() for f in fields)
        for written in (name, code, abbreviation, *others.split(";")):
            if written.strip():
                codes[_folded(written)] = code
        if abbreviation:
            bare = abbreviation.rstrip(".")
            abbreviations.add(bare)
            if "." in bare:  # "N.H." is also written "N.H"; "Ill." is "Ill" once split off
                abbreviations.add(bare + ".")
    return codes, frozenset(abbreviations)


def state_code(text: str) -> str | None:
    """The postal code of the state `text` names ("Minnesota", "MN", "Minn.", "minn"), or None."""
    return _table()[0].get(_folded(text))


def news_abbreviations() -> frozenset[str]:
    """The abbreviations news agencies write after a city ("Ill", "N.H", "N.H.")."""
    return _table()[1]
