"""Answers that explain the graph: entities, paths, ranks, communities, timelines, diffs."""
