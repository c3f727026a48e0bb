// Compared values, aligned baseline pairs, measured factors; sentences written for these tests (not taken from any corpus).
import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "./index";

function rows(abstract: string, title = "Foo: A Test Paper") {
  const cs = extract({ id: "t", title, abstract });
  for (const c of cs) assert.equal(abstract.slice(c.start, c.end), c.evidence, "evidence is the exact span");
  return cs.map((c) => [c.kind, c.value, c.metric, c.method, c.role, c.dataset]);
}

test("a value compared 'with N for X' takes the metric of the claim it is attached to, not a later clause's", () => {
  const got = rows("Our model obtains a perplexity of 14.3, compared with 16.1 for Transformer-XL, and it achieves 0.98 bits per character.");
  assert.deepEqual(got.slice(0, 2), [
    ["result", 14.3, "perplexity", "Foo", "proposed", null],
    ["result", 16.1, "perplexity", "Transformer-XL", "baseline", null],
  ]);
  assert.equal(got[2][1], 0.98);
  assert.notEqual(got[2][2], "perplexity");
});

test("aligned pairs: 'against A and B for X' follow the proposed metrics by position", () => {
  assert.deepEqual(rows("Our system achieves a CER of 2.4% and a speaker similarity of 0.71, against 3.1% and 0.65 for VALL-E."), [
    ["result", 2.4, "CER", "Foo", "proposed", null],
    ["result", 0.71, "speaker similarity", "Foo", "proposed", null],
    ["result", 3.1, "CER", "VALL-E", "baseline", null],
    ["result", 0.65, "speaker similarity", "VALL-E", "baseline", null],
  ]);
});

test("a real-time factor is a measured result, named as written; only the 'N times faster' is a speedup", () => {
  assert.deepEqual(rows("Our vocoder runs with a real-time factor of 0.03, 30 times faster than WaveNet."), [
    ["result", 0.03, "real-time factor", "Foo", "proposed", null],
    ["speedup", 30, "inference speed", "Foo", "proposed", null],
  ]);
});

test("'a factor of N' without 'real-time' stays a speedup", () => {
  const got = rows("Decoding is accelerated by a factor of 3.5 over standard sampling.");
  assert.deepEqual(got.map((r) => [r[0], r[1]]), [["speedup", 3.5]]);
});

test("'On D, …' governs its clause; '… and on D2-Name it achieves …' gets the unknown hyphenated name as written", () => {
  assert.deepEqual(rows("On PG-19, our model obtains a perplexity of 22.4, and on Arxiv-Long it achieves 1.9 bits per character."), [
    ["result", 22.4, "perplexity", "Foo", "proposed", "PG-19"],
    ["result", 1.9, "bits per character", "Foo", "proposed", "Arxiv-Long"],
  ]);
});

test("a value before '…, and on D2 it achieves …' keeps the dataset of the previous sentence, with its compared baseline", () => {
  assert.deepEqual(rows("We evaluate on WikiText-103. Our model obtains a perplexity of 14.3, compared with 16.1 for Transformer-XL, and on enwik8 it achieves 0.98 bits per character."), [
    ["result", 14.3, "perplexity", "Foo", "proposed", "WikiText-103"],
    ["result", 16.1, "perplexity", "Transformer-XL", "baseline", "WikiText-103"],
    ["result", 0.98, "bits per character", "Foo", "proposed", "enwik8"],
  ]);
});

test("a sized model name after 'on' is not taken as a dataset", () => {
  const got = rows("On Qux-7B, it achieves an accuracy of 61.5%.");
  assert.deepEqual(got.map((r) => [r[1], r[2], r[5]]), [[61.5, "accuracy", null]]);
});
