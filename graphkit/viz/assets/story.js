/* graphkit story: an author's walk through the graph, one step at a time.
 * Captions arrive as runs of text (see graphkit/viz/story.py) and are built with textContent;
 * only http(s) links, checked again here, become anchors. The canvas is driven only through
 * the page's API (window.graphkit): highlight(), visible(), focusNode() and its network.
 */
(function () {
  "use strict";

  var STORY = JSON.parse(document.getElementById("story-data").textContent);
  var DATA = window.graphkitData();
  var gk = window.graphkit;
  var ev = window.graphkitEvidence;
  var el = ev.el, clear = ev.clear, add = ev.control;
  var edgeById = new Map();
  var nodeById = new Map();
  DATA.edges.forEach(function (e) { edgeById.set(e.id, e); });
  DATA.nodes.forEach(function (n) { nodeById.set(n.id, n); });
  var current = 0; // 0-based; the page shows current + 1
  var lit = { ties: [], hidden: [] }; // the step's ties on the canvas; its facts filtered out

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
  // The page draws ties, not facts: highlight() lights every tie holding one of the step's
  // facts, and the entities at their ends, where they are drawn (a contracting office folded
  // into its agency lights the agency's tie). Contracts are off the canvas until asked for,
  // so a step that names one turns the page's own "Show contracts" on.
  function needsContracts(step) {
    return step.entities.some(function (id) { return nodeById.get(id).type === "Contract"; }) ||
      step.facts.some(function (id) { return edgeById.get(id).relation === "awardedContract"; });
  }
  function showContracts() {
    var box = document.querySelector("#record-toggles input[value=contracts]");
    if (box && !box.checked) {
      box.checked = true;
      box.dispatchEvent(new Event("change"));
    }
  }
  function light(step) {
    if (needsContracts(step)) { showContracts(); }
    var ties = gk.highlight(step.facts.concat(step.entities));
    var shown = new Set(gk.visible().edges);
    lit = { ties: ties, hidden: step.facts.filter(function (id) { return !shown.has(id); }) };
  }
  // Where an entity is drawn: itself, or the agency a folded office sits in.
  function drawnAs(id) {
    var n = nodeById.get(id);
    return n.fold && !gk.state.offices ? n.fold : id;
  }
  function camera(step) {
    var net = gk.network;
    var animation = { duration: 400, easingFunction: "easeInOutQuad" };
    if (step.camera && step.camera.focus) {
      net.focus(drawnAs(step.camera.focus), { scale: step.camera.zoom || 1.2, animation: animation });
      return;
    }
    var shown = new Set(gk.visible().nodes);
    var nodes = Array.from(new Set(step.entities.map(drawnAs)))
      .filter(function (id) { return shown.has(id); });
    if (!nodes.length) { return; }
    if (step.camera && step.camera.zoom) {
      // Centre on the step's entities at the author's zoom.
      var at = net.getPositions(nodes);
      var xs = nodes.map(function (id) { return at[id].x; });
      var ys = nodes.map(function (id) { return at[id].y; });
      var centre = { x: (Math.min.apply(null, xs) + Math.max.apply(null, xs)) / 2,
                     y: (Math.min.apply(null, ys) + Math.max.apply(null, ys)) / 2 };
      net.moveTo({ position: centre, scale: step.camera.zoom, animation: animation });
    } else {
      net.fit({ nodes: nodes, animation: animation });
    }
  }

  // ---- the panel ---------------------------------------------------------------------------
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
    b.addEventListener("click", function () { gk.focusNode(id); });
    return b;
  }
  function go(number) {
    var total = STORY.steps.length;
    number = Math.max(1, Math.min(total, number));
    current = number - 1;
    var step = STORY.steps[current];
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
    light(step);
    if (lit.hidden.length) {
      var n = lit.hidden.length;
      body.appendChild(el("p", (n === 1 ? "One of these facts is" : n + " of these facts are") +
        " hidden by the filters; Reset shows " + (n === 1 ? "it." : "them."), "story-hidden"));
    }
    counter.textContent = "Step " + number + " of " + total;
    prev.disabled = number === 1;
    next.disabled = number === total;
    list.querySelectorAll("button").forEach(function (b) {
      var on = b.dataset.step === String(number);
      b.classList.toggle("current", on);
      if (on) { b.setAttribute("aria-current", "step"); } else { b.removeAttribute("aria-current"); }
    });
    if (document.body.dataset.ready === "true") { camera(step); }
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
  if (document.body.dataset.ready === "true") { camera(STORY.steps[0]); }
  else {
    new MutationObserver(function (changes, observer) {
      if (document.body.dataset.ready !== "true") { return; }
      observer.disconnect();
      // After the page's own fit to the whole graph, which follows the same event.
      setTimeout(function () {
        camera(STORY.steps[current]);
      }, 50);
    }).observe(document.body, { attributes: true, attributeFilter: ["data-ready"] });
  }

  gk.story = {
    go: go,
    step: function () { return current + 1; },
    count: STORY.steps.length,
    highlighted: function () { return { ties: lit.ties.slice(), hidden: lit.hidden.slice() }; }
  };
  // Reset clears the page's highlight; the story's step lights again.
  document.getElementById("reset").addEventListener("click", function () { go(current + 1); });
  go(1);
})();
