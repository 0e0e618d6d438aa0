// kgraph view: a force layout of the graph on a canvas, with filters and hover evidence.
// Written for kgraph, plain JavaScript, no library. The data is the JSON of view_data().
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("kgraph-data").textContent);
  const nodes = data.nodes;
  const edges = data.edges;
  const QUADS = [
    ["verbal_cooperation", "#74c476", "verbal cooperation"],
    ["material_cooperation", "#238b45", "material cooperation"],
    ["verbal_conflict", "#fd8d3c", "verbal conflict"],
    ["material_conflict", "#d7301f", "material conflict"],
    ["", "#b0b0b0", "no category"],
  ];
  const QUAD_COLOUR = Object.fromEntries(QUADS.map(([quad, colour]) => [quad, colour]));
  const PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
    "#b07aa1", "#ff9da7", "#9c755f", "#a0cbe8", "#ffbe7d", "#8cd17d", "#b6992d", "#499894",
    "#86bcb6", "#d37295", "#fabfd2", "#d4a6c8", "#79706e", "#f1ce63"];
  const OTHER = "#c7c7c7";
  const UNKNOWN = "#dcdcdc";
  const $ = (id) => document.getElementById(id);
  const canvas = $("graph");
  const context = canvas.getContext("2d");
  const tip = $("tip");
  const view = { x: 0, y: 0, k: 1 };
  const allDates = [...new Set(edges.flatMap((edge) => edge.dates))].sort();
  const enabled = new Set(edges.map((edge) => edge.category || ""));
  let colourOf = () => OTHER;
  let hovered = null;

  // --- layout: Fruchterman-Reingold with gravity, from a fixed spiral, so every run looks alike
  function layout() {
    const k = 45;
    nodes.forEach((node, i) => {
      const radius = k * Math.sqrt(i + 0.5);
      const angle = i * 2.399963;
      node.x = radius * Math.cos(angle);
      node.y = radius * Math.sin(angle);
      node.r = 4 + 3 * Math.sqrt(node.degree);
      node.visible = false;
    });
    edges.forEach((edge) => {
      edge.visible = nodes[edge.source].visible = nodes[edge.target].visible = true;
    });
    const iterations = nodes.length > 300 ? 120 : 300;
    // gravity pulls less across a wide canvas, so the layout takes the canvas's shape
    const aspect = canvas.clientWidth / canvas.clientHeight || 1;
    const gravityX = 1.5 / Math.sqrt(aspect);
    const gravityY = 1.5 * Math.sqrt(aspect);
    const dx = new Float64Array(nodes.length);
    const dy = new Float64Array(nodes.length);
    for (let step = 0; step < iterations; step++) {
      dx.fill(0);
      dy.fill(0);
      for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) {
          const x = nodes[i].x - nodes[j].x;
          const y = nodes[i].y - nodes[j].y;
          const d2 = Math.max(x * x + y * y, 1);
          const f = (k * k) / d2;
          dx[i] += x * f; dy[i] += y * f; dx[j] -= x * f; dy[j] -= y * f;
        }
      }
      for (const edge of edges) {
        const a = nodes[edge.source];
        const b = nodes[edge.target];
        const x = a.x - b.x;
        const y = a.y - b.y;
        const f = Math.sqrt(x * x + y * y) / k;
        dx[edge.source] -= x * f; dy[edge.source] -= y * f;
        dx[edge.target] += x * f; dy[edge.target] += y * f;
      }
      const temperature = 40 * (1 - step / iterations) + 0.5;
      nodes.forEach((node, i) => {
        dx[i] -= node.x * gravityX;
        dy[i] -= node.y * gravityY;
        const length = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) || 1;
        const move = Math.min(length, temperature) / length;
        node.x += dx[i] * move;
        node.y += dy[i] * move;
      });
    }
    separate();
    // parallel relations between two actors bend apart, each by its rank among them
    const pairs = new Map();
    edges.forEach((edge) => {
      const key = Math.min(edge.source, edge.target) + " " + Math.max(edge.source, edge.target);
      if (!pairs.has(key)) pairs.set(key, []);
      pairs.get(key).push(edge);
    });
    for (const group of pairs.values()) {
      group.forEach((edge, rank) => {
        const side = edge.source < edge.target ? 1 : -1;
        edge.bend = group.length === 1 ? 0 : side * (rank - (group.length - 1) / 2) * 18;
      });
    }
  }

  // nodes that still overlap are pushed apart, half the overlap each, a few rounds
  function separate() {
    for (let round = 0; round < 20; round++) {
      for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) {
          const a = nodes[i];
          const b = nodes[j];
          const x = a.x - b.x;
          const y = a.y - b.y;
          const d = Math.sqrt(x * x + y * y) || 0.01;
          const overlap = (a.r + b.r + 6 - d) / d / 2;
          if (overlap > 0) {
            a.x += x * overlap; a.y += y * overlap; b.x -= x * overlap; b.y -= y * overlap;
          }
        }
      }
    }
  }

  // --- filters ---------------------------------------------------------------------------
  function visibleEdge(edge) {
    if (!enabled.has(edge.category || "")) return false;
    if (edge.undated && $("undated").checked) return true;
    const from = allDates[+$("from").value];
    const to = allDates[+$("to").value];
    return edge.dates.some((date) => date >= from && date <= to);
  }

  function applyFilters() {
    nodes.forEach((node) => { node.visible = false; });
    edges.forEach((edge) => {
      edge.visible = visibleEdge(edge);
      if (edge.visible) nodes[edge.source].visible = nodes[edge.target].visible = true;
    });
    $("from-label").textContent = allDates[+$("from").value] || "no dated relations";
    $("to-label").textContent = allDates[+$("to").value] || "";
    draw();
  }

  // --- colours and legends -----------------------------------------------------------------
  function counted(count) {
    const element = document.createElement("span");
    element.className = "count";
    element.textContent = count === undefined ? "" : " " + count;
    return element;
  }

  function swatch(colour, text, count, shape) {
    const element = document.createElement("div");
    const mark = document.createElement("span");
    mark.className = shape;
    mark.style.background = colour;
    element.append(mark, text, counted(count));
    return element;
  }

  function setColours() {
    const attribute = $("colour-by").value;
    const counts = new Map();
    nodes.forEach((node) => {
      const value = node[attribute];
      if (value) counts.set(value, (counts.get(value) || 0) + 1);
    });
    const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const colours = new Map(ranked.slice(0, PALETTE.length).map(([v], i) => [v, PALETTE[i]]));
    colourOf = (node) => (node[attribute] ? colours.get(node[attribute]) || OTHER : UNKNOWN);
    const legend = $("node-legend");
    legend.replaceChildren(...ranked.slice(0, PALETTE.length)
      .map(([value, count]) => swatch(colours.get(value), value, count, "swatch")));
    if (ranked.length > PALETTE.length) legend.append(swatch(OTHER, "other", undefined, "swatch"));
    legend.append(swatch(UNKNOWN, "unknown", undefined, "swatch"));
    draw();
  }

  function buildControls() {
    $("edge-legend").replaceChildren(...QUADS.map(([, colour, text]) =>
      swatch(colour, text, undefined, "line")));
    const counts = new Map();
    edges.forEach((edge) => {
      const category = edge.category || "";
      counts.set(category, (counts.get(category) || 0) + 1);
    });
    const boxes = [...counts].sort((a, b) => b[1] - a[1]).map(([category, count]) => {
      const label = document.createElement("label");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.checked = true;
      box.dataset.category = category;
      box.addEventListener("change", () => {
        if (box.checked) enabled.add(category); else enabled.delete(category);
        applyFilters();
      });
      label.append(box, " " + (category || "(none)"), counted(count));
      return label;
    });
    $("categories").replaceChildren(...boxes);
    const setAll = (on) => {
      boxes.forEach((label) => {
        const box = label.firstChild;
        box.checked = on;
        if (on) enabled.add(box.dataset.category); else enabled.delete(box.dataset.category);
      });
      applyFilters();
    };
    $("all").addEventListener("click", () => setAll(true));
    $("none").addEventListener("click", () => setAll(false));
    for (const id of ["from", "to"]) {
      $(id).max = Math.max(allDates.length - 1, 0);
      $(id).disabled = allDates.length < 2;
      $(id).addEventListener("input", () => {
        if (+$("from").value > +$("to").value) {
          $(id === "from" ? "to" : "from").value = $(id).value;
        }
        applyFilters();
      });
    }
    $("to").value = $("to").max;
    $("undated").addEventListener("change", applyFilters);
    $("colour-by").addEventListener("change", setColours);
  }

  // --- drawing -------------------------------------------------------------------------------
  // a relation of an actor with itself is a loop above its node: a curve through two points
  function loop(edge) {
    const a = nodes[edge.source];
    const spread = a.r * 2.5 + Math.abs(edge.bend);
    return [[a.x - spread, a.y - spread * 1.5], [a.x + spread, a.y - spread * 1.5]];
  }

  function control(edge) {
    const a = nodes[edge.source];
    const b = nodes[edge.target];
    const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const mx = (a.x + b.x) / 2;
    const my = (a.y + b.y) / 2;
    return [mx - ((b.y - a.y) / length) * edge.bend, my + ((b.x - a.x) / length) * edge.bend];
  }

  function drawEdge(edge) {
    const a = nodes[edge.source];
    const b = nodes[edge.target];
    const colour = QUAD_COLOUR[edge.quad || ""];
    context.strokeStyle = colour;
    context.fillStyle = colour;
    context.globalAlpha = edge === hovered ? 1 : 0.75;
    context.lineWidth = (1 + Math.log2(edge.weight) + (edge === hovered ? 1.5 : 0)) / view.k;
    context.beginPath();
    context.moveTo(a.x, a.y);
    let cx, cy;
    if (a === b) {
      const [[x1, y1], [x2, y2]] = loop(edge);
      context.bezierCurveTo(x1, y1, x2, y2, b.x, b.y);
      [cx, cy] = [x2, y2];
    } else {
      [cx, cy] = control(edge);
      context.quadraticCurveTo(cx, cy, b.x, b.y);
    }
    context.stroke();
    const angle = Math.atan2(b.y - cy, b.x - cx);
    const tipX = b.x - Math.cos(angle) * b.r;
    const tipY = b.y - Math.sin(angle) * b.r;
    const size = 7 / view.k;
    context.beginPath();
    context.moveTo(tipX, tipY);
    context.lineTo(tipX - size * Math.cos(angle - 0.4), tipY - size * Math.sin(angle - 0.4));
    context.lineTo(tipX - size * Math.cos(angle + 0.4), tipY - size * Math.sin(angle + 0.4));
    context.fill();
    context.globalAlpha = 1;
  }

  function draw() {
    const ratio = window.devicePixelRatio || 1;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.setTransform(ratio * view.k, 0, 0, ratio * view.k, ratio * view.x, ratio * view.y);
    const shownEdges = edges.filter((edge) => edge.visible);
    const shownNodes = nodes.filter((node) => node.visible);
    shownEdges.forEach(drawEdge);
    for (const node of shownNodes) {
      context.beginPath();
      context.arc(node.x, node.y, node.r, 0, 2 * Math.PI);
      context.fillStyle = colourOf(node);
      context.fill();
      context.lineWidth = (node === hovered ? 2.5 : 1) / view.k;
      context.strokeStyle = node === hovered ? "#000" : "rgba(0, 0, 0, 0.4)";
      context.stroke();
    }
    // names, the actors with most relations first, each only where it overlaps no other
    context.font = 11 / view.k + "px system-ui, sans-serif";
    context.lineWidth = 3 / view.k;
    context.strokeStyle = "rgba(255, 255, 255, 0.85)";
    context.fillStyle = "#222";
    const placed = [];
    for (const node of [...shownNodes].sort((a, b) => b.degree - a.degree)) {
      const x = node.x + node.r + 2 / view.k;
      const y = node.y + 4 / view.k;
      const box = [x, y - 11 / view.k, x + context.measureText(node.name).width, y + 2 / view.k];
      const free = placed.every(([x1, y1, x2, y2]) =>
        box[2] < x1 || box[0] > x2 || box[3] < y1 || box[1] > y2);
      if (free) {
        placed.push(box);
        context.strokeText(node.name, x, y);
        context.fillText(node.name, x, y);
      }
    }
    const truncated = data.shown < data.total
      ? ` (of the ${data.shown} actors with most relations; ${data.total} in all)` : "";
    $("status").textContent =
      `${shownNodes.length} actors, ${shownEdges.length} relations${truncated}`;
    document.body.dataset.nodes = shownNodes.length;
    document.body.dataset.edges = shownEdges.length;
    document.body.dataset.drawn = "true";
  }

  function resize() {
    const ratio = window.devicePixelRatio || 1;
    canvas.width = canvas.clientWidth * ratio;
    canvas.height = canvas.clientHeight * ratio;
    draw();
  }

  // the whole graph in view, centred, with room on the right for the last labels
  function fit() {
    if (!nodes.length) return;
    const left = Math.min(...nodes.map((node) => node.x - node.r));
    const right = Math.max(...nodes.map((node) => node.x + node.r));
    const top = Math.min(...nodes.map((node) => node.y - node.r));
    const bottom = Math.max(...nodes.map((node) => node.y + node.r));
    const width = canvas.clientWidth - 180;
    const height = canvas.clientHeight - 40;
    view.k = Math.min(width / (right - left || 1), height / (bottom - top || 1), 2.5);
    view.x = 20 + (width - (right - left) * view.k) / 2 - left * view.k;
    view.y = 20 + (height - (bottom - top) * view.k) / 2 - top * view.k;
  }

  // --- hover, pan, zoom, drag ------------------------------------------------------------------
  function world(event) {
    const box = canvas.getBoundingClientRect();
    const x = event.clientX - box.left;
    const y = event.clientY - box.top;
    return [(x - view.x) / view.k, (y - view.y) / view.k];
  }

  function edgeDistance(x, y, edge) {
    const a = nodes[edge.source];
    const b = nodes[edge.target];
    // the curve as a cubic Bezier: a loop's own points, or the quadratic one raised
    const [[x1, y1], [x2, y2]] = a === b ? loop(edge) : (([cx, cy]) => [
      [a.x + (2 / 3) * (cx - a.x), a.y + (2 / 3) * (cy - a.y)],
      [b.x + (2 / 3) * (cx - b.x), b.y + (2 / 3) * (cy - b.y)],
    ])(control(edge));
    let nearest = Infinity;
    for (let i = 0; i <= 16; i++) {
      const t = i / 16;
      const u = 1 - t;
      const px = u * u * u * a.x + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * b.x;
      const py = u * u * u * a.y + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * b.y;
      nearest = Math.min(nearest, Math.hypot(px - x, py - y));
    }
    return nearest;
  }

  // the node under the pointer, else the nearest relation within 4 pixels
  function itemAt(event) {
    const [x, y] = world(event);
    const node = nodes.find((n) => n.visible && Math.hypot(n.x - x, n.y - y) < n.r + 2 / view.k);
    if (node) return node;
    let found = null;
    let nearest = 4 / view.k;
    for (const edge of edges.filter((e) => e.visible)) {
      const distance = edgeDistance(x, y, edge);
      if (distance < nearest) [found, nearest] = [edge, distance];
    }
    return found;
  }

  function line(tag, text, className) {
    const element = document.createElement(tag);
    element.textContent = text;
    if (className) element.className = className;
    return element;
  }

  function showTip(item, event) {
    if (!item) { tip.style.display = "none"; return; }
    if ("degree" in item) {
      const facts = [item.type, item.country, item.sector].filter(Boolean).join(" · ");
      tip.replaceChildren(line("b", item.name), line("div", facts, "meta"),
        line("div", `degree ${item.degree} (events in and out)`, "meta"));
      if (item.aliases.length) tip.append(line("p", "also: " + item.aliases.join(", ")));
    } else {
      const a = nodes[item.source];
      const b = nodes[item.target];
      const dates = [...item.dates, ...(item.undated ? ["undated"] : [])].join(", ");
      tip.replaceChildren(line("b", `${a.name} → ${item.label} → ${b.name}`),
        line("div", `reported ${item.weight === 1 ? "once" : item.weight + " times"}; ${dates}`,
          "meta"),
        ...item.evidence.map((sentence) => line("p", "“" + sentence + "”")));
    }
    const box = canvas.getBoundingClientRect();
    tip.style.display = "block";
    const x = event.clientX - box.left + 14;
    const y = event.clientY - box.top + 14;
    tip.style.left = Math.max(0, Math.min(x, box.width - tip.offsetWidth - 4)) + "px";
    tip.style.top = Math.max(0, Math.min(y, box.height - tip.offsetHeight - 4)) + "px";
  }

  let dragging = null;
  canvas.addEventListener("mousedown", (event) => {
    const item = itemAt(event);
    dragging = item && "degree" in item ? { node: item } : { x: event.clientX, y: event.clientY };
    canvas.style.cursor = "grabbing";
  });
  window.addEventListener("mouseup", () => { dragging = null; canvas.style.cursor = "grab"; });
  canvas.addEventListener("mousemove", (event) => {
    if (dragging && dragging.node) {
      [dragging.node.x, dragging.node.y] = world(event);
    } else if (dragging) {
      view.x += event.clientX - dragging.x;
      view.y += event.clientY - dragging.y;
      dragging.x = event.clientX;
      dragging.y = event.clientY;
    } else {
      hovered = itemAt(event);
      showTip(hovered, event);
    }
    draw();
  });
  canvas.addEventListener("mouseleave", () => { hovered = null; showTip(null); draw(); });
  canvas.addEventListener("wheel", (event) => {
    event.preventDefault();
    const box = canvas.getBoundingClientRect();
    const factor = Math.exp(-event.deltaY * 0.0015);
    const mx = event.clientX - box.left;
    const my = event.clientY - box.top;
    view.x = mx - (mx - view.x) * factor;
    view.y = my - (my - view.y) * factor;
    view.k *= factor;
    draw();
  }, { passive: false });
  window.addEventListener("resize", resize);

  // for scripts and the browser console: the laid out graph and the view's transform
  window.kgraph = { nodes, edges, view };
  layout();
  buildControls();
  resize();
  fit();
  setColours();
  applyFilters();
})();
