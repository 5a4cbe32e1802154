"""How entity types and relation families look on the page (colour, shape, line)."""

from __future__ import annotations

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

FAMILY_STYLES = {
    "business": {
        "color": "#4a5568",
        "dashes": False,
        "label": "business ties (supplies, uses, hosts, develops, funds)",
    },
    "stance": {
        "color": "#c0392b",
        "dashes": [8, 6],
        "label": "stance (opposes, supports, investigates)",
    },
    "structure": {
        "color": "#8e9aa6",
        "dashes": [2, 5],
        "label": "structure (partOf, leads, worksFor)",
    },
}
FAMILY_ORDER = ("business", "stance", "structure")
# The evidence panel lists what an entity does first, what it belongs to next, stances last.
PANEL_ORDER = ("business", "structure", "stance")


def type_style(entity_type: str) -> tuple[str, str]:
    """(colour, vis-network shape) for an entity type."""
    return TYPE_STYLES.get(entity_type, DEFAULT_TYPE_STYLE)
