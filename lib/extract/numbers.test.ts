import { test } from "node:test";
import assert from "node:assert/strict";
import { scanNumbers, scanNumberWords } from "./numbers";

const scan = (t: string) => scanNumbers(t, 0, t.length).map((m) => [t.slice(m.start, m.end), m.value, m.high, m.unit, m.size]);

test("decimals, thousands separators, percent and LaTeX percent", () => {
  assert.deepEqual(scan("FID 1.24 at 1,800 steps, 84.93\\% and 12%"), [
    ["1.24", 1.24, null, null, null], ["1,800", 1800, null, null, null], ["84.93\\%", 84.93, null, "%", null], ["12%", 12, null, "%", null],
  ]);
});

test("multiplicative suffixes: x, X, ×, \\times, glued times, -fold, and the times-prefix", () => {
  assert.deepEqual(scan("2.2x 3X 4× $4.04\\times$ 20times 5-fold"), [
    ["2.2x", 2.2, null, "x", null], ["3X", 3, null, "x", null], ["4×", 4, null, "x", null], ["$4.04\\times$", 4.04, null, "x", null], ["20times", 20, null, "x", null], ["5-fold", 5, null, "x", null],
  ]);
  assert.deepEqual(scan("a times 2.56 speedup"), [["times 2.56", 2.56, null, "x", null]]);
});

test("a closing math delimiter belongs to the mention it closes", () => {
  assert.deepEqual(scan("from $55.5\\%$ to $61.3\\%$ and by a factor of $1.9$ (vs. 2$)"), [
    ["$55.5\\%$", 55.5, null, "%", null], ["$61.3\\%$", 61.3, null, "%", null], ["$1.9$", 1.9, null, null, null], ["2", 2, null, null, null],
  ]);
});

test("ranges: to, hyphen, en dash, LaTeX, sim, between-and", () => {
  assert.deepEqual(scan("4.71x to 5.91x"), [["4.71x to 5.91x", 4.71, 5.91, "x", null]]);
  assert.deepEqual(scan("2.7x-3.5x"), [["2.7x-3.5x", 2.7, 3.5, "x", null]]);
  assert.deepEqual(scan("2–3×"), [["2–3×", 2, 3, "x", null]]);
  assert.deepEqual(scan("$25$-$75$\\%"), [["$25$-$75$\\%", 25, 75, "%", null]]);
  assert.deepEqual(scan("100timessim600times"), [["100timessim600times", 100, 600, "x", null]]);
  assert.deepEqual(scan("between 2 and 3 times"), [["2 and 3 times", 2, 3, "x", null]]);
});

test("'from A to B' is two numbers, not a range", () => {
  assert.deepEqual(scan("from 18.65 to 1.80").map((x) => x[1]), [18.65, 1.8]);
});

test("numbers inside names and resolutions are not numbers", () => {
  assert.deepEqual(scan("GPT-2, VAR-d30, Llama-3-8B, Qwen2.5, 256x256, 512×512, pass@1, top-1, MATH500, 3D"), []);
});

test("sizes are marked, signs and symbols kept", () => {
  assert.deepEqual(scan("7B and 213M"), [["7B", 7, null, null, "B"], ["213M", 213, null, null, "M"]]);
  const t = "+6.3 ~4.2x >100 −2.1";
  const m = scanNumbers(t, 0, t.length);
  assert.deepEqual(m.map((x) => [x.sign, x.symbol]), [["+", null], [null, "~"], [null, ">"], ["-", null]]);
});

test("number words in multiplicative forms", () => {
  const t = "up to ten times faster, five-fold, twice as fast, doubles, threefold, a hundred times";
  assert.deepEqual(scanNumberWords(t, 0, t.length).map((m) => [t.slice(m.start, m.end), m.value]).sort((a, b) => t.indexOf(a[0] as string) - t.indexOf(b[0] as string)), [
    ["ten times", 10], ["five-fold", 5], ["twice", 2], ["doubles", 2], ["threefold", 3], ["a hundred times", 100],
  ]);
});
