"""Stories: an author's guided walk through the graph, step by step, each step resting on facts.

A story file (YAML) has a title, an introduction and steps. A step names the entities and the
facts to show (entities by id, label or alias; facts as subject, relation, object), a caption
in a small Markdown subset, and optionally a camera. Every name is resolved against the network
before a page is written; whatever does not resolve is reported with file:line and a
suggestion. Captions are untrusted: they become a tree of text runs that the page builds with
textContent, and only http(s) links survive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import networkx as nx

from ..exc import GraphkitError, InputError
from ..names import closest_entities, did_you_mean, normalize, shown_choices
from ..vocab import ID_BASE, RELATIONS
from ..yamlio import LineDict, LineList, load_yaml
from .caption import markdown
from .page import Addon, embed_json

ZOOM_RANGE = (0.05, 5.0)
_STEP_KEYS = {"title", "caption", "entities", "facts", "camera"}
_FACT_KEYS = ("subject", "relation", "object")


class StoryError(GraphkitError):
    """A story names what the graph lacks; every problem is listed with file:line."""

    def __init__(self, problems: list[InputError]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass
class Step:
    title: str
    caption: list  # paragraphs of inline runs, see `markdown`
    entities: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)
    camera: dict | None = None


@dataclass
class Story:
    title: str
    introduction: list
    steps: list[Step]

    def as_data(self) -> dict:
        return {
            "title": self.title,
            "introduction": self.introduction,
            "steps": [
                {
                    "title": s.title,
                    "caption": s.caption,
                    "entities": s.entities,
                    "facts": s.facts,
                    "camera": s.camera,
                }
                for s in self.steps
            ],
        }


# ---- resolving names against the network ------------------------------------------------------
class _Names:
    """Entity ids, labels and aliases of the network, normalised; ambiguity kept visible."""

    def __init__(self, net: nx.MultiDiGraph) -> None:
        self.net = net
        self.by_name: dict[str, set[str]] = {}
        self.names: list[tuple[str, str]] = []  # (node, each of its names), for suggestions
        for node, data in net.nodes(data=True):
            names = [node[len(ID_BASE) :] if node.startswith(ID_BASE) else node]
            names += [data.get("label") or ""] + list(data.get("aliases") or [])
            for name in names:
                if name:
                    self.by_name.setdefault(normalize(name), set()).add(node)
                    self.names.append((node, name))

    def label(self, node: str) -> str:
        return self.net.nodes[node].get("label") or node

    def entity(self, name, where: tuple[str, int, str]) -> str:
        path, line, field_name = where
        if not isinstance(name, str) or not name.strip():
            raise InputError(
                f"expected an entity's id, label or alias, found {name!r}",
                path=path,
                line=line,
                field=field_name,
            )
        hits = self.by_name.get(normalize(name), set())
        if len(hits) == 1:
            return next(iter(hits))
        if hits:
            ids = ", ".join(sorted(h[len(ID_BASE) :] for h in hits))
            raise InputError(
                f"{name!r} names several entities ({ids}); use an id",
                path=path,
                line=line,
                field=field_name,
            )
        labels = {n: self.label(n) for n in self.net.nodes}
        close = closest_entities(name, self.names, labels)
        hint = f"; did you mean {shown_choices(close, labels)}?" if close else ""
        raise InputError(
            f"no entity called {name!r} in the graph{hint}",
            path=path,
            line=line,
            field=field_name,
        )

    def facts(self, subject: str, relation: str, obj: str, where: tuple[str, int, str]) -> list:
        path, line, field_name = where
        found = sorted(
            key
            for key, data in self.net.get_edge_data(subject, obj, default={}).items()
            if data.get("relation") == relation
        )
        if found:
            return found
        said = f"{self.label(subject)} {relation} {self.label(obj)}"
        raise InputError(
            f"the graph has no fact {said!r}; {self._nearby(subject, relation, obj)}",
            path=path,
            line=line,
            field=field_name,
        )

    def _nearby(self, subject: str, relation: str, obj: str) -> str:
        """What the graph does hold near a missing fact, so the author can fix the step."""
        between = [
            f"{self.label(a)} {d.get('relation')} {self.label(b)}"
            for a, b in ((subject, obj), (obj, subject))
            for d in self.net.get_edge_data(a, b, default={}).values()
        ]
        if between:
            return "between them it has: " + "; ".join(sorted(set(between)))
        same = sorted(
            {
                f"{self.label(subject)} {relation} {self.label(b)}"
                for _, b, d in self.net.out_edges(subject, data=True)
                if d.get("relation") == relation
            }
        )
        if same:
            shown = "; ".join(same[:5]) + ("; …" if len(same) > 5 else "")
            return f"did you mean one of: {shown}?"
        return f"{self.label(subject)} and {self.label(obj)} have no fact in common"


def load_story(path: Path, net: nx.MultiDiGraph) -> Story:
    """Read and resolve a story file against the network; StoryError lists every problem."""
    path = Path(path)
    shown = str(path)
    try:
        raw = load_yaml(path, shown)
    except OSError as err:
        raise StoryError([InputError(err.strerror or str(err), path=shown)]) from None
    except InputError as err:
        raise StoryError([err]) from None
    if not isinstance(raw, LineDict):
        raise StoryError([InputError("expected a mapping: title, introduction, steps", path=shown)])
    problems: list[InputError] = []
    names = _Names(net)
    title = _text(raw, "title", shown, problems, required=True)
    introduction = markdown(_text(raw, "introduction", shown, problems))
    _unknown_keys(raw, {"title", "introduction", "steps"}, "a story", shown, problems)
    steps_raw = raw.get("steps")
    if not isinstance(steps_raw, list) or not steps_raw:
        problems.append(
            InputError(
                "a story needs a list of steps",
                path=shown,
                line=raw.line_of("steps"),
                field="steps",
            )
        )
        steps_raw = []
    steps = []
    for number, step_raw in enumerate(steps_raw, 1):
        if not isinstance(step_raw, LineDict):
            line = steps_raw.line_of(number - 1) if isinstance(steps_raw, LineList) else None
            problems.append(InputError(f"step {number} is not a mapping", path=shown, line=line))
            continue
        steps.append(_step(step_raw, number, names, shown, problems))
    if problems:
        raise StoryError(problems)
    return Story(title=title, introduction=introduction, steps=steps)


def _unknown_keys(raw: LineDict, known: set, what: str, path: str, problems: list) -> None:
    for key in sorted(set(raw) - known):
        problems.append(
            InputError(
                f"unknown key {key!r}: {what} has {', '.join(sorted(known))}",
                path=path,
                line=raw.line_of(key),
                field=key,
            )
        )


def _text(raw: LineDict, key: str, path: str, problems: list, required: bool = False) -> str:
    value = raw.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or not value.strip():
        problems.append(
            InputError(f"{key} must be text", path=path, line=raw.line_of(key), field=key)
        )
        return ""
    return value.strip()


def _step(raw: LineDict, number: int, names: _Names, path: str, problems: list) -> Step:
    _unknown_keys(raw, _STEP_KEYS, f"step {number}", path, problems)
    step = Step(
        title=_text(raw, "title", path, problems) or f"Step {number}",
        caption=markdown(_text(raw, "caption", path, problems, required=True)),
    )
    entities: set[str] = set()
    facts: set[str] = set()
    for index, name in enumerate(_items(raw, "entities", path, problems)):
        where = (path, _item_line(raw, "entities", index), "entities")
        try:
            entities.add(names.entity(name, where))
        except InputError as err:
            problems.append(err)
    for index, fact in enumerate(_items(raw, "facts", path, problems)):
        where = (path, _item_line(raw, "facts", index), "facts")
        try:
            ends = _fact_ends(fact, where)
            subject, obj = names.entity(ends[0], where), names.entity(ends[2], where)
            found = names.facts(subject, ends[1], obj, where)
        except InputError as err:
            problems.append(err)
            continue
        facts.update(found)
        entities.update((subject, obj))
    if not raw.get("entities") and not raw.get("facts"):
        problems.append(
            InputError(
                f"step {number} shows nothing: name entities or facts",
                path=path,
                line=raw.line,
            )
        )
    step.entities, step.facts = sorted(entities), sorted(facts)
    step.camera = _camera(raw, names, path, problems)
    return step


def _items(raw: LineDict, key: str, path: str, problems: list) -> list:
    value = raw.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        problems.append(
            InputError(f"{key} must be a list", path=path, line=raw.line_of(key), field=key)
        )
        return []
    return value


def _item_line(raw: LineDict, key: str, index: int) -> int:
    value = raw.get(key)
    if isinstance(value, LineList):
        return value.line_of(index)
    return raw.line_of(key)


def _fact_ends(fact, where: tuple[str, int, str]) -> tuple[str, str, str]:
    """[subject, relation, object] or {subject:, relation:, object:}; the relation checked."""
    path, line, field_name = where
    if isinstance(fact, dict) and set(fact) == set(_FACT_KEYS):
        ends = tuple(fact[k] for k in _FACT_KEYS)
    elif isinstance(fact, list) and len(fact) == 3:
        ends = tuple(fact)
    else:
        raise InputError(
            f"a fact is [subject, relation, object] or a mapping of those three, not {fact!r}",
            path=path,
            line=line,
            field=field_name,
        )
    relation = ends[1]
    if relation not in RELATIONS:
        hint = did_you_mean(str(relation), RELATIONS) or f"one of {', '.join(sorted(RELATIONS))}"
        raise InputError(
            f"unknown relation {relation!r}; {hint}", path=path, line=line, field=field_name
        )
    return ends


def _camera(raw: LineDict, names: _Names, path: str, problems: list) -> dict | None:
    camera = raw.get("camera")
    if camera is None:
        return None
    line = raw.line_of("camera")
    if not isinstance(camera, dict) or not set(camera) <= {"focus", "zoom"}:
        problems.append(
            InputError(
                "camera has focus (an entity) and zoom (a number)",
                path=path,
                line=line,
                field="camera",
            )
        )
        return None
    out = {"focus": None, "zoom": None}
    if camera.get("focus") is not None:
        try:
            out["focus"] = names.entity(camera["focus"], (path, line, "camera.focus"))
        except InputError as err:
            problems.append(err)
    zoom = camera.get("zoom")
    if zoom is not None:
        low, high = ZOOM_RANGE
        if isinstance(zoom, bool) or not isinstance(zoom, int | float) or not low <= zoom <= high:
            problems.append(
                InputError(
                    f"zoom must be a number from {low} to {high}, not {zoom!r}",
                    path=path,
                    line=line,
                    field="camera.zoom",
                )
            )
        else:
            out["zoom"] = float(zoom)
    return out


def story_addon(story: Story) -> Addon:
    """The story's data, panel script and style, added to the network page."""
    assets = resources.files("graphkit.viz").joinpath("assets")
    return Addon(
        css=assets.joinpath("story.css").read_text(encoding="utf-8"),
        data={"story-data": embed_json(story.as_data())},
        scripts=(assets.joinpath("story.js").read_text(encoding="utf-8"),),
    )
