import { test } from "node:test";
import assert from "node:assert/strict";
import type { BoardClaim } from "@/db/queries/leaderboards";
import { bestSoFar, methodKey, rowsWithParams, shapeRows } from "./rows";

let id = 0;
function claim(p: Partial<BoardClaim> & { method: string | null; value: number }): BoardClaim {
  return {
    id: ++id, paperId: 1, paperTitle: "A paper", paperPublished: null, metric: "FID", dataset: "ImageNet 256x256",
    valueHigh: null, unit: null, qualifier: null, role: "proposed", params: null, paramsCount: null,
    evidence: "…", confidence: 0.9, ...p,
  };
}
const claims = [
  claim({ method: "MAR-H", value: 1.55, role: "baseline", paperId: 2 }),
  claim({ method: "xAR-H", value: 1.24 }),
  claim({ method: "mar h", value: 1.6, role: "baseline", paperId: 3 }),
  claim({ method: "VAR-d30", value: 1.92, paramsCount: 2e9, paperPublished: "2024-04-01" }),
  claim({ method: "LlamaGen", value: 1.55, paperPublished: "2024-06-01" }),
  claim({ method: null, value: 3.1, paperId: 4, paperTitle: "An untitled method" }),
];

test("lower is better: best first, best per method, ties share a rank", () => {
  const rows = shapeRows(claims, { direction: "lower" });
  assert.deepEqual(rows.map((r) => [r.rank, r.label, r.value]), [
    [1, "xAR-H", 1.24], [2, "LlamaGen", 1.55], [2, "MAR-H", 1.55], [4, "VAR-d30", 1.92], [5, "(unnamed) · An untitled method", 3.1],
  ]);
  // on a tie the proposed result comes before the cited baseline
  assert.equal(rows[1].role, "proposed");
});

test("higher is better reverses the order", () => {
  const rows = shapeRows(claims, { direction: "higher" });
  assert.deepEqual(rows.map((r) => r.value), [3.1, 1.92, 1.6, 1.55, 1.24]);
  assert.equal(rows.find((r) => r.methodKey === "m:marh")?.value, 1.6);
});

test("all claims when best-per-method is off; baselines can be hidden", () => {
  assert.equal(shapeRows(claims, { direction: "lower", bestPerMethod: false }).length, 6);
  const noBase = shapeRows(claims, { direction: "lower", includeBaselines: false });
  assert.ok(noBase.every((r) => r.role === "proposed"));
  assert.equal(noBase.length, 4);
  assert.deepEqual(shapeRows([], { direction: "lower" }), []);
});

test("method keys, params and the best-so-far frontier", () => {
  assert.equal(methodKey({ method: "MAR-H", paperId: 1 }), methodKey({ method: "mar h", paperId: 9 }));
  assert.equal(methodKey({ method: null, paperId: 7 }), "p:7");
  const rows = shapeRows(claims, { direction: "lower" });
  assert.deepEqual(rowsWithParams(rows).map((r) => r.label), ["VAR-d30"]);
  const f = bestSoFar(rows, "lower");
  assert.deepEqual(f.map((p) => [p.label, p.value]), [["VAR-d30", 1.92], ["LlamaGen", 1.55]]);
  assert.equal(f[0].time, Date.parse("2024-04-01"));
});
