/* graphkit story: an author's walk through the graph, one step at a time.
 * Captions arrive as runs of text (see graphkit/viz/story.py) and are built with textContent;
 * only http(s) links, checked again here, become anchors. The canvas is driven through
 * window.graphkit: highlight() where the page offers it, else the fading below.
 */
(function () {
  "use strict";

  var STORY = JSON.parse(document.getElementById("story-data").textContent);
  var DATA = JSON.parse(document.getElementById("graph-data").textContent);
  var gk = window.graphkit;
  var ev = window.graphkitEvidence;
  var el = ev.el, clear = ev.clear;
  var FADED = "rgba(190,190,190,0.25)";
  var edgeById = new Map();
  var nodeById = new Map();
  DATA.edges.forEach(function (e) { edgeById.set(e.id, e); });
  DATA.nodes.forEach(function (n) { nodeById.set(n.id, n); });
  var current = 0; // 0-based; the page shows current + 1
  var lit = { nodes: [], edges: [] };

  // ---- captions ----------------------------------------------------------------------------
  function runs(parent, list) {
    list.forEach(function (run) {
      if (run[0] === "text") { parent.appendChild(document.createTextNode(run[1])); return; }
      if (run[0] === "em" || run[0] === "strong") {
        var node = el(run[0]);
        runs(node, run[1]);
        parent.appendChild(node);
        return;
      }
      if (run[0] === "link") {
        var href = ev.safeHref(run[1]);
        var target = href ? ev.link(href, "") : el("span");
        runs(target, run[2]);
        parent.appendChild(target);
      }
    });
  }
  function paragraphs(parent, list, cls) {
    list.forEach(function (p) {
      var node = el("p", null, cls);
      runs(node, p);
      parent.appendChild(node);
    });
  }

  // ---- the canvas: what a step lights up ---------------------------------------------------
  var saved = { nodes: new Map(), edges: new Map() };
  function fadeTo(nodes, edges) {
    var keepNodes = new Set(nodes);
    var keepEdges = new Set(edges);
    var nodeUpdates = [];
    var edgeUpdates = [];
    gk.nodes.forEach(function (n) {
      if (!saved.nodes.has(n.id)) { saved.nodes.set(n.id, { color: n.color, font: n.font }); }
      var orig = saved.nodes.get(n.id);
      nodeUpdates.push(keepNodes.has(n.id)
        ? { id: n.id, color: orig.color, font: orig.font }
        : { id: n.id, color: { background: FADED, border: FADED }, font: { color: FADED } });
    });
    gk.edges.forEach(function (e) {
      if (!saved.edges.has(e.id)) { saved.edges.set(e.id, { color: e.color, font: e.font, width: e.width }); }
      var orig = saved.edges.get(e.id);
      edgeUpdates.push(keepEdges.has(e.id)
        ? { id: e.id, color: orig.color, font: orig.font, width: Math.max(orig.width || 1, 3) }
        : { id: e.id, color: { color: FADED, highlight: FADED, hover: FADED, inherit: false },
            font: { color: "rgba(0,0,0,0)", strokeWidth: 0 }, width: orig.width });
    });
    gk.nodes.update(nodeUpdates);
    gk.edges.update(edgeUpdates);
  }
  function light(nodes, edges) {
    lit = { nodes: nodes.slice(), edges: edges.slice() };
    if (typeof gk.highlight === "function") { gk.highlight(nodes.concat(edges)); }
    else { fadeTo(nodes, edges); }
  }
  function stepNodes(step) {
    var ids = new Set(step.entities);
    step.facts.forEach(function (id) {
      var e = edgeById.get(id);
      if (e) { ids.add(e.from); ids.add(e.to); }
    });
    return Array.from(ids).filter(function (id) { return nodeById.has(id); }).sort();
  }
  function camera(step, nodes) {
    var net = gk.network;
    var animation = { duration: 400, easingFunction: "easeInOutQuad" };
    if (step.camera && step.camera.focus) {
      net.focus(step.camera.focus, { scale: step.camera.zoom || 1.2, animation: animation });
    } else if (nodes.length) {
      net.fit({ nodes: nodes, animation: animation });
      if (step.camera && step.camera.zoom) {
        net.moveTo({ scale: step.camera.zoom, animation: animation });
      }
    }
  }

  // ---- the panel ---------------------------------------------------------------------------
  function add(parent, tag, text, id, cls) {
    var node = el(tag, text, cls);
    node.id = id;
    if (tag === "button") { node.type = "button"; }
    parent.appendChild(node);
    return node;
  }
  var panel = el("aside", null, "story-panel");
  panel.id = "story";
  panel.setAttribute("aria-label", "Story");
  var heading = el("h2", STORY.title);
  panel.appendChild(heading);
  var intro = el("div", null, "story-intro");
  paragraphs(intro, STORY.introduction, null);
  panel.appendChild(intro);
  // The step list sits above the step, so moving never leaves the reader at the bottom.
  var list = el("ol", null, "story-steps");
  list.id = "story-steps";
  STORY.steps.forEach(function (step, i) {
    var li = el("li");
    var b = el("button", step.title);
    b.type = "button";
    b.dataset.step = String(i + 1);
    b.addEventListener("click", function () { go(i + 1); });
    li.appendChild(b);
    list.appendChild(li);
  });
  panel.appendChild(list);
  var nav = el("nav", null, "story-nav");
  var prev = add(nav, "button", "← Previous", "story-prev");
  var counter = add(nav, "span", null, "story-counter", "story-counter");
  var next = add(nav, "button", "Next →", "story-next");
  panel.appendChild(nav);
  var body = add(panel, "div", null, "story-step", "story-step");
  body.setAttribute("aria-live", "polite");
  document.body.appendChild(panel);
  document.body.classList.add("story-mode");

  function nodeButton(id) {
    var n = nodeById.get(id);
    var b = el("button", n ? n.label : id);
    b.type = "button";
    b.addEventListener("click", function () { gk.network.focus(id, { scale: 1.3, animation: true }); });
    return b;
  }
  function go(number) {
    var total = STORY.steps.length;
    number = Math.max(1, Math.min(total, number));
    current = number - 1;
    var step = STORY.steps[current];
    var nodes = stepNodes(step);
    clear(body);
    body.appendChild(el("h3", step.title));
    paragraphs(body, step.caption, "story-caption");
    if (step.facts.length) {
      var evidence = el("div", null, "story-evidence");
      evidence.appendChild(el("h4", "The facts and their sources"));
      step.facts.forEach(function (id) {
        var e = edgeById.get(id);
        if (e) { evidence.appendChild(ev.factBlock(e, nodeButton)); }
      });
      body.appendChild(evidence);
    }
    counter.textContent = "Step " + number + " of " + total;
    prev.disabled = number === 1;
    next.disabled = number === total;
    list.querySelectorAll("button").forEach(function (b) {
      var on = b.dataset.step === String(number);
      b.classList.toggle("current", on);
      if (on) { b.setAttribute("aria-current", "step"); } else { b.removeAttribute("aria-current"); }
    });
    light(nodes, step.facts);
    if (document.body.dataset.ready === "true") { camera(step, nodes); }
    // Past the first step the caption matters more than the introduction: bring it up.
    panel.scrollTop = number > 1 ? Math.max(0, nav.offsetTop - 8) : 0;
    document.body.dataset.step = String(number);
  }
  prev.addEventListener("click", function () { go(current); });
  next.addEventListener("click", function () { go(current + 2); });
  document.addEventListener("keydown", function (event) {
    var t = event.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) { return; }
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    if (event.key === "ArrowRight" || event.key === "ArrowDown" || event.key === "PageDown") {
      go(current + 2);
      event.preventDefault();
    } else if (event.key === "ArrowLeft" || event.key === "ArrowUp" || event.key === "PageUp") {
      go(current);
      event.preventDefault();
    } else if (event.key === "Home") {
      go(1);
      event.preventDefault();
    } else if (event.key === "End") {
      go(STORY.steps.length);
      event.preventDefault();
    }
  });

  // The page fits the whole graph once its layout settles; the step's camera comes after.
  if (document.body.dataset.ready === "true") { camera(STORY.steps[0], stepNodes(STORY.steps[0])); }
  else {
    new MutationObserver(function (changes, observer) {
      if (document.body.dataset.ready !== "true") { return; }
      observer.disconnect();
      // After the page's own fit to the whole graph, which follows the same event.
      setTimeout(function () {
        var step = STORY.steps[current];
        camera(step, stepNodes(step));
      }, 50);
    }).observe(document.body, { attributes: true, attributeFilter: ["data-ready"] });
  }

  gk.story = {
    go: go,
    step: function () { return current + 1; },
    count: STORY.steps.length,
    highlighted: function () { return { nodes: lit.nodes.slice(), edges: lit.edges.slice() }; }
  };
  go(1);
})();
