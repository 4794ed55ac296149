// The kg graph view: draws the precomputed layout with vis-network (physics off), and adds
// search, filters, a date range that replays the graph, a legend built from what is drawn,
// and a side panel with each fact's evidence. Every string from the graph goes into the page
// through textContent or a property, never as HTML; only http(s) addresses become links.
(function () {
  "use strict";
  performance.mark("kg-start");
  var D = JSON.parse(document.getElementById("kg-data").textContent);
  performance.mark("kg-parsed");
  var $ = function (id) { return document.getElementById(id); };
  var body = document.body;

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function link(url, text) {
    var u = String(url || "").trim();
    if (!/^https?:\/\//i.test(u)) return el("span", text);
    var a = el("a", text);
    a.href = u; a.target = "_blank"; a.rel = "noopener noreferrer";
    return a;
  }
  function fold(s) { return String(s).toLocaleLowerCase().normalize("NFKC").trim(); }
  function fullDate(d) { return d.length === 4 ? d + "-01-01" : d.length === 7 ? d + "-01" : d; }

  // ---- indexes -------------------------------------------------------------------------
  var byId = new Map(), nodeIndex = new Map(), incident = D.nodes.map(function () { return []; });
  D.nodes.forEach(function (n, i) { byId.set(n.id, n); nodeIndex.set(n.id, i); });
  D.edges.forEach(function (e, i) { incident[nodeIndex.get(e.f)].push(i); incident[nodeIndex.get(e.t)].push(i); });
  var edgeById = new Map(D.edges.map(function (e) { return [e.id, e]; }));
  var dates = Array.from(new Set([].concat.apply([], D.edges.map(function (e) {
    return e.facts.map(function (f) { return f[3] ? fullDate(f[3]) : null; });
  })).filter(Boolean))).sort();

  // ---- state ---------------------------------------------------------------------------
  var S = {
    shown: D.initial, pinned: new Set(),
    predOn: D.predicates.map(function () { return true; }),
    classOn: D.classes.map(function () { return true; }),
    sourceOn: new Map(D.sources.map(function (s) { return [s, true]; })),
    from: 0, to: Math.max(0, dates.length - 1),
  };
  var nodeIn = new Uint8Array(D.nodes.length), edgeIn = new Uint8Array(D.edges.length);
  var nodesDS = new vis.DataSet(), edgesDS = new vis.DataSet();

  function visNode(n) {
    var c = D.classes[n.c][1];
    return {id: n.id, label: n.label, x: n.x, y: n.y, size: n.s,
            color: {background: c, border: c, highlight: {background: c, border: c},
                    hover: {background: c, border: c}}};
  }
  function visEdge(e) {
    var o = {id: e.id, from: e.f, to: e.t, label: D.predicates[e.p], width: e.w};
    if (e.a) o.arrows = "to";
    return o;
  }

  function dateFull() { return S.from === 0 && S.to === Math.max(0, dates.length - 1); }
  function factPasses(f, allSources, full) {
    if (!allSources && !S.sourceOn.get(D.articles[f[0]][2])) return false;
    if (full) return true;
    if (!f[3]) return false;  // undated readings drop out once the range is narrowed
    var d = fullDate(f[3]);
    return d >= dates[S.from] && d <= dates[S.to];
  }

  // Recompute what is drawn, then add and remove only the difference.
  function apply() {
    var allSources = Array.from(S.sourceOn.values()).every(Boolean), full = dateFull();
    var narrowed = !allSources || !full || S.predOn.some(function (on) { return !on; });
    var base = D.nodes.map(function (n) {
      return (n.o < S.shown || S.pinned.has(n.id)) && S.classOn[n.c];
    });
    var wantE = new Uint8Array(D.edges.length), linked = new Uint8Array(D.nodes.length);
    D.edges.forEach(function (e, i) {
      var a = nodeIndex.get(e.f), b = nodeIndex.get(e.t);
      if (base[a] && base[b] && S.predOn[e.p] &&
          e.facts.some(function (f) { return factPasses(f, allSources, full); })) {
        wantE[i] = 1; linked[a] = 1; linked[b] = 1;
      }
    });
    var wantN = D.nodes.map(function (n, i) {
      return base[i] && (!narrowed || linked[i] || S.pinned.has(n.id)) ? 1 : 0;
    });
    var dropE = [], dropN = [], addN = [], addE = [];
    D.edges.forEach(function (e, i) { if (edgeIn[i] && !wantE[i]) { dropE.push(e.id); edgeIn[i] = 0; } });
    D.nodes.forEach(function (n, i) {
      if (nodeIn[i] && !wantN[i]) { dropN.push(n.id); nodeIn[i] = 0; }
      else if (!nodeIn[i] && wantN[i]) { addN.push(visNode(n)); nodeIn[i] = 1; }
    });
    D.edges.forEach(function (e, i) { if (!edgeIn[i] && wantE[i]) { addE.push(visEdge(e)); edgeIn[i] = 1; } });
    if (dropE.length) edgesDS.remove(dropE);
    if (dropN.length) nodesDS.remove(dropN);
    if (addN.length) nodesDS.add(addN);
    if (addE.length) edgesDS.add(addE);
    legend();
  }

  // The legend lists exactly the classes (and so the colours) of the nodes now drawn.
  function legend() {
    var counts = D.classes.map(function () { return 0; }), drawnN = 0, drawnE = 0;
    D.nodes.forEach(function (n, i) { if (nodeIn[i]) { counts[n.c]++; drawnN++; } });
    for (var i = 0; i < edgeIn.length; i++) drawnE += edgeIn[i];
    var ul = $("kg-legend-list");
    ul.textContent = "";
    D.classes.forEach(function (c, i) {
      if (!counts[i]) return;
      var li = el("li");
      li.dataset.class = c[0]; li.dataset.colour = c[1];
      var sw = el("span", null, "swatch"); sw.style.background = c[1];
      li.append(sw, el("span", c[0] + " (" + counts[i] + ")"));
      ul.append(li);
    });
    var li = el("li", null, "kg-edge-key"), sw = el("span", null, "line");
    li.append(sw, el("span", "fact (line width: articles)"));
    ul.append(li);
    $("kg-stats").textContent = drawnN + " of " + D.nodes.length + " entities, " + drawnE + " of " +
      D.edges.length + " facts drawn";
    $("kg-more").hidden = S.shown >= D.nodes.length;
    body.dataset.kgDrawnNodes = drawnN; body.dataset.kgDrawnEdges = drawnE;
  }

  // ---- side panel ----------------------------------------------------------------------
  function readings(e, box) {
    var list = el("ol", null, "kg-readings");
    e.facts.slice(0, 20).forEach(function (f) {
      var a = D.articles[f[0]], li = el("li", null, "kg-reading");
      li.append(el("q", f[1], "kg-sentence"));
      var meta = el("div", null, "kg-meta");
      meta.append(link(a[3], a[0] || "(untitled article)"));
      if (f[3] || a[1]) meta.append(el("span", " \u00b7 " + (f[3] || a[1])));
      if (a[2]) meta.append(el("span", " \u00b7 " + a[2]));
      meta.append(el("span", " \u00b7 confidence " + Number(f[2]).toFixed(2)));
      li.append(meta);
      list.append(li);
    });
    box.append(list);
    if (e.facts.length > 20) box.append(el("p", "and " + (e.facts.length - 20) + " more readings"));
  }
  function openPanel(title) {
    var p = $("kg-panel-body");
    p.textContent = "";
    $("kg-panel-title").textContent = title;
    $("kg-panel").hidden = false;
    return p;
  }
  function showEdge(id) {
    var e = edgeById.get(id);
    var p = openPanel(byId.get(e.f).label + " \u2014 " + D.predicates[e.p] + " \u2192 " + byId.get(e.t).label);
    p.append(el("p", "support: " + e.n + " article" + (e.n === 1 ? "" : "s") + ", " + e.ns + " source" +
      (e.ns === 1 ? "" : "s"), "kg-support"));
    readings(e, p);
  }
  function showNode(id) {
    var n = byId.get(id), p = openPanel(n.label);
    var cls = el("p", null, "kg-class"), sw = el("span", null, "swatch");
    sw.style.background = D.classes[n.c][1];
    cls.append(sw, el("span", D.classes[n.c][0]));
    p.append(cls);
    if (n.al.length) p.append(el("p", "also: " + n.al.join("; "), "kg-aliases"));
    if (n.wd) { var w = el("p"); w.append(link(n.wd, "Wikidata")); p.append(w); }
    // timeline: the dated readings of this entity's facts, oldest first
    var dated = [];
    incident[nodeIndex.get(id)].forEach(function (i) {
      var e = D.edges[i];
      e.facts.forEach(function (f) {
        if (f[3]) dated.push([f[3], byId.get(e.f).label + " " + D.predicates[e.p] + " " + byId.get(e.t).label]);
      });
    });
    if (dated.length) {
      dated.sort(function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0; });
      var tl = el("details", null, "kg-timeline"), list = el("ol");
      tl.append(el("summary", "timeline (" + dated.length + " dated readings)"));
      dated.slice(0, 50).forEach(function (d) { list.append(el("li", d[0] + ": " + d[1])); });
      tl.append(list);
      p.append(tl);
    }
    var groups = new Map();
    incident[nodeIndex.get(id)].forEach(function (i) {
      var e = D.edges[i], out = e.f === id, key = (out ? "" : "\u2190 ") + D.predicates[e.p];
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(e);
    });
    Array.from(groups.keys()).sort().forEach(function (key) {
      p.append(el("h3", key));
      groups.get(key).forEach(function (e) {
        var other = byId.get(e.f === id ? e.t : e.f), d = el("details");
        var s = el("summary");
        s.append(el("span", other.label), el("span", "  (" + e.n + " article" + (e.n === 1 ? "" : "s") + ")", "kg-n"));
        d.append(s);
        readings(e, d);
        p.append(d);
      });
    });
  }

  // ---- search (labels and aliases) ------------------------------------------------------
  // The folded names are built on the first search, not while the page opens.
  var names = null;
  function find(q) {
    q = fold(q);
    if (!q) return null;
    if (!names) {
      names = [];
      D.nodes.forEach(function (n) {
        [n.label].concat(n.al).forEach(function (name) { names.push([fold(name), n]); });
      });
    }
    var best = null, bestKey = null;
    names.forEach(function (pair) {
      var k = pair[0] === q ? 0 : pair[0].startsWith(q) ? 1 : pair[0].includes(q) ? 2 : -1;
      if (k < 0) return;
      var key = [k, pair[1].r];
      if (!best || key[0] < bestKey[0] || (key[0] === bestKey[0] && key[1] < bestKey[1])) { best = pair[1]; bestKey = key; }
    });
    return best;
  }
  function centre(n) {
    S.pinned.add(n.id);
    S.classOn[n.c] = true;
    $("kg-classes").querySelectorAll("input")[n.c].checked = true;
    apply();
    network.selectNodes([n.id]);
    network.moveTo({position: {x: n.x, y: n.y}, scale: Math.max(network.getScale(), 1.0), animation: false});
    showNode(n.id);
  }
  $("kg-search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var n = find($("kg-search").value);
    $("kg-search-msg").textContent = n ? "" : "no entity matches";
    if (n) centre(n);
  });
  // Suggestions for the best-ranked names, built when the box is first used (not at load).
  $("kg-search").addEventListener("focus", function () {
    var dl = $("kg-names");
    if (dl.childElementCount) return;
    D.nodes.slice().sort(function (a, b) { return a.r - b.r; }).slice(0, 3000).forEach(function (n) {
      var o = document.createElement("option"); o.value = n.label; dl.append(o);
    });
  });

  // ---- filters -------------------------------------------------------------------------
  function checkboxes(boxId, items, flags, swatches) {
    var box = $(boxId);
    items.forEach(function (item, i) {
      var lab = el("label"), cb = el("input");
      cb.type = "checkbox"; cb.checked = true; cb.value = item;
      cb.addEventListener("change", function () { flags(i, cb.checked); apply(); });
      lab.append(cb);
      if (swatches) { var sw = el("span", null, "swatch"); sw.style.background = swatches[i]; lab.append(sw); }
      lab.append(el("span", item));
      box.append(lab);
    });
  }
  checkboxes("kg-predicates", D.predicates, function (i, on) { S.predOn[i] = on; });
  checkboxes("kg-classes", D.classes.map(function (c) { return c[0]; }), function (i, on) { S.classOn[i] = on; },
             D.classes.map(function (c) { return c[1]; }));
  checkboxes("kg-sources", D.sources, function (i, on) { S.sourceOn.set(D.sources[i], on); });
  var from = $("kg-from"), to = $("kg-to");
  [from, to].forEach(function (r) { r.min = 0; r.max = Math.max(0, dates.length - 1); r.step = 1; });
  from.value = 0; to.value = to.max;
  function dateLabel() {
    $("kg-date-label").textContent = dates.length ? dates[S.from] + " \u2013 " + dates[S.to] : "no dated facts";
  }
  function onRange() {
    S.from = Math.min(+from.value, +to.value); S.to = Math.max(+from.value, +to.value);
    dateLabel(); apply();
  }
  from.addEventListener("input", onRange); to.addEventListener("input", onRange);
  var timer = null;
  $("kg-play").addEventListener("click", function () {  // replay: who had done what by each date
    if (timer) { clearInterval(timer); timer = null; return; }
    to.value = from.value; onRange();
    timer = setInterval(function () {
      if (+to.value >= +to.max) { clearInterval(timer); timer = null; return; }
      to.value = +to.value + 1; onRange();
    }, 400);
  });
  $("kg-more").addEventListener("click", function () { S.shown += D.step; apply(); });
  $("kg-close").addEventListener("click", function () { $("kg-panel").hidden = true; });
  dateLabel();

  // ---- network -------------------------------------------------------------------------
  performance.mark("kg-controls");
  apply();
  performance.mark("kg-applied");
  var big = D.nodes.length > 1500;
  var network = new vis.Network($("kg-network"), {nodes: nodesDS, edges: edgesDS}, {
    physics: {enabled: false},
    layout: {improvedLayout: false},
    nodes: {shape: "dot", borderWidth: 1, borderWidthSelected: 3, font: {size: 14, color: "#222222"}},
    // Predicate labels without vis-network's default white halo (stroked text is what made the
    // first frame of a few thousand edges slow to rasterise), and only once they are big enough
    // to read (zoomed in), not as grey noise over the whole overview.
    edges: {smooth: false, selectionWidth: 2,
            font: {size: 10, align: "middle", color: "#555555", strokeWidth: 0, background: "#ffffffcc"},
            scaling: {label: {drawThreshold: 8}},
            color: {color: "#9a9a9a", highlight: "#333333", hover: "#666666"}},
    interaction: {hover: false, hideEdgesOnDrag: big, hideEdgesOnZoom: big, tooltipDelay: 200},
  });
  performance.mark("kg-network");
  network.once("afterDrawing", function () {
    window.kgFirstFrame = performance.now();
    body.dataset.kgState = "ready";
  });
  network.on("click", function (p) {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(p.edges[0]);
  });
  window.kgView = {network: network, nodes: nodesDS, edges: edgesDS, data: D, find: find, centre: centre,
                   apply: apply, state: S, dates: dates};
})();
