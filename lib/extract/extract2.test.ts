// Phrasing families, part 2 (groups, baselines, …), one sentence each, written for these tests (not taken from any corpus).
import { test } from "node:test";
import assert from "node:assert/strict";
import { expectClaims as expect, extractChecked as run } from "./expect-claims";

test("groups: respectively, with a compared baseline", () => {
  expect("Foo scores 71.2% and 55.0% on GSM8K and MATH, respectively, compared to 64.1% and 47.3% for LLaMA-2.", [
    { kind: "result", value: 71.2, dataset: "GSM8K", metric: "accuracy", role: "proposed" },
    { kind: "result", value: 55, dataset: "MATH", metric: "accuracy", role: "proposed" },
    { kind: "result", value: 64.1, dataset: "GSM8K", role: "baseline", method: "LLaMA-2" },
    { kind: "result", value: 47.3, dataset: "MATH", role: "baseline", method: "LLaMA-2" },
  ]);
});

test("baselines in parentheses with params", () => {
  const cs = run("On ImageNet 256x256, Foo-H reaches FID 1.38, ahead of MAR-H (943M, 1.55).");
  assert.deepEqual(cs.map((c) => [c.kind, c.value, c.metric, c.method, c.role, c.params, c.dataset]), [
    ["result", 1.38, "FID", "Foo-H", "proposed", null, "ImageNet 256x256"],
    ["result", 1.55, "FID", "MAR-H", "baseline", "943M", "ImageNet 256x256"],
  ]);
});

test("vs pairs: the value after vs belongs to the compared method", () => {
  expect("The attack success rate drops to 5.9% vs 1.9% for the undefended model.", [
    { kind: "result", value: 5.9, metric: "success rate", role: "proposed" },
    { kind: "result", value: 1.9, metric: "success rate", role: "baseline" },
  ]);
});

test("qualifiers: one qualifier before two numbers applies to both", () => {
  expect("Foo gives up to 2.3x and 3.1x speedups on A100 and H100 respectively.", [
    { kind: "speedup", value: 2.3, qualifier: "up to" },
    { kind: "speedup", value: 3.1, qualifier: "up to" },
  ]);
  expect("It needs more than 5x fewer function evaluations.", [{ kind: "speedup", value: 5, qualifier: "over", metric: "sampling steps" }]);
});

test("dataset taken from elsewhere in the abstract is flagged with lower confidence", () => {
  const cs = run("We evaluate on CIFAR-10. Our sampler achieves an FID of 2.10.");
  assert.equal(cs.length, 1);
  assert.equal(cs[0].dataset, "CIFAR-10");
  assert.ok(cs[0].confidence < 0.8, `confidence ${cs[0].confidence}`);
  const direct = run("Our sampler achieves an FID of 2.10 on CIFAR-10.");
  assert.ok(direct[0].confidence > cs[0].confidence);
});

test("latency in seconds is a result", () => {
  expect("It generates a 3D asset in just 1.6 seconds on one GPU.", [{ kind: "result", metric: "latency", value: 1.6 }]);
});

test("proportions and trainable-parameter shares are setup", () => {
  expect("We fine-tune only 0.5% of the parameters using 2.3% of the data.", []);
});

test("a list of baselines with sizes in parentheses", () => {
  const cs = run("On ImageNet 256×256, Zed-H (943M) achieves a gFID of 1.34, outperforming MAR-H (943M, 1.55) and VAR-d30 (2.0B, 1.92).", "Zed: Hyperspherical Generation");
  assert.deepEqual(cs.map((c) => [c.value, c.metric, c.method, c.role, c.params, c.dataset]), [
    [1.34, "FID", "Zed-H", "proposed", "943M", "ImageNet 256x256"],
    [1.55, "FID", "MAR-H", "baseline", "943M", "ImageNet 256x256"],
    [1.92, "FID", "VAR-d30", "baseline", "2.0B", "ImageNet 256x256"],
  ]);
});

test("versus: baseline values take the proposed values' metrics in order", () => {
  expect("Tau achieves a WER of 1.45 and SIM-o of 0.68 on LibriSpeech test-clean, versus 2.10 and 0.64 for F5-TTS.", [
    { value: 1.45, metric: "WER", role: "proposed", dataset: "LibriSpeech test-clean" },
    { value: 0.68, metric: "speaker similarity", role: "proposed" },
    { value: 2.1, metric: "WER", role: "baseline", method: "F5-TTS" },
    { value: 0.64, metric: "speaker similarity", role: "baseline", method: "F5-TTS" },
  ], "Tau: Speech");
});

test("slash lists of metrics and values", () => {
  expect("We obtain ROUGE-1/2/L scores of 44.1/21.0/40.9 on XSum.", [
    { value: 44.1, metric: "ROUGE-1", dataset: "XSum" },
    { value: 21, metric: "ROUGE-2", dataset: "XSum" },
    { value: 40.9, metric: "ROUGE-L", dataset: "XSum" },
  ]);
});

test("delta metric from the noun phrase the verb changes, or from 'in ...'", () => {
  expect("It reduces hallucination rates by 30% on open-ended prompts.", [{ kind: "delta", value: 30, unit: "%", metric: "hallucination rate" }]);
  expect("It improves over the baseline by 12.4% in user preference.", [{ kind: "delta", value: 12.4, metric: "user preference" }]);
  expect("It adds only 10% decoding overhead.", [{ kind: "delta", value: 10, metric: "latency" }]);
});

test("compared values: parenthesised pairs and 'up from'", () => {
  expect("Mini-1B matches the 7B baseline on GSM8K (62.1 vs. 62.4).", [
    { kind: "result", value: 62.1, metric: "accuracy", dataset: "GSM8K", role: "proposed" },
    { kind: "result", value: 62.4, metric: "accuracy", dataset: "GSM8K", role: "baseline" },
  ], "Mini: Small Models");
  expect("It reaches a win rate of 72.5% on AlpacaEval 2.0, up from 55.1%.", [
    { kind: "result", value: 72.5, metric: "win rate", dataset: "AlpacaEval 2.0", role: "proposed" },
    { kind: "result", value: 55.1, metric: "win rate", dataset: "AlpacaEval 2.0", role: "baseline" },
  ]);
});

test("smaller models and fewer-parameter claims are size, memory savings are speedups", () => {
  expect("It is 1.5-2x faster than DiT while being 3 times smaller.", [{ kind: "speedup", value: 1.5, value_high: 2, vs: "DiT" }]);
  expect("The codec needs a 4x smaller memory footprint.", [{ kind: "speedup", value: 4, metric: "memory" }]);
});

test("hardware and benchmark names are never the method", () => {
  const cs = run("TinyX achieves 38.5 mAP on COCO at 45 FPS on a single V100, running 2x faster than YOLOv5.", "TinyX: Detection");
  assert.deepEqual(cs.map((c) => [c.kind, c.value, c.method]), [["result", 38.5, "TinyX"], ["speedup", 2, "TinyX"]]);
});

test("the only named variant of the proposed method is the default method, with its size as params", () => {
  expect("We introduce Orbit, a parallel decoder. Our Orbit-14B reaches 71.3% on GSM8K. It also gives up to 3x speedup at batch size 1.", [
    { kind: "result", value: 71.3, method: "Orbit-14B", dataset: "GSM8K" },
    { kind: "speedup", value: 3, method: "Orbit-14B", qualifier: "up to", params: "14B" },
  ], "Orbit: Parallel Decoding");
});

test("versioned names and descriptors", () => {
  expect("Fast-Gen v2 achieves up to 2.5x speedup over standard AR decoding.", [{ method: "Fast-Gen v2", vs: "standard AR decoding" }], "Fast-Gen v2: Efficient Decoding");
  expect("Our model is the only non-AR model achieving 54% on AIME24.", [{ method: "Kite", value: 54 }], "Kite: Reasoning");
});

test("one qualifier before an 'and' chain applies to both values", () => {
  expect("It brings approximately 42% FID improvement for A-L and 49% FID improvement for A-XL.", [
    { kind: "delta", value: 42, qualifier: "about", metric: "FID" },
    { kind: "delta", value: 49, qualifier: "about", metric: "FID" },
  ]);
});
