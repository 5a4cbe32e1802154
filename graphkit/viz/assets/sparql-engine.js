/* graphkit SPARQL engine: the page's own copy of the graph, queried offline.
 * The engine (Oxigraph, WebAssembly) and the graph (Turtle) are carried in the page gzipped and
 * unpacked on first use, never fetched. UPDATE is refused before the engine sees it; parameters
 * are bound as RDF terms, as `graphkit query` binds them. The panel (sparql.js) and scripts use
 * what this exposes as window.graphkitSparql and window.graphkit.sparql / sparqlNamed.
 */
(function () {
  "use strict";

  var PANEL = JSON.parse(document.getElementById("sparql-data").textContent);
  var UPDATE_WORDS = ["INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE",
                      "ADD", "WITH"];
  var api = { engineReadyAt: null };

  // ---- the engine --------------------------------------------------------------------------
  function unpack(id) {
    var text = document.getElementById(id).textContent.trim();
    var binary = atob(text);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) { bytes[i] = binary.charCodeAt(i); }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).arrayBuffer().then(function (buffer) { return new Uint8Array(buffer); });
  }
  function oxigraph() {
    if (window.graphkitOxigraph) { return Promise.resolve(window.graphkitOxigraph); }
    return new Promise(function (resolve) {
      window.addEventListener("graphkit-oxigraph", function () { resolve(window.graphkitOxigraph); },
        { once: true });
    });
  }
  var enginePromise = null;
  function engine() {
    if (!enginePromise) {
      enginePromise = Promise.all([oxigraph(), unpack("oxigraph-wasm"), unpack("sparql-graph")])
        .then(function (parts) {
          var ox = parts[0];
          return ox.init({ module_or_path: parts[1] }).then(function () {
            var store = new ox.Store();
            store.load(new TextDecoder().decode(parts[2]), { format: "text/turtle" });
            api.engineReadyAt = performance.now();
            return store;
          });
        });
    }
    return enginePromise;
  }

  // ---- query text: masking, the query form, parameters -------------------------------------
  // Comments, strings and IRIs, blanked so keywords inside them are not mistaken for syntax.
  var SKIP = /#[^\n]*|'''[\s\S]*?'''|"""[\s\S]*?"""|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|<[^<>"{}|^`\\\s]*>/g;
  function masked(text) {
    return text.replace(SKIP, function (m) { return " ".repeat(m.length); });
  }
  function queryForm(text) {
    var rest = masked(text);
    var prologue = /^\s*(?:PREFIX\s+[^\s:]*:|BASE)\s*/i;
    while (prologue.test(rest)) { rest = rest.replace(prologue, ""); }
    var word = /^\s*([A-Za-z]+)/.exec(rest);
    return word ? word[1].toUpperCase() : "";
  }
  // The undeclared prefixes go on the query's first line, so the engine's line numbers stay
  // the reader's; a column on that line is moved back by what was added.
  function withPrefixes(text) {
    var lowered = text.toLowerCase();
    var head = Object.keys(PANEL.prefixes).filter(function (p) {
      return lowered.indexOf("prefix " + p + ":") < 0;
    }).map(function (p) { return "PREFIX " + p + ": <" + PANEL.prefixes[p] + "> "; }).join("");
    return { text: head + text, shift: head.length };
  }
  function adHoc(text) {
    var prepared = withPrefixes(text);
    return execute(prepared.text).catch(function (err) {
      var msg = String(err && err.message ? err.message : err).split("\n")[0];
      throw new Error(msg.replace(/at 1:(\d+)/, function (all, col) {
        return "at 1:" + Math.max(1, Number(col) - prepared.shift);
      }));
    });
  }
  function iriTerm(iri) {
    if (/[<>"{}|^`\\\s]/.test(iri)) { throw new Error("not an IRI: " + iri); }
    return "<" + iri + ">";
  }
  function stringTerm(value) {
    return '"' + String(value).replace(/\\/g, "\\\\").replace(/"/g, '\\"')
      .replace(/\n/g, "\\n").replace(/\r/g, "\\r") + '"';
  }
  // The same binding as `graphkit query`: a VALUES block first in the WHERE group, the values
  // written as RDF terms, so a parameter can never change the query.
  function bindValues(text, terms) {
    var names = Object.keys(terms).sort();
    if (!names.length) { return text; }
    var block = " VALUES (" + names.map(function (n) { return "?" + n; }).join(" ") + ") { (" +
      names.map(function (n) { return terms[n]; }).join(" ") + ") } ";
    var m = masked(text);
    var where = /\bWHERE\s*\{/i.exec(m);
    var at = where ? where.index + where[0].length : m.indexOf("{") + 1;
    if (at <= 0) { throw new Error("the query has no WHERE group to bind parameters in"); }
    return text.slice(0, at) + block + text.slice(at);
  }
  function paramTerm(param, value) {
    if (param.kind === "entity") { return iriTerm(resolveEntity(value)); }
    if (param.kind === "integer") {
      if (!/^[+-]?\d+$/.test(String(value).trim())) {
        throw new Error("parameter " + param.name + " must be an integer, not " + JSON.stringify(value));
      }
      return String(value).trim();
    }
    return stringTerm(value);
  }

  // ---- running -----------------------------------------------------------------------------
  // Rows in the SPARQL 1.1 JSON results format, the same as `graphkit query --format json`.
  function execute(text) {
    var form = queryForm(text);
    if (UPDATE_WORDS.indexOf(form) >= 0) {
      return Promise.reject(new Error("UPDATE is refused: this page never changes the graph"));
    }
    return engine().then(function (store) {
      if (form === "CONSTRUCT" || form === "DESCRIBE") {
        var quads = store.query(text);
        return { vars: ["subject", "predicate", "object"], rows: quads.map(function (q) {
          return { subject: jsonTerm(q.subject), predicate: jsonTerm(q.predicate), object: jsonTerm(q.object) };
        }) };
      }
      var json = JSON.parse(store.query(text, { results_format: "application/sparql-results+json" }));
      if (typeof json.boolean === "boolean") {
        return { vars: ["answer"], rows: [{ answer: { type: "literal", value: String(json.boolean),
          datatype: "http://www.w3.org/2001/XMLSchema#boolean" } }] };
      }
      return { vars: json.head.vars, rows: json.results.bindings };
    });
  }
  function jsonTerm(term) {
    if (term.termType === "NamedNode") { return { type: "uri", value: term.value }; }
    if (term.termType === "BlankNode") { return { type: "bnode", value: term.value }; }
    var out = { type: "literal", value: term.value };
    if (term.language) { out["xml:lang"] = term.language; }
    else if (term.datatype) { out.datatype = term.datatype.value; }
    return out;
  }
  // List columns (GROUP_CONCAT of several values) sorted, as the command line does: names
  // (the queries separate them by LIST_SEPARATOR, which no name holds) joined by " | ", URLs
  // by spaces; a single name stays whole ("Clearview AI" is one name, "Report | Site" one title).
  var LIST_SEPARATOR = "\u241f";
  function sortedList(text) {
    if (text.indexOf(LIST_SEPARATOR) >= 0) {
      return Array.from(new Set(text.split(LIST_SEPARATOR).filter(Boolean))).sort().join(" | ");
    }
    var parts = text.split(/\s+/).filter(Boolean);
    var urls = parts.every(function (part) {
      return part.indexOf("http://") === 0 || part.indexOf("https://") === 0;
    });
    return urls ? Array.from(new Set(parts)).sort().join(" ") : text;
  }
  function sortLists(result, lists) {
    result.rows.forEach(function (row) {
      lists.forEach(function (name) {
        if (!row[name]) { return; }
        row[name] = Object.assign({}, row[name], { value: sortedList(row[name].value) });
      });
    });
    return result;
  }
  function namedQuery(name) {
    var found = PANEL.queries.filter(function (q) { return q.name === name; })[0];
    if (!found) { throw new Error("no query named " + JSON.stringify(name)); }
    return found;
  }
  function runNamed(name, given) {
    given = given || {};
    var query;
    try {
      query = namedQuery(name);
      Object.keys(given).forEach(function (key) {
        if (!query.params.some(function (p) { return p.name === key; })) {
          throw new Error("query " + name + " has no parameter " + key);
        }
      });
    } catch (err) { return Promise.reject(err); }
    return entities().then(function () {
      var terms = {};
      query.params.forEach(function (p) {
        var value = given[p.name];
        if (value === undefined || value === null || value === "") {
          if (!p.optional) { throw new Error("query " + name + " needs " + p.name + " (" + p.help + ")"); }
          return;
        }
        terms[p.name] = paramTerm(p, value);
      });
      return execute(bindValues(query.text, terms));
    }).then(function (result) { return sortLists(result, query.lists); });
  }

  // ---- entities for the parameter pickers ----------------------------------------------------
  var entityList = null;
  var entityByName = new Map(); // normalised id, label or "label (type)" -> IRI, null if shared
  // The same folding as graphkit.names.normalize, so a name finds what `graphkit query` finds.
  function norm(text) {
    var folded = String(text).normalize("NFKC").replace(/[\u2018\u2019]/g, "'")
      .replace(/[\u201c\u201d]/g, '"').toLowerCase().trim()
      .replace(/^the\s+/, "").replace(/'s$/, "");
    return folded.replace(/[^\p{L}\p{N}\p{M}_&]+/gu, " ").trim().split(/\s+/).join(" ");
  }
  function entities() {
    if (entityList) { return Promise.resolve(entityList); }
    return execute(PANEL.entities_query).then(function (result) {
      var seen = new Map();
      result.rows.forEach(function (row) {
        var iri = row.entity.value;
        if (!seen.has(iri)) { seen.set(iri, { iri: iri, label: row.label.value, type: row.type.value }); }
      });
      entityList = Array.from(seen.values());
      function add(name, iri) {
        var key = norm(name);
        entityByName.set(key, entityByName.has(key) && entityByName.get(key) !== iri ? null : iri);
      }
      entityList.forEach(function (e) {
        add(e.iri.slice(PANEL.entity_base.length), e.iri);
        add(e.label, e.iri);
        add(e.label + " (" + e.type + ")", e.iri);
      });
      return entityList;
    });
  }
  function resolveEntity(value) {
    var text = String(value);
    if (text.indexOf(PANEL.entity_base) === 0 && entityList.some(function (e) { return e.iri === text; })) {
      return text;
    }
    var iri = entityByName.get(norm(text));
    if (iri === undefined) { throw new Error("no entity called " + JSON.stringify(text) + " in the graph"); }
    if (iri === null) { throw new Error(JSON.stringify(text) + " names several entities; pick one from the list"); }
    return iri;
  }

  // ---- CSV ---------------------------------------------------------------------------------
  function csvField(text) {
    return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }
  function toCsv(result) {
    var lines = [result.vars.map(csvField).join(",")];
    result.rows.forEach(function (row) {
      lines.push(result.vars.map(function (v) { return csvField(row[v] ? row[v].value : ""); }).join(","));
    });
    return lines.join("\n") + "\n";
  }
  // ---- for the panel, tests and scripts --------------------------------------------------------
  api.queries = PANEL.queries;
  api.entityBase = PANEL.entity_base;
  api.adHoc = adHoc;
  api.runNamed = runNamed;
  api.entities = entities;
  api.toCsv = toCsv;
  window.graphkitSparql = api;
  window.graphkit.sparql = function (text) {
    return adHoc(text).then(function (r) { return r.rows; });
  };
  window.graphkit.sparqlNamed = function (name, given) {
    return runNamed(name, given).then(function (r) { return r.rows; });
  };
})();
