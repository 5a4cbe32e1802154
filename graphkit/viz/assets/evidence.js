/* graphkit network page: the evidence shown for a fact, built as DOM text only.
 * Source strings go through textContent; only http(s) URLs become links, opened in a new tab
 * without an opener or referrer.
 */
window.graphkitEvidence = (function () {
  "use strict";

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (cls) { node.className = cls; }
    return node;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  // A control with an id, appended to `parent`; a button never submits anything.
  function control(parent, tag, text, id, cls) {
    var node = el(tag, text, cls);
    node.id = id;
    if (tag === "button") { node.type = "button"; }
    parent.appendChild(node);
    return node;
  }
  function safeHref(url) {
    if (typeof url !== "string") { return null; }
    try {
      var parsed = new URL(url);
      if ((parsed.protocol === "http:" || parsed.protocol === "https:") && parsed.hostname) {
        return parsed.href;
      }
    } catch (err) { /* not a URL: shown as text */ }
    return null;
  }
  function link(href, text) {
    var a = el("a", text);
    a.href = href;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }
  function short(text, max) {
    text = String(text);
    return text.length > max ? text.slice(0, max - 1) + "…" : text;
  }


  function addQualifier(dl, name, value) {
    if (value === null || value === undefined || value === "") { return; }
    dl.appendChild(el("dt", name));
    dl.appendChild(el("dd", value));
  }
  function period(e) {
    if (!e.start && !e.end) { return e.ongoing ? "ongoing" : null; }
    return (e.start || "?") + " – " + (e.end || (e.ongoing ? "present (ongoing)" : "end not known"));
  }
  // As `graphkit show` prints it beside the fact (amounts.js).
  function amount(e) {
    return e.amount ? window.graphkitAmounts.shown(e.amount, e.currency) : null;
  }
  // A fact's citations by the document they cite (its URL however written: with or without a
  // trailing "/", over http, an award by its record and by its page), in the order given; a
  // citation naming no URL stands alone.
  function byDocument(citations) {
    var groups = new Map();
    citations.forEach(function (c, i) {
      var key = c.document ? "document " + c.document : "citation " + i;
      if (!groups.has(key)) { groups.set(key, []); }
      groups.get(key).push(c);
    });
    return Array.from(groups.values());
  }
  // One document's item: its title, publisher and date once, then what each citation of it
  // adds (its quote, where in the document, the extractor), each distinct one once.
  function citationItem(cites) {
    var c = cites[0];
    var li = el("li", null, "citation");
    var href = safeHref(c.url);
    var title = c.title || c.url || c.url_text || "untitled record";
    li.appendChild(href ? link(href, title) : el("span", title, "title"));
    var meta = [c.publisher, c.date].filter(Boolean).join(", ");
    if (meta) { li.appendChild(el("div", meta, "source-meta")); }
    var shown = new Set();
    function once(kind, text, make) {
      if (text && !shown.has(kind + text)) { shown.add(kind + text); li.appendChild(make(text)); }
    }
    cites.forEach(function (cite) {
      once("quote ", cite.quote, function (q) { return el("blockquote", "“" + q + "”"); });
      var more = [];
      if (cite.locator) { more.push(cite.locator); }
      if (cite.extractor) {
        var conf = cite.confidence !== null && cite.confidence < 1
          ? " (confidence " + cite.confidence.toFixed(2) + ")" : "";
        more.push("via " + cite.extractor + conf);
      }
      once("more ", more.join(" · "), function (text) { return el("div", text, "source-meta"); });
    });
    if (!href && c.url_text) { li.appendChild(el("div", "address (not linked): " + c.url_text, "source-meta")); }
    var archive = cites.map(function (cite) { return safeHref(cite.archive); }).filter(Boolean)[0];
    if (archive) { li.appendChild(link(archive, "archived copy")); }
    return li;
  }
  function factBlock(e, nodeButton) {
    var div = el("div", null, "fact");
    div.dataset.edge = e.id;
    var h = el("h3");
    h.appendChild(nodeButton(e.from));
    h.appendChild(document.createTextNode(" " + e.relation + " "));
    h.appendChild(nodeButton(e.to));
    if (e.disputed) {
      div.classList.add("disputed");
      h.appendChild(el("span", " ⚠ disputed", "disputed-mark"));
    }
    div.appendChild(h);
    // A fact drawn between the ends one source's claim gives it (claimed.py), as `show` says.
    if (e.claimed) { div.appendChild(el("div", "named only in the claim of " + e.claimed, "source-meta claimed")); }
    var dl = el("dl");
    addQualifier(dl, "valid", period(e));
    addQualifier(dl, "amount", amount(e));
    addQualifier(dl, "product", e.product_label || e.product);
    addQualifier(dl, "award", e.contract_label || e.contract);
    addQualifier(dl, "role", e.role);
    addQualifier(dl, "status", e.status);
    if (e.confidence !== null && e.confidence < 1) { addQualifier(dl, "confidence", e.confidence.toFixed(2)); }
    if (dl.childNodes.length) { div.appendChild(dl); }
    if (e.disputed && e.claims && e.claims.length) {
      // Each source's own version, side by side: the page picks no winner.
      div.appendChild(el("div", "⚠ the sources disagree:", "source-meta"));
      var claims = el("ul", null, "claims");
      e.claims.forEach(function (c) {
        var li = el("li", null, "claim");
        var said = c.denied ? ["denies it"] : [period(c), amount(c), c.product, c.status].filter(Boolean);
        li.appendChild(el("span", (said.join("; ") || "states it") + " — "));
        var href = safeHref(c.url);
        var name = c.source || c.url || "untitled source";
        li.appendChild(href ? link(href, name) : el("span", name, "title"));
        if (c.sources && c.sources.length > 1) {
          li.appendChild(el("span", " and " + (c.sources.length - 1) + " more", "source-meta"));
        }
        claims.appendChild(li);
      });
      div.appendChild(claims);
    }
    var n = e.citations.length;
    div.appendChild(el("div", n + (n === 1 ? " citation" : " citations"), "source-meta"));
    var ol = el("ol", null, "citations");
    byDocument(e.citations).forEach(function (cites) { ol.appendChild(citationItem(cites)); });
    div.appendChild(ol);
    return div;
  }

  return { el: el, clear: clear, control: control, safeHref: safeHref, link: link, short: short, factBlock: factBlock };
})();
