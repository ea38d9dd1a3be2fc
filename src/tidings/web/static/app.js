/* tidings dashboard: plain JavaScript, no libraries, no network beyond this server.
 *
 * Safety rule: data from the store (article text, titles, names, URLs) is only ever inserted as
 * text nodes (textContent / createTextNode), never as HTML. Links are built by this code: internal
 * "#/..." routes, or an article URL only when it is http(s). The server's Content-Security-Policy
 * forbids inline script as a second line of defence.
 */
"use strict";

const PAGE = 25;
const QUAD = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"};
const QUAD_COLOUR = {1: "#4e9a06", 2: "#2e7d32", 3: "#f57c00", 4: "#c62828"};
const PLOVER = ["ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE",
  "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN"];
// MODALITY comes from vocabulary.js, generated from tidings.events.modality.MODALITIES
const SVGNS = "http://www.w3.org/2000/svg";

/* ---- DOM helpers: strings become text nodes, never markup ---- */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "text") node.textContent = String(v);
    else if (k === "on") for (const [ev, fn] of Object.entries(v)) node.addEventListener(ev, fn);
    else if (k === "href") node.setAttribute("href", safeHref(v));
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  append(node, children);
  return node;
}
function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}
function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === "text") node.textContent = String(v);
    else node.setAttribute(k, String(v));
  }
  for (const c of children.flat(Infinity)) if (c) node.appendChild(c);
  return node;
}
/* Internal routes and http(s) URLs only: "javascript:" and friends never become links. */
function safeHref(href) {
  const s = String(href);
  if (s.startsWith("#/") || s.startsWith("/docs")) return s;
  return /^https?:\/\//i.test(s) ? s : "#/";
}
function externalLink(url) {
  if (url && /^https?:\/\//i.test(url)) return el("a", {href: url, rel: "noopener noreferrer", target: "_blank", text: url});
  return url ? el("span", {class: "code", text: url}) : null;
}
function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
const view = () => document.getElementById("view");

/* ---- data ---- */
async function api(path, params) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== "" && v !== null && v !== undefined) qs.set(k, v);
  const url = "/api/" + path + (qs.toString() ? "?" + qs : "");
  const resp = await fetch(url, {headers: {Accept: "application/json"}});
  const body = await resp.json().catch(() => ({message: resp.statusText}));
  if (!resp.ok) throw new Error(body.message || ("HTTP " + resp.status));
  return body;
}
function showError(err) {
  append(clear(view()), [el("p", {class: "error", role: "alert", text: "Error: " + err.message})]);
}

/* ---- routing: #/name/arg?query ---- */
function parseHash() {
  const h = location.hash.replace(/^#\/?/, "");
  const [path, query] = h.split("?");
  const parts = (path || "events").split("/");
  return {name: parts[0] || "events", arg: parts.slice(1).map(decodeURIComponent).join("/"),
          params: Object.fromEntries(new URLSearchParams(query || ""))};
}
function go(name, params, arg) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== "" && v !== null && v !== undefined) qs.set(k, v);
  location.hash = "#/" + name + (arg !== undefined ? "/" + encodeURIComponent(arg) : "") + (qs.toString() ? "?" + qs : "");
}
const routes = {events: eventsView, event: evidenceView, timeline: timelineView, network: networkView,
                quotes: quotesView, documents: documentsView, document: documentView, search: searchView};
async function route() {
  const r = parseHash();
  for (const a of document.querySelectorAll("nav a[data-nav]")) a.classList.toggle("active", a.dataset.nav === r.name);
  const render = routes[r.name] || eventsView;
  append(clear(view()), [el("p", {class: "muted", text: "Loading…"})]);
  try { await render(r.params, r.arg); } catch (err) { showError(err); }
}

/* ---- shared pieces ---- */
function filterForm(fields, params, onSubmit) {
  const form = el("form", {class: "filters"});
  for (const f of fields) {
    let input;
    if (f.options) {
      input = el("select", {name: f.name}, el("option", {value: "", text: "any"}),
                 f.options.map(o => el("option", {value: o.value ?? o, text: o.label ?? o})));
      input.value = params[f.name] || "";
    } else if (f.type === "checkbox") {
      input = el("input", {type: "checkbox", name: f.name});
      input.checked = params[f.name] === "true";
    } else {
      input = el("input", {name: f.name, type: f.type || "text", placeholder: f.placeholder || ""});
      input.value = params[f.name] || "";
    }
    form.appendChild(el("label", {}, f.label, input));
  }
  form.appendChild(el("button", {type: "submit", text: "Apply"}));
  form.addEventListener("submit", ev => {
    ev.preventDefault();
    const out = {};
    for (const f of fields) {
      const input = form.elements[f.name];
      const v = f.type === "checkbox" ? (input.checked ? "true" : (f.explicit ? "false" : "")) : input.value.trim();
      if (v) out[f.name] = v;
    }
    onSubmit(out);
  });
  return form;
}
const EVENT_FILTERS = [
  {name: "source", label: "source", placeholder: "USA"},
  {name: "target", label: "target", placeholder: "CHN"},
  {name: "cameo", label: "CAMEO", placeholder: "04"},
  {name: "plover", label: "PLOVER", options: PLOVER},
  {name: "quad_class", label: "QuadClass", options: [1, 2, 3, 4].map(q => ({value: q, label: q + " " + QUAD[q]}))},
  {name: "modality", label: "modality", options: MODALITY},
  {name: "since", label: "since", type: "date"},
  {name: "until", label: "until", type: "date"},
  {name: "q", label: "words", placeholder: "full text"},
];
function pager(total, offset, limit, onPage, exact = true) {
  offset = Number(offset) || 0;
  const last = Math.min(total, offset + limit);
  const of = exact ? String(total) : total.toLocaleString("en") + "+";
  return el("div", {class: "pager"},
    el("button", {type: "button", "data-page": "prev", disabled: offset <= 0, on: {click: () => onPage(Math.max(0, offset - limit))}, text: "← Previous"}),
    el("span", {class: "muted", "data-total": total, text: total ? `${offset + 1}–${last} of ${of}` : "no results"}),
    el("button", {type: "button", "data-page": "next", disabled: exact && last >= total, on: {click: () => onPage(offset + limit)}, text: "Next →"}));
}
/* A link to the events of an actor code: every code the store holds, ---GOV and IGOUNO included. */
function actorHref(code) { return "#/events?actor=" + encodeURIComponent(code); }
function codeLink(code, attrs) {
  return code ? el("a", Object.assign({class: "code actor-link", href: actorHref(code), text: code}, attrs || {})) : el("span", {class: "code", text: "?"});
}
function actorCell(a) {
  if (!a) return el("span", {class: "muted", text: "—"});
  return el("span", {title: a.text || ""}, codeLink(a.code), " ", el("span", {class: "muted", text: a.name || a.text || ""}));
}
/* text with spans [{start, end, cls}] marked; overlapping spans split the text at every boundary */
function highlighted(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) { if (s.start >= 0 && s.end <= text.length && s.start < s.end) { cuts.add(s.start); cuts.add(s.end); } }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const covering = spans.filter(s => s.start <= a && s.end >= b);
    const piece = text.slice(a, b);
    if (!covering.length) { out.push(document.createTextNode(piece)); continue; }
    const m = el("mark", {class: covering.map(s => s.cls).join(" "), "data-role": covering.map(s => s.role || "").join(" ").trim() || null, text: piece});
    if (covering.some(s => s.id)) m.id = covering.find(s => s.id).id;
    out.push(m);
  }
  return out;
}
function eventsTable(events) {
  return el("table", {class: "events"},
    el("thead", {}, el("tr", {}, ["date", "source", "event", "target", "modality", "Q", "Goldstein", "evidence", ""].map(h => el("th", {text: h})))),
    el("tbody", {}, events.map(e => el("tr", {"data-key": e.key},
      el("td", {class: "date", text: e.date || e.published || ""}),
      el("td", {}, actorCell(e.source)),
      el("td", {}, el("span", {class: "code", text: e.cameo}), " ", el("span", {class: "muted", text: e.plover || ""})),
      el("td", {}, actorCell(e.target)),
      el("td", {text: e.modality || ""}),
      el("td", {class: "num", title: QUAD[e.quad_class] || "", text: e.quad_class ?? ""}),
      el("td", {class: "num", text: e.goldstein ?? ""}),
      el("td", {class: "evidence", text: e.evidence || ""}),
      el("td", {}, el("a", {class: "evidence-link", href: "#/event/" + encodeURIComponent(e.key), text: "evidence"}))))));
}

/* ---- views ---- */
async function eventsView(params) {
  const offset = Number(params.offset) || 0;
  const filters = Object.assign({}, params); delete filters.offset;
  const page = await api("events", Object.assign({limit: PAGE, offset}, filters));
  append(clear(view()), [
    el("h1", {text: "Events"}),
    filterForm(EVENT_FILTERS, params, f => go("events", f)),
    pager(page.total, offset, PAGE, o => go("events", Object.assign({}, filters, {offset: o})), page.total_exact),
    page.events.length ? eventsTable(page.events) : el("p", {class: "muted", text: "No events match."}),
  ]);
}

async function evidenceView(params, key) {
  const e = await api("events/" + key.split("/").map(encodeURIComponent).join("/"));
  const spans = (e.highlight ? e.highlight.spans : []).map(s => ({start: s.start, end: s.end, role: s.role, cls: "hl hl-" + s.role}));
  /* the route may hold the event's key (document/position) or the API's event id */
  const seq = e.key.slice(e.key.lastIndexOf("/") + 1);
  const facts = [
    ["source", e.source ? `${e.source.code || "?"} — ${e.source.name || e.source.text}` : "—"],
    ["event", `${e.cameo} (root ${e.root || "?"}) ${e.plover || ""} ${e.plover_mode || ""}`],
    ["target", e.target ? `${e.target.code || "?"} — ${e.target.name || e.target.text}` : "—"],
    ["QuadClass", e.quad_class ? `${e.quad_class} ${QUAD[e.quad_class]}` : "—"],
    ["Goldstein", e.goldstein ?? "—"], ["modality", e.modality || "—"], ["date", e.date || "—"],
    ["reported by", e.reported_by || "—"], ["confidence", e.confidence ?? "—"],
    ["mentions", e.num_mentions ?? 1], ["articles", e.num_articles ?? 1], ["sources", e.num_sources ?? 1],
    ["first reported", e.first_reported || "—"],
  ];
  /* every report of the happening, with what each one says: disagreements are shown, not averaged */
  const reports = e.reports || [];
  const differ = Object.entries(e.disagreements || {}).map(([k, v]) => `${k}: ${v.join(" / ")}`);
  append(clear(view()), [
    el("h1", {text: "Evidence"}),
    el("div", {class: "card"},
      el("p", {class: "sentence", id: "evidence"}, highlighted(e.evidence || "", spans)),
      el("div", {class: "legend"},
        el("span", {}, el("i", {class: "swatch sw-source"}), "source"),
        el("span", {}, el("i", {class: "swatch sw-trigger"}), "trigger"),
        el("span", {}, el("i", {class: "swatch sw-target"}), "target"))),
    el("dl", {class: "facts"}, facts.map(([k, v]) => [el("dt", {text: k}), el("dd", {text: v})])),
    el("p", {}, "From ", el("a", {id: "document-link", href: "#/document/" + encodeURIComponent(e.document_id) + "?event=" + encodeURIComponent(seq), text: e.title || e.document_id}),
      e.published ? ` (${e.published})` : "", " ", externalLink(e.url)),
    reports.length > 1 ? el("h2", {text: `Reports (${e.num_mentions ?? reports.length})`}) : null,
    reports.length > 1 && differ.length ? el("p", {id: "disagreements", class: "muted", text: "Reports differ on " + differ.join("; ")}) : null,
    reports.length > 1 ? el("ul", {id: "reports"}, reports.map(r => el("li", {},
      el("a", {href: "#/event/" + encodeURIComponent(r.key), text: r.outlet || r.document_id}),
      ` ${r.published || ""} · ${r.date || "undated"} · ${r.cameo} · ${r.modality || ""}: ${r.evidence || ""}`))) : null,
  ]);
}

async function documentView(params, id) {
  const d = await api("documents/" + id.split("/").map(encodeURIComponent).join("/"));
  const focus = params.event !== undefined ? Number(params.event) : null;
  const spans = [];
  (d.quotes || []).forEach(q => spans.push({start: q.start, end: q.end, cls: "hl-quote", role: "quote"}));
  (d.events || []).forEach((e, i) => {
    if (focus !== null && i !== focus) return;
    for (const role of ["source", "trigger", "target"]) {
      const s = e[role];
      if (s && s.start !== undefined && s.end !== undefined) spans.push({start: s.start, end: s.end, role, cls: "hl hl-" + role + (i === focus ? " hl-focus" : ""), id: i === focus && role === "trigger" ? "focus" : null});
    }
  });
  const text = d.text || "";
  const removed = d.removed || [];
  append(clear(view()), [
    el("h1", {id: "doc-title", text: d.title || d.id}),
    el("dl", {class: "facts"},
      el("dt", {text: "id"}), el("dd", {class: "code", text: d.id}),
      el("dt", {text: "url"}), el("dd", {}, externalLink(d.url) || "—"),
      el("dt", {text: "published"}), el("dd", {text: d.published || "—"}),
      el("dt", {text: "status"}), el("dd", {text: d.status + (d.rejected ? ` (${d.rejected})` : "") + (d.error ? ": " + d.error : "")})),
    el("div", {class: "card"}, el("div", {class: "doctext", id: "doc-text"}, highlighted(text, spans))),
    el("h2", {text: `Removed from coding (${removed.length}): boilerplate, headline, foreign-language passages`}),
    el("div", {id: "removed"}, removed.length ? removed.map(r => el("div", {class: "removed"}, el("span", {class: "reason", text: r.reason}), r.text))
                                            : el("p", {class: "muted", text: "Nothing was removed."})),
    el("h2", {text: `Events (${(d.events || []).length})`}),
    el("ul", {}, (d.events || []).map(e => el("li", {},
      el("a", {href: "#/event/" + encodeURIComponent(e.key), text: `${(e.source || {}).code || "?"} ${e.cameo} ${(e.target || {}).code || "?"}`}),
      " ", el("span", {class: "muted", text: e.evidence || ""})))),
    el("h2", {text: `Quotes (${(d.quotes || []).length})`}),
    el("ul", {}, (d.quotes || []).map(q => el("li", {}, el("b", {text: ((q.speaker || {}).name || (q.speaker || {}).text || "?") + ": "}), q.text))),
    el("h2", {text: `Outlet attributions (${(d.attributions || []).length})`}),
    el("ul", {}, (d.attributions || []).map(a => el("li", {text: `${a.outlet} (${a.cue || ""})`}))),
  ]);
  const f = document.getElementById("focus");
  if (f) f.scrollIntoView({block: "center"});
}

async function timelineView(params) {
  const p = Object.assign({source: "", target: "", by: "month"}, params);
  const form = filterForm([
    {name: "source", label: "source", placeholder: "USA"}, {name: "target", label: "target", placeholder: "CHN"},
    {name: "by", label: "per", options: ["day", "week", "month"]},
    {name: "both", label: "both directions", type: "checkbox"},
    {name: "since", label: "since", type: "date"}, {name: "until", label: "until", type: "date"},
  ], p, f => go("timeline", f));
  const data = await api("timeline", p);
  const note = partialNote(data.partial);
  append(clear(view()), [el("h1", {text: "Dyad timeline"}), form, timelineChart(data),
    note ? el("p", {class: "muted", id: "timeline-partial", text: note}) : null,
    el("div", {class: "legend"}, [1, 2, 3, 4].map(q => el("span", {}, el("i", {class: "swatch sw-q" + q}), `Q${q} ${QUAD[q]}`)),
      el("span", {}, el("i", {class: "swatch sw-gold"}), "mean Goldstein (right axis, −10…10)")),
    el("table", {class: "timeline"}, el("thead", {}, el("tr", {}, ["period", "Q1", "Q2", "Q3", "Q4", "events", "Goldstein"].map(h => el("th", {text: h})))),
      /* the chart shows the empty periods; the table lists those with events */
      el("tbody", {}, data.periods.filter(r => r.events).map(r => el("tr", {}, [r.period, r.q1, r.q2, r.q3, r.q4, r.events, r.goldstein ?? ""].map((v, i) => el("td", {class: i ? "num" : "", text: v}))))))]);
}
/* Whole-number ticks from 0 at a step of 1, 2 or 5 × 10^k, at most six of them, the last ≥ max. */
function countTicks(max) {
  let step = 1;
  for (let k = 1; Math.ceil(max / step) > 5; k *= 10) step = [1, 2, 5].map(m => m * k).find(s => Math.ceil(max / s) <= 5) || 10 * k;
  const out = [];
  for (let v = 0; v < max + step; v += step) { out.push(v); if (v >= max) break; }
  return out;
}
function partialNote(partial) {
  const parts = ["year", "month"].filter(p => partial && partial[p]).map(p => `${partial[p]} event${partial[p] === 1 ? "" : "s"} with only a ${p}`);
  return parts.length ? "Not on the timeline: " + parts.join(", ") + " (dated less precisely than one period)." : "";
}
function timelineChart(data) {
  const W = 900, H = 320, L = 48, R = 48, T = 16, B = 40;
  const rows = data.periods;
  const chart = svg("svg", {class: "chart", id: "timeline-chart", viewBox: `0 0 ${W} ${H}`, width: "100%", role: "img", "aria-label": "events per period by QuadClass with mean Goldstein"});
  if (!rows.length) { chart.appendChild(svg("text", {x: W / 2, y: H / 2, "text-anchor": "middle", text: "no events"})); return chart; }
  const ticks = countTicks(Math.max(1, ...rows.map(r => r.events)));
  const max = ticks[ticks.length - 1];
  const bw = (W - L - R) / rows.length;
  const y = v => T + (H - T - B) * (1 - v / max);
  const gy = g => T + (H - T - B) * (1 - (g + 10) / 20);
  for (const v of ticks) {
    chart.appendChild(svg("line", {class: "grid", x1: L, x2: W - R, y1: y(v), y2: y(v)}));
    chart.appendChild(svg("text", {class: "y-tick", x: L - 6, y: y(v) + 4, "text-anchor": "end", text: v}));
  }
  for (const g of [-10, 0, 10]) chart.appendChild(svg("text", {x: W - R + 6, y: gy(g) + 4, text: g}));
  const step = Math.ceil(rows.length / 12);
  rows.forEach((r, i) => {
    let base = 0;
    for (const q of [1, 2, 3, 4]) {
      const n = r["q" + q];
      if (!n) continue;
      const rect = svg("rect", {class: "bar q" + q, x: L + i * bw + bw * 0.1, width: Math.max(1, bw * 0.8), y: y(base + n), height: y(base) - y(base + n), fill: QUAD_COLOUR[q]});
      rect.appendChild(svg("title", {text: `${r.period} Q${q}: ${n}`}));
      chart.appendChild(rect);
      base += n;
    }
    if (i % step === 0) chart.appendChild(svg("text", {x: L + i * bw + bw / 2, y: H - B + 16, "text-anchor": "middle", text: data.by === "month" ? r.period.slice(0, 7) : r.period}));
  });
  chart.appendChild(svg("line", {class: "axis", x1: L, x2: W - R, y1: H - B, y2: H - B}));
  /* one line per run of periods with events: an empty period breaks the line, never bridged */
  let run = [];
  const flush = () => { if (run.length > 1) chart.appendChild(svg("polyline", {class: "goldstein", points: run.join(" "), fill: "none", stroke: "#222", "stroke-width": 2})); run = []; };
  rows.forEach((r, i) => { if (r.goldstein === null) flush(); else run.push(`${L + i * bw + bw / 2},${gy(r.goldstein)}`); });
  flush();
  rows.forEach((r, i) => { if (r.goldstein !== null) chart.appendChild(svg("circle", {cx: L + i * bw + bw / 2, cy: gy(r.goldstein), r: 3, fill: "#222"}, svg("title", {text: `${r.period} mean Goldstein ${r.goldstein}`}))); });
  return chart;
}

const LEVELS = [{value: "country", label: "countries"}, {value: "actor", label: "actors"}];
async function networkView(params) {
  /* countries, both sides coded, by default: at corpus scale the actor-level graph is a hairball */
  const p = Object.assign({limit: 40, level: "country", both_coded: "true"}, params);
  const form = filterForm([
    {name: "level", label: "nodes", options: LEVELS},
    {name: "both_coded", label: "both sides coded", type: "checkbox", explicit: true},
    {name: "actor", label: "actor", placeholder: "USA"}, {name: "cameo", label: "CAMEO", placeholder: "04"},
    {name: "quad_class", label: "QuadClass", options: [1, 2, 3, 4]},
    {name: "since", label: "since", type: "date"}, {name: "until", label: "until", type: "date"},
    {name: "limit", label: "edges", type: "number"},
  ], p, f => go("network", f));
  const filters = Object.assign({}, p); for (const k of ["limit", "level", "both_coded"]) delete filters[k];
  const [net, top] = await Promise.all([api("network", p), api("actors/top", Object.assign({limit: 15}, filters))]);
  const country = net.level === "country";
  /* at country level a node is a country (actor= prefix), at actor level one code */
  const edgeHref = e => "#/events?" + new URLSearchParams({source: e.source, target: e.target});
  append(clear(view()), [el("h1", {text: "Actor network"}), form, networkChart(net),
    el("p", {class: "muted", text: (country ? "Countries (actors rolled up; organisations stay themselves). " : "Actor codes. ")
      + "Edges point from source to target; width grows with the number of events; green: mean Goldstein above 0 (cooperation), red: below. Click a node for its events."}),
    el("h2", {text: "Top actors"}),
    el("ol", {id: "top-actors"}, top.map(a => el("li", {},
      codeLink(a.code), " ",
      el("span", {class: "muted", text: `${a.name || ""} — ${a.events} events (${a.as_source} as source, ${a.as_target} as target)`})))),
    el("table", {id: "network-edges"}, el("thead", {}, el("tr", {}, ["source", "target", "events", "cooperation", "conflict", "Goldstein", ""].map(h => el("th", {text: h})))),
      el("tbody", {}, net.edges.map(e => el("tr", {}, el("td", {}, codeLink(e.source)), el("td", {}, codeLink(e.target)),
        el("td", {class: "num", text: e.events}), el("td", {class: "num", text: e.cooperation}), el("td", {class: "num", text: e.conflict}),
        el("td", {class: "num", text: e.goldstein ?? ""}), el("td", {}, el("a", {href: edgeHref(e), text: "events"})))))),
  ]);
}

/* A force-directed layout, deterministic (no randomness: the same data gives the same picture).
 * Nodes repel each other, edges pull their ends together, a weak pull keeps the graph centred,
 * and no two nodes (with their labels) overlap. O(n²) per step: fine for the ≤ 200 nodes shown. */
function forceLayout(nodes, edges, W, H) {
  const n = nodes.length, cx = W / 2, cy = H / 2;
  const golden = Math.PI * (3 - Math.sqrt(5));
  nodes.forEach((d, i) => {  /* a sunflower spiral: heavy nodes (listed first) start near the centre */
    const r = 12 * Math.sqrt(i + 0.5) * Math.min(W, H) / 200;
    d.x = cx + r * Math.cos(i * golden); d.y = cy + r * Math.sin(i * golden); d.vx = 0; d.vy = 0;
  });
  const index = new Map(nodes.map((d, i) => [d.code, i]));
  const links = edges.map(e => [index.get(e.source), index.get(e.target), e.events]).filter(([a, b]) => a !== undefined && b !== undefined && a !== b);
  const maxW = Math.max(1, ...links.map(l => l[2]));
  const area = (W - 80) * (H - 60), k = Math.sqrt(area / Math.max(1, n)) * 0.55;  /* ideal spacing */
  for (let step = 0, temp = k; step < 400; step++, temp *= 0.985) {
    for (const d of nodes) { d.fx = (cx - d.x) * 0.08; d.fy = (cy - d.y) * 0.08 * W / H; }
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      const a = nodes[i], b = nodes[j];
      let dx = a.x - b.x, dy = a.y - b.y, dist = Math.hypot(dx, dy);
      if (dist < 0.01) { dx = 0.01 * (i - j); dy = 0.01; dist = Math.hypot(dx, dy); }
      const gap = a.room + b.room - dist;  /* overlap of the two nodes with their labels */
      if (dist > 2.5 * k && gap <= 0) continue;  /* far apart: no push, so loose pairs stay near */
      const rep = k * k / dist;
      const push = rep + (gap > 0 ? gap * 4 : 0);
      a.fx += dx / dist * push; a.fy += dy / dist * push; b.fx -= dx / dist * push; b.fy -= dy / dist * push;
    }
    for (const [i, j, w] of links) {
      const a = nodes[i], b = nodes[j];
      const dx = b.x - a.x, dy = b.y - a.y, dist = Math.hypot(dx, dy) || 0.01;
      const pull = dist * dist / k * (0.3 + 0.7 * Math.log1p(w) / Math.log1p(maxW));
      a.fx += dx / dist * pull; a.fy += dy / dist * pull; b.fx -= dx / dist * pull; b.fy -= dy / dist * pull;
    }
    for (const d of nodes) {
      const f = Math.hypot(d.fx, d.fy) || 1, move = Math.min(f, temp);
      d.x = Math.min(W - d.room, Math.max(d.room, d.x + d.fx / f * move));
      d.y = Math.min(H - d.r - 22, Math.max(d.r + 6, d.y + d.fy / f * move));
    }
  }
}
function networkChart(net) {
  const W = 1200, H = 620;
  const chart = svg("svg", {class: "chart", id: "network-chart", viewBox: `0 0 ${W} ${H}`, width: "100%", role: "img", "aria-label": "actor network"});
  chart.appendChild(svg("defs", {}, svg("marker", {id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto"}, svg("path", {d: "M 0 0 L 10 5 L 0 10 z", fill: "#888"}))));
  if (!net.nodes.length) { chart.appendChild(svg("text", {x: W / 2, y: H / 2, "text-anchor": "middle", text: "no interactions"})); return chart; }
  const maxNode = Math.max(...net.nodes.map(n => n.events));
  const nodes = net.nodes.map(d => {
    const r = 6 + 20 * Math.sqrt(d.events / maxNode);
    /* room: the node and its label below it (about 9 px a character at 13 px bold) */
    const label = d.code === "---" ? "country unknown" : d.code;  /* "---" alone reads as a dash */
    return Object.assign({}, d, {r, label, room: Math.max(r, 4 + 4.6 * label.length) + 6});
  });
  forceLayout(nodes, net.edges, W, H);
  const pos = Object.fromEntries(nodes.map(d => [d.code, d]));
  const maxEdge = Math.max(...net.edges.map(e => e.events));
  const edgeLayer = svg("g", {class: "edges"}), nodeLayer = svg("g", {class: "nodes"});
  chart.appendChild(edgeLayer); chart.appendChild(nodeLayer);
  for (const e of net.edges) {
    const a = pos[e.source], b = pos[e.target];
    if (!a || !b || a === b) continue;  /* a self-loop (inside one country) has no line to draw */
    const dx = b.x - a.x, dy = b.y - a.y, len = Math.hypot(dx, dy) || 1;
    const ux = dx / len, uy = dy / len;
    const colour = e.goldstein === null ? "#999" : e.goldstein >= 0 ? "#2e7d32" : "#c62828";
    /* a gentle curve to the right of the direction of travel: A→B and B→A stay apart */
    const x1 = a.x + ux * a.r, y1 = a.y + uy * a.r, x2 = b.x - ux * (b.r + 2), y2 = b.y - uy * (b.r + 2);
    const bend = Math.min(40, len * 0.15), mx = (x1 + x2) / 2 - uy * bend, my = (y1 + y2) / 2 + ux * bend;
    const line = svg("path", {class: "edge", "data-source": e.source, "data-target": e.target, d: `M ${x1} ${y1} Q ${mx} ${my} ${x2} ${y2}`, fill: "none",
      stroke: colour, "stroke-opacity": 0.6, "stroke-width": 1 + 7 * e.events / maxEdge, "marker-end": "url(#arrow)"});
    line.appendChild(svg("title", {text: `${e.source} → ${e.target}: ${e.events} events, mean Goldstein ${e.goldstein}`}));
    edgeLayer.appendChild(line);
  }
  for (const d of nodes) {
    const link = document.createElementNS(SVGNS, "a");
    link.setAttribute("href", actorHref(d.code));
    const g = svg("g", {class: "node", "data-code": d.code});
    g.appendChild(svg("circle", {cx: d.x, cy: d.y, r: d.r, fill: d.code.startsWith("---") ? "#8a8a8a" : "#1f5fa8"}, svg("title", {text: `${d.code} ${d.name || ""}: ${d.events} events`})));
    /* the label under the node, on a white halo so crossing edges do not hide it */
    g.appendChild(svg("text", {class: "node-label", x: d.x, y: d.y + d.r + 14, "text-anchor": "middle", text: d.label}));
    link.appendChild(g);
    nodeLayer.appendChild(link);
  }
  return chart;
}

async function quotesView(params) {
  const offset = Number(params.offset) || 0;
  const [speakers, page] = await Promise.all([api("speakers", {limit: 30}),
    api("quotes", {speaker: params.speaker, q: params.q, limit: PAGE, offset})]);
  append(clear(view()), [el("h1", {text: "Quotes"}),
    filterForm([{name: "speaker", label: "speaker", placeholder: "name or code"}, {name: "q", label: "words"}], params, f => go("quotes", f)),
    el("div", {class: "two-col"},
      el("div", {}, el("h2", {text: "Speakers"}), el("ol", {class: "speakers"}, speakers.map(s => el("li", {},
        el("a", {href: "#/quotes?speaker=" + encodeURIComponent(s.speaker || s.code || s.name || ""), text: s.name || s.code || "unknown"}),
        " ", el("span", {class: "code muted", text: s.code || ""}), " ", el("span", {class: "muted", text: `(${s.quotes})`}))))),
      el("div", {}, pager(page.total, offset, PAGE, o => go("quotes", Object.assign({}, params, {offset: o}))),
        el("table", {class: "quotes"}, el("tbody", {}, page.quotes.map(q => el("tr", {},
          el("td", {}, el("b", {text: (q.speaker || {}).name || (q.speaker || {}).text || "?"}), el("br"), (q.speaker || {}).code ? codeLink(q.speaker.code) : null),
          el("td", {}, el("blockquote", {text: q.text}), el("span", {class: "muted", text: q.kind + " · "}),
            el("a", {href: "#/document/" + encodeURIComponent(q.document_id), text: q.title || q.document_id})))))))),
  ]);
}

async function documentsView(params) {
  const offset = Number(params.offset) || 0;
  const page = await api("documents", {limit: PAGE, offset});
  append(clear(view()), [el("h1", {text: "Documents"}),
    pager(page.total, offset, PAGE, o => go("documents", {offset: o})),
    el("table", {}, el("thead", {}, el("tr", {}, ["published", "title", "status", "events", "quotes"].map(h => el("th", {text: h})))),
      el("tbody", {}, page.documents.map(d => el("tr", {}, el("td", {text: d.published || ""}),
        el("td", {}, el("a", {href: "#/document/" + encodeURIComponent(d.id), text: d.title || d.id})),
        el("td", {text: d.status}), el("td", {class: "num", text: d.events}), el("td", {class: "num", text: d.quotes})))))]);
}

async function searchView(params) {
  const q = params.q || "";
  document.getElementById("search").value = q;
  const offset = Number(params.offset) || 0;
  const [docs, page] = await Promise.all([api("search", {q, limit: 20}), api("events", {q, limit: PAGE, offset})]);
  append(clear(view()), [el("h1", {}, "Search: ", el("span", {class: "code", text: q})),
    el("h2", {text: `Articles (${docs.length}${docs.length === 20 ? "+" : ""})`}),
    el("ul", {id: "search-documents"}, docs.map(d => el("li", {}, el("a", {href: "#/document/" + encodeURIComponent(d.id), text: d.title || d.id}), " ", el("span", {class: "muted", text: d.published || ""})))),
    el("h2", {text: "Events in these articles"}),
    pager(page.total, offset, PAGE, o => go("search", {q, offset: o}), page.total_exact),
    page.events.length ? eventsTable(page.events) : el("p", {class: "muted", text: "No events."})]);
}

async function footer() {
  try {
    const s = await api("stats");
    document.getElementById("stats").textContent = `${s.documents} documents · ${s.events} events · ${s.quotes} quotes · ${s.actors} actors`;
  } catch (err) { /* the footer is optional */ }
}

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("search-form").addEventListener("submit", ev => {
    ev.preventDefault();
    const q = document.getElementById("search").value.trim();
    if (q) go("search", {q});
  });
  window.addEventListener("hashchange", route);
  route();
  footer();
});
