"""The mini fixture's graph, compared by isomorphism with a graph a person has read and approved.

When a change is meant to alter the graph, read the differences this test prints, then approve
the new graph with:

    graphkit build --config tests/fixtures/mini/graphkit.toml --out /tmp/mini
    cp /tmp/mini/graph.ttl tests/fixtures/golden/mini.ttl
"""

from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from support import TESTS

GOLDEN = TESTS / "fixtures" / "golden" / "mini.ttl"


def _ntriples(graph: Graph) -> str:
    return "\n".join(sorted(graph.serialize(format="nt").splitlines()))


def test_the_mini_graph_is_the_approved_one(mini_output):
    built = Graph().parse(mini_output / "graph.ttl")
    golden = Graph().parse(GOLDEN)
    assert len(golden) > 300
    if not isomorphic(built, golden):
        _, only_golden, only_built = graph_diff(to_isomorphic(golden), to_isomorphic(built))
        raise AssertionError(
            f"the mini graph differs from {GOLDEN.name}:\n"
            f"only in the approved graph:\n{_ntriples(only_golden)[:3000]}\n"
            f"only in the new graph:\n{_ntriples(only_built)[:3000]}"
        )


def test_the_comparison_notices_one_changed_value(mini_output):
    built = Graph().parse(mini_output / "graph.ttl")
    changed = Graph().parse(GOLDEN)
    triple = next(iter(sorted(changed)))
    changed.remove(triple)
    assert not isomorphic(built, changed)
