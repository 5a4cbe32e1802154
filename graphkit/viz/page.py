"""The page itself: our template, vis-network inlined from pyvis's bundle, the data as JSON
(packed by `viz.pack`, unpacked by the page's first script).

One file that opens from disk with no network. The Content-Security-Policy allows only the
page's own scripts (by hash) and no outside request at all, as a second line of defence behind
the page building every source-derived string as text.
"""

from __future__ import annotations

import base64
import hashlib
import html
import importlib.util
import json
import re
from concurrent.futures import Future
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path

from .pack import pack

VIS_VERSION = "vis-9.1.2"
_MARKER = re.compile(r"@@([A-Z_]+)@@")


def embed_json(data) -> str:
    """JSON safe inside a <script type="application/json">: no `<`, `>` or `&` left to close it."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _asset(name: str) -> str:
    return resources.files("graphkit.viz").joinpath("assets", name).read_text(encoding="utf-8")


def _vis(name: str) -> str:
    # pyvis's folder found, not imported: importing pyvis imports IPython and jinja2, about
    # 65 ms of every build, for files that are only read.
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("pyvis is not installed: the page inlines its vis-network")
    folder = Path(next(iter(spec.submodule_search_locations)))
    return (folder / "lib" / VIS_VERSION / name).read_text(encoding="utf-8")


def _hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


@dataclass(frozen=True)
class Addon:
    """A feature added to the page after its own scripts: the query panel, a story.

    `data` are blocks the browser never runs (element id -> JSON or base64 text, or a Future
    of it still being made, taken when the page's own data is done); `scripts` are classic
    scripts and `modules` module scripts, each allowed by its hash; `wasm` adds
    'wasm-unsafe-eval', which lets the page compile WebAssembly it carries (never fetch it).
    """

    css: str = ""
    data: dict[str, str | Future] = field(default_factory=dict)
    scripts: tuple[str, ...] = ()
    modules: tuple[str, ...] = ()
    wasm: bool = False


def render_page(data: dict, addons: tuple[Addon, ...] = ()) -> str:
    """The complete HTML page for page data made by `viz.data.page_data`."""
    packed = embed_json(pack(data))  # first: an addon's block may be made meanwhile
    addons = tuple(_ready(a) for a in addons)
    scripts = {
        "VIS_JS": _vis("vis-network.min.js"),
        "UNPACK_JS": _asset("unpack.js"),
        "AMOUNTS_JS": _asset("amounts.js"),
        "EVIDENCE_JS": _asset("evidence.js"),
        "VIEW_JS": _asset("view.js"),
        "FIND_JS": _asset("find.js"),
        "TIES_JS": _asset("ties.js"),
        "LABELS_JS": _asset("labels.js"),
        "PANEL_JS": _asset("panel.js"),
        "PAGE_JS": _asset("page.js"),
    }
    inlined = [*scripts.values()] + [s for a in addons for s in (*a.scripts, *a.modules)]
    for script in inlined + [text for a in addons for text in a.data.values()]:
        if "</script" in script.lower():
            raise ValueError("an inlined script or data block would close its own tag")
    wasm = " 'wasm-unsafe-eval'" if any(a.wasm for a in addons) else ""
    csp = (
        "default-src 'none'; script-src "
        + " ".join(_hash(s) for s in inlined)
        + wasm
        + "; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; "
        "form-action 'none'"
    )
    parts = {
        "TITLE": html.escape(data.get("title") or "graphkit network"),
        "CSP": html.escape(csp),
        "VIS_CSS": _vis("vis-network.css"),
        "PAGE_CSS": _asset("page.css"),
        "DATA": packed,
        "ADDONS": "".join(_addon_html(a) for a in addons),
        **scripts,
    }
    # One pass, so nothing inserted is scanned for markers again.
    return _MARKER.sub(lambda m: parts[m.group(1)], _asset("page.html"))


def _ready(addon: Addon) -> Addon:
    """The addon with every data block made (waiting for those still being made)."""
    if all(isinstance(text, str) for text in addon.data.values()):
        return addon
    made = {k: v if isinstance(v, str) else v.result() for k, v in addon.data.items()}
    return replace(addon, data=made)


def _addon_html(addon: Addon) -> str:
    parts = [f"<style>{addon.css}</style>\n"] if addon.css else []
    for block_id, text in addon.data.items():
        kind = "application/json" if text[:1] in "{[" else "application/octet-stream"
        parts.append(f'<script id="{html.escape(block_id)}" type="{kind}">{text}</script>\n')
    parts += [f"<script>{s}</script>\n" for s in addon.scripts]
    parts += [f'<script type="module">{s}</script>\n' for s in addon.modules]
    return "".join(parts)
