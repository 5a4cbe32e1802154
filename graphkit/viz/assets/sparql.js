/* graphkit query panel: named and ad hoc SPARQL over the page's graph (sparql-engine.js).
 * Results are shown as text, 100 rows a page; a cell naming an entity on the map is a button
 * that focuses it. The whole result downloads as CSV.
 */
(function () {
  "use strict";

  var engine = window.graphkitSparql;
  var PAGE_SIZE = 100;
  var gk = window.graphkit;
  var ev = window.graphkitEvidence;
  var el = ev.el, clear = ev.clear, add = ev.control;
  var graphData = window.graphkitData();
  var onCanvas = new Set(graphData.nodes.map(function (n) { return n.id; }));
  var byLabel = new Map(); // label -> entity id, or null where two entities share it
  graphData.nodes.forEach(function (n) {
    byLabel.set(n.label, byLabel.has(n.label) ? null : n.id);
  });

  // ---- the panel ---------------------------------------------------------------------------
  var panel = el("section", null, "sparql-panel");
  panel.id = "sparql";
  panel.hidden = true;
  panel.setAttribute("aria-label", "SPARQL queries");
  var toggle = el("button", "SPARQL", "sparql-toggle");
  toggle.type = "button";
  toggle.id = "sparql-toggle";
  toggle.title = "Ask the graph in SPARQL, offline";
  toggle.addEventListener("click", function () {
    panel.hidden = !panel.hidden;
    if (!panel.hidden) { prepare(); }
  });

  var head = el("div", null, "sparql-head");
  head.appendChild(el("h2", "Query the graph"));
  var close = el("button", "×", "sparql-close");
  close.type = "button";
  close.setAttribute("aria-label", "Close the query panel");
  close.addEventListener("click", function () { panel.hidden = true; });
  head.appendChild(close);
  panel.appendChild(head);

  var picker = el("select");
  picker.id = "sparql-query";
  picker.setAttribute("aria-label", "Named query");
  picker.appendChild(new Option("Ad hoc SPARQL", ""));
  engine.queries.forEach(function (q) { picker.appendChild(new Option(q.name + ": " + q.description, q.name)); });
  panel.appendChild(picker);
  var params = el("div", null, "sparql-params");
  params.id = "sparql-params";
  panel.appendChild(params);
  var editor = el("textarea");
  editor.id = "sparql-text";
  editor.spellcheck = false;
  editor.setAttribute("aria-label", "SPARQL query");
  editor.value = "SELECT ?company ?label WHERE {\n  ?company a tg:Company ; rdfs:label ?label .\n} ORDER BY ?label";
  panel.appendChild(editor);
  panel.appendChild(el("p", "SELECT, ASK and CONSTRUCT; tg:, ent:, rdf:, rdfs: and xsd: need no PREFIX. Nothing leaves the page; UPDATE is refused.", "hint"));
  var actions = el("div", null, "sparql-actions");
  var runButton = add(actions, "button", "Run", "sparql-run");
  var csvButton = add(actions, "button", "Download CSV", "sparql-csv");
  csvButton.disabled = true;
  panel.appendChild(actions);
  var message = add(panel, "p", null, "sparql-message", "sparql-message");
  message.setAttribute("role", "status");
  var pager = el("div", null, "sparql-pager");
  var prev = add(pager, "button", "‹ Previous", "sparql-prev");
  var where = add(pager, "span", null, "sparql-page");
  var next = add(pager, "button", "Next ›", "sparql-next");
  pager.hidden = true;
  panel.appendChild(pager);
  var tableBox = el("div", null, "sparql-table");
  panel.appendChild(tableBox);
  document.body.appendChild(toggle);
  document.body.appendChild(panel);

  var shown = { result: null, page: 0, name: "query" };
  var prepared = false;
  function prepare() {
    if (prepared) { return; }
    prepared = true;
    message.textContent = "Loading the query engine…";
    engine.entities().then(function (list) {
      var datalist = el("datalist");
      datalist.id = "sparql-entities";
      list.forEach(function (e) { datalist.appendChild(new Option(e.label + " (" + e.type + ")")); });
      panel.appendChild(datalist);
      message.textContent = "Ready: " + list.length + " entities.";
    }, showError);
  }
  function showParams() {
    clear(params);
    var name = picker.value;
    editor.hidden = !!name;
    if (!name) { return; }
    var query = engine.queries.filter(function (q) { return q.name === name; })[0];
    query.params.forEach(function (p) {
      var label = el("label");
      label.appendChild(el("span", p.name + (p.optional ? " (optional)" : "")));
      var input = el("input");
      input.name = p.name;
      input.dataset.param = p.name;
      input.placeholder = p.help;
      if (p.kind === "entity") { input.setAttribute("list", "sparql-entities"); }
      if (p.kind === "integer") { input.inputMode = "numeric"; }
      label.appendChild(input);
      params.appendChild(label);
    });
  }
  picker.addEventListener("change", showParams);

  function showError(err) {
    message.textContent = String(err && err.message ? err.message : err);
    message.className = "sparql-message error";
  }
  function show(result, name) {
    shown = { result: result, page: 0, name: name };
    csvButton.disabled = false;
    message.className = "sparql-message";
    message.textContent = result.rows.length.toLocaleString("en-US") +
      (result.rows.length === 1 ? " row" : " rows");
    drawPage();
  }
  function drawPage() {
    var result = shown.result;
    var pages = Math.max(1, Math.ceil(result.rows.length / PAGE_SIZE));
    var first = shown.page * PAGE_SIZE;
    var rows = result.rows.slice(first, first + PAGE_SIZE);
    clear(tableBox);
    var table = el("table");
    var tr = el("tr");
    result.vars.forEach(function (v) { tr.appendChild(el("th", v)); });
    var thead = el("thead");
    thead.appendChild(tr);
    table.appendChild(thead);
    var tbody = el("tbody");
    rows.forEach(function (row) {
      var line = el("tr");
      result.vars.forEach(function (v) { line.appendChild(cell(row[v])); });
      tbody.appendChild(line);
    });
    table.appendChild(tbody);
    tableBox.appendChild(table);
    pager.hidden = pages <= 1;
    where.textContent = "Rows " + (rows.length ? first + 1 : 0) + "–" + (first + rows.length) +
      " of " + result.rows.length.toLocaleString("en-US");
    prev.disabled = shown.page === 0;
    next.disabled = shown.page >= pages - 1;
    document.body.dataset.sparqlPage = String(shown.page + 1);
  }
  // Text as the rest of the page shows it: a bidirectional override as an escape (unpack.js).
  var asShown = window.graphkitShown || String;
  function entityOf(term) {
    if (!term) { return null; }
    if (term.type === "uri" && onCanvas.has(term.value)) { return term.value; }
    if (term.type === "literal" && byLabel.get(asShown(term.value))) { return byLabel.get(asShown(term.value)); }
    return null;
  }
  function cell(term) {
    var td = el("td");
    if (!term) { return td; }
    var id = entityOf(term);
    var text = term.type === "uri" && term.value.indexOf(engine.entityBase) === 0
      ? "ent:" + term.value.slice(engine.entityBase.length) : asShown(term.value);
    if (id) {
      var b = el("button", text, "sparql-entity");
      b.type = "button";
      b.dataset.entity = id;
      b.title = "Show on the map";
      b.addEventListener("click", function () { (gk.focus || gk.focusNode)(id); });
      td.appendChild(b);
    } else {
      td.textContent = text;
    }
    return td;
  }
  prev.addEventListener("click", function () { shown.page -= 1; drawPage(); });
  next.addEventListener("click", function () { shown.page += 1; drawPage(); });

  function currentRun() {
    if (!picker.value) { return engine.adHoc(editor.value); }
    var given = {};
    params.querySelectorAll("input[data-param]").forEach(function (input) {
      if (input.value.trim()) { given[input.dataset.param] = input.value.trim(); }
    });
    return engine.runNamed(picker.value, given);
  }
  runButton.addEventListener("click", function () {
    message.className = "sparql-message";
    message.textContent = "Running…";
    runButton.disabled = true;
    document.body.dataset.sparql = "running";
    // A tick first, so "Running…" is drawn before the engine holds the thread.
    setTimeout(function () {
      var run;
      try { run = currentRun(); } catch (err) { run = Promise.reject(err); }
      run.then(function (result) { show(result, picker.value || "query"); }, showError)
        .then(function () {
          runButton.disabled = false;
          document.body.dataset.sparql = "done"; // for tests: the panel shows the outcome
        });
    }, 0);
  });
  editor.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { runButton.click(); }
  });

  csvButton.addEventListener("click", function () {
    var blob = new Blob([engine.toCsv(shown.result)], { type: "text/csv" });
    var a = el("a");
    a.href = URL.createObjectURL(blob);
    a.download = shown.name + ".csv";
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 0);
  });
})();
