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
 * window.graphkit, for tests and for other scripts on the page:
 *   network, nodes, edges   the vis-network Network and its DataSets (edges are ties)
 *   state                   the current filters and selection (read only)
 *   ready, readyAt          true once the page is drawn and wired; ms since navigation
 *   search(text)            ids of matching entities, best first (labels, then aliases)
 *   focusNode(id)           select an entity, bring it into view; false if filtered out
 *   focus(id)               the same, for an entity id or a tie id
 *   fit()                   fit the view to what is shown
 *   highlight(ids | null)   brighten these ties or facts (ids of either) and their ends,
 *                           fade the rest; null clears
 *   reset()                 back to the opening view
 *   visible()               {nodes: drawn entity ids, edges: ids of the facts drawn}
 *   drawn()                 what is on screen now: {nodes: [{id, label, type, degree,
 *                           fontPx, box: [x, y, width, height] | null}], edges: [{id, from,
 *                           to, family, facts}]}; box in CSS pixels of the window, null when
 *                           the label is not drawn; facts: how many facts the edge stands for
 *   tie(id)                 the tie with that id: {id, from, to, family, facts: [fact ids]}
 *   fact(id)                the fact (relationship) record with that id, as the page has it
 */
(function () {
  "use strict";

  // ---- state -----------------------------------------------------------------------------
  var DATA = JSON.parse(document.getElementById("graph-data").textContent);

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
      highlighted: null // ids of ties kept bright by highlight()
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

  var ev = window.graphkitEvidence;
  var el = ev.el, clear = ev.clear, short = ev.short, factBlock = ev.factBlock;
  function $(id) { return document.getElementById(id); }

  // Where a fact's end is drawn: a folded office at its agency.
  function endOf(id) {
    var n = nodeById.get(id);
    return n.fold && !state.offices ? n.fold : id;
  }
  function factPasses(e) {
    if (!state.families.has(e.family)) { return false; }
    if (e.relation === "awardedContract" && !state.contracts) { return false; }
    if ((e.confidence === null ? 1 : e.confidence) < state.minConfidence) { return false; }
    if (state.year !== null) {
      if (e.from_year !== null && e.from_year > state.year) { return false; }
      if (e.to_year !== null && e.to_year < state.year) { return false; }
    }
    return true;
  }
  function nodeInPlay(n) {
    if (!state.types.has(n.type)) { return false; }
    if (n.type === "Contract" && !state.contracts) { return false; }
    if (n.fold && !state.offices) { return false; }
    return state.shown === null || state.shown.has(n.id) || n.rank === null;
  }
  function tieKey(family, a, b) { return family + "|" + (a < b ? a + "|" + b : b + "|" + a); }

  // What passes the filters, as drawn: entities, and facts grouped into ties.
  function computeView() {
    var nodes = new Set();
    var touched = new Set();
    var ties = new Map();
    var facts = new Set();
    DATA.edges.forEach(function (e) {
      if (factPasses(e)) { touched.add(endOf(e.from)); touched.add(endOf(e.to)); }
    });
    DATA.nodes.forEach(function (n) {
      // An entity whose every fact is filtered out goes too; one with no facts stays.
      if (nodeInPlay(n) && (incident.get(n.id).length === 0 || touched.has(n.id))) {
        nodes.add(n.id);
      }
    });
    DATA.edges.forEach(function (e) {
      if (!factPasses(e)) { return; }
      var a = endOf(e.from), b = endOf(e.to);
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

  // What a tie stands for, in words: "supplies · 37 awards · $412M obligated".
  function money(value, currency) {
    var units = [[1e9, "B"], [1e6, "M"], [1e3, "K"]];
    var text = null;
    for (var i = 0; i < units.length && text === null; i++) {
      if (Math.abs(value) >= units[i][0]) {
        var v = value / units[i][0];
        text = (v >= 100 ? v.toFixed(0) : v.toFixed(1).replace(/\.0$/, "")) + units[i][1];
      }
    }
    if (text === null) { text = Math.round(value).toLocaleString("en-US"); }
    return currency === "USD" ? "$" + text : text + " " + (currency || "");
  }
  // Amounts add up only across distinct awards: facts under one award count once, at their
  // largest figure, so a record and its modifications are never summed.
  function totals(facts) {
    var awards = new Map();
    var sources = new Set();
    facts.forEach(function (e) {
      e.citations.forEach(function (c) { sources.add(c.url || c.url_text || c.title || c.locator); });
      var value = e.amount === null || e.amount === undefined ? NaN : Number(e.amount);
      var key = e.contract ? "award " + e.contract : "fact " + e.id;
      var seen = awards.get(key);
      var amount = isFinite(value) ? value : null;
      if (!seen) {
        awards.set(key, { award: Boolean(e.contract), amount: amount, currency: e.currency });
      } else if (amount !== null && (seen.amount === null || amount > seen.amount)) {
        seen.amount = amount;
        seen.currency = e.currency;
      }
    });
    var result = { awards: 0, sources: sources.size, amounts: {}, obligated: true };
    awards.forEach(function (a) {
      if (a.award) { result.awards += 1; }
      if (a.amount !== null) {
        var cur = a.currency || "";
        result.amounts[cur] = (result.amounts[cur] || 0) + a.amount;
        if (!a.award) { result.obligated = false; }
      }
    });
    return result;
  }
  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }
  function tieSummary(tie) {
    var counts = new Map();
    tie.facts.forEach(function (e) { counts.set(e.relation, (counts.get(e.relation) || 0) + 1); });
    var relations = Array.from(counts.keys()).sort(function (a, b) {
      return counts.get(b) - counts.get(a) || (a < b ? -1 : 1);
    });
    var t = totals(tie.facts);
    var parts = [relations.join(", ")];
    if (t.awards) { parts.push(plural(t.awards, "award", "awards")); }
    var money_ = Object.keys(t.amounts).sort().map(function (c) { return money(t.amounts[c], c); });
    if (money_.length) { parts.push(money_.join(" + ") + (t.awards && t.obligated ? " obligated" : "")); }
    if (!t.awards) { parts.push(plural(t.sources, "source", "sources")); }
    return parts.join(" · ");
  }

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
  function tieWidth(tie) {
    var t = totals(tie.facts);
    var sum = 0;
    Object.keys(t.amounts).forEach(function (c) { sum += t.amounts[c]; });
    var width = 1 + 1.2 * Math.log2(tie.facts.length);
    if (sum > 0) { width = Math.max(width, Math.log10(sum) - 2); }
    return Math.round(Math.min(width, 10) * 10) / 10;
  }
  function tieArrows(tie) {
    return { to: { enabled: tie.forward > 0, scaleFactor: 0.6 },
             from: { enabled: tie.backward > 0, scaleFactor: 0.6 } };
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
             font: { size: 11, align: "middle", strokeWidth: 3, strokeColor: "#ffffff",
                     color: "#2d3748", face: LABEL_FONT } }
  };

  var view = { nodes: new Set(), ties: new Map(), facts: new Set() };
  var faded = { nodes: new Set(), ties: new Set() };
  var labelled = new Set(); // ties whose summary is written on the canvas

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
    view.ties.forEach(function (tie, key) {
      var old = before.ties.get(key);
      if (old && old.facts.length === tie.facts.length && old.from === tie.from) { return; }
      var fam = FAMILY[tie.family] || {};
      upserts.push({ id: key, from: tie.from, to: tie.to, width: tieWidth(tie),
                     dashes: fam.dashes || false, color: tieColor(tie), arrows: tieArrows(tie),
                     label: labelled.has(key) ? tieSummary(tie) : undefined });
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

  // Labels: greedy, in order of importance; a label that would cover one already placed is
  // left out until the reader zooms in. The selection and its neighbours always keep theirs.
  var openScale = 1;
  var placedLabels = new Map(); // id -> {px, box} in CSS pixels of the canvas
  var widthCache = new Map();
  var measurer = document.createElement("canvas").getContext("2d");
  function textWidth(text, px) {
    var w = widthCache.get(text);
    if (w === undefined) {
      measurer.font = "100px " + LABEL_FONT;
      w = measurer.measureText(text).width / 100;
      widthCache.set(text, w);
    }
    return w * px;
  }
  function basePx(n) {
    var rank = n.rank === null ? Infinity : n.rank;
    return rank < 40 ? DATA.labels.px : rank < 150 ? DATA.labels.px - 1.5 : DATA.labels.px - 3;
  }
  function placeLabels() {
    var placed = new Map();
    if (!network) { return placed; }
    var scale = network.getScale();
    var zoom = scale / openScale;
    var area = $("network");
    var width = area.clientWidth, height = area.clientHeight;
    var grid = new Map();
    var CELL = 80;
    function cells(b, visit) {
      for (var gx = Math.floor(b[0] / CELL); gx <= Math.floor((b[0] + b[2]) / CELL); gx++) {
        for (var gy = Math.floor(b[1] / CELL); gy <= Math.floor((b[1] + b[3]) / CELL); gy++) {
          if (visit(gx + ":" + gy) === false) { return false; }
        }
      }
      return true;
    }
    function free(b) {
      return cells(b, function (key) {
        var list = grid.get(key) || [];
        for (var i = 0; i < list.length; i++) {
          var o = list[i];
          if (b[0] < o[0] + o[2] && o[0] < b[0] + b[2] && b[1] < o[1] + o[3] && o[1] < b[1] + b[3]) {
            return false;
          }
        }
        return true;
      });
    }
    function take(b) {
      cells(b, function (key) {
        if (!grid.has(key)) { grid.set(key, []); }
        grid.get(key).push(b);
      });
    }
    var first = selectionNodes();
    var order = first ? Array.from(first).map(function (id) { return nodeById.get(id); }) : [];
    order = order.concat(byRank);
    var body = network.body.nodes;
    order.forEach(function (n) {
      if (placed.has(n.id) || !view.nodes.has(n.id) || !body[n.id]) { return; }
      var priority = first !== null && first.has(n.id);
      // Labels grow with the zoom, and shrink more slowly than it when zooming out.
      var px = Math.min(18, basePx(n) * (zoom > 1 ? zoom : Math.sqrt(zoom)));
      if (priority) { px = Math.max(12, Math.min(18, px)); }
      if (px < 10.5) { return; }
      var p = network.canvasToDOM({ x: body[n.id].x, y: body[n.id].y });
      var text = short(n.label, DATA.labels.chars);
      var w = textWidth(text, px) + 4, h = px * 1.3, r = n.size * scale + 2;
      // Below the entity, else above, right or left of it; a name in the selection is
      // drawn below it even where every spot is taken.
      var spots = [[p.x - w / 2, p.y + r], [p.x - w / 2, p.y - r - h],
                   [p.x + r, p.y - h / 2], [p.x - r - w, p.y - h / 2]];
      var b = null;
      for (var i = 0; i < spots.length && b === null; i++) {
        var spot = [spots[i][0], spots[i][1], w, h];
        if (free(spot)) { b = spot; }
      }
      if (b === null && priority) { b = [spots[0][0], spots[0][1], w, h]; }
      if (b === null) { return; }
      if (b[0] > width || b[1] > height || b[0] + b[2] < 0 || b[1] + b[3] < 0) { return; }
      take(b);
      placed.set(n.id, { px: px, box: b, text: text });
    });
    return placed;
  }
  function paintLabels(ctx) {
    placedLabels = placeLabels();
    var ratio = network.canvas.pixelRatio || window.devicePixelRatio || 1;
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    placedLabels.forEach(function (label, id) {
      ctx.font = label.px.toFixed(1) + "px " + LABEL_FONT;
      var x = label.box[0] + label.box[2] / 2, y = label.box[1] + label.px * 0.12;
      ctx.lineWidth = 3;
      ctx.strokeStyle = "rgba(255,255,255,0.9)";
      ctx.strokeText(label.text, x, y);
      ctx.fillStyle = faded.nodes.has(id) ? FADED_TEXT : TEXT;
      ctx.fillText(label.text, x, y);
    });
    ctx.restore();
  }

  // Highlight: some ties and their ends bright, the rest faded. null clears.
  function fade(keepTies) {
    var keepNodes = null;
    if (keepTies !== null) {
      keepNodes = new Set();
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
      if (tie) { updates.push({ id: key, label: tieSummary(tie) }); }
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
    if (sel.kind === "node") { showNodePanel(sel.id); } else { showTiePanel(sel.id); }
  }

  // ---- the evidence panel ----------------------------------------------------------------
  var PAGE_SIZE = 100;
  function nodeButton(id) {
    var b = el("button", nodeById.get(id).label);
    b.type = "button";
    b.addEventListener("click", function () { focusNode(endOf(id)); });
    return b;
  }
  function openPanel(build) {
    var body = $("panel-body");
    clear(body);
    build(body);
    var opening = $("panel").hidden;
    $("panel").hidden = false;
    body.parentNode.scrollTop = 0;
    if (opening) { resized(); }
  }
  // The canvas narrows when the panel opens and widens when it closes: keep the same centre.
  function resized() {
    if (!network) { return; }
    var centre = network.getViewPosition();
    var scale = network.getScale();
    network.setSize("100%", "100%");
    network.moveTo({ position: centre, scale: scale, animation: false });
  }
  // Facts in a fixed order: by family (business, structure, stance), then the largest amount,
  // then the latest date, then by id so the order never depends on the browser.
  function factOrder(a, b) {
    var fa = PANEL_RANK[a.family], fb = PANEL_RANK[b.family];
    if (fa !== fb) { return fa - fb; }
    var va = Number(a.amount), vb = Number(b.amount);
    va = isFinite(va) && a.amount !== null ? va : -1;
    vb = isFinite(vb) && b.amount !== null ? vb : -1;
    if (va !== vb) { return vb - va; }
    var da = a.start || a.end || "", db = b.start || b.end || "";
    if (da !== db) { return da < db ? 1 : -1; }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  }
  function factList(body, facts) {
    var sorted = facts.slice().sort(factOrder);
    var family = null;
    var section = null;
    var shown = 0;
    function more(list, rest) {
      var button = el("button", "Show " + rest.length + " more", "more");
      button.type = "button";
      button.addEventListener("click", function () {
        button.remove();
        rest.slice(0, PAGE_SIZE).forEach(function (e) { list.appendChild(factBlock(e, nodeButton)); });
        if (rest.length > PAGE_SIZE) { more(list, rest.slice(PAGE_SIZE)); }
      });
      list.appendChild(button);
    }
    sorted.forEach(function (e, i) {
      if (e.family !== family) {
        family = e.family;
        shown = 0;
        section = el("section", null, "facts");
        section.dataset.family = family;
        var count = sorted.filter(function (f) { return f.family === family; }).length;
        section.appendChild(el("h3", (FAMILY[family] ? FAMILY[family].label : family) +
          " · " + count, "group"));
        body.appendChild(section);
      }
      if (shown < PAGE_SIZE) {
        section.appendChild(factBlock(e, nodeButton));
      } else if (shown === PAGE_SIZE) {
        more(section, sorted.slice(i).filter(function (f) { return f.family === family; }));
      }
      shown += 1;
    });
  }
  function drawnFactsOf(id) {
    var facts = [];
    tiesOf(id).forEach(function (key) { facts = facts.concat(view.ties.get(key).facts); });
    return facts;
  }
  function showNodePanel(id) {
    var n = nodeById.get(id);
    openPanel(function (body) {
      body.appendChild(el("h2", n.label));
      var facts = drawnFactsOf(id);
      body.appendChild(el("p", n.type.replace(/([a-z])([A-Z])/g, "$1 $2") + " · " +
        plural(facts.length, "fact", "facts") + " · " +
        plural(tiesOf(id).size, "tie", "ties"), "meta"));
      var dl = el("dl", null, "summary");
      function row(name, value) {
        if (!value) { return; }
        dl.appendChild(el("dt", name));
        dl.appendChild(el("dd", value));
      }
      row("also known as", n.aliases.join("; "));
      Object.keys(n.identifiers).sort().forEach(function (k) { row(k, n.identifiers[k]); });
      var supplied = facts.filter(function (e) { return e.relation === "supplies" && endOf(e.to) === id; });
      var supplying = facts.filter(function (e) { return e.relation === "supplies" && endOf(e.from) === id; });
      [["paid to suppliers", supplied], ["received from buyers", supplying]].forEach(function (pair) {
        var t = totals(pair[1]);
        var sums = Object.keys(t.amounts).sort().map(function (c) { return money(t.amounts[c], c); });
        if (sums.length) {
          row(pair[0], sums.join(" + ") + (t.awards ? " (" + plural(t.awards, "award", "awards") + ")" : ""));
        }
      });
      var offices = DATA.nodes.filter(function (o) { return o.fold === id; }).length;
      if (offices && !state.offices) { row("contracting offices", offices + " (folded in)"); }
      if (dl.childNodes.length) { body.appendChild(dl); }
      var hidden = incident.get(id).length - facts.length;
      if (hidden > 0 && !n.fold) {
        body.appendChild(el("p", hidden + " more not shown (filters, contracts or entities off the canvas)", "hint"));
      }
      factList(body, facts);
    });
  }
  function showTiePanel(key) {
    var tie = view.ties.get(key);
    openPanel(function (body) {
      var h = el("h2");
      h.appendChild(nodeButton(tie.from));
      h.appendChild(document.createTextNode(" — "));
      h.appendChild(nodeButton(tie.to));
      body.appendChild(h);
      body.appendChild(el("p", tieSummary(tie), "meta tie-summary"));
      var t = totals(tie.facts);
      var dl = el("dl", null, "summary");
      dl.appendChild(el("dt", "facts"));
      dl.appendChild(el("dd", String(tie.facts.length)));
      if (t.awards) { dl.appendChild(el("dt", "awards")); dl.appendChild(el("dd", String(t.awards))); }
      Object.keys(t.amounts).sort().forEach(function (c) {
        var dt = el("dt", t.awards && t.obligated ? "obligated" : "amount");
        var dd = el("dd", t.amounts[c].toLocaleString("en-US", { maximumFractionDigits: 2 }) + " " + c);
        dd.dataset.total = String(t.amounts[c]);
        dd.dataset.currency = c;
        dl.appendChild(dt);
        dl.appendChild(dd);
      });
      dl.appendChild(el("dt", "sources"));
      dl.appendChild(el("dd", String(t.sources)));
      body.appendChild(dl);
      factList(body, tie.facts);
    });
  }

  // ---- finding and moving ----------------------------------------------------------------
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
  function fit() {
    var ids = Array.from(view.nodes);
    network.fit({ nodes: ids.length ? ids : undefined, animation: false });
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
    fade(state.highlighted);
    labelTies(new Set());
    if (!$("panel").hidden) {
      $("panel").hidden = true;
      resized();
    }
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
      $("status").textContent = nodeById.get(target).label + " is hidden by the current filters; Reset shows it.";
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
  function highlight(ids) {
    if (ids === null || ids === undefined) {
      state.highlighted = null;
    } else {
      var wanted = new Set(ids);
      var keys = new Set();
      view.ties.forEach(function (tie, key) {
        if (wanted.has(key) || tie.facts.some(function (e) { return wanted.has(e.id); })) { keys.add(key); }
      });
      state.highlighted = keys;
    }
    fade(state.highlighted);
    network.redraw();
    return state.highlighted ? Array.from(state.highlighted) : [];
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
      fade(state.highlighted);
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
      tieSummary(tie), p.pointer);
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
                                   label.box[2], label.box[3]] : null });
      });
      var edges = [];
      view.ties.forEach(function (tie) {
        edges.push({ id: tie.id, from: tie.from, to: tie.to, family: tie.family,
                     facts: tie.facts.length });
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
