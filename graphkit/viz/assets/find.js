/* graphkit network page: finding entities by name. Labels and aliases match without case or
 * accents; an exact name first, then names that start with the text, then names holding it;
 * an alias just below a label; the more connected entity first among equals.
 */
window.graphkitFind = function (nodes) {
  "use strict";
  // Accents, curly quotes and runs of spaces folded as graphkit.names.normalize folds them:
  // "Amazon’s cloud" pasted from an article finds the alias "Amazon's cloud".
  function norm(text) {
    return String(text).normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"')
      .toLowerCase().trim().split(/\s+/).join(" ");
  }
  var index = nodes.map(function (n) {
    return { node: n, names: [n.label].concat(n.aliases).map(norm) };
  });
  // The ids of the (at most twelve) best matches for `query`.
  return function search(query) {
    var q = norm(query);
    if (!q) { return []; }
    var hits = [];
    index.forEach(function (entry) {
      var best = 99;
      entry.names.forEach(function (name, i) {
        var rank = name === q ? 0 : name.indexOf(q) === 0 ? 2 : name.indexOf(q) > 0 ? 4 : 99;
        if (rank < 99 && i > 0) { rank += 1; }
        best = Math.min(best, rank);
      });
      if (best < 99) { hits.push({ rank: best, node: entry.node }); }
    });
    hits.sort(function (a, b) {
      return a.rank - b.rank || b.node.degree - a.node.degree ||
        (a.node.label < b.node.label ? -1 : a.node.label > b.node.label ? 1 : 0);
    });
    return hits.slice(0, 12).map(function (h) { return h.node.id; });
  };
};
