"""graphkit: a cited knowledge graph of technology companies and governments."""

__version__ = "0.1.0"
