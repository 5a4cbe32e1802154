"""Cypher statements that load the network into Neo4j: `cypher-shell -f graph.cypher`.

Nodes get the label `Entity` plus their type (`Company`, `GovernmentAgency` ...); relations
become relationship types in Neo4j's style (`partOf` -> `PART_OF`). Every statement is a MERGE
keyed by id, so loading twice changes nothing. Text from sources is untrusted: every string is
a quoted literal with backslash escapes, every label and type a backquoted name.
"""

from __future__ import annotations

import re

import networkx as nx

from .. import __version__

_ESCAPES = {
    "\\": "\\\\",
    "'": "\\'",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\b": "\\b",
    "\f": "\\f",
}
_NEEDS_ESCAPE = re.compile(r"[\\'\x00-\x1f\x7f\u2028\u2029]")


def to_cypher(flat: nx.MultiDiGraph) -> bytes:
    """One statement a line: a uniqueness constraint, a MERGE per node, a MERGE per edge."""
    lines = [
        f"// graphkit {__version__}: {flat.number_of_nodes()} entities, "
        f"{flat.number_of_edges()} relationships",
        "CREATE CONSTRAINT graphkit_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;",
    ]
    for node, data in flat.nodes(data=True):
        props = {k: v for k, v in data.items() if k != "type"}
        lines.append(
            f"MERGE (n:Entity {{id: {literal(node)}}}) SET n:{name(data['type'])}, "
            f"n += {properties(props)};"
        )
    for source, target, key, data in flat.edges(keys=True, data=True):
        kind = name(relationship_type(data["relation"]))
        lines.append(
            f"MATCH (a:Entity {{id: {literal(source)}}}), "
            f"(b:Entity {{id: {literal(target)}}}) "
            f"MERGE (a)-[r:{kind} {{id: {literal(key)}}}]->(b) "
            f"SET r += {properties(data)};"
        )
    return ("\n".join(lines) + "\n").encode("utf-8")


def relationship_type(relation: str) -> str:
    """`awardedContract` -> `AWARDED_CONTRACT`."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", relation).upper()


def name(text: str) -> str:
    """A label, type or key as a backquoted name (a backquote inside is doubled)."""
    return "`" + text.replace("`", "``") + "`"


def literal(value) -> str:
    """A Cypher literal: quoted, escaped string; integer; float; boolean; list."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value).replace("e+", "e")  # Cypher writes exponents without a plus sign
    if isinstance(value, list | tuple):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    text = _NEEDS_ESCAPE.sub(_escape, str(value))
    return f"'{text}'"


def _escape(match: re.Match) -> str:
    char = match.group()
    return _ESCAPES.get(char) or f"\\u{ord(char):04x}"


def properties(values: dict) -> str:
    """A map literal with keys in sorted order."""
    return "{" + ", ".join(f"{name(k)}: {literal(values[k])}" for k in sorted(values)) + "}"
