"""The RDF side: the one writer, the stores, validation and remote servers."""
