// kgraph view: the graph drawn by sigma.js (WebGL) and laid out by graphology's ForceAtlas2,
// with filters, search by name and the evidence on hover. The libraries come bundled in
// graph-libraries.min.js (the global kgraphLibraries); the data is the JSON of view_data().
"use strict";
(function () {
  const { Graph, Sigma, forceAtlas2, FA2Layout, EdgeLineProgram, NodePointProgram } =
    window.kgraphLibraries;
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
  const FADED = "#eeeeee";
  // up to this many actors the layout runs to its end before the first draw; past it the
  // graph is drawn at once and ForceAtlas2 goes on in a worker, for at most LAYOUT_MS
  const SETTLE_BEFORE_DRAW = 1500;
  const LAYOUT_MS = Math.min(4000 + 2 * nodes.length, 30000);
  const MAX_TIP_RELATIONS = 6;
  const $ = (id) => document.getElementById(id);
  const tip = $("tip");
  const allDates = [...new Set(edges.flatMap((edge) => edge.dates))].sort();
  const enabled = new Set(edges.map((edge) => edge.category || ""));
  let colourOf = () => OTHER;
  let selected = null;
  let layout = null;  // ForceAtlas2 running in a worker, while it runs
  let neighbours = new Set();

  // --- the drawn graph: one line per ordered pair of actors, carrying its relations -------
  const graph = new Graph({ type: "directed", allowSelfLoops: true });
  // what software WebGL (a browser without a GPU) draws slowly: many arrows, large discs
  const large = nodes.length > 1500 || edges.length > 3000;
  const sizeScale = large ? 0.6 : 1;
  nodes.forEach((node, i) => {
    // a fixed spiral, the most connected in the middle, so every run starts alike
    const radius = 10 * Math.sqrt(i + 0.5);
    graph.addNode(String(i), {
      x: radius * Math.cos(i * 2.399963),
      y: radius * Math.sin(i * 2.399963),
      size: sizeScale * (4 + 2 * Math.sqrt(node.degree)),
      label: node.name,
    });
  });
  const pairOf = [];
  const pairs = [];
  edges.forEach((edge, i) => {
    const key = edge.source + ">" + edge.target;
    if (!graph.hasEdge(key)) {
      graph.addDirectedEdgeWithKey(key, String(edge.source), String(edge.target));
      pairs.push({ key, relations: [], shown: 0, colour: OTHER, size: 1 });
    }
    pairOf[i] = pairs.length - 1;
    pairs[pairOf[i]].relations.push(i);
  });
  const pairByKey = new Map(pairs.map((pair) => [pair.key, pair]));
  const nodeShown = new Uint8Array(nodes.length);
  const edgeShown = new Uint8Array(edges.length);

  // --- filters ------------------------------------------------------------------------------
  function visibleEdge(edge) {
    if (!enabled.has(edge.category || "")) return false;
    if (edge.undated && $("undated").checked) return true;
    const from = allDates[+$("from").value];
    const to = allDates[+$("to").value];
    return edge.dates.some((date) => date >= from && date <= to);
  }

  // a pair is drawn in the colour of its heaviest shown relation, as thick as they add up
  function applyFilters() {
    nodeShown.fill(0);
    let shownEdges = 0;
    edges.forEach((edge, i) => {
      edgeShown[i] = visibleEdge(edge) ? 1 : 0;
      if (edgeShown[i]) {
        shownEdges++;
        nodeShown[edge.source] = nodeShown[edge.target] = 1;
      }
    });
    for (const pair of pairs) {
      let weight = 0;
      let heaviest = null;
      for (const i of pair.relations) {
        if (!edgeShown[i]) continue;
        weight += edges[i].weight;
        if (!heaviest || edges[i].weight > heaviest.weight) heaviest = edges[i];
      }
      pair.shown = weight;
      pair.colour = heaviest ? QUAD_COLOUR[heaviest.quad || ""] : OTHER;
      pair.size = sizeScale * (0.8 + Math.log2(1 + weight));
    }
    $("from-label").textContent = allDates[+$("from").value] || "no dated relations";
    $("to-label").textContent = allDates[+$("to").value] || "";
    const shownNodes = nodeShown.reduce((sum, shown) => sum + shown, 0);
    const truncated = data.shown < data.total
      ? ` (of the ${data.shown} actors with most relations; ${data.total} in all)` : "";
    $("status").textContent =
      `${shownNodes.toLocaleString("en")} actors, ${shownEdges.toLocaleString("en")} relations` +
      truncated;
    document.body.dataset.nodes = shownNodes;
    document.body.dataset.edges = shownEdges;
    if (renderer) renderer.refresh();
  }

  function nodeReducer(key, attributes) {
    const i = +key;
    if (!nodeShown[i]) return { ...attributes, hidden: true };
    const node = nodes[i];
    if (selected !== null && i !== selected && !neighbours.has(key)) {
      return { ...attributes, color: FADED, label: "", zIndex: 0 };
    }
    const chosen = i === selected;
    return { ...attributes, color: colourOf(node), highlighted: chosen, forceLabel: chosen,
      zIndex: 1 };
  }

  function edgeReducer(key, attributes) {
    const pair = pairByKey.get(key);
    // while the layout moves a large graph, only its actors are drawn, each frame cheap
    if (!pair.shown || (layout && large)) return { ...attributes, hidden: true };
    const [source, target] = graph.extremities(key);
    if (selected !== null && +source !== selected && +target !== selected) {
      return { ...attributes, hidden: true };
    }
    return { ...attributes, color: pair.colour, size: pair.size };
  }

  // --- colours and legends ---------------------------------------------------------------------
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
    if (renderer) renderer.refresh();
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

  // --- search by name: the actors whose name or alias holds what is typed ----------------------
  const folded = (text) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  const names = nodes.map((node) => [node.name, ...node.aliases].map(folded));

  function matches(query) {
    const typed = folded(query.trim());
    if (!typed) return [];
    const found = [];
    names.forEach((known, i) => {
      if (known.some((name) => name.includes(typed))) found.push(i);
    });
    const starts = (i) => (names[i].some((name) => name.startsWith(typed)) ? 0 : 1);
    return found.sort((a, b) => starts(a) - starts(b) || nodes[b].degree - nodes[a].degree)
      .slice(0, 8);
  }

  function showMatches() {
    const list = matches($("search").value).map((i) => {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = nodes[i].name;
      button.addEventListener("click", () => select(i));
      return button;
    });
    $("matches").replaceChildren(...list);
  }

  // one actor and its neighbours in view, the rest faded; null shows all again
  function select(i) {
    selected = i;
    neighbours = i === null ? new Set() : new Set(graph.neighbors(String(i)));
    document.body.dataset.selected = i === null ? "" : nodes[i].name;
    $("clear").hidden = i === null;
    renderer.refresh();
    if (i === null) {
      renderer.getCamera().animatedReset({ duration: 400 });
      return;
    }
    $("search").value = nodes[i].name;
    $("matches").replaceChildren();
    const at = renderer.getNodeDisplayData(String(i));
    renderer.getCamera().animate({ x: at.x, y: at.y, ratio: 0.25 }, { duration: 400 });
  }

  // --- hover: the actor's facts, or the relations between two actors with their evidence ---
  function line(tag, text, className) {
    const element = document.createElement(tag);
    element.textContent = text;
    if (className) element.className = className;
    return element;
  }

  function actorTip(i) {
    const node = nodes[i];
    const facts = [node.type, node.country, node.sector].filter(Boolean).join(" · ");
    const lines = [line("b", node.name), line("div", facts, "meta"),
      line("div", `degree ${node.degree} (events in and out)`, "meta")];
    if (node.aliases.length) lines.push(line("p", "also: " + node.aliases.join(", ")));
    return lines;
  }

  // the shown relations of both directions between the pair's actors
  function pairTip(key) {
    const [source, target] = graph.extremities(key);
    const relations = [source + ">" + target, target + ">" + source]
      .filter((k) => pairByKey.has(k))
      .flatMap((k) => pairByKey.get(k).relations.filter((i) => edgeShown[i]));
    const lines = relations.slice(0, MAX_TIP_RELATIONS).flatMap((i) => {
      const edge = edges[i];
      const dates = [...edge.dates, ...(edge.undated ? ["undated"] : [])].join(", ");
      return [line("b", `${nodes[edge.source].name} → ${edge.label} → ${nodes[edge.target].name}`),
        line("div", `reported ${edge.weight === 1 ? "once" : edge.weight + " times"}; ${dates}`,
          "meta"),
        ...edge.evidence.map((sentence) => line("p", "“" + sentence + "”"))];
    });
    const more = relations.length - MAX_TIP_RELATIONS;
    if (more > 0) lines.push(line("div", `and ${more} more relations`, "meta"));
    return lines;
  }

  function showTip(lines, event) {
    tip.replaceChildren(...lines);
    tip.style.display = "block";
    const box = $("graph").getBoundingClientRect();
    const x = event.x + 14;
    const y = event.y + 14;
    tip.style.left = Math.max(0, Math.min(x, box.width - tip.offsetWidth - 4)) + "px";
    tip.style.top = Math.max(0, Math.min(y, box.height - tip.offsetHeight - 4)) + "px";
  }

  function hideTip() {
    tip.style.display = "none";
  }

  // --- layout: ForceAtlas2, the layout Gephi uses ----------------------------------------------
  const layoutSettings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: nodes.length > 400,
    adjustSizes: false,
  };

  function settle() {
    const started = performance.now();
    for (let done = 0; done < 600 && performance.now() - started < 800; done += 25) {
      forceAtlas2.assign(graph, { iterations: 25, settings: layoutSettings });
    }
  }

  // the page stays responsive meanwhile: the worker computes, sigma redraws as it moves
  function layOutInWorker() {
    try {
      layout = new FA2Layout(graph, { settings: layoutSettings });
    } catch (error) {
      document.body.dataset.layout = "no worker: " + error.message;
      return;
    }
    document.body.dataset.layout = "running";
    $("stop-layout").hidden = false;
    $("stop-layout").textContent = large ? "stop the layout and draw the relations"
      : "stop the layout";
    layout.start();
    setTimeout(stopLayout, LAYOUT_MS);
  }

  function stopLayout() {
    if (layout) layout.kill();
    layout = null;
    if (renderer) renderer.refresh();
    document.body.dataset.layout = "done";
    $("stop-layout").hidden = true;
  }

  function draw() {
    return new Sigma(graph, $("graph"), {
      nodeReducer,
      edgeReducer,
      enableEdgeEvents: true,
      // past a few thousand, relations are one-pixel lines and actors points, which a
      // browser without a GPU (software WebGL) still draws in time
      defaultEdgeType: large ? "line" : "arrow",
      defaultNodeType: large ? "point" : "circle",
      edgeProgramClasses: { line: EdgeLineProgram },
      nodeProgramClasses: { point: NodePointProgram },
      hideEdgesOnMove: edges.length > 1000,
      labelRenderedSizeThreshold: large ? 8 : 4,
      zIndex: true,
    });
  }

  // --- start ---------------------------------------------------------------------------------
  let renderer = null;
  buildControls();
  setColours();
  applyFilters();
  if (nodes.length <= SETTLE_BEFORE_DRAW) settle();
  try {
    renderer = draw();
  } catch (error) {
    // no WebGL (switched off, or an old browser): say so rather than show an empty page
    $("status").textContent = "this browser cannot draw the graph (WebGL: " + error.message + ")";
    return;
  }
  // the time since the page was asked for until the first frame is drawn: reading a pixel
  // back waits for the GPU (or the software that stands in for it) to finish
  const pixel = new Uint8Array(4);
  for (const gl of Object.values(renderer.webGLContexts)) {
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
  }
  document.body.dataset.firstDrawMs = Math.round(performance.now());
  document.body.dataset.drawn = "true";
  renderer.on("enterNode", ({ node, event }) => showTip(actorTip(+node), event));
  renderer.on("leaveNode", hideTip);
  renderer.on("enterEdge", ({ edge, event }) => showTip(pairTip(edge), event));
  renderer.on("leaveEdge", hideTip);
  renderer.on("clickNode", ({ node }) => select(+node));
  renderer.on("clickStage", () => { if (selected !== null) select(null); });
  $("search").addEventListener("input", showMatches);
  $("search").addEventListener("keydown", (event) => {
    const [first] = matches($("search").value);
    if (event.key === "Enter" && first !== undefined) select(first);
    if (event.key === "Escape") select(null);
  });
  $("clear").addEventListener("click", () => select(null));
  $("stop-layout").addEventListener("click", stopLayout);
  if (nodes.length > SETTLE_BEFORE_DRAW) layOutInWorker(); else stopLayout();
  window.kgraph = { nodes, edges, graph, renderer, select, matches, stopLayout };
})();
