"""The main text and metadata of an HTML article, with BeautifulSoup's forgiving parser."""

from __future__ import annotations

import re

from .document import Document, source_from_meta

_DROP = (
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "svg",
    "iframe",
    "button",
    "figure",
)
_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "dd", "dt")
_META = {
    "url": (("property", "og:url"), ("name", "twitter:url")),
    "title": (("property", "og:title"), ("name", "twitter:title"), ("name", "title")),
    "publisher": (
        ("property", "og:site_name"),
        ("name", "publisher"),
        ("name", "application-name"),
    ),
    "date": (
        ("property", "article:published_time"),
        ("name", "date"),
        ("name", "pubdate"),
        ("itemprop", "datePublished"),
        ("name", "dc.date"),
    ),
}


def html_document(markup: str, shown: str) -> Document:
    """Paragraph text of the page's <article> (or <main>, or <body>), one paragraph a line."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "html.parser")
    meta = _metadata(soup)
    for tag in soup.find_all(_DROP):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    paragraphs = []
    blocks = root.find_all(_BLOCKS)
    if not blocks:
        blocks = [root]
    for block in blocks:
        if block.find_parent(_BLOCKS):
            continue  # a <p> inside an <li>: its text comes with the outer block
        text = " ".join(block.get_text(" ").split())
        text = re.sub(r" ([,.;:!?’”)])", r"\1", text)
        if text:
            paragraphs.append(text)
    text = "\n\n".join(paragraphs)
    return Document(text=text, body_start=0, source=source_from_meta(meta, shown))


def _metadata(soup) -> dict:
    meta: dict = {}
    for key, selectors in _META.items():
        for attr, value in selectors:
            tag = soup.find("meta", attrs={attr: value})
            if tag and tag.get("content"):
                meta[key] = str(tag["content"]).strip()
                break
    if "url" not in meta:
        link = soup.find("link", rel="canonical")
        if link and link.get("href"):
            meta["url"] = str(link["href"]).strip()
    if "title" not in meta and soup.title and soup.title.string:
        meta["title"] = " ".join(soup.title.string.split())
    if "date" not in meta:
        time = soup.find("time", datetime=True)
        if time:
            meta["date"] = str(time["datetime"])[:10]
    if meta.get("date"):
        meta["date"] = str(meta["date"])[:10]
    return meta
