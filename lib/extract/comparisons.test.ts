// Phrasing families added in extractor 1.5 (comparisons, rates, lists): sentences written for these tests, not taken from any corpus.
import { test } from "node:test";
import { expectClaims as expect } from "./expect-claims";

test("compared values: factors 'for X', values in a name's parentheses, 'N for X and M for Y', changes compared with changes", () => {
  expect("Wren reaches speedups of 2.9×–3.8× over greedy decoding, compared with 2.5×–3.1× for EAGLE.", [
    { kind: "speedup", value: 2.9, value_high: 3.8, role: "proposed", vs: "greedy decoding" },
    { kind: "speedup", value: 2.5, value_high: 3.1, role: "baseline" },
  ], "Wren: x");
  expect("On COCO it reaches 146.2 CIDEr, +4.8 over BLIP-2 (ViT-g, 141.4).", [
    { kind: "result", value: 146.2, metric: "CIDEr" },
    { kind: "delta", value: 4.8, metric: "CIDEr" },
    { kind: "result", value: 141.4, metric: "CIDEr", method: "BLIP-2", role: "baseline" },
  ]);
  expect("On RULER it obtains an average score of 81.4, compared with 72.9 for YaRN and 68.5 for LongRoPE.", [
    { kind: "result", value: 81.4, metric: "RULER", dataset: "RULER", role: "proposed" },
    { kind: "result", value: 72.9, metric: "RULER", method: "YaRN", role: "baseline" },
    { kind: "result", value: 68.5, metric: "RULER", method: "LongRoPE", role: "baseline" },
  ]);
  expect("It narrows the WikiText-2 perplexity gap to the FP16 model to just 0.31, compared with 1.87 for QuaRot.", [
    { kind: "delta", value: 0.31, metric: "perplexity", dataset: "WikiText-2" },
    { kind: "delta", value: 1.87, metric: "perplexity", method: "QuaRot", role: "baseline" },
  ]);
});

test("metric lists joined by 'and' align with value lists; a named quantity wins over its unit", () => {
  expect("On LibriSpeech test-clean it reaches a WER and a speaker similarity of 1.87 and 0.68.", [
    { kind: "result", value: 1.87, metric: "WER", dataset: "LibriSpeech test-clean" },
    { kind: "result", value: 0.68, metric: "speaker similarity", dataset: "LibriSpeech test-clean" },
  ]);
  expect("Its average acceptance length reaches 4.6 tokens per verification step.", [{ kind: "result", value: 4.6, metric: "acceptance length" }]);
  expect("The drafter accepts 3.4 tokens per forward pass on average.", [{ kind: "result", value: 3.4, metric: "tokens per step" }]);
});

test("rates, preferences and resolve rates", () => {
  expect("Kite streams 480p video at 17 frames per second on one GPU.", [{ kind: "result", value: 17, metric: "throughput" }], "Kite: x");
  // a frame rate in a description of the data or the output format is setup
  expect("Training clips are sampled at 16 fps.", [], "Kite: x");
  expect("Raters preferred Kite over two baselines in 64% and 78% of comparisons.", [
    { kind: "result", value: 64, unit: "%", metric: "preference rate" },
    { kind: "result", value: 78, unit: "%", metric: "preference rate" },
  ], "Kite: x");
  expect("The agent resolves 52.8% of instances on SWE-bench Verified and 41.0% on SWE-bench Lite.", [
    { kind: "result", value: 52.8, metric: "resolve rate", dataset: "SWE-bench Verified" },
    { kind: "result", value: 41, metric: "resolve rate", dataset: "SWE-bench Lite" },
  ]);
  expect("It produces a 10-second motion with 41 ms of latency per frame.", [{ kind: "result", value: 41, metric: "latency" }]);
});

test("number words: compound, halves and percentages", () => {
  expect("The decoder runs one hundred and twenty times faster than real time.", [{ kind: "speedup", value: 120, unit: "x", metric: "inference speed" }]);
  expect("The model is nine and a half times faster at inference.", [{ kind: "speedup", value: 9.5, unit: "x" }]);
  expect("It generates nearly forty percent fewer tokens on average.", [{ kind: "delta", value: 40, unit: "%", metric: "token count", qualifier: "about" }]);
});

test("changes: losses, added gains, passive and subject phrases, margins after a value", () => {
  expect("On MMLU, KIVI at the same memory budget loses 2.4 points.", [{ kind: "delta", value: 2.4, unit: "points", dataset: "MMLU" }]);
  expect("Distillation from the teacher adds another 0.6 BLEU on WMT14 En-De.", [{ kind: "delta", value: 0.6, metric: "BLEU", dataset: "WMT14 En-De" }]);
  expect("Latency on long-form generation is reduced by 58%.", [{ kind: "delta", value: 58, unit: "%", metric: "latency" }]);
  expect("Kite scores 52.4 on MMMU (val), 3.3 points above Qwen2-VL-7B.", [
    { kind: "result", value: 52.4, metric: "accuracy", dataset: "MMMU val" },
    { kind: "delta", value: 3.3, metric: "accuracy", unit: "points" },
  ], "Kite: x");
  expect("The number of denoising steps is reduced by over 70%.", [{ kind: "delta", value: 70, metric: "NFE/steps", qualifier: "over" }]);
});

test("benchmark binding: up-from values, bare language pairs, benchmarks named before their metric", () => {
  expect("It reaches 57.3% pass@1 on AIME 2024 (up from 53.1%) and 93.0% on MATH-500.", [
    { kind: "result", value: 57.3, dataset: "AIME 2024", role: "proposed" },
    { kind: "result", value: 53.1, dataset: "AIME 2024", role: "baseline" },
    { kind: "result", value: 93, dataset: "MATH500" },
  ]);
  expect("Trained on WMT14 English→German and WMT16 English→Romanian, it reaches 29.4 and 34.1 BLEU on En→De and En→Ro, respectively.", [
    { kind: "result", value: 29.4, dataset: "WMT14 English-German" },
    { kind: "result", value: 34.1, dataset: "WMT16 English-Romanian" },
  ]);
  expect("Experiments on HumanML3D and KIT-ML show that it improves R-Precision by 3.1% and lowers FID by 0.021 on HumanML3D.", [
    { kind: "delta", value: 3.1, metric: "R-Precision", dataset: "HumanML3D" },
    { kind: "delta", value: 0.021, metric: "FID", dataset: "HumanML3D" },
  ]);
  expect("It lifts AIME 2024 pass@1 from 16.7% to 40.2%.", [
    { kind: "result", value: 16.7, metric: "pass@1", dataset: "AIME 2024", role: "baseline" },
    { kind: "result", value: 40.2, metric: "pass@1", dataset: "AIME 2024", role: "proposed" },
  ]);
});

test("a compared baseline ends where the next claim begins", () => {
  expect("It achieves up to 65x faster sampling than standard MDMs and 4x faster inference than prior semi-autoregressive approaches.", [
    { kind: "speedup", value: 65, qualifier: "up to", vs: "standard MDMs" },
    { kind: "speedup", value: 4, vs: "prior semi-autoregressive approaches" },
  ]);
});

test("values compared afterwards stay results; margins behind; savings of a share; validity; verbs of multiplication", () => {
  expect("The 16B model reaches a validation perplexity of 6.87, lower than the dense baseline.", [{ kind: "result", value: 6.87, metric: "perplexity" }]);
  expect("On WMT14 En-De it stays just 0.3 BLEU behind the autoregressive Transformer-base.", [{ kind: "delta", value: 0.3, metric: "BLEU", dataset: "WMT14 En-De" }]);
  expect("TileSparse removes 71% of the attention FLOPs and gives 2.4× higher end-to-end serving throughput.", [
    { kind: "delta", value: 71, unit: "%", metric: "compute" },
    { kind: "speedup", value: 2.4, metric: "throughput" },
  ]);
  expect("FragGen produces 99.2% valid molecules on GEOM-Drugs.", [{ kind: "result", value: 99.2, metric: "validity", dataset: "GEOM-Drugs" }]);
  expect("With parallel drafting, throughput roughly triples.", [{ kind: "speedup", value: 3, metric: "throughput", qualifier: "about" }]);
  expect("Each sample is scored twice: once as a draft and once as a target.", []);
});

test("parallel changes of other quantities, asides inside from-to, subsets and 'N times that of X'", () => {
  expect("It improves COMET by 2.3 points and d-BLEU by 1.8 over sentence-level counterparts.", [
    { kind: "delta", value: 2.3, metric: "COMET" },
    { kind: "delta", value: 1.8, metric: "d-BLEU" },
  ]);
  expect("FocusMerge reduces prefill FLOPs by 4.6× and time-to-first-token by 2.1× on an A100.", [
    { kind: "speedup", value: 4.6, metric: "compute" },
    { kind: "speedup", value: 2.1, metric: "latency" },
  ]);
  expect("It improves generative perplexity from 36.2 (1024-step teacher) to 31.4.", [
    { kind: "result", value: 36.2, role: "baseline" },
    { kind: "result", value: 31.4, role: "proposed" },
  ]);
  expect("On ShapeNet it lowers Chamfer distance from 0.412 (MeshGPT) to 0.327.", [
    { kind: "result", value: 0.412, dataset: "ShapeNet" },
    { kind: "result", value: 0.327, dataset: "ShapeNet" },
  ]);
  expect("FreqAct reaches a 78.4% success rate on LIBERO-Long.", [{ kind: "result", value: 78.4, dataset: "LIBERO-Long" }]);
  expect("End-to-end throughput at batch size 16 is 1.6 times that of EAGLE-2.", [{ kind: "speedup", value: 1.6, metric: "throughput" }]);
  expect("Trained with 10× more RL data, the baseline only matches it; a sequence length of 512, SlideCache lowers latency.", []);
});

test("costs of a change, increases of a metric, parallel 'and X reaches N', 'N times the compute', times in from-to", () => {
  expect("On ImageNet 256×256 it accelerates sampling by 2.1× at a cost of only 0.04 FID.", [
    { kind: "speedup", value: 2.1, dataset: "ImageNet 256x256" },
    { kind: "delta", value: 0.04, metric: "FID", dataset: "ImageNet 256x256" },
  ]);
  expect("The largest model shows a marginal FID increase of 0.11.", [{ kind: "delta", value: 0.11, metric: "FID" }]);
  expect("RSA-L reaches an FID of 1.95, and RSA-XXL (1.4B) reaches 1.62.", [
    { kind: "result", value: 1.95, metric: "FID", method: "RSA-L" },
    { kind: "result", value: 1.62, metric: "FID", method: "RSA-XXL", params: "1.4B" },
  ]);
  expect("PolyMoA needs approximately 0.6 times the encoder compute of a dense model.", [{ kind: "speedup", value: 0.6, metric: "compute", qualifier: "about" }], "PolyMoA: x");
  expect("Shrinking the chunk (from 160 ms to 1 s) trades accuracy for latency.", []);
});
