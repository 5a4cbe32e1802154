/* graphkit network page.
 *
 * Every string that comes from a source (labels, aliases, quotes, titles, URLs) reaches the
 * page as JSON data and is shown with textContent or drawn on the canvas: never as markup.
 * Only http(s) URLs become links, and those open in a new tab without an opener.
 *
 * The canvas shows ties, not records: between two entities at most one edge per relation
 * family, standing for every fact of that family between them. Positions come laid out from
 * the build; no physics runs here. Labels are drawn by this script, most connected first,
 * never over one another, larger as the reader zooms in.
 *
 * This script holds the state and wires the page; the scripts before it each do one thing:
 * evidence.js renders one fact with its citations, view.js decides what passes the filters
 * and groups facts into ties, find.js searches names, ties.js adds a tie up, labels.js places
 * names, panel.js fills the side panel, amounts.js writes an amount as the command line does.
 *
 * window.graphkit, for tests and for other scripts on the page:
 *   network, nodes, edges   the vis-network Network and its DataSets (edges are ties)
 *   state                   the current filters and selection (read only)
 *   ready, readyAt          true once the page is drawn and wired; ms since navigation
 *   search(text)            ids of matching entities, best first (labels, then aliases)
 *   focusNode(id)           select an entity, bring it into view; false if filtered out
 *   focus(id)               the same, for an entity id or a tie id
 *   fit()                   fit the view to what is shown
 *   highlight(ids | null)   brighten these ties, facts and entities (ids of any) and the
 *                           ends of those ties, fade the rest; null clears. Facts and
 *                           entities are found again whenever the filters change; a folded
 *                           office's fact lights its agency's tie. Returns the lit tie ids
 *   reset()                 back to the opening view
 *   visible()               {nodes: drawn entity ids, edges: ids of the facts drawn}
 *   drawn()                 what is on screen now: {nodes: [{id, label, type, degree,
 *                           fontPx, box: [x, y, width, height] | null, faded}], edges: [{id,
 *                           from, to, family, facts, faded}]}; box in CSS pixels of the
 *                           window, null when the label is not drawn; facts: how many facts
 *                           the edge stands for; faded: greyed out by a selection or
 *                           highlight()
 *   tie(id)                 the tie with that id: {id, from, to, family, facts: [fact ids]}
 *   fact(id)                the fact (relationship) record with that id, as the page has it
 */
(function () {
  "use strict";

  // ---- state -----------------------------------------------------------------------------
  var DATA = window.graphkitData();

  function initialState() {
    return {
      types: new Set(DATA.types.map(function (t) { return t.name; })),
      families: new Set(DATA.families.map(function (f) { return f.name; })),
      year: null,
      minConfidence: 0,
      shown: DATA.initial ? new Set(DATA.initial) : null, // null: every entity is in play
      contracts: false, // contracts as nodes (they are always in the evidence)
      offices: false, // contracting offices apart from their agency
      selected: null, // {kind: "node" | "edge", id}
      highlighted: null // ids (ties, facts, entities) kept bright by highlight()
    };
  }
  var state = initialState();

  // ---- data ------------------------------------------------------------------------------
  var GLYPHS = { dot: "●", square: "■", triangle: "▲", triangleDown: "▼", star: "★",
                 diamond: "◆", hexagon: "⬢" };
  var FADED = "rgba(190,190,190,0.3)";
  var TEXT = "#1a202c";
  var FADED_TEXT = "rgba(120,120,120,0.45)";
  var LABEL_FONT = "system-ui, -apple-system, 'Segoe UI', sans-serif";
  var BIG = DATA.nodes.length > 400 || DATA.edges.length > 1500;

  var TYPE = {};
  DATA.types.forEach(function (t) { TYPE[t.name] = t; });
  var FAMILY = {};
  DATA.families.forEach(function (f) { FAMILY[f.name] = f; });
  var PANEL_RANK = {};
  DATA.panel_order.forEach(function (name, i) { PANEL_RANK[name] = i; });

  var nodeById = new Map();
  var factById = new Map();
  var incident = new Map();
  DATA.nodes.forEach(function (n) { nodeById.set(n.id, n); incident.set(n.id, []); });
  DATA.edges.forEach(function (e) {
    factById.set(e.id, e);
    incident.get(e.from).push(e);
    if (e.to !== e.from) { incident.get(e.to).push(e); }
  });
  // Labels in rank order: the most connected entity first, records (offices, contracts) last.
  var byRank = DATA.nodes.slice().sort(function (a, b) {
    var ra = a.rank === null ? Infinity : a.rank, rb = b.rank === null ? Infinity : b.rank;
    return ra - rb || b.degree - a.degree || (a.id < b.id ? -1 : 1);
  });

  var ev = window.graphkitEvidence, T = window.graphkitTies;
  var el = ev.el, clear = ev.clear, short = ev.short;
  function $(id) { return document.getElementById(id); }

  // What passes the filters, as drawn: entities, and facts grouped into ties.
  var views = window.graphkitView(DATA, nodeById, incident);
  function endOf(id) { return views.endOf(state, id); }
  function computeView() { return views.compute(state); }

  // ---- rendering -------------------------------------------------------------------------
  function nodeColor(n) {
    var c = TYPE[n.type].color;
    return { background: c, border: "#2d3748", highlight: { background: c, border: "#000" },
             hover: { background: c, border: "#000" } };
  }
  function tieColor(tie) {
    var c = FAMILY[tie.family] ? FAMILY[tie.family].color : "#4a5568";
    return { color: c, highlight: "#1a202c", hover: "#1a202c", inherit: false };
  }
  // Past this many lines, arrowheads and dashes cost most of each frame (measured: a 5,000
  // entity page redraws in about half the time without them); colour still tells families
  // apart, and a selected line's panel says which way its facts go.
  var LIGHT_ABOVE = 3000;
  function tieLine(tie, light) {
    var fam = FAMILY[tie.family] || {};
    return {
      dashes: light ? false : fam.dashes || false,
      arrows: { to: { enabled: !light && tie.forward > 0, scaleFactor: 0.6 },
                from: { enabled: !light && tie.backward > 0, scaleFactor: 0.6 } }
    };
  }

  var visNodes = new vis.DataSet(DATA.nodes.map(function (n) {
    return { id: n.id, x: n.x, y: n.y, shape: TYPE[n.type].shape, size: n.size,
             color: nodeColor(n), hidden: true };
  }));
  var visEdges = new vis.DataSet([]);
  var options = {
    layout: { improvedLayout: false, randomSeed: 7 },
    physics: { enabled: false },
    interaction: { hover: true, hideEdgesOnDrag: BIG, hideEdgesOnZoom: BIG, keyboard: false,
                   multiselect: false, tooltipDelay: 100000 },
    nodes: { borderWidth: 1 },
    edges: { smooth: false, selectionWidth: 2,
             font: { size: 12, align: "horizontal", strokeWidth: 0, background: "rgba(255,255,255,0.9)",
                     color: "#2d3748", face: LABEL_FONT } }
  };

  var view = { nodes: new Set(), ties: new Map(), facts: new Set() };
  var faded = { nodes: new Set(), ties: new Set() };
  var labelled = new Set(); // ties whose summary is written on the canvas

  // Enough to tell whether a tie's line must be redrawn (its facts are in a fixed order).
  function signature(tie) {
    var n = tie.facts.length;
    return [tie.from, n, tie.forward, tie.facts[0].id, tie.facts[n - 1].id].join(" ");
  }
  // Show what the filters let through: one batched update of each DataSet.
  function draw() {
    var before = view;
    view = computeView();
    var nodeUpdates = [];
    DATA.nodes.forEach(function (n) {
      var show = view.nodes.has(n.id);
      if (show !== before.nodes.has(n.id)) { nodeUpdates.push({ id: n.id, hidden: !show }); }
    });
    var removed = [];
    before.ties.forEach(function (tie, key) { if (!view.ties.has(key)) { removed.push(key); } });
    var upserts = [];
    var light = view.ties.size > LIGHT_ABOVE;
    var restyle = light !== (before.ties.size > LIGHT_ABOVE);
    view.ties.forEach(function (tie, key) {
      var old = before.ties.get(key);
      if (old && !restyle && signature(old) === signature(tie)) { return; }
      var line = tieLine(tie, light);
      upserts.push({ id: key, from: tie.from, to: tie.to, width: T.width(tie.facts),
                     dashes: line.dashes, arrows: line.arrows, color: tieColor(tie),
                     label: labelled.has(key) ? T.summary(tie.facts) : undefined });
    });
    removed.forEach(function (key) { faded.ties.delete(key); });
    upserts.forEach(function (edge) { faded.ties.delete(edge.id); });
    if (nodeUpdates.length) { visNodes.update(nodeUpdates); }
    if (removed.length) { visEdges.remove(removed); }
    if (upserts.length) { visEdges.update(upserts); }
    $("status").textContent = view.nodes.size + " of " + DATA.nodes.length + " entities, " +
      view.facts.size + " of " + DATA.edges.length + " relationships shown";
    return view;
  }

  // Names on the canvas: the most connected first, the selection before everything; sized
  // for the opening view, growing as the reader zooms in.
  var openScale = 1;
  var labels = window.graphkitLabels(LABEL_FONT);
  function basePx(n) {
    var rank = n.rank === null ? Infinity : n.rank;
    return rank < 40 ? DATA.labels.px : rank < 150 ? DATA.labels.px - 1.5 : DATA.labels.px - 3;
  }
  function placeLabels() {
    if (!network) { return new Map(); }
    var scale = network.getScale();
    var zoom = scale / openScale;
    var first = selectionNodes();
    var order = first ? Array.from(first).map(function (id) { return nodeById.get(id); }) : [];
    var body = network.body.nodes;
    var candidates = [];
    order.concat(byRank).forEach(function (n) {
      if (!view.nodes.has(n.id) || !body[n.id]) { return; }
      var priority = first !== null && first.has(n.id);
      // Names grow with the zoom, and shrink more slowly than it when zooming out.
      var px = Math.min(18, basePx(n) * (zoom > 1 ? zoom : Math.sqrt(zoom)));
      if (priority) { px = Math.max(12, px); }
      if (px < 10.5) { return; }
      var p = network.canvasToDOM({ x: body[n.id].x, y: body[n.id].y });
      candidates.push({ id: n.id, x: p.x, y: p.y, r: n.size * scale + 2, px: px,
                        text: short(n.label, DATA.labels.chars), priority: priority });
    });
    var area = $("network");
    return labels.place(candidates, area.clientWidth, area.clientHeight);
  }
  function paintLabels(ctx) {
    labels.paint(ctx, placeLabels(), network.canvas.pixelRatio || window.devicePixelRatio || 1,
      function (id) { return faded.nodes.has(id) ? FADED_TEXT : TEXT; });
  }

  // Highlight: some ties and their ends bright (and any entities given), the rest faded.
  // null clears.
  function fade(keepTies, alsoNodes) {
    var keepNodes = null;
    if (keepTies !== null) {
      keepNodes = new Set(alsoNodes || []);
      keepTies.forEach(function (key) {
        var tie = view.ties.get(key);
        if (tie) { keepNodes.add(tie.from); keepNodes.add(tie.to); }
      });
      if (state.selected && state.selected.kind === "node") { keepNodes.add(state.selected.id); }
    }
    var nodeUpdates = [];
    new Set(Array.from(view.nodes).concat(Array.from(faded.nodes))).forEach(function (id) {
      var off = keepNodes !== null && !keepNodes.has(id) && view.nodes.has(id);
      if (off === faded.nodes.has(id)) { return; }
      if (off) { faded.nodes.add(id); } else { faded.nodes.delete(id); }
      nodeUpdates.push({ id: id, color: off ? { background: FADED, border: FADED }
                                            : nodeColor(nodeById.get(id)) });
    });
    var edgeUpdates = [];
    view.ties.forEach(function (tie, key) {
      var off = keepTies !== null && !keepTies.has(key);
      if (off === faded.ties.has(key)) { return; }
      if (off) { faded.ties.add(key); } else { faded.ties.delete(key); }
      edgeUpdates.push({ id: key, color: off ? { color: FADED, highlight: FADED, hover: FADED,
                                                 inherit: false } : tieColor(tie) });
    });
    if (nodeUpdates.length) { visNodes.update(nodeUpdates); }
    if (edgeUpdates.length) { visEdges.update(edgeUpdates); }
  }
  function labelTies(keys) {
    var updates = [];
    labelled.forEach(function (key) {
      if (!keys.has(key) && view.ties.has(key)) { updates.push({ id: key, label: " " }); }
    });
    keys.forEach(function (key) {
      var tie = view.ties.get(key);
      if (tie) { updates.push({ id: key, label: T.summary(tie.facts) }); }
    });
    labelled = keys;
    if (updates.length) { visEdges.update(updates); }
  }
  function tiesOf(id) {
    var keys = new Set();
    view.ties.forEach(function (tie, key) { if (tie.from === id || tie.to === id) { keys.add(key); } });
    return keys;
  }
  function selectionNodes() {
    var sel = state.selected;
    if (!sel) { return null; }
    var nodes = new Set();
    if (sel.kind === "node") {
      nodes.add(sel.id);
      tiesOf(sel.id).forEach(function (key) {
        var tie = view.ties.get(key);
        nodes.add(tie.from); nodes.add(tie.to);
      });
    } else if (view.ties.has(sel.id)) {
      nodes.add(view.ties.get(sel.id).from);
      nodes.add(view.ties.get(sel.id).to);
    }
    return nodes;
  }
  function refreshSelection() {
    var sel = state.selected;
    var keys = sel.kind === "node" ? tiesOf(sel.id) : new Set([sel.id]);
    fade(keys);
    labelTies(sel.kind === "edge" ? keys : new Set());
    if (sel.kind === "node") { panel.entity(sel.id); } else { panel.tie(sel.id); }
  }

  // The canvas narrows when the panel opens and widens when it closes: keep the same centre.
  function resized() {
    if (!network) { return; }
    var centre = network.getViewPosition();
    var scale = network.getScale();
    network.setSize("100%", "100%");
    network.moveTo({ position: centre, scale: scale, animation: false });
  }
  var panel = window.graphkitPanel({
    data: DATA, nodeById: nodeById, incident: incident, familyRank: PANEL_RANK, families: FAMILY,
    tiesOf: tiesOf, tie: function (key) { return view.ties.get(key); }, endOf: endOf,
    officesShown: function () { return state.offices; },
    focusNode: function (id) { return focusNode(id); }, opened: resized
  });

  // ---- finding and moving ----------------------------------------------------------------
  var search = window.graphkitFind(DATA.nodes);
  function fit() {
    var ids = Array.from(view.nodes);
    network.fit(ids.length ? { nodes: ids, animation: false } : { animation: false });
    network.redraw();
  }
  function selectNode(id) {
    state.selected = { kind: "node", id: id };
    network.selectNodes([id], false);
    refreshSelection();
  }
  function selectTie(key) {
    state.selected = { kind: "edge", id: key };
    network.selectEdges([key]);
    refreshSelection();
  }
  function clearSelection() {
    state.selected = null;
    if (network) { network.unselectAll(); }
    fadeToHighlight();
    labelTies(new Set());
    if (panel.close()) { resized(); }
  }
  function expand(id) {
    if (state.shown === null) { return []; }
    var added = [];
    [id].concat(incident.get(id).map(function (e) { return e.from === id ? e.to : e.from; }))
      .forEach(function (other) {
        if (!state.shown.has(other)) { state.shown.add(other); added.push(other); }
      });
    draw();
    return added;
  }
  function focusNode(id) {
    var target = endOf(id);
    if (state.shown !== null && !state.shown.has(target)) { expand(target); }
    if (!view.nodes.has(target)) {
      var node = nodeById.get(target);
      // Contracts are drawn only when asked for, whatever Reset does: say how to ask.
      var how = node.type === "Contract" && !state.contracts
        ? "it is a contract: tick Show contracts to draw it."
        : "it is hidden by the current filters; Reset shows it.";
      $("status").textContent = node.label + ": " + how;
      return false;
    }
    selectNode(target);
    network.focus(target, { scale: Math.max(network.getScale(), openScale * 1.6),
                            animation: false });
    return true;
  }
  function focus(id) {
    if (nodeById.has(id)) { return focusNode(id); }
    if (!view.ties.has(id)) { return false; }
    var tie = view.ties.get(id);
    selectTie(id);
    network.fit({ nodes: [tie.from, tie.to], animation: false });
    return true;
  }
  // What highlight() keeps bright in the current view: the ties holding the ids given (tie
  // ids or fact ids) and the entities given, each where it is drawn.
  function highlighted() {
    if (state.highlighted === null) { return null; }
    var wanted = state.highlighted;
    var ties = new Set();
    var nodes = new Set();
    view.ties.forEach(function (tie, key) {
      if (wanted.has(key) || tie.facts.some(function (e) { return wanted.has(e.id); })) { ties.add(key); }
    });
    wanted.forEach(function (id) {
      if (nodeById.has(id) && view.nodes.has(endOf(id))) { nodes.add(endOf(id)); }
    });
    return { ties: ties, nodes: nodes };
  }
  function fadeToHighlight() {
    var lit = highlighted();
    fade(lit ? lit.ties : null, lit ? lit.nodes : null);
    return lit;
  }
  function highlight(ids) {
    state.highlighted = ids === null || ids === undefined ? null : new Set(ids);
    var lit = fadeToHighlight();
    network.redraw();
    return lit ? Array.from(lit.ties).sort() : [];
  }
  // After any change of what is shown: redraw, keep or drop the selection, fit the view.
  function apply(refit) {
    draw();
    var sel = state.selected;
    if (sel && (sel.kind === "node" ? !view.nodes.has(sel.id) : !view.ties.has(sel.id))) {
      clearSelection();
    } else if (sel) {
      refreshSelection();
    } else {
      fadeToHighlight();
    }
    if (refit !== false && network) { fit(); }
  }
  function showAll() {
    clearSelection();
    state.shown = null;
    apply();
    document.body.dataset.layout = "frozen";
  }

  // ---- controls --------------------------------------------------------------------------
  function checkbox(list, name, labelText, glyph, count, checked, onChange) {
    var li = el("li");
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = checked;
    box.defaultChecked = checked;
    box.value = name;
    box.addEventListener("change", function () { onChange(name, box.checked); });
    label.appendChild(box);
    if (glyph) { label.appendChild(glyph); }
    label.appendChild(el("span", labelText));
    if (count !== null) { label.appendChild(el("span", String(count), "count")); }
    li.appendChild(label);
    list.appendChild(li);
  }
  function toggle(set, name, on) { if (on) { set.add(name); } else { set.delete(name); } apply(); }
  DATA.types.forEach(function (t) {
    var glyph = el("span", GLYPHS[t.shape] || "●", "glyph");
    glyph.style.color = t.color;
    checkbox($("type-filters"), t.name, t.name.replace(/([a-z])([A-Z])/g, "$1 $2"), glyph, t.count,
      true, function (name, on) { toggle(state.types, name, on); });
  });
  DATA.families.forEach(function (f) {
    var line = el("span", null, "line");
    line.style.borderTopColor = f.color;
    line.style.borderTopStyle = f.dashes === false ? "solid" : (f.dashes[0] > 4 ? "dashed" : "dotted");
    checkbox($("family-filters"), f.name, f.label, line, null, true,
      function (name, on) { toggle(state.families, name, on); });
  });
  if (DATA.contracts || DATA.offices) {
    $("records-section").hidden = false;
    if (DATA.contracts) {
      checkbox($("record-toggles"), "contracts", "Show contracts", null, DATA.contracts, false,
        function (name, on) { state.contracts = on; apply(); });
    }
    if (DATA.offices) {
      checkbox($("record-toggles"), "offices", "Show contracting offices", null, DATA.offices, false,
        function (name, on) { state.offices = on; apply(); });
    }
  }

  var yearOn = $("year-on");
  var year = $("year");
  if (DATA.years) {
    year.min = String(DATA.years[0]);
    year.max = String(DATA.years[1]);
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
    if (!ids.length && searchBox.value.trim()) { list.appendChild(el("li", "No match", "hint")); }
    list.hidden = !list.childNodes.length;
  }
  function pick(id) {
    $("search-results").hidden = true;
    focusNode(id);
  }
  // The controls as the state says: used at the start and by Reset.
  function syncControls() {
    document.querySelectorAll("#controls input[type=checkbox]").forEach(function (box) {
      box.checked = box.defaultChecked && box !== yearOn;
    });
    if (DATA.years) {
      year.value = String(DATA.years[1]);
      $("year-label").textContent = year.value;
    }
    confidence.value = String(state.minConfidence);
    $("confidence-label").textContent = state.minConfidence.toFixed(2);
  }
  function reset() {
    searchBox.value = "";
    showResults([]);
    state = initialState();
    api.state = state;
    syncControls();
    clearSelection();
    apply();
  }

  // ---- wiring ----------------------------------------------------------------------------
  syncControls();
  var network = null;
  draw(); // nodes and ties of the opening view, before the first frame
  network = new vis.Network($("network"), { nodes: visNodes, edges: visEdges }, options);
  $("title").textContent = DATA.title;
  fit();
  openScale = network.getScale() || 1;
  network.on("afterDrawing", paintLabels);

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
    var tie = view.ties.get(p.edge);
    if (!tie) { return; }
    showTooltip(nodeById.get(tie.from).label + " — " + nodeById.get(tie.to).label + ": " +
      T.summary(tie.facts), p.pointer);
  });
  network.on("blurNode", function () { tooltip.hidden = true; });
  network.on("blurEdge", function () { tooltip.hidden = true; });
  network.on("click", function (p) {
    tooltip.hidden = true;
    if (p.nodes.length) { selectNode(p.nodes[0]); }
    else if (p.edges.length) { selectTie(p.edges[0]); }
    else { clearSelection(); }
  });
  network.on("doubleClick", function (p) {
    if (p.nodes.length && state.shown !== null) { expand(p.nodes[0]); selectNode(p.nodes[0]); }
  });

  var api = {
    network: network, nodes: visNodes, edges: visEdges, state: state, ready: false, readyAt: null,
    focusNode: focusNode, focus: focus, fit: fit, highlight: highlight, search: search,
    reset: reset,
    visible: function () {
      return { nodes: DATA.nodes.map(function (n) { return n.id; })
                 .filter(function (id) { return view.nodes.has(id); }),
               edges: DATA.edges.map(function (e) { return e.id; })
                 .filter(function (id) { return view.facts.has(id); }) };
    },
    fact: function (id) { return factById.get(id) || null; },
    tie: function (key) {
      var tie = view.ties.get(key);
      return tie ? { id: tie.id, from: tie.from, to: tie.to, family: tie.family,
                     facts: tie.facts.map(function (e) { return e.id; }) } : null;
    },
    drawn: function () {
      var placed = placeLabels();
      var area = $("network").getBoundingClientRect();
      var nodes = [];
      DATA.nodes.forEach(function (n) {
        if (!view.nodes.has(n.id)) { return; }
        var label = placed.get(n.id);
        nodes.push({ id: n.id, label: n.label, type: n.type, degree: n.degree,
                     fontPx: label ? label.px : 0,
                     box: label ? [label.box[0] + area.left, label.box[1] + area.top,
                                   label.box[2], label.box[3]] : null,
                     faded: faded.nodes.has(n.id) });
      });
      var edges = [];
      view.ties.forEach(function (tie) {
        edges.push({ id: tie.id, from: tie.from, to: tie.to, family: tie.family,
                     facts: tie.facts.length, faded: faded.ties.has(tie.id) });
      });
      return { nodes: nodes, edges: edges };
    }
  };
  window.graphkit = api;

  network.once("afterDrawing", function () {
    document.body.dataset.layout = "frozen";
    api.ready = true;
    api.readyAt = performance.now();
    document.body.dataset.ready = "true";
  });
  network.redraw();
})();
