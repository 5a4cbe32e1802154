/* graphkit network page.
 * Every string that comes from a source (labels, aliases, quotes, titles, URLs) reaches the
 * page as JSON data and is shown with textContent or drawn on the canvas: never as markup.
 * Only http(s) URLs become links, and those open in a new tab without an opener.
 */
(function () {
  "use strict";

  var DATA = JSON.parse(document.getElementById("graph-data").textContent);
  var GLYPHS = { dot: "●", square: "■", triangle: "▲", triangleDown: "▼", star: "★",
                 diamond: "◆", hexagon: "⬢" };
  var FADED = "rgba(190,190,190,0.3)";
  var FADED_TEXT = "rgba(120,120,120,0.35)";
  // Past this size straight edges and a shorter stabilisation keep the page quick.
  var BIG = DATA.nodes.length > 400 || DATA.edges.length > 1500;

  var TYPE = {};
  DATA.types.forEach(function (t) { TYPE[t.name] = t; });
  var FAMILY = {};
  DATA.families.forEach(function (f) { FAMILY[f.name] = f; });

  var nodeById = new Map();
  var edgeById = new Map();
  var incident = new Map();
  DATA.nodes.forEach(function (n) { nodeById.set(n.id, n); incident.set(n.id, []); });
  DATA.edges.forEach(function (e) {
    edgeById.set(e.id, e);
    incident.get(e.from).push(e);
    if (e.to !== e.from) { incident.get(e.to).push(e); }
  });

  var state = {
    types: new Set(DATA.types.map(function (t) { return t.name; })),
    families: new Set(DATA.families.map(function (f) { return f.name; })),
    year: null,
    minConfidence: 0,
    shown: DATA.initial ? new Set(DATA.initial) : null, // null: every entity is in play
    selected: null
  };
  var hiddenNodes = new Set();
  var hiddenEdges = new Set();
  var dimmedNodes = new Set();
  var dimmedEdges = new Set();

  var ev = window.graphkitEvidence;
  var el = ev.el, clear = ev.clear, short = ev.short, factBlock = ev.factBlock;
  function $(id) { return document.getElementById(id); }

  // ---- the network -----------------------------------------------------------------------
  function nodeColor(n) {
    var c = TYPE[n.type].color;
    return { background: c, border: "#2d3748", highlight: { background: c, border: "#000" },
             hover: { background: c, border: "#000" } };
  }
  function edgeColor(e) {
    var c = FAMILY[e.family] ? FAMILY[e.family].color : "#4a5568";
    return { color: c, highlight: "#1a202c", hover: "#1a202c", inherit: false };
  }
  function edgeSmooth(e) {
    if (!e.curve) { return BIG ? false : { enabled: true, type: "continuous", roundness: 0.2 }; }
    return { enabled: true, type: e.curve % 2 ? "curvedCW" : "curvedCCW",
             roundness: 0.2 * Math.ceil(e.curve / 2) };
  }

  var visNodes = new vis.DataSet(DATA.nodes.map(function (n) {
    return { id: n.id, label: short(n.label, 40), shape: TYPE[n.type].shape, size: n.size,
             color: nodeColor(n), font: { color: "#1a202c" } };
  }));
  var visEdges = new vis.DataSet(DATA.edges.map(function (e) {
    var fam = FAMILY[e.family] || {};
    return { id: e.id, from: e.from, to: e.to, label: e.relation, width: e.width,
             dashes: fam.dashes || false, color: edgeColor(e), smooth: edgeSmooth(e),
             font: { color: "#4a5568" } };
  }));

  var options = {
    layout: { randomSeed: 7, improvedLayout: DATA.nodes.length <= 150 },
    physics: {
      enabled: true, solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -70, springLength: 110, avoidOverlap: 0.4 },
      stabilization: { enabled: true, iterations: BIG ? 100 : 400, updateInterval: 50, fit: true }
    },
    interaction: { hover: true, hideEdgesOnDrag: BIG, hideEdgesOnZoom: BIG, keyboard: false,
                   multiselect: false, tooltipDelay: 100000 },
    nodes: { borderWidth: 1, font: { size: 13, strokeWidth: 3, strokeColor: "#ffffff" },
             scaling: { label: { drawThreshold: 6 } } },
    edges: { arrows: { to: { enabled: true, scaleFactor: 0.6 } }, selectionWidth: 2,
             font: { size: 10, align: "middle", strokeWidth: 3, strokeColor: "#ffffff" } }
  };

  // ---- visibility: filters, time, confidence, the shown core -------------------------------
  function factPasses(e) {
    if (!state.families.has(e.family)) { return false; }
    if ((e.confidence === null ? 1 : e.confidence) < state.minConfidence) { return false; }
    if (state.year !== null) {
      if (e.from_year !== null && e.from_year > state.year) { return false; }
      if (e.to_year !== null && e.to_year < state.year) { return false; }
    }
    return true;
  }
  function nodeInPlay(n) {
    return state.types.has(n.type) && (state.shown === null || state.shown.has(n.id));
  }
  function computeVisible() {
    var nodes = new Set();
    var edges = new Set();
    DATA.nodes.forEach(function (n) {
      if (!nodeInPlay(n)) { return; }
      var facts = incident.get(n.id);
      // An entity whose every fact is filtered out goes too; one with no facts stays.
      if (facts.length === 0 || facts.some(factPasses)) { nodes.add(n.id); }
    });
    DATA.edges.forEach(function (e) {
      if (factPasses(e) && nodes.has(e.from) && nodes.has(e.to)) { edges.add(e.id); }
    });
    return { nodes: nodes, edges: edges };
  }
  function apply() {
    var visible = computeVisible();
    var nodeUpdates = [];
    var edgeUpdates = [];
    DATA.nodes.forEach(function (n) {
      var hide = !visible.nodes.has(n.id);
      if (hide !== hiddenNodes.has(n.id)) {
        if (hide) { hiddenNodes.add(n.id); } else { hiddenNodes.delete(n.id); }
        nodeUpdates.push({ id: n.id, hidden: hide, physics: !hide });
      }
    });
    DATA.edges.forEach(function (e) {
      var hide = !visible.edges.has(e.id);
      if (hide !== hiddenEdges.has(e.id)) {
        if (hide) { hiddenEdges.add(e.id); } else { hiddenEdges.delete(e.id); }
        edgeUpdates.push({ id: e.id, hidden: hide, physics: !hide });
      }
    });
    if (nodeUpdates.length) { visNodes.update(nodeUpdates); }
    if (edgeUpdates.length) { visEdges.update(edgeUpdates); }
    if (state.selected && state.selected.kind === "node" && hiddenNodes.has(state.selected.id)) {
      clearSelection();
    } else if (state.selected && state.selected.kind === "edge" &&
               hiddenEdges.has(state.selected.id)) {
      clearSelection();
    } else if (state.selected) {
      refreshSelection();
    }
    $("status").textContent = visible.nodes.size + " of " + DATA.nodes.length + " entities, " +
      visible.edges.size + " of " + DATA.edges.length + " relationships shown";
    return visible;
  }

  // ---- highlight: the selection's neighbourhood bright, the rest faded ------------------------
  function dim(keepNodes, keepEdges) {
    var nodeUpdates = [];
    var edgeUpdates = [];
    DATA.nodes.forEach(function (n) {
      // Hidden entities are left alone unless faded: fading only what is seen keeps it quick.
      var fade = keepNodes !== null && !keepNodes.has(n.id) && !hiddenNodes.has(n.id);
      if (fade === dimmedNodes.has(n.id)) { return; }
      if (fade) { dimmedNodes.add(n.id); } else { dimmedNodes.delete(n.id); }
      nodeUpdates.push(fade
        ? { id: n.id, color: { background: FADED, border: FADED }, font: { color: FADED_TEXT } }
        : { id: n.id, color: nodeColor(n), font: { color: "#1a202c" } });
    });
    DATA.edges.forEach(function (e) {
      var fade = keepEdges !== null && !keepEdges.has(e.id) && !hiddenEdges.has(e.id);
      if (fade === dimmedEdges.has(e.id)) { return; }
      if (fade) { dimmedEdges.add(e.id); } else { dimmedEdges.delete(e.id); }
      edgeUpdates.push(fade
        ? { id: e.id, color: { color: FADED, highlight: FADED, hover: FADED, inherit: false },
            font: { color: "rgba(0,0,0,0)", strokeWidth: 0 } }
        : { id: e.id, color: edgeColor(e), font: { color: "#4a5568", strokeWidth: 3 } });
    });
    if (nodeUpdates.length) { visNodes.update(nodeUpdates); }
    if (edgeUpdates.length) { visEdges.update(edgeUpdates); }
  }
  function visibleFacts(id) {
    return incident.get(id).filter(function (e) { return !hiddenEdges.has(e.id); });
  }
  function refreshSelection() {
    var sel = state.selected;
    var nodes = new Set();
    var edges = new Set();
    if (sel.kind === "node") {
      nodes.add(sel.id);
      visibleFacts(sel.id).forEach(function (e) { edges.add(e.id); nodes.add(e.from); nodes.add(e.to); });
      dim(nodes, edges);
      showNodePanel(sel.id);
    } else {
      var e = edgeById.get(sel.id);
      nodes.add(e.from); nodes.add(e.to); edges.add(e.id);
      dim(nodes, edges);
      showEdgePanel(sel.id);
    }
  }
  function selectNode(id) {
    state.selected = { kind: "node", id: id };
    network.selectNodes([id], false);
    refreshSelection();
  }
  function selectEdge(id) {
    state.selected = { kind: "edge", id: id };
    network.selectEdges([id]);
    refreshSelection();
  }
  function clearSelection() {
    state.selected = null;
    network.unselectAll();
    dim(null, null);
    $("panel").hidden = true;
  }

  // ---- the evidence panel ------------------------------------------------------------------
  function nodeButton(id) {
    var b = el("button", nodeById.get(id).label);
    b.type = "button";
    b.addEventListener("click", function () { focusNode(id); });
    return b;
  }
  function openPanel(build) {
    var body = $("panel-body");
    clear(body);
    build(body);
    $("panel").hidden = false;
    body.parentNode.scrollTop = 0;
  }
  function showNodePanel(id) {
    var n = nodeById.get(id);
    openPanel(function (body) {
      body.appendChild(el("h2", n.label));
      body.appendChild(el("p", n.type + " · " + n.degree + (n.degree === 1 ? " fact" : " facts"), "meta"));
      if (n.aliases.length) { body.appendChild(el("p", "Also known as: " + n.aliases.join("; "), "meta")); }
      var facts = visibleFacts(id);
      var hidden = incident.get(id).length - facts.length;
      if (hidden) { body.appendChild(el("p", hidden + " more hidden by the filters", "hint")); }
      facts.forEach(function (e) { body.appendChild(factBlock(e, nodeButton)); });
    });
  }
  function showEdgePanel(id) {
    var e = edgeById.get(id);
    openPanel(function (body) {
      body.appendChild(el("h2", e.relation));
      body.appendChild(el("p", FAMILY[e.family] ? FAMILY[e.family].label : e.family, "meta"));
      body.appendChild(factBlock(e, nodeButton));
    });
  }

  // ---- finding -------------------------------------------------------------------------------
  function norm(text) {
    return String(text).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
  }
  var searchIndex = DATA.nodes.map(function (n) {
    return { id: n.id, names: [n.label].concat(n.aliases).map(norm) };
  });
  function search(query) {
    var q = norm(query);
    if (!q) { return []; }
    var hits = [];
    searchIndex.forEach(function (entry) {
      var best = 99;
      entry.names.forEach(function (name, i) {
        var rank = name === q ? 0 : name.indexOf(q) === 0 ? 2 : name.indexOf(q) > 0 ? 4 : 99;
        if (rank < 99 && i > 0) { rank += 1; } // an alias ranks just below the label
        best = Math.min(best, rank);
      });
      if (best < 99) { hits.push({ rank: best, node: nodeById.get(entry.id) }); }
    });
    hits.sort(function (a, b) {
      return a.rank - b.rank || b.node.degree - a.node.degree ||
        (a.node.label < b.node.label ? -1 : a.node.label > b.node.label ? 1 : 0);
    });
    return hits.slice(0, 12).map(function (h) { return h.node.id; });
  }
  function showResults(ids) {
    var list = $("search-results");
    clear(list);
    ids.forEach(function (id) {
      var n = nodeById.get(id);
      var li = el("li");
      var b = el("button");
      b.type = "button";
      b.dataset.id = id;
      b.appendChild(document.createTextNode(n.label));
      b.appendChild(el("span", n.type, "kind"));
      b.addEventListener("click", function () { pick(id); });
      li.appendChild(b);
      list.appendChild(li);
    });
    if (!ids.length && $("search").value.trim()) { list.appendChild(el("li", "No match", "hint")); }
    list.hidden = !list.childNodes.length;
  }
  function pick(id) {
    $("search-results").hidden = true;
    focusNode(id);
  }
  // Newly shown entities start next to an entity already on screen (a golden-angle spiral
  // around it), so a large graph can grow without running the physics over every node.
  function placeNew(ids) {
    var pending = new Set(ids);
    if (!pending.size) { return; }
    var positions = network.getPositions();
    var queue = [];
    var moves = [];
    DATA.nodes.forEach(function (n) {
      if (!hiddenNodes.has(n.id) && !pending.has(n.id)) { queue.push(n.id); }
    });
    if (!queue.length) {
      var first = ids[0];
      pending.delete(first);
      positions[first] = { x: 0, y: 0 };
      moves.push({ id: first, x: 0, y: 0 });
      queue.push(first);
    }
    for (var head = 0; head < queue.length && pending.size; head++) {
      var id = queue[head];
      var centre = positions[id];
      var k = 0;
      incident.get(id).forEach(function (e) {
        var other = e.from === id ? e.to : e.from;
        if (!pending.has(other)) { return; }
        pending.delete(other);
        k += 1;
        var r = 70 + 20 * Math.sqrt(k);
        positions[other] = { x: centre.x + r * Math.cos(k * 2.39996), y: centre.y + r * Math.sin(k * 2.39996) };
        moves.push({ id: other, x: positions[other].x, y: positions[other].y });
        queue.push(other);
      });
    }
    var i = 0;
    pending.forEach(function (other) { // unconnected to anything shown: a grid to one side
      moves.push({ id: other, x: -2000 - 60 * (i % 30), y: 60 * Math.floor(i / 30) });
      i += 1;
    });
    visNodes.update(moves);
  }
  function expand(id) {
    if (state.shown === null) { return []; }
    var added = [];
    [id].concat(incident.get(id).map(function (e) { return e.from === id ? e.to : e.from; }))
      .forEach(function (other) {
        if (!state.shown.has(other)) { state.shown.add(other); added.push(other); }
      });
    var visible = apply();
    placeNew(added.filter(function (other) { return visible.nodes.has(other); }));
    return added;
  }
  function showAll() {
    var before = new Set(DATA.nodes.map(function (n) { return n.id; })
      .filter(function (id) { return !hiddenNodes.has(id); }));
    clearSelection(); // fading thousands of newly shown entities would stall the page
    state.shown = null;
    var visible = apply();
    placeNew(Array.from(visible.nodes).filter(function (id) { return !before.has(id); }));
    // Physics over thousands of entities takes many seconds; past that, the placement stands.
    relayout(visible.nodes.size > 1000 ? 0 : visible.nodes.size > 400 ? 60 : 200);
  }
  function focusNode(id) {
    if (state.shown !== null && !state.shown.has(id)) { expand(id); }
    if (hiddenNodes.has(id)) {
      $("status").textContent = nodeById.get(id).label + " is hidden by the current filters; Reset shows it.";
      return false;
    }
    selectNode(id);
    network.focus(id, { scale: 1.2, animation: { duration: 250, easingFunction: "easeInOutQuad" } });
    return true;
  }

  // ---- controls ---------------------------------------------------------------------------
  function checkbox(list, name, labelText, glyph, count, onChange) {
    var li = el("li");
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = name;
    box.addEventListener("change", function () { onChange(name, box.checked); });
    label.appendChild(box);
    label.appendChild(glyph);
    label.appendChild(el("span", labelText));
    if (count !== null) { label.appendChild(el("span", String(count), "count")); }
    li.appendChild(label);
    list.appendChild(li);
  }
  DATA.types.forEach(function (t) {
    var glyph = el("span", GLYPHS[t.shape] || "●", "glyph");
    glyph.style.color = t.color;
    checkbox($("type-filters"), t.name, t.name.replace(/([a-z])([A-Z])/g, "$1 $2"), glyph, t.count,
      function (name, on) { if (on) { state.types.add(name); } else { state.types.delete(name); } apply(); });
  });
  DATA.families.forEach(function (f) {
    var line = el("span", null, "line");
    line.style.borderTopColor = f.color;
    line.style.borderTopStyle = f.dashes === false ? "solid" : (f.dashes[0] > 4 ? "dashed" : "dotted");
    checkbox($("family-filters"), f.name, f.label, line, null,
      function (name, on) { if (on) { state.families.add(name); } else { state.families.delete(name); } apply(); });
  });

  var yearOn = $("year-on");
  var year = $("year");
  if (DATA.years) {
    year.min = String(DATA.years[0]);
    year.max = String(DATA.years[1]);
    year.value = String(DATA.years[1]);
    $("year-label").textContent = year.value;
    var onYear = function () {
      $("year-label").textContent = year.value;
      state.year = yearOn.checked ? Number(year.value) : null;
      apply();
    };
    year.addEventListener("input", function () { yearOn.checked = true; onYear(); });
    yearOn.addEventListener("change", onYear);
  } else {
    $("time-section").hidden = true;
  }
  var confidence = $("confidence");
  confidence.addEventListener("input", function () {
    state.minConfidence = Number(confidence.value);
    $("confidence-label").textContent = state.minConfidence.toFixed(2);
    apply();
  });

  if (DATA.initial) {
    $("core-section").hidden = false;
    $("core-note").textContent = "Showing the " + DATA.initial.length + " most connected of " +
      DATA.nodes.length + " entities. Double-click an entity to bring in its neighbours; " +
      "search reaches every entity.";
    $("show-all").addEventListener("click", showAll);
  }

  var searchBox = $("search");
  searchBox.addEventListener("input", function () { showResults(search(searchBox.value)); });
  searchBox.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      var ids = search(searchBox.value);
      if (ids.length) { pick(ids[0]); }
    } else if (event.key === "Escape") {
      $("search-results").hidden = true;
    }
  });
  $("panel-close").addEventListener("click", clearSelection);
  $("reset").addEventListener("click", reset);

  function reset() {
    searchBox.value = "";
    showResults([]);
    state.types = new Set(DATA.types.map(function (t) { return t.name; }));
    state.families = new Set(DATA.families.map(function (f) { return f.name; }));
    state.year = null;
    state.minConfidence = 0;
    state.shown = DATA.initial ? new Set(DATA.initial) : null;
    document.querySelectorAll("#controls input[type=checkbox]").forEach(function (box) {
      box.checked = box !== yearOn;
    });
    if (DATA.years) { year.value = String(DATA.years[1]); $("year-label").textContent = year.value; }
    confidence.value = "0";
    $("confidence-label").textContent = "0.00";
    clearSelection();
    apply();
    network.fit({ animation: false });
  }

  // ---- start ------------------------------------------------------------------------------
  apply(); // hide what the initial view leaves out before the first layout
  var network = new vis.Network($("network"), { nodes: visNodes, edges: visEdges }, options);
  $("title").textContent = DATA.title;

  var tooltip = $("tooltip");
  function showTooltip(text, pointer) {
    var box = $("network").getBoundingClientRect();
    tooltip.textContent = text;
    tooltip.style.left = (box.left + pointer.DOM.x + 14) + "px";
    tooltip.style.top = (box.top + pointer.DOM.y + 14) + "px";
    tooltip.hidden = false;
  }
  network.on("hoverNode", function (p) {
    var n = nodeById.get(p.node);
    showTooltip(n.label + " (" + n.type + ")", p.pointer);
  });
  network.on("hoverEdge", function (p) {
    var e = edgeById.get(p.edge);
    var n = e.citations.length;
    showTooltip(nodeById.get(e.from).label + " " + e.relation + " " + nodeById.get(e.to).label +
      " · " + n + (n === 1 ? " citation" : " citations"), p.pointer);
  });
  network.on("blurNode", function () { tooltip.hidden = true; });
  network.on("blurEdge", function () { tooltip.hidden = true; });
  network.on("click", function (p) {
    tooltip.hidden = true;
    if (p.nodes.length) { selectNode(p.nodes[0]); }
    else if (p.edges.length) { selectEdge(p.edges[0]); }
    else { clearSelection(); }
  });
  network.on("doubleClick", function (p) {
    if (p.nodes.length && state.shown !== null) { expand(p.nodes[0]); selectNode(p.nodes[0]); }
  });

  var api = {
    network: network, nodes: visNodes, edges: visEdges, state: state, ready: false, readyAt: null,
    focusNode: focusNode, search: search, reset: reset,
    visible: function () {
      return { nodes: DATA.nodes.map(function (n) { return n.id; }).filter(function (id) { return !hiddenNodes.has(id); }),
               edges: DATA.edges.map(function (e) { return e.id; }).filter(function (id) { return !hiddenEdges.has(id); }) };
    }
  };
  window.graphkit = api;

  function freeze() {
    network.setOptions({ physics: { enabled: false } });
    document.body.dataset.layout = "frozen";
    if (!api.ready) {
      api.ready = true;
      api.readyAt = performance.now();
      document.body.dataset.ready = "true";
    }
  }
  // Stabilise once, then freeze: the page stays responsive however large the graph.
  function relayout(iterations) {
    document.body.dataset.layout = "running";
    if (!iterations) {
      network.fit({ animation: false });
      freeze();
      return;
    }
    network.setOptions({ physics: { enabled: true } });
    network.once("stabilizationIterationsDone", function () {
      freeze();
      network.fit({ animation: false });
    });
    network.stabilize(iterations);
  }
  network.once("stabilizationIterationsDone", freeze);
  if (!DATA.nodes.length) { freeze(); }
})();
