"""The network drawn as one self-contained, offline HTML page.

The page is our own template (graphkit/viz/assets) with vis-network inlined from pyvis's
bundled copy; pyvis's own template is not used, because it inserts titles and the heading as
raw HTML. Source text reaches the page only as escaped JSON data.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from ..resolve.merge import Relationship
from ..resolve.provenance import Provenance
from ..sources.documents import spelt_apart
from ..sources.registry import Registry
from .data import CORE_LIMIT, entities_page_data, page_data
from .layout import LayoutMemo
from .model_facts import model_entities_by_iri, model_links
from .pack import LeanFacts
from .page import Addon, render_page
from .sparql import sparql_addon

if TYPE_CHECKING:
    import networkx as nx


def render_html(
    net: nx.MultiDiGraph,
    *,
    title: str = "graphkit network",
    core_limit: int = CORE_LIMIT,
    addons: tuple[Addon, ...] = (),
    layouts: LayoutMemo | None = None,
) -> str:
    """One page: nodes by type and importance, edges by relation with their citations.

    Byte-identical for the same network. Above `core_limit` entities the page opens on the
    most connected ones and lets the reader expand. `addons` add features such as the query
    panel (`viz.sparql.sparql_addon`) or a story (`viz.story.story_addon`). `layouts` keeps
    the force layout between builds.
    """
    data = page_data(net, title=title, core_limit=core_limit, layouts=layouts)
    return render_page(data, addons)


def model_page(
    registry: Registry,
    relationships: list[Relationship],
    provenance: Provenance | None,
    *,
    turtle: str | Callable[[], bytes | Iterable[bytes]],
    layouts: LayoutMemo | None = None,
) -> str:
    """The page a build writes, drawn from the model it holds, with the query panel over
    `turtle` (the graph.ttl the build wrote of the same model, or a function giving its bytes,
    or its pieces as they are written, called on the compressing thread: the file may still be
    being written meanwhile).

    The same bytes as `render_html(model_network(...), addons=(sparql_addon(graph, turtle),))`,
    made for a build: each fact goes from the model to the page in one step (model_facts.py),
    and the panel's Turtle is compressed on a thread meanwhile.
    """
    cited = (c.source.url for r in relationships for c in r.citations if c.source.url)
    panel = sparql_addon(None, turtle, spelt_apart(cited))
    entities = model_entities_by_iri(registry)
    links = model_links(registry, relationships, provenance, entities)
    facts = LeanFacts(fact for *_, fact in links)
    data = entities_page_data(entities, links, lambda: facts, layouts=layouts)
    return render_page(data, (panel,))
