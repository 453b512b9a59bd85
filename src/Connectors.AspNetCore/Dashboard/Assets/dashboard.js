// Connectors dashboard: embedded in Connectors.AspNetCore. Polls the dashboard's own JSON and draws with the DOM and
// inline SVG; talks to no other origin. Every value goes through textContent, never innerHTML.
(function () {
  "use strict";
  const meta = document.querySelector("meta[name='connectors-dashboard']");
  const base = meta.dataset.base;
  const refreshMs = Number(meta.dataset.refreshMs) || 2000;
  const antiforgery = { header: meta.dataset.antiforgeryHeader, token: meta.dataset.antiforgeryToken };
  const $ = (id) => document.getElementById(id);
  let selectedRun = null;
  let lastSearch = [];
  const replayed = new Map(); // event id -> { recipe, deadLetterId }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined) continue;
      if (k === "class") node.className = v; else if (k.startsWith("data-")) node.setAttribute(k, v); else node[k] = v;
    }
    for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(c === null || c === undefined ? "" : String(c)));
    return node;
  }

  function svg(tag, attrs) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    return node;
  }

  const ms = (v) => v === null || v === undefined ? "–" : v >= 1000 ? (v / 1000).toFixed(2) + " s" : Math.round(v) + " ms";
  const time = (iso) => new Date(iso).toLocaleTimeString();
  const dateTime = (iso) => new Date(iso).toLocaleString();

  // Bars per minute (60 of them): good in green, bad stacked in red on top.
  function barChart(good, bad, label, neutral) {
    const w = 180, h = 30, n = good.length, bw = w / n;
    const max = Math.max(1, ...good.map((g, i) => g + (bad ? bad[i] : 0)));
    const chart = svg("svg", { class: "chart", width: w, height: h, viewBox: `0 0 ${w} ${h}`, role: "img", "aria-label": label });
    const title = svg("title"); title.textContent = label; chart.append(title);
    chart.append(svg("line", { class: "axis", x1: 0, y1: h - 0.5, x2: w, y2: h - 0.5 }));
    for (let i = 0; i < n; i++) {
      const g = good[i], b = bad ? bad[i] : 0;
      const gh = (g / max) * (h - 2), bh = (b / max) * (h - 2);
      if (g > 0) chart.append(svg("rect", { class: neutral ? "bar neutral" : "bar", x: i * bw, y: h - 1 - gh, width: Math.max(1, bw - 0.5), height: gh }));
      if (b > 0) chart.append(svg("rect", { class: "bar bad", x: i * bw, y: h - 1 - gh - bh, width: Math.max(1, bw - 0.5), height: bh }));
    }
    return chart;
  }

  // A line over the minutes that have a value.
  function lineChart(values, label) {
    const w = 140, h = 30, n = values.length;
    const present = values.filter((v) => v !== null && v !== undefined);
    const max = Math.max(1, ...present);
    const chart = svg("svg", { class: "chart", width: w, height: h, viewBox: `0 0 ${w} ${h}`, role: "img", "aria-label": label });
    const title = svg("title"); title.textContent = label; chart.append(title);
    chart.append(svg("line", { class: "axis", x1: 0, y1: h - 0.5, x2: w, y2: h - 0.5 }));
    const points = [];
    values.forEach((v, i) => { if (v !== null && v !== undefined) points.push(`${((i + 0.5) * w / n).toFixed(1)},${(h - 1 - (v / max) * (h - 3)).toFixed(1)}`); });
    if (points.length > 1) chart.append(svg("polyline", { class: "line", points: points.join(" ") }));
    for (const p of points) { const [x, y] = p.split(","); chart.append(svg("circle", { class: "dot", cx: x, cy: y, r: 1.8 })); }
    return chart;
  }

  function seriesCells(s, what) {
    return [
      el("td", { class: "num completed" }, s.completed),
      el("td", { class: "num retried" }, s.retried),
      el("td", { class: "num dead-lettered" }, s.deadLettered),
      el("td", { class: "num in-flight" }, s.inFlight),
      el("td", { class: "num p50" }, ms(s.p50Ms)),
      el("td", { class: "num p95" }, ms(s.p95Ms)),
      el("td", {}, barChart(s.completedPerMinute, s.deadLetteredPerMinute, `${what}: completed and dead-lettered per minute, last hour`)),
      el("td", {}, lineChart(s.p95MsPerMinute, `${what}: p95 duration (ms) per minute, last hour`)),
    ];
  }

  function renderRecipes(recipes) {
    const body = $("recipes").tBodies[0];
    const rows = [];
    for (const r of recipes) {
      rows.push(el("tr", { class: "recipe", "data-recipe": r.name }, el("td", {}, r.name), ...seriesCells(r.runs, r.name)));
      for (const s of r.steps) rows.push(el("tr", { class: "step", "data-recipe": r.name, "data-step": s.name }, el("td", {}, s.name), ...seriesCells(s.series, `${r.name} / ${s.name}`)));
    }
    body.replaceChildren(...rows);
    $("recipes-empty").hidden = recipes.length > 0;
    const sum = (f) => recipes.reduce((a, r) => a + f(r.runs), 0);
    $("in-flight").textContent = sum((s) => s.inFlight);
    $("completed").textContent = sum((s) => s.completed);
    $("dead-lettered").textContent = sum((s) => s.deadLettered);
  }

  function renderSystems(systems) {
    const rows = systems.map((s) => {
      const kinds = el("td", { class: "error-kinds" }, ...Object.entries(s.errorsByKind).map(([k, n]) => el("span", { "data-kind": k }, `${k}: ${n}`)));
      const gates = s.pacing.map((g) => `${g.client.replace(/^Connectors\./, "")}: ${g.remaining === null ? "unknown" : g.remaining + " left"}${g.waits > 0 ? `, held ${g.waits}×` : ""}`);
      if (s.lastReportedRemaining !== null) gates.push(`last reported: ${s.lastReportedRemaining}`);
      return el("tr", { "data-system": s.name },
        el("td", {}, s.name),
        el("td", { class: "num requests" }, s.requests),
        el("td", { class: "num errors" }, s.errors),
        kinds,
        el("td", { class: "headroom" }, gates.length ? gates.join(" · ") : "not reported"),
        el("td", {}, barChart(s.requestsPerMinute.map((r, i) => r - s.errorsPerMinute[i]), s.errorsPerMinute, `${s.name}: requests and errors per minute, last hour`, true)));
    });
    $("systems").tBodies[0].replaceChildren(...rows);
    $("systems-empty").hidden = systems.length > 0;
  }

  function outcomeCell(run) {
    const cell = el("td", { class: "outcome outcome-" + run.outcome }, run.outcome);
    if (run.isReplay) cell.append(el("span", { class: "badge" }, "replay"));
    return cell;
  }

  function renderRuns(runs) {
    const rows = runs.map((r) => {
      const row = el("tr", { "data-run-id": r.id, "data-event-id": r.eventId, "data-recipe": r.recipe, "data-outcome": r.outcome, class: r.id === selectedRun ? "selected" : null },
        el("td", {}, time(r.startedAt)), el("td", {}, r.recipe), el("td", {}, r.eventType), el("td", {}, r.subject || ""),
        outcomeCell(r), el("td", { class: "num" }, ms(r.durationMs)));
      row.addEventListener("click", () => showRun(r.id));
      return row;
    });
    $("runs").tBodies[0].replaceChildren(...rows);
    $("runs-empty").hidden = runs.length > 0;
  }

  function errorText(e) {
    if (!e) return "";
    const parts = [`${e.type}: ${e.message}`];
    if (e.system) parts.push(`system ${e.system}`);
    if (e.status) parts.push(`HTTP ${e.status}`);
    if (e.errorCode) parts.push(`code ${e.errorCode}`);
    if (e.vendorRequestId) parts.push(`vendor request id ${e.vendorRequestId}`);
    return parts.join(" · ");
  }

  async function showRun(id) {
    selectedRun = id;
    const response = await fetch(`${base}/api/runs/${encodeURIComponent(id)}`, { headers: { Accept: "application/json" } });
    const box = $("run-detail");
    if (!response.ok) { box.replaceChildren(el("p", { class: "status error" }, "That run is no longer kept.")); box.hidden = false; return; }
    const r = await response.json();
    const trace = r.traceLink ? el("a", { href: r.traceLink, rel: "noopener noreferrer", target: "_blank" }, r.traceId) : (r.traceId || "none");
    const facts = [["Recipe", r.recipe], ["Event", `${r.eventType} (${r.eventSource})`], ["Event id", r.eventId], ["Subject", r.subject || ""],
      ["Correlation id", r.correlationId], ["Trace id", trace], ["Started", dateTime(r.startedAt)], ["Outcome", r.outcome + (r.isReplay ? " (replay)" : "")],
      ["Duration", ms(r.durationMs)]];
    if (r.stoppedBy) facts.push(["Stopped by", r.stoppedBy]);
    if (r.deadLetterId) facts.push(["Dead letter", r.deadLetterId]);
    if (r.error) facts.push(["Error", errorText(r.error)]);
    const dl = el("dl", {});
    for (const [k, v] of facts) dl.append(el("dt", {}, k), el("dd", { "data-fact": k.toLowerCase().replace(/ /g, "-") }, v));
    const steps = el("table", { id: "run-steps" }, el("thead", {}, el("tr", {}, el("th", {}, "Step"), el("th", {}, "Outcome"), el("th", {}, "Attempts"), el("th", {}, "Duration"), el("th", {}, "Error"))),
      el("tbody", {}, ...r.steps.map((s) => el("tr", { "data-step": s.name }, el("td", {}, s.name), el("td", { class: "outcome-" + s.outcome }, s.outcome),
        el("td", { class: "num attempts" }, s.attempts), el("td", { class: "num" }, ms(s.durationMs)), el("td", { class: "error" }, errorText(s.error))))));
    box.replaceChildren(el("h3", {}, `Run ${r.id}`), dl, steps);
    box.hidden = false;
    for (const row of $("runs").tBodies[0].rows) row.classList.toggle("selected", row.dataset.runId === id);
  }

  async function refreshReplays() {
    if (replayed.size === 0) return;
    const query = [...replayed.keys()].map((e) => "event=" + encodeURIComponent(e)).join("&");
    const response = await fetch(`${base}/api/runs?${query}`, { headers: { Accept: "application/json" } });
    if (!response.ok) return;
    const runs = await response.json();
    const rows = [...replayed.entries()].map(([eventId, info]) => {
      const latest = runs.find((r) => r.eventId === eventId && r.recipe === info.recipe && r.isReplay);
      const outcome = latest ? latest.outcome : "queued";
      return el("tr", { "data-event-id": eventId, "data-outcome": outcome }, el("td", {}, eventId), el("td", {}, info.recipe), el("td", { class: "outcome-" + outcome }, outcome));
    });
    $("replays").tBodies[0].replaceChildren(...rows);
    $("replays").hidden = false;
  }

  async function refresh() {
    try {
      const response = await fetch(`${base}/api/overview`, { headers: { Accept: "application/json" } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const o = await response.json();
      $("queue-depth").textContent = o.queueDepth === null ? "n/a" : o.queueDepth;
      renderRecipes(o.recipes);
      renderSystems(o.systems);
      renderRuns(o.runs);
      await refreshReplays();
      $("updated").textContent = "updated " + time(o.generatedAt);
      $("updated").classList.remove("error");
    } catch (e) {
      $("updated").textContent = "update failed: " + e.message;
      $("updated").classList.add("error");
    } finally {
      setTimeout(refresh, refreshMs);
    }
  }

  function isoOf(local) { return local ? new Date(local).toISOString() : ""; }

  async function search(event) {
    if (event) event.preventDefault();
    const form = new FormData($("dead-letter-search"));
    const params = new URLSearchParams();
    for (const [k, v] of form.entries()) {
      const value = k === "from" || k === "to" ? isoOf(v) : String(v).trim();
      if (value) params.set(k, value);
    }
    const response = await fetch(`${base}/api/dead-letters?${params}`, { headers: { Accept: "application/json" } });
    const result = await response.json();
    if (!response.ok) { $("dead-letter-count").textContent = result.detail; $("dead-letter-count").classList.add("error"); return; }
    $("dead-letter-count").classList.remove("error");
    lastSearch = result.items;
    $("dead-letter-count").textContent = `${result.count} dead letter${result.count === 1 ? "" : "s"} found${result.truncated ? " (more match: narrow the search)" : ""}`;
    $("dead-letters").tBodies[0].replaceChildren(...result.items.map((d) => {
      const button = el("button", { type: "button", className: "replay-one" }, "Replay");
      button.addEventListener("click", () => askReplay([d]));
      return el("tr", { "data-dead-letter-id": d.id, "data-event-id": d.eventId, "data-recipe": d.recipe },
        el("td", {}, dateTime(d.failedAt)), el("td", {}, d.recipe), el("td", {}, d.step), el("td", {}, d.eventType), el("td", {}, d.subject || ""),
        el("td", { class: "error" }, `${d.errorKind}: ${d.errorMessage}`), el("td", { class: "num" }, d.attempts), el("td", {}, button));
    }));
    $("replay-all").hidden = result.count === 0;
    $("replay-all").textContent = `Replay all ${result.count}`;
    $("replay-confirm").hidden = true;
  }

  let pending = [];
  function askReplay(items) {
    pending = items;
    $("replay-question").textContent = `Replay ${items.length} dead letter${items.length === 1 ? "" : "s"} through ${items.length === 1 ? "its recipe" : "their recipes"}?`;
    $("replay-confirm").hidden = false;
  }

  async function replay() {
    $("replay-confirm").hidden = true;
    const items = pending;
    pending = [];
    const response = await fetch(`${base}/api/dead-letters/replay`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json", [antiforgery.header]: antiforgery.token },
      body: JSON.stringify({ ids: items.map((d) => d.id) }),
    });
    const result = await response.json();
    if (!response.ok) { $("replay-result").textContent = "Replay refused: " + result.detail; $("replay-result").classList.add("error"); return; }
    $("replay-result").classList.remove("error");
    $("replay-result").textContent = `Replayed ${result.replayed} of ${items.length}.`;
    for (const r of result.items) replayed.set(r.eventId, { recipe: r.recipe, deadLetterId: r.deadLetterId });
    await refreshReplays();
    await search();
  }

  $("dead-letter-search").addEventListener("submit", search);
  $("replay-all").addEventListener("click", () => askReplay(lastSearch));
  $("replay-confirm-yes").addEventListener("click", replay);
  $("replay-confirm-no").addEventListener("click", () => { pending = []; $("replay-confirm").hidden = true; });
  refresh();
  search();
})();
