"""The graph written for other tools: network formats, Cypher, RDF."""
