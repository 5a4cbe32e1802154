"""The build: sources through extraction, resolution and the RDF writer to the outputs."""

from .pipeline import build

__all__ = ["build"]
