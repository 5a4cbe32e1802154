/* graphkit network page: what the canvas draws for a given state of the filters.
 * Entities that pass, and the facts that pass grouped into ties: one per pair of drawn
 * entities and relation family. A contracting office folded into its agency draws its facts
 * at the agency; contracts and their awardedContract facts are drawn only when asked.
 */
window.graphkitView = function (data, nodeById, incident) {
  "use strict";

  // Where a fact's end is drawn: a folded office at its agency.
  function endOf(state, id) {
    var n = nodeById.get(id);
    return n.fold && !state.offices ? n.fold : id;
  }
  function factPasses(state, e) {
    if (!state.families.has(e.family)) { return false; }
    if (e.relation === "awardedContract" && !state.contracts) { return false; }
    if ((e.confidence === null ? 1 : e.confidence) < state.minConfidence) { return false; }
    if (state.year !== null) {
      if (e.from_year !== null && e.from_year > state.year) { return false; }
      if (e.to_year !== null && e.to_year < state.year) { return false; }
    }
    return true;
  }
  function nodeInPlay(state, n) {
    if (!state.types.has(n.type)) { return false; }
    if (n.type === "Contract" && !state.contracts) { return false; }
    if (n.fold && !state.offices) { return false; }
    return state.shown === null || state.shown.has(n.id) || n.rank === null;
  }
  function tieKey(family, a, b) { return family + "|" + (a < b ? a + "|" + b : b + "|" + a); }

  // {nodes: Set of ids, ties: Map key -> {id, from, to, family, facts, forward, backward},
  //  facts: Set of the fact ids drawn}
  function compute(state) {
    var nodes = new Set();
    var touched = new Set();
    var ties = new Map();
    var facts = new Set();
    var passing = data.edges.filter(function (e) { return factPasses(state, e); });
    passing.forEach(function (e) {
      // A fact counts for an entity only where it can be drawn: its other end in play too.
      var a = endOf(state, e.from), b = endOf(state, e.to);
      // (An office's partOf folded onto its agency counts for the agency, drawn or not.)
      if (nodeInPlay(state, nodeById.get(a)) && nodeInPlay(state, nodeById.get(b))) {
        touched.add(a);
        touched.add(b);
      }
    });
    data.nodes.forEach(function (n) {
      // An entity whose every fact is filtered out goes too; one with no facts stays.
      if (nodeInPlay(state, n) && (incident.get(n.id).length === 0 || touched.has(n.id))) {
        nodes.add(n.id);
      }
    });
    passing.forEach(function (e) {
      var a = endOf(state, e.from), b = endOf(state, e.to);
      if (a === b || !nodes.has(a) || !nodes.has(b)) { return; }
      facts.add(e.id);
      var key = tieKey(e.family, a, b);
      var tie = ties.get(key);
      if (!tie) {
        tie = { id: key, from: a, to: b, family: e.family, facts: [], forward: 0, backward: 0 };
        ties.set(key, tie);
      }
      tie.facts.push(e);
      if (a === tie.from) { tie.forward += 1; } else { tie.backward += 1; }
    });
    return { nodes: nodes, ties: ties, facts: facts };
  }

  return { endOf: endOf, compute: compute };
};
