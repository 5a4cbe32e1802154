/* graphkit network page: entity names on the canvas, placed so that none covers another.
 * Greedy, in the order given (most important first): each name tries below its entity, then
 * above, right and left; a name with no free spot is left out until the reader zooms in,
 * except names marked `priority` (the selection and its neighbours), which are always drawn.
 * Everything is in CSS pixels of the canvas; the page paints after vis-network has drawn.
 */
window.graphkitLabels = function (font) {
  "use strict";
  var CELL = 80; // a grid of cells, so each new name is checked only against its neighbours
  var widths = new Map();
  var measurer = document.createElement("canvas").getContext("2d");

  function textWidth(text, px) {
    var w = widths.get(text);
    if (w === undefined) {
      measurer.font = "100px " + font;
      w = measurer.measureText(text).width / 100;
      widths.set(text, w);
    }
    return w * px;
  }
  function overlaps(a, b) {
    return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
  }

  // candidates: [{id, x, y, r, text, px, priority}] -> Map id -> {px, box: [x, y, w, h], text}
  function place(candidates, width, height) {
    var grid = new Map();
    var placed = new Map();
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
        return !(grid.get(key) || []).some(function (other) { return overlaps(b, other); });
      });
    }
    function inside(b) { return b[0] >= 0 && b[1] >= 0 && b[0] + b[2] <= width && b[1] + b[3] <= height; }
    candidates.forEach(function (c) {
      if (placed.has(c.id)) { return; }
      var w = textWidth(c.text, c.px) + 4, h = c.px * 1.3;
      var spots = [[c.x - w / 2, c.y + c.r], [c.x - w / 2, c.y - c.r - h],
                   [c.x + c.r, c.y - h / 2], [c.x - c.r - w, c.y - h / 2]].map(function (s) {
        return [s[0], s[1], w, h];
      });
      var box = null;
      for (var i = 0; i < spots.length && box === null; i++) {
        if (inside(spots[i]) && free(spots[i])) { box = spots[i]; }
      }
      if (box === null && c.priority && inside(spots[0])) { box = spots[0]; }
      if (box === null) { return; }
      cells(box, function (key) {
        if (!grid.has(key)) { grid.set(key, []); }
        grid.get(key).push(box);
      });
      placed.set(c.id, { px: c.px, box: box, text: c.text });
    });
    return placed;
  }

  // Paint placed names on the canvas context vis-network drew on; colour(id) gives the fill.
  function paint(ctx, placed, pixelRatio, colour) {
    ctx.save();
    ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    ctx.lineWidth = 3;
    ctx.strokeStyle = "rgba(255,255,255,0.9)";
    placed.forEach(function (label, id) {
      ctx.font = label.px.toFixed(1) + "px " + font;
      var x = label.box[0] + label.box[2] / 2, y = label.box[1] + label.px * 0.12;
      ctx.strokeText(label.text, x, y);
      ctx.fillStyle = colour(id);
      ctx.fillText(label.text, x, y);
    });
    ctx.restore();
  }

  return { place: place, paint: paint };
};
