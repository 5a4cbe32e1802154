"""When two cited URLs are one document: the address a witness is counted by."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

# Query parameters that say how a reader came to a page, never which page it is: a link shared
# from a newsletter or a social network carries them (utm_source=twitter, fbclid=…).
_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid")
# An award's page on USAspending.gov: `/award/KEY`, or, as the site wrote its links before
# 2020, `/#/award/KEY` (the page chosen by the fragment). The site finds an award whatever the
# case of its key, and a query (`?fy=2020`) or fragment picks a tab of the one page.
_AWARD_ROUTE = re.compile(r"/award/([^/?#\s]+)/?", re.IGNORECASE)


# A Wayback Machine snapshot's address: `/web/<when>/<the page's URL>` (`<when>` may carry a
# flag, `20200101000000id_`).
_SNAPSHOT = re.compile(r"/web/[^/]+/(https?:/+.+)", re.IGNORECASE)
# Escapes that mean something else written plain (`%2F` in a path is no `/`): kept as escapes.
_MEANINGFUL_ESCAPE = re.compile(r"(%(?:2[5Ff]|3[Ff]|23))")


@lru_cache(maxsize=65536)
def document_address(url: str) -> str:
    """`url` as the document it names, to tell two citations of one document apart from two
    documents: scheme and host without case, `http` as `https`, without a leading `www.`, a
    trailing `/`, a `#fragment` (a browser's "link to highlight", `#:~:text=…`) or tracking
    parameters, its path's characters written plain or percent-encoded (`ice%E2%80%99s` is
    `ice’s`), a Wayback Machine snapshot (`web.archive.org/web/…/URL`) as the page it keeps.
    Only compared, never shown: the graph keeps each URL as written.
    """
    award = usaspending_award(url)
    if award is not None:
        return f"https://usaspending.gov/award/{award}"
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").removeprefix("www.")
        port = parts.port
    except ValueError:  # a port that is no number: compared as written
        return url.strip()
    snapshot = _SNAPSHOT.fullmatch(parts.path) if host == "web.archive.org" else None
    if snapshot is not None:
        page = re.sub(r"^(https?:)/+", r"\1//", snapshot.group(1), flags=re.IGNORECASE)
        return document_address(page + (f"?{parts.query}" if parts.query else ""))
    netloc = f"{host}:{port}" if port and port not in (80, 443) else host
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not key.lower().startswith(_TRACKING)
    ]
    scheme = "https" if parts.scheme.lower() in ("http", "https") else parts.scheme.lower()
    path = _plain_path(parts.path).rstrip("/")
    return urlunsplit((scheme, netloc, path, urlencode(query), ""))


def _plain_path(path: str) -> str:
    """`path` with its percent-escapes written as the characters they stand for, but those
    that would read otherwise plain (`%2F`, `%3F`, `%23`, `%25`), upper case."""
    pieces = _MEANINGFUL_ESCAPE.split(path)
    return "".join(p.upper() if i % 2 else unquote(p) for i, p in enumerate(pieces))


def spelt_apart(urls: Iterable[str]) -> dict[str, str]:
    """Of these URLs, each that names its document with another of them, with the document's
    address, sorted: what a reader who cannot work out `document_address` itself (the page's
    query panel) needs to list a document once."""
    spellings: dict[str, set[str]] = {}
    for url in set(urls):
        spellings.setdefault(document_address(url), set()).add(url)
    shared = [(url, address) for address, of in spellings.items() if len(of) > 1 for url in of]
    return dict(sorted(shared))


def plainest(url: str) -> tuple:
    """Orders one document's spellings, the one to show first first: over https, without a
    fragment (the older `#/award/` form of an award's page), the shortest, then the least."""
    return (url.startswith("http://"), "#" in url, len(url), url)


@lru_cache(maxsize=65536)
def usaspending_award(url: str | None) -> str | None:
    """The award unique key (upper case) a USAspending.gov award page's URL names, else None:
    `https://www.usaspending.gov/award/CONT_AWD_X_7012_-NONE-_-NONE-/`, its older
    `https://www.usaspending.gov/#/award/…` and any case, scheme, query or fragment of either."""
    try:
        parts = urlsplit((url or "").strip())
        host = (parts.hostname or "").removeprefix("www.")
    except ValueError:
        return None
    if host == "web.archive.org":  # a snapshot of the page is a copy of the same record
        snapshot = re.fullmatch(r"/web/[^/]+/(.+)", parts.path)
        return usaspending_award(snapshot.group(1)) if snapshot else None
    if host != "usaspending.gov":
        return None
    route = parts.fragment if parts.fragment.startswith("/") else parts.path
    match = _AWARD_ROUTE.fullmatch(route.split("?")[0])
    return unquote(match.group(1)).upper() if match else None
