import { test } from "node:test";
import assert from "node:assert/strict";
import { formatClaimValue, formatNumber, qualifierSymbol, unitSuffix } from "./claim-value";

test("qualifiers become symbols", () => {
  assert.equal(formatClaimValue({ value: 10, unit: "x", qualifier: "up to", kind: "speedup" }), "≤ 10×");
  assert.equal(formatClaimValue({ value: 2.2, unit: "x", qualifier: "about", kind: "speedup" }), "≈ 2.2×");
  assert.equal(formatClaimValue({ value: 3, unit: "x", qualifier: "over", kind: "speedup" }), "> 3×");
  assert.equal(formatClaimValue({ value: 10, unit: "points", qualifier: "at least", kind: "delta" }), "≥ 10 points");
  assert.equal(qualifierSymbol("whatever"), "");
  assert.equal(qualifierSymbol(null), "");
});

test("ranges use an en dash and one unit", () => {
  assert.equal(formatClaimValue({ value: 1.8, valueHigh: 3.3, unit: "%", qualifier: null, kind: "delta" }), "1.8–3.3%");
  assert.equal(formatClaimValue({ value: 4.71, value_high: 5.91, unit: "x", kind: "speedup" }), "4.71–5.91×");
  assert.equal(formatClaimValue({ value: 2, valueHigh: 2, unit: "x", kind: "speedup" }), "2×");
  assert.equal(formatClaimValue({ value: 2.3, valueHigh: 3.1, unit: "x", qualifier: "up to", kind: "speedup" }), "≤ 2.3–3.1×");
});

test("plain results, units and defaults", () => {
  assert.equal(formatClaimValue({ value: 1.24, valueHigh: null, unit: null, qualifier: null, kind: "result" }), "1.24");
  assert.equal(formatClaimValue({ value: 84.93, unit: "%", kind: "result" }), "84.93%");
  assert.equal(formatClaimValue({ value: 30.5, unit: "dB", kind: "result" }), "30.5 dB");
  assert.equal(formatClaimValue({ value: 0.6, kind: "speedup" }), "0.6×");
  assert.equal(formatClaimValue({ value: 1000, unit: "x", kind: "speedup" }), "1,000×");
  assert.equal(unitSuffix("×"), "×");
});

test("numbers without float noise", () => {
  assert.equal(formatNumber(0.1 + 0.2), "0.3");
  assert.equal(formatNumber(7.855), "7.855");
  assert.equal(formatNumber(-1.5), "-1.5");
  assert.equal(formatNumber(0.00001234), "1.234e-5");
  assert.equal(formatNumber(NaN), "NaN");
});
