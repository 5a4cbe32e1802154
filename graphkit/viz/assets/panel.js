/* graphkit network page: the side panel for a selected entity or tie.
 * An entity's summary comes first (type, aliases, identifiers, counts, money paid or
 * received); then its facts, grouped by relation family in the page's panel order, largest
 * amount and latest date first, each rendered by evidence.js with its citations.
 */
window.graphkitPanel = function (page) {
  "use strict";
  // page: {data, nodeById, incident, familyRank, families, tiesOf(id), tie(key), endOf(id),
  //        officesShown(), focusNode(id), opened()}
  var ev = window.graphkitEvidence, T = window.graphkitTies;
  var el = ev.el;
  var PAGE_SIZE = 100; // facts drawn per group at once; the rest behind a button
  var panel = document.getElementById("panel");
  var body = document.getElementById("panel-body");
  var factOrder = T.order(page.familyRank);

  function nodeButton(id) {
    var b = el("button", page.nodeById.get(id).label);
    b.type = "button";
    b.addEventListener("click", function () { page.focusNode(page.endOf(id)); });
    return b;
  }
  function open(build) {
    ev.clear(body);
    build();
    var opening = panel.hidden;
    panel.hidden = false;
    panel.scrollTop = 0;
    if (opening) { page.opened(); }
  }
  function definitions(rows) {
    var dl = el("dl", null, "summary");
    rows.forEach(function (row) {
      if (row[1] === null || row[1] === undefined || row[1] === "") { return; }
      dl.appendChild(el("dt", row[0]));
      var dd = el("dd", row[1]);
      Object.keys(row[2] || {}).forEach(function (k) { dd.dataset[k] = row[2][k]; });
      dl.appendChild(dd);
    });
    if (dl.childNodes.length) { body.appendChild(dl); }
  }
  function more(list, rest) {
    var button = el("button", "Show " + rest.length + " more", "more");
    button.type = "button";
    button.addEventListener("click", function () {
      button.remove();
      rest.slice(0, PAGE_SIZE).forEach(function (e) { list.appendChild(ev.factBlock(e, nodeButton)); });
      if (rest.length > PAGE_SIZE) { more(list, rest.slice(PAGE_SIZE)); }
    });
    list.appendChild(button);
  }
  function factList(facts) {
    var groups = new Map();
    facts.slice().sort(factOrder).forEach(function (e) {
      if (!groups.has(e.family)) { groups.set(e.family, []); }
      groups.get(e.family).push(e);
    });
    groups.forEach(function (group, family) {
      var section = el("section", null, "facts");
      section.dataset.family = family;
      var name = page.families[family] ? page.families[family].label : family;
      section.appendChild(el("h3", name + " · " + group.length, "group"));
      group.slice(0, PAGE_SIZE).forEach(function (e) { section.appendChild(ev.factBlock(e, nodeButton)); });
      if (group.length > PAGE_SIZE) { more(section, group.slice(PAGE_SIZE)); }
      body.appendChild(section);
    });
  }
  function moneyRow(name, facts) {
    var t = T.totals(facts);
    var sums = T.sums(t);
    if (!sums.length) { return [name, null]; }
    var said = [t.awards ? T.plural(t.awards, "award", "awards") : null, T.currencyConflict(t)];
    said = said.filter(Boolean);
    return [name, sums.join(" + ") + (said.length ? " (" + said.join("; ") + ")" : "")];
  }

  function entity(id) {
    var n = page.nodeById.get(id);
    var ties = page.tiesOf(id);
    var facts = [];
    ties.forEach(function (key) { facts = facts.concat(page.tie(key).facts); });
    open(function () {
      body.appendChild(el("h2", n.label));
      body.appendChild(el("p", n.type.replace(/([a-z])([A-Z])/g, "$1 $2") + " · " +
        T.plural(facts.length, "fact", "facts") + " · " + T.plural(ties.size, "tie", "ties"), "meta"));
      var offices = page.data.nodes.filter(function (o) { return o.fold === id; }).length;
      var rows = [["also known as", n.aliases.join("; ")]];
      Object.keys(n.identifiers).sort().forEach(function (k) { rows.push([k, n.identifiers[k]]); });
      rows.push(moneyRow("paid to suppliers", facts.filter(function (e) {
        return e.relation === "supplies" && page.endOf(e.to) === id;
      })));
      rows.push(moneyRow("received from buyers", facts.filter(function (e) {
        return e.relation === "supplies" && page.endOf(e.from) === id;
      })));
      rows.push(["contracting offices", offices && !page.officesShown() ? offices + " (folded in)" : null]);
      definitions(rows);
      var hidden = page.incident.get(id).length - facts.length;
      if (hidden > 0 && !n.fold) {
        body.appendChild(el("p", hidden + " more not shown (filters, contracts or entities off the canvas)", "hint"));
      }
      factList(facts);
    });
  }

  function tie(key) {
    var t = page.tie(key);
    var sum = T.totals(t.facts);
    open(function () {
      var h = el("h2");
      h.appendChild(nodeButton(t.from));
      h.appendChild(document.createTextNode(" — "));
      h.appendChild(nodeButton(t.to));
      body.appendChild(h);
      body.appendChild(el("p", T.summary(t.facts), "meta tie-summary"));
      var rows = [["facts", String(t.facts.length)], ["awards", sum.awards ? String(sum.awards) : null]];
      Object.keys(sum.amounts).sort().forEach(function (c) {
        rows.push([sum.awards && sum.obligated ? "obligated" : "amount",
                   window.graphkitAmounts.shown(sum.written[c], c),
                   { total: String(sum.amounts[c]), currency: c }]);
      });
      rows.push(["currencies", T.currencyConflict(sum)]);
      rows.push(["sources", String(sum.sources)]);
      definitions(rows);
      factList(t.facts);
    });
  }

  function close() {
    if (panel.hidden) { return false; }
    panel.hidden = true;
    return true;
  }

  return { entity: entity, tie: tie, close: close };
};
