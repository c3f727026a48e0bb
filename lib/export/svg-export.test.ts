import { test } from "node:test";
import assert from "node:assert/strict";
import type { BoardClaim } from "../../db/queries/leaderboards";
import { shapeRows } from "../leaderboard/rows";
import { speedupRows, type SpeedupClaim } from "../speedups/rows";
import { boardSvg, type BoardData } from "./leaderboard";
import { speedupSvg } from "./speedups";
import { niceTicks } from "./svg";

/** Strict enough for tests: every tag closes in order, & only in entities, no stray < in text. */
function assertWellFormed(svg: string): void {
  const stack: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g)) {
    if (m[1]) assert.equal(stack.pop(), m[2], `</${m[2]}> closes the wrong element`);
    else if (!m[4]) stack.push(m[2]);
  }
  assert.deepEqual(stack, [], "unclosed elements");
  const stripped = svg.replace(/<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g, "");
  assert.doesNotMatch(stripped, /[<>]/, "stray angle bracket");
  assert.doesNotMatch(svg, /&(?!(amp|lt|gt|quot|#\d+);)/, "bare ampersand");
}

let id = 0;
const claim = (method: string, value: number, p: Partial<BoardClaim> = {}): BoardClaim => ({
  id: ++id, paperId: id % 3, paperTitle: `Paper <${id}> & co`, paperPublished: null, method, metric: "FID", dataset: "ImageNet 256x256",
  value, valueHigh: null, unit: null, qualifier: null, role: "proposed", params: null, paramsCount: null, evidence: "…", confidence: 0.9, ...p,
});
const claims = [
  claim("xAR-H", 1.24, { paramsCount: 1.1e9, paperPublished: "2025-02-01" }),
  claim("MAR-H", 1.55, { role: "baseline", paramsCount: 943e6, paperPublished: "2024-06-01" }),
  claim("VAR-d30", 1.92, { paramsCount: 2e9, paperPublished: "2024-04-01" }),
  claim("A&B <test>", 2.5, { qualifier: "about" }),
];
const board = (view: "bars" | "scatter" | "time"): BoardData => ({
  dataset: { name: "ImageNet 256x256", slug: "imagenet-256x256" },
  metric: { name: "FID", slug: "fid", direction: "lower", unit: null },
  query: { dataset: "imagenet-256x256", metric: "fid", view, best: true, baselines: true, sort: "" },
  rows: shapeRows(claims, { direction: "lower" }),
});
const opts = { theme: "light" as const, layout: "slide" as const, url: "http://localhost:3000/leaderboards/imagenet-256x256/fid", date: "2026-11-29" };

test("bars: one self-contained fixed-size SVG with title, subtitle, legend, one bar per row, footer", () => {
  const svg = boardSvg(board("bars"), opts);
  assertWellFormed(svg);
  assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1920" height="1080"/);
  assert.match(svg, />FID on ImageNet 256×256</);
  assert.match(svg, /Lower is better · 4 methods/);
  assert.match(svg, /data-legend[^]*Proposed \(the paper’s own result\)[^]*Baseline cited in another paper/);
  assert.equal(svg.match(/data-mark="bar"/g)?.length, 4);
  assert.match(svg, /3 papers · numbers extracted from abstracts · 2026-11-29/);
  assert.match(svg, /http:\/\/localhost:3000\/leaderboards\/imagenet-256x256\/fid/);
  assert.match(svg, /A&amp;B &lt;test&gt;/);
  assert.doesNotMatch(svg, /var\(--|oklch|currentColor/);
  assert.match(svg, /≈ 2.5/);
});

test("scatter and time plot the rows that have params / dates; dark theme; chart layout", () => {
  const sc = boardSvg(board("scatter"), { ...opts, theme: "dark", layout: "chart" });
  assertWellFormed(sc);
  assert.match(sc, /width="1200" height="750"/);
  assert.match(sc, /<rect x="0" y="0" width="1200" height="750" fill="#0f172a"/);
  assert.equal(sc.match(/data-mark="point"/g)?.length, 3);
  assert.match(sc, /1 of 4 rows have no parameter count/);
  const time = boardSvg(board("time"), opts);
  assertWellFormed(time);
  assert.equal(time.match(/data-mark="point"/g)?.length, 3);
  assert.match(time, /data-role="frontier"/);
  const empty = boardSvg({ ...board("time"), rows: board("time").rows.filter((r) => !r.paperPublished) }, opts);
  assert.match(empty, /No paper on this board has a publication date/);
});

test("speedups: grouped range plot, weak claims hollow, inverted factors", () => {
  const sp = (method: string, metric: string, value: number, p: Partial<SpeedupClaim> = {}): SpeedupClaim => ({
    id: ++id, paperId: id, paperTitle: "P", method, metric, dataset: null, value, valueHigh: null, unit: "x", qualifier: null, role: "proposed", vs: "AR", evidence: "…", ...p,
  });
  const rows = speedupRows([sp("TiDAR", "throughput", 4.71, { valueHigh: 5.91 }), sp("PALLE", "inference speed", 10, { qualifier: "up to" }), sp("X", "training cost", 0.6, { vs: null })]);
  const svg = speedupSvg({ query: { aspect: null, minFactor: null, text: null }, rows }, opts);
  assertWellFormed(svg);
  assert.equal(svg.match(/data-mark="speedup"/g)?.length, 3);
  assert.match(svg, />Speedup claims</);
  assert.match(svg, /hollow: no named baseline/);
  assert.match(svg, /4.71–5.91×/);
  assert.match(svg, /written 0.6×/);
  assert.doesNotMatch(svg, /var\(--/);
});

test("nice ticks", () => {
  assert.deepEqual(niceTicks(0, 2.27, 6), [0, 0.5, 1, 1.5, 2, 2.5]);
  assert.deepEqual(niceTicks(5, 5, 5).length > 1, true);
});
