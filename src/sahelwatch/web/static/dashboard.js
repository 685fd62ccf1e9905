/* sahelwatch dashboard: plain JS + SVG, no external requests.
   Written for this project (Apache-2.0, like the package). Every view is drawn from the
   JSON API (/api/...), so each thing shown here has a JSON twin. */
"use strict";
(function () {
  const SVGNS = "http://www.w3.org/2000/svg";
  const PAGE = 100;
  const state = { offset: 0, colours: {}, projection: null, selected: null };
  const $ = (id) => document.getElementById(id);

  function showError(message) {
    const box = $("error");
    box.textContent = message;
    box.hidden = !message;
  }

  async function getJSON(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      throw new Error(body.detail ? JSON.stringify(body.detail) : response.statusText);
    }
    return body;
  }

  function el(tag, attrs, text) {
    const node = tag.startsWith("svg:")
      ? document.createElementNS(SVGNS, tag.slice(4))
      : document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function filterParams() {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData($("filters")).entries()) {
      if (String(value).trim()) params.set(key, String(value).trim());
    }
    return params;
  }

  function colour(type) { return state.colours[type] || "#555"; }

  /* ---- map ---- */
  function rings(geometry) {
    const polys = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    return polys.flat();
  }

  function fitProjection(features, width) {
    let west = 180, east = -180, south = 90, north = -90;
    for (const f of features) for (const ring of rings(f.geometry)) for (const [x, y] of ring) {
      west = Math.min(west, x); east = Math.max(east, x);
      south = Math.min(south, y); north = Math.max(north, y);
    }
    const kx = Math.cos(((south + north) / 2) * Math.PI / 180);
    const height = width * (north - south) / ((east - west) * kx);
    const m = 8;
    const project = (lon, lat) => [
      m + (lon - west) / (east - west) * (width - 2 * m),
      m + (north - lat) / (north - south) * (height - 2 * m),
    ];
    return { project, width, height };
  }

  async function drawRegions() {
    const geo = await getJSON("api/regions.geojson");
    const svg = $("map");
    const projection = fitProjection(geo.features, 640);
    state.projection = projection;
    svg.setAttribute("viewBox", `0 0 ${projection.width} ${projection.height}`);
    const layer = el("svg:g", { id: "regions" });
    const select = $("f-admin1");
    for (const f of geo.features) {
      const d = rings(f.geometry).map((ring) =>
        "M" + ring.map(([x, y]) => projection.project(x, y).map((v) => v.toFixed(1)).join(",")).join(" ") + "Z"
      ).join("");
      const path = el("svg:path", { d, class: "region", "data-admin1": f.properties.admin1 });
      path.appendChild(el("svg:title", {}, `${f.properties.admin1} (${f.properties.country_code})`));
      layer.appendChild(path);
      select.appendChild(el("option", { value: f.properties.admin1 }, f.properties.admin1));
    }
    svg.appendChild(layer);
    svg.appendChild(el("svg:g", { id: "points" }));
  }

  function drawPoints(events) {
    const layer = $("points");
    layer.replaceChildren();
    const sorted = [...events].sort((a, b) => (b.fatalities || 0) - (a.fatalities || 0));
    for (const e of sorted) {
      if (e.latitude === "" || e.longitude === "" || e.latitude == null) continue;
      const [x, y] = state.projection.project(Number(e.longitude), Number(e.latitude));
      const r = 3 + 1.2 * Math.sqrt(Math.max(Number(e.fatalities) || 0, 0));
      const dot = el("svg:circle", {
        cx: x.toFixed(1), cy: y.toFixed(1), r: r.toFixed(1), fill: colour(e.event_type),
        "data-id": e.event_id, class: "event-dot",
      });
      dot.appendChild(el("svg:title", {}, `${e.event_date} ${e.location}: ${e.event_type} (${e.fatalities})`));
      dot.addEventListener("click", () => openEvent(e.event_id));
      layer.appendChild(dot);
    }
  }

  /* ---- timeline ---- */
  async function drawTimeline(params) {
    const q = new URLSearchParams(params);
    q.delete("limit"); q.delete("offset");
    q.set("interval", "month"); q.set("split", "type");
    const data = await getJSON("api/stats/timeseries?" + q);
    const svg = $("timeline");
    svg.replaceChildren();
    const width = 640, height = 140, left = 30, bottom = 18;
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    const n = data.periods.length;
    const totals = data.periods.map((_, i) => data.series.reduce((s, ser) => s + ser.events[i], 0));
    const peak = Math.max(1, ...totals);
    const step = (width - left) / Math.max(n, 1);
    svg.appendChild(el("svg:text", { x: 2, y: 12, "font-size": 10 }, peak));
    data.periods.forEach((period, i) => {
      let y = height - bottom;
      for (const ser of data.series) {
        const h = ser.events[i] / peak * (height - bottom - 8);
        if (h <= 0) continue;
        y -= h;
        const rect = el("svg:rect", {
          x: (left + i * step).toFixed(1), y: y.toFixed(1), width: Math.max(step * 0.8, 1).toFixed(1),
          height: h.toFixed(1), fill: colour(ser.key),
        });
        rect.appendChild(el("svg:title", {}, `${period} ${ser.key}: ${ser.events[i]}`));
        svg.appendChild(rect);
      }
      if (n <= 8 || i % Math.ceil(n / 8) === 0) {
        svg.appendChild(el("svg:text", { x: (left + i * step).toFixed(1), y: height - 4, "font-size": 10 }, period.slice(0, 7)));
      }
    });
  }

  /* ---- table ---- */
  function actorsOf(e) { return [e.actor1, e.actor2].filter(Boolean).join(" vs ") ; }

  function drawTable(page) {
    const body = $("events").querySelector("tbody");
    body.replaceChildren();
    for (const e of page.events) {
      const row = el("tr", { "data-id": e.event_id });
      for (const value of [e.event_date, e.event_type, actorsOf(e), e.location, e.admin1, e.fatalities, e.source_count]) {
        row.appendChild(el("td", {}, value));
      }
      row.addEventListener("click", () => openEvent(e.event_id));
      body.appendChild(row);
    }
    // past 1,000 matches the API stops counting (total_exact false): "1000+"
    const total = page.total_exact === false ? `${page.total}+` : `${page.total}`;
    const last = page.offset + page.events.length;
    $("summary").textContent = `${total} events match.`;
    $("page-info").textContent = page.events.length ? `${page.offset + 1}–${last} of ${total}` : "none";
    $("prev").disabled = page.offset === 0;
    $("next").disabled = page.total_exact === false ? page.events.length < page.limit : last >= page.total;
  }

  /* ---- event panel ---- */
  async function openEvent(id) {
    try {
      const e = await getJSON("api/events/" + encodeURIComponent(id));
      const body = $("panel-body");
      body.replaceChildren();
      body.appendChild(el("h2", {}, `${e.event_type}: ${e.sub_event_type}`));
      const dl = el("dl");
      const fields = [["Date", e.event_date], ["Place", `${e.location}, ${e.admin1}, ${e.country}`],
        ["Actors", actorsOf(e)], ["Fatalities", `${e.fatalities} (low ${e.fatalities_low}, high ${e.fatalities_high})`],
        ["Sources", e.source_count], ["Id", e.event_id]];
      for (const [k, v] of fields) { dl.appendChild(el("dt", {}, k)); dl.appendChild(el("dd", {}, v)); }
      body.appendChild(dl);
      body.appendChild(el("h3", {}, "Evidence"));
      for (const src of e.sources || []) {
        const head = el("p", { class: "source" });
        const link = el("a", { href: src.url || "#", target: "_blank", rel: "noopener noreferrer" }, src.outlet || src.url || "source");
        head.appendChild(link);
        head.appendChild(document.createTextNode(src.published ? ` (${src.published})` : ""));
        body.appendChild(head);
        for (const ev of src.evidence || []) body.appendChild(el("blockquote", { class: "evidence" }, typeof ev === "string" ? ev : ev.text));
        for (const c of src.claims || []) body.appendChild(el("p", { class: "claim" }, `${c.field} ${c.value} — ${c.source}: “${c.text}”`));
      }
      $("panel").hidden = false;
      for (const node of document.querySelectorAll(".selected")) node.classList.remove("selected");
      for (const node of document.querySelectorAll(`[data-id="${CSS.escape(id)}"]`)) node.classList.add("selected");
      showError("");
    } catch (err) { showError("Could not load the event: " + err.message); }
  }

  /* ---- loading ---- */
  async function loadActorNames() {
    // Suggestions for the actor filter, fetched only when the field is first used.
    try {
      const actors = await getJSON("api/actors?limit=200");
      for (const a of actors.actors) $("actor-list").appendChild(el("option", { value: a.actor }));
    } catch (err) { showError("Could not load actor names: " + err.message); }
  }

  async function load() {
    const params = filterParams();
    params.set("limit", PAGE);
    params.set("offset", state.offset);
    try {
      const page = await getJSON("api/events?" + params);
      drawTable(page);
      drawPoints(page.events);
      await drawTimeline(params);
      showError("");
    } catch (err) { showError("Could not load events: " + err.message); }
  }

  async function init() {
    try {
      const types = await getJSON("api/types");
      const select = $("f-type");
      const legend = $("legend");
      for (const t of types.types) {
        state.colours[t.name] = t.colour;
        select.appendChild(el("option", { value: t.name }, t.name));
        const item = el("span");
        item.appendChild(el("i", { style: `background:${t.colour}` }));
        item.appendChild(document.createTextNode(t.name));
        legend.appendChild(item);
      }
      await drawRegions();
    } catch (err) { showError("Could not start the dashboard: " + err.message); return; }
    $("filters").addEventListener("submit", (ev) => { ev.preventDefault(); state.offset = 0; load(); });
    $("f-reset").addEventListener("click", () => { $("filters").reset(); state.offset = 0; load(); });
    $("prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); load(); });
    $("next").addEventListener("click", () => { state.offset += PAGE; load(); });
    $("panel-close").addEventListener("click", () => { $("panel").hidden = true; });
    $("f-actor").addEventListener("focus", loadActorNames, { once: true });
    await load();
    document.body.dataset.ready = "1";
  }

  document.addEventListener("DOMContentLoaded", init);
})();
