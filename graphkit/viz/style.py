"""How entity types and relation families look on the page (colour, shape, line)."""

from __future__ import annotations

from ..schema import relation_families

# Shapes with the label drawn outside, so node size can show importance.
TYPE_STYLES = {
    "Company": ("#1f77b4", "dot"),
    "GovernmentAgency": ("#d62728", "square"),
    "AdvocacyGroup": ("#2ca02c", "triangle"),
    "EmployeeGroup": ("#7fbf3f", "triangleDown"),
    "MediaOrganization": ("#9467bd", "star"),
    "ResearchOrganization": ("#8c564b", "hexagon"),
    "Person": ("#ff7f0e", "dot"),
    "Product": ("#17becf", "diamond"),
    "Program": ("#bcbd22", "hexagon"),
    "Policy": ("#7f7f7f", "square"),
    "Contract": ("#e377c2", "diamond"),
}
DEFAULT_TYPE_STYLE = ("#aaaaaa", "dot")

# Line style of each relation family (tg:family in the ontology), in legend order; the
# legend names the family's relations as the ontology lists them.
FAMILY_STYLES = {
    "business": {"color": "#4a5568", "dashes": False, "heading": "business ties"},
    "stance": {"color": "#c0392b", "dashes": [8, 6], "heading": "stance"},
    "structure": {"color": "#8e9aa6", "dashes": [2, 5], "heading": "structure"},
}
FAMILY_ORDER = tuple(FAMILY_STYLES)


def family_legend() -> list[dict]:
    """One legend entry per family: name, colour, dashes and a label naming its relations."""
    members: dict[str, list[str]] = {}
    for relation, family in relation_families().items():
        members.setdefault(family, []).append(relation)
    return [
        {
            "color": style["color"],
            "dashes": style["dashes"],
            "label": f"{style['heading']} ({', '.join(members.get(name, []))})",
            "name": name,
        }
        for name, style in FAMILY_STYLES.items()
    ]


# The evidence panel lists what an entity does first, what it belongs to next, stances last.
PANEL_ORDER = ("business", "structure", "stance")


def type_style(entity_type: str) -> tuple[str, str]:
    """(colour, vis-network shape) for an entity type."""
    return TYPE_STYLES.get(entity_type, DEFAULT_TYPE_STYLE)
