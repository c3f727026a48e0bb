import { test } from "node:test";
import assert from "node:assert/strict";
import {
  aspectOf,
  factorDomain,
  groupByAspect,
  logTicks,
  speedupRows,
  toSpeedupRow,
  type SpeedupClaim,
} from "./rows";

function claim(p: Partial<SpeedupClaim>): SpeedupClaim {
  return {
    id: 1,
    paperId: 1,
    paperTitle: "A paper",
    method: "M",
    metric: "inference speed",
    dataset: null,
    value: 2,
    valueHigh: null,
    unit: "x",
    qualifier: null,
    role: "proposed",
    vs: "AR decoding",
    evidence: "2x faster than AR decoding",
    ...p,
  };
}

test("aspectOf maps vocabulary names, aliases and slugs; unknown → other", () => {
  assert.equal(aspectOf("inference speed"), "inference speed");
  assert.equal(aspectOf("decoding speed"), "inference speed");
  assert.equal(aspectOf("tokens/s"), "throughput");
  assert.equal(aspectOf("NFE"), "sampling steps");
  assert.equal(aspectOf("training time"), "training cost");
  assert.equal(aspectOf("GPU memory"), "memory");
  assert.equal(aspectOf("training data"), "other");
  assert.equal(aspectOf(null), "other");
});

test("a single factor: low = high, no range flag", () => {
  const r = toSpeedupRow(claim({ value: 20 }));
  assert.equal(r.low, 20);
  assert.equal(r.high, 20);
  assert.equal(r.flags.range, false);
  assert.equal(r.flags.inverted, false);
  assert.equal(r.factorLabel, "20×");
});

test("a range keeps both ends and is flagged", () => {
  const r = toSpeedupRow(claim({ value: 4.71, valueHigh: 5.91 }));
  assert.deepEqual([r.low, r.high], [4.71, 5.91]);
  assert.equal(r.flags.range, true);
  assert.equal(r.factorLabel, "4.71–5.91×");
});

test("a factor below 1 is shown as its inverse and marked", () => {
  const r = toSpeedupRow(claim({ value: 0.6, metric: "training cost", qualifier: "about" }));
  assert.equal(r.flags.inverted, true);
  assert.ok(Math.abs(r.low - 1 / 0.6) < 1e-4);
  assert.equal(r.low, r.high);
  assert.match(r.factorLabel, /^≈ 1\.67× \(written 0\.6×\)$/);
});

test("an inverted range swaps its ends", () => {
  const r = toSpeedupRow(claim({ value: 0.25, valueHigh: 0.5 }));
  assert.deepEqual([r.low, r.high], [2, 4]);
  assert.equal(r.flags.inverted, true);
  assert.equal(r.flags.range, true);
});

test("weak-claim flags: qualifier and missing baseline", () => {
  const r = toSpeedupRow(claim({ qualifier: "up to", vs: null }));
  assert.equal(r.flags.qualifier, "up to");
  assert.equal(r.flags.noBaseline, true);
  assert.equal(r.factorLabel, "≤ 2×");
  assert.equal(toSpeedupRow(claim({ vs: "  " })).flags.noBaseline, true);
  assert.equal(toSpeedupRow(claim({})).flags.noBaseline, false);
  assert.equal(toSpeedupRow(claim({ method: null, paperTitle: "Short title" })).label, "“Short title”");
  assert.equal(toSpeedupRow(claim({ method: null, paperTitle: "A very long paper title that goes on and on" })).label, "“A very long paper title that…”");
});

test("filters: aspect, minimum factor (upper end), accent-insensitive text", () => {
  const cs = [
    claim({ id: 1, value: 2, method: "Alpha" }),
    claim({ id: 2, value: 3, valueHigh: 12, method: "Beta", metric: "throughput" }),
    claim({ id: 3, value: 0.05, method: "Gamma", paperTitle: "Fréchet things", metric: "compute" }),
  ];
  assert.deepEqual(speedupRows(cs).map((r) => r.id), [3, 2, 1]);
  assert.deepEqual(speedupRows(cs, { aspect: "throughput" }).map((r) => r.id), [2]);
  assert.deepEqual(speedupRows(cs, { minFactor: 10 }).map((r) => r.id), [3, 2]);
  assert.deepEqual(speedupRows(cs, { text: "frechet" }).map((r) => r.id), [3]);
  assert.deepEqual(speedupRows(cs, { text: "ar decoding beta" }).map((r) => r.id), [2]);
});

test("groupByAspect follows the fixed aspect order and drops empty groups", () => {
  const rows = speedupRows([
    claim({ id: 1, metric: "memory" }),
    claim({ id: 2, metric: "latency", value: 3 }),
    claim({ id: 3, metric: "inference speed", value: 5 }),
    claim({ id: 4, metric: "inference speed", value: 50 }),
    claim({ id: 5, metric: "made-up aspect" }),
  ]);
  const groups = groupByAspect(rows);
  assert.deepEqual(groups.map((g) => g.aspect), ["inference speed", "latency", "memory", "other"]);
  assert.deepEqual(groups[0].rows.map((r) => r.id), [4, 3]);
  assert.match(groups[0].color, /^#[0-9a-f]{6}$/);
});

test("log ticks are 1-2-5 steps and the domain covers 1…1000 at least", () => {
  assert.deepEqual(logTicks(1, 1000), [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]);
  assert.deepEqual(factorDomain([]), [1, 1000]);
  assert.deepEqual(factorDomain([{ low: 2, high: 2500 }]), [1, 10000]);
  assert.deepEqual(factorDomain([{ low: 0.5, high: 3 }]), [0.1, 1000]);
});
