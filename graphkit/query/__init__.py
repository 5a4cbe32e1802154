"""Questions asked of a built graph: named SPARQL queries and the read-only endpoint."""
