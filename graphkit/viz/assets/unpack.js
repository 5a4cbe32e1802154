/* graphkit network page: the page data, unpacked once for every script on the page.
 * graphkit/viz/pack.py writes each source once, a fact's ends as indexes into the entity
 * list, ids without their shared prefix, and no field at its kind's default (the defaults
 * travel with the data); this puts back the records the rest of the page reads (see
 * viz/data.py), once, for every script: window.graphkitData().
 */
window.graphkitData = (function () {
  "use strict";

  var data = null;
  function withDefaults(record, defaults) {
    Object.keys(defaults).forEach(function (key) {
      if (!Object.prototype.hasOwnProperty.call(record, key)) {
        var value = defaults[key];
        // Each record its own list or mapping, never one shared by all.
        record[key] = value !== null && typeof value === "object" ? JSON.parse(JSON.stringify(value)) : value;
      }
    });
    return record;
  }
  // The same rules as pack.py's: the leading year of a date, a relation's family.
  function yearOf(value) {
    if (typeof value !== "string") { return null; }
    var head = value.replace(/^-+/, "").slice(0, 4);
    return /^[0-9]+$/.test(head) ? Number(head) : null;
  }
  function derive(e, packed) {
    if (!Object.prototype.hasOwnProperty.call(e, "from_year")) { e.from_year = yearOf(e.start); }
    if (!Object.prototype.hasOwnProperty.call(e, "to_year")) { e.to_year = yearOf(e.end); }
    if (!Object.prototype.hasOwnProperty.call(e, "family")) {
      e.family = Object.prototype.hasOwnProperty.call(packed.relation_families, e.relation)
        ? packed.relation_families[e.relation] : packed.default_family;
    }
  }
  function unpack(packed) {
    var d = packed.defaults;
    function idOf(record, base) {
      var id = record.iri !== undefined ? record.iri : base + record.key;
      delete record.iri;
      delete record.key;
      record.id = id;
    }
    var sources = packed.sources.map(function (s) { return withDefaults(s, d.sources); });
    packed.nodes.forEach(function (n) { idOf(n, packed.bases.nodes); withDefaults(n, d.nodes); });
    packed.edges.forEach(function (e) {
      idOf(e, packed.bases.facts);
      e.from = packed.nodes[e.from].id;
      e.to = packed.nodes[e.to].id;
      withDefaults(e, d.facts);
      derive(e, packed);
      e.citations = e.citations.map(function (c) {
        var source = sources[c.source];
        var out = {};
        Object.keys(source).forEach(function (key) { out[key] = source[key]; });
        Object.keys(c).forEach(function (key) { if (key !== "source") { out[key] = c[key]; } });
        return withDefaults(out, d.citations);
      });
    });
    delete packed.sources;
    delete packed.defaults;
    delete packed.bases;
    delete packed.relation_families;
    delete packed.default_family;
    return packed;
  }
  // Characters that reorder the text around them (bidirectional overrides, isolates and marks)
  // are shown as the escapes the command line prints (`\u202e`), not obeyed: a label or a
  // publisher holding one would otherwise reverse what follows it, a citation's date included.
  var BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
  function shown(text) {
    return text.replace(BIDI, function (c) {
      return "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0");
    });
  }
  function shownDeep(value) {
    if (typeof value === "string") { return shown(value); }
    if (Array.isArray(value)) { return value.map(shownDeep); }
    if (value !== null && typeof value === "object") {
      Object.keys(value).forEach(function (key) { value[key] = shownDeep(value[key]); });
    }
    return value;
  }
  window.graphkitShown = function (text) { return shown(String(text)); };
  return function () {
    if (data === null) {
      var text = document.getElementById("graph-data").textContent;
      BIDI.lastIndex = 0;
      var packed = JSON.parse(text);
      // One look at the whole text first: most graphs hold no such character at all.
      data = unpack(BIDI.test(text) ? shownDeep(packed) : packed);
    }
    return data;
  };
})();
