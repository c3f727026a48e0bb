import { test } from "node:test";
import assert from "node:assert/strict";
import { boardSearch, displayName, parseBoardQuery, parseRenderOptions, parseSpeedupQuery, speedupSearch } from "./view-state";

test("board options: defaults, parsing and a short round trip", () => {
  const d = parseBoardQuery("imagenet-256x256", "fid", new URLSearchParams());
  assert.deepEqual(d, { dataset: "imagenet-256x256", metric: "fid", view: "bars", best: true, baselines: true, sort: "" });
  assert.equal(boardSearch(d).toString(), "");
  const q = parseBoardQuery("d", "m", { view: "scatter", best: "0", baselines: "false", sort: "-value" });
  assert.deepEqual([q.view, q.best, q.baselines], ["scatter", false, false]);
  assert.deepEqual(parseBoardQuery("d", "m", boardSearch(q)), q);
  assert.equal(parseBoardQuery("d", "m", { view: "pie" }).view, "bars");
});

test("speedup options round trip", () => {
  const q = parseSpeedupQuery(new URLSearchParams("aspect=throughput&min=2&q=%20tidar%20"));
  assert.deepEqual(q, { aspect: "throughput", minFactor: 2, text: "tidar" });
  assert.deepEqual(parseSpeedupQuery(speedupSearch(q)), q);
  assert.deepEqual(parseSpeedupQuery({ min: "abc" }), { aspect: null, minFactor: null, text: null });
});

test("render options and names", () => {
  assert.deepEqual(parseRenderOptions({ theme: "dark", layout: "chart" }, "u", "2026-01-01"), { theme: "dark", layout: "chart", url: "u", date: "2026-01-01" });
  assert.deepEqual(parseRenderOptions({ theme: "neon" }, "u", "d"), { theme: "light", layout: "slide", url: "u", date: "d" });
  assert.equal(displayName("ImageNet 256x256"), "ImageNet 256×256");
});
