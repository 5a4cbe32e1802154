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
        return { vars: ["answer"], boolean: json.boolean, rows: [{ answer: { type: "literal",
          value: String(json.boolean), datatype: "http://www.w3.org/2001/XMLSchema#boolean" } }] };
      }
      return amountsWritten({ vars: json.head.vars, rows: json.results.bindings });
    });
  }
  // An amount column's decimals as `graphkit query` writes them (query/cells.py,
  // amounts_written): "1000.50", where the engine gives its canonical "1000.5".
  var XSD_DECIMAL = "http://www.w3.org/2001/XMLSchema#decimal";
  function amountsWritten(result) {
    var money = window.graphkitAmounts.moneyColumns(result.vars);
    if (!money.length) { return result; }
    result.rows.forEach(function (row) {
      money.forEach(function (v) {
        var term = row[v];
        if (term && term.type === "literal" && term.datatype === XSD_DECIMAL) {
          row[v] = Object.assign({}, term, { value: window.graphkitAmounts.text(term.value) });
        }
      });
    });
    return result;
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
  // The document each cited URL names where the graph cites it by another spelling too (with
  // and without a trailing "/", over http, an award by its record and by its page), as the
  // page's data gives it for the whole graph (viz/sparql.py, spelt_apart): a document is listed
  // once, by its plainest spelling, as the command line lists it (query/cells.py).
  var TITLE_OF = "\u001e";
  function documentOf(url) {
    return Object.prototype.hasOwnProperty.call(PANEL.documents, url) ? PANEL.documents[url] : url;
  }
  function plainest(a, b) {
    var keys = [[a.indexOf("http://") === 0, b.indexOf("http://") === 0],
                [a.indexOf("#") >= 0, b.indexOf("#") >= 0], [a.length, b.length], [a, b]];
    for (var i = 0; i < keys.length; i++) {
      if (keys[i][0] !== keys[i][1]) { return keys[i][0] < keys[i][1] ? -1 : 1; }
    }
    return 0;
  }
  // Titles each written after its document's URL ("URL\u001eTitle"): one per document, a given
  // one with its plainest URL (an award cited by its record and by its page: its record's).
  function titles(text) {
    var found = new Map();
    text.split(LIST_SEPARATOR).filter(Boolean).forEach(function (part) {
      var at = part.indexOf(TITLE_OF);
      var url = part.slice(0, at), title = part.slice(at + 1);
      var key = url ? "url " + documentOf(url) : "title " + title;
      var told = found.get(key);
      if (!told || better({ title: title, url: url }, told)) { found.set(key, { title: title, url: url }); }
    });
    var names = new Set();
    found.forEach(function (told) { if (told.title) { names.add(told.title); } });
    return Array.from(names).sort().join(" | ");
  }
  function better(a, b) {
    if (!a.title !== !b.title) { return !!a.title; }
    var order = plainest(a.url, b.url);
    return order !== 0 ? order < 0 : a.title < b.title;
  }
  function sortedList(text) {
    if (text.indexOf(TITLE_OF) >= 0) { return titles(text); }
    if (text.indexOf(LIST_SEPARATOR) >= 0) {
      return Array.from(new Set(text.split(LIST_SEPARATOR).filter(Boolean))).sort().join(" | ");
    }
    var parts = text.split(/\s+/).filter(Boolean);
    var urls = parts.every(function (part) {
      return part.indexOf("http://") === 0 || part.indexOf("https://") === 0;
    });
    if (!urls) { return text; }
    var kept = new Map();
    Array.from(new Set(parts)).sort(plainest).forEach(function (url) {
      var document = documentOf(url);
      if (!kept.has(document)) { kept.set(document, url); }
    });
    return Array.from(kept.values()).sort().join(" ");
  }
  // A list of amounts (each source's of a disputed fact, `AMOUNT CURRENCY (source)`) with each
  // amount as `graphkit query` writes it (query/cells.py, listed_amounts): "249999.50 USD
  // (…)", where the engine's STR gives "249999.5"; before sorting, as there.
  function amountsListed(result, lists) {
    var money = window.graphkitAmounts.moneyColumns(result.vars).filter(function (name) {
      return lists.indexOf(name) >= 0;
    });
    result.rows.forEach(function (row) {
      money.forEach(function (name) {
        if (!row[name]) { return; }
        var entries = row[name].value.split(LIST_SEPARATOR).filter(Boolean).map(amountEntry);
        row[name] = Object.assign({}, row[name], { value: entries.join(LIST_SEPARATOR) });
      });
    });
    return result;
  }
  function amountEntry(entry) {
    var words = entry.split(" ");
    var amount = words[0], currency = words.length > 1 ? words[1] : "";
    var spelt = (window.graphkitAmounts.text(amount) + " " + currency).trim();
    return (spelt + " " + words.slice(2).join(" ")).trim();
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
    }).then(function (result) {
      return sortLists(amountsListed(result, query.lists), query.lists);
    });
  }

  // ---- entities for the parameter pickers ----------------------------------------------------
  var entityList = null;
  var entityByChoice = new Map(); // "label (type)", as the pickers offer it -> IRI, null if shared
  var entityByKey = new Map(); // nameKey of an id, label or alias -> Set of IRIs
  var entityByFold = new Map(); // norm of a label or alias -> Set of IRIs
  // The same folding as graphkit.names.normalize, so a name finds what `graphkit query` finds.
  function norm(text) {
    var folded = String(text).normalize("NFKC").replace(/[\u2018\u2019]/g, "'")
      .replace(/[\u201c\u201d]/g, '"').toLowerCase().trim()
      .replace(/^the\s+/, "").replace(/'s$/, "");
    return folded.replace(/[^\p{L}\p{N}\p{M}_&]+/gu, " ").trim().split(/\s+/).join(" ");
  }
  // graphkit.names.name_key: "Palantir Technologies Inc." and "U.S. Immigration and Customs
  // Enforcement (ICE)" find what they find on the command line.
  var LEGAL_TAIL = new RegExp(PANEL.legal_tail);
  var INVERTED = new RegExp(PANEL.inverted, "i"); // "Justice, Department of"
  function nameKey(name) {
    var text = String(name).replace(/\s*\([^()]*\)\s*$/, "") || String(name);
    var inverted = INVERTED.exec(text);
    if (inverted) { text = inverted[2] + " " + inverted[1].trim() + (inverted[3] || ""); }
    text = norm(text.replace(/&/g, " and "));
    text = text.replace(/^(?:u s a|u s|united states(?: of america)?)\s+(?=\S)/, "");
    text = text.replace(/^the\s+/, "");
    var stripped = text.replace(LEGAL_TAIL, "").trim();
    return stripped || text;
  }
  function index(map, key, iri) {
    if (!map.has(key)) { map.set(key, new Set()); }
    map.get(key).add(iri);
  }
  function entities() {
    if (entityList) { return Promise.resolve(entityList); }
    var aliases = "SELECT ?entity ?alias WHERE { ?entity <https://w3id.org/techgov/ontology#alias> ?alias }";
    return Promise.all([execute(PANEL.entities_query), execute(aliases)]).then(function (found) {
      var seen = new Map();
      found[0].rows.forEach(function (row) {
        var iri = row.entity.value;
        if (!seen.has(iri)) { seen.set(iri, { iri: iri, label: row.label.value, type: row.type.value }); }
      });
      entityList = Array.from(seen.values());
      function named(name, iri) {
        index(entityByKey, nameKey(name), iri);
        index(entityByFold, norm(name), iri);
      }
      entityList.forEach(function (e) {
        index(entityByKey, nameKey(e.iri.slice(PANEL.entity_base.length)), e.iri);
        named(e.label, e.iri);
        var choice = e.label + " (" + e.type + ")";
        entityByChoice.set(choice, entityByChoice.has(choice) ? null : e.iri);
      });
      found[1].rows.forEach(function (row) {
        if (seen.has(row.entity.value)) { named(row.alias.value, row.entity.value); }
      });
      return entityList;
    });
  }
  // As graphkit.query.named.find_entity: an id, then a label or alias by its name key; among
  // several, the one written alike.
  function resolveEntity(value) {
    var text = String(value);
    if (text.indexOf(PANEL.entity_base) === 0 && entityList.some(function (e) { return e.iri === text; })) {
      return text;
    }
    var chosen = entityByChoice.get(text);
    if (chosen) { return chosen; }
    var id = PANEL.entity_base + text;
    if (/^[A-Za-z0-9._~-]+$/.test(text) && entityList.some(function (e) { return e.iri === id; })) {
      return id;
    }
    var hits = Array.from(entityByKey.get(nameKey(text)) || []);
    if (hits.length > 1) {
      var alike = entityByFold.get(norm(text)) || new Set();
      var written = hits.filter(function (iri) { return alike.has(iri); });
      if (written.length) { hits = written; }
    }
    if (!hits.length) { throw new Error("no entity called " + JSON.stringify(text) + " in the graph"); }
    if (hits.length > 1) { throw new Error(JSON.stringify(text) + " names several entities; pick one from the list"); }
    return hits[0];
  }

  // ---- CSV ---------------------------------------------------------------------------------
  function csvField(text) {
    return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }
  // The layout of `graphkit query --format csv`: an ASK as its bare answer, a blank node as
  // `_:label`.
  function csvCell(term) {
    if (!term) { return ""; }
    return csvField(term.type === "bnode" ? "_:" + term.value : term.value);
  }
  function toCsv(result) {
    if (typeof result.boolean === "boolean") { return String(result.boolean) + "\n"; }
    var lines = [result.vars.map(csvField).join(",")];
    result.rows.forEach(function (row) {
      lines.push(result.vars.map(function (v) { return csvCell(row[v]); }).join(","));
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
