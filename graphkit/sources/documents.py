"""When two cited URLs are one document: the address a witness is counted by."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that say how a reader came to a page, never which page it is: a link shared
# from a newsletter or a social network carries them (utm_source=twitter, fbclid=…).
_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid")


@lru_cache(maxsize=65536)
def document_address(url: str) -> str:
    """`url` as the document it names, to tell two citations of one document apart from two
    documents: scheme and host without case, `http` as `https`, without a leading `www.`, a
    trailing `/`, a `#fragment` (a browser's "link to highlight", `#:~:text=…`) or tracking
    parameters. Only compared, never shown: the graph keeps each URL as written.
    """
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").removeprefix("www.")
        port = parts.port
    except ValueError:  # a port that is no number: compared as written
        return url.strip()
    netloc = f"{host}:{port}" if port and port not in (80, 443) else host
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not key.lower().startswith(_TRACKING)
    ]
    scheme = "https" if parts.scheme.lower() in ("http", "https") else parts.scheme.lower()
    return urlunsplit((scheme, netloc, parts.path.rstrip("/"), urlencode(query), ""))
