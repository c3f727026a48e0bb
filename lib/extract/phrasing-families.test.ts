// Phrasing families added in extractor 1.5: each sentence was written for these tests (not taken from any corpus).
import { test } from "node:test";
import { expectClaims as expect } from "./expect-claims";

test("benchmarks are named as the abstract writes them; language pairs and shared-task years are part of the name", () => {
  expect("Heron reaches 27.4 BLEU on MuST-C En-De and 38.1 BLEU on MuST-C (English→French).", [
    { kind: "result", value: 27.4, metric: "BLEU", dataset: "MuST-C En-De" },
    { kind: "result", value: 38.1, metric: "BLEU", dataset: "MuST-C English-French" },
  ], "Heron: Streaming Translation");
  expect("On WMT'19 en-de it scores 40.1 BLEU, and it attains an FID of 6.4 on MS-COCO 30K.", [
    { kind: "result", value: 40.1, metric: "BLEU", dataset: "WMT19 en-de" },
    { kind: "result", value: 6.4, metric: "FID", dataset: "MS-COCO 30K" },
  ]);
});

test("LaTeX math around numbers: closing delimiters, \\times resolutions before the dataset, factors", () => {
  expect("The student reaches $48.2\\%$ accuracy on LAMBADA. Our $256\\times256$ ImageNet images get a $5.3\\times$ reduction in token count.", [
    { kind: "result", value: 48.2, unit: "%", metric: "accuracy", dataset: "LAMBADA" },
    { kind: "speedup", value: 5.3, unit: "x", metric: "token count", dataset: "ImageNet 256x256" },
  ]);
  expect("The number of generated tokens drops by a factor of $1.9$ relative to the base model.", [
    { kind: "speedup", value: 1.9, unit: "x", metric: "token count", vs: "base model" },
  ]);
});

test("speedup lists, chains and number words", () => {
  expect("It delivers wall-clock speedups of 3.46× and 3.08× on MT-Bench and HumanEval, respectively.", [
    { kind: "speedup", value: 3.46, metric: "inference speed", dataset: "MT-Bench" },
    { kind: "speedup", value: 3.08, metric: "inference speed", dataset: "HumanEval" },
  ]);
  expect("It yields an end-to-end speedup of 4.6×, reaching up to 11.2× with block caching.", [
    { kind: "speedup", value: 4.6, qualifier: null },
    { kind: "speedup", value: 11.2, qualifier: "up to", metric: "inference speed" },
  ]);
  expect("Our sampler reduces the number of sampling steps by a factor of two and cuts decoding steps by an order of magnitude.", [
    { kind: "speedup", value: 2, unit: "x", metric: "sampling steps" },
    { kind: "speedup", value: 10, unit: "x", metric: "sampling steps" },
  ]);
  expect("Serving runs at 412 tokens/s at batch size 1, a 2.6-fold increase over standard decoding.", [
    { kind: "result", value: 412, metric: "tokens/s" },
    { kind: "speedup", value: 2.6, unit: "x", metric: "throughput", vs: "standard decoding" },
  ]);
  expect("The generator trains 3.2× faster in GPU-hours.", [{ kind: "speedup", value: 3.2, metric: "training cost" }]);
});

test("deltas written as margins, bounds and closeness", () => {
  expect("The distilled model runs 3.2x faster than the teacher while staying within 0.4 BLEU of it on WMT14 En-De.", [
    { kind: "speedup", value: 3.2, dataset: "WMT14 En-De", vs: "teacher" },
    { kind: "delta", value: 0.4, metric: "BLEU", dataset: "WMT14 En-De" },
  ]);
  expect("Gull-XL attains 1.71 FID, 0.63 below LlamaGen-XL, while ROUGE-L degrades by at most 0.3.", [
    { kind: "result", value: 1.71, metric: "FID" },
    { kind: "delta", value: 0.63, metric: "FID" },
    { kind: "delta", value: 0.3, metric: "ROUGE-L", qualifier: "up to" },
  ], "Gull: x");
  expect("Against speculative decoding, the number of target forward passes is further reduced by 38%, and responses are shortened by 41%.", [
    { kind: "delta", value: 38, unit: "%", metric: "NFE/steps" },
    { kind: "delta", value: 41, unit: "%", metric: "token count" },
  ]);
});

test("changes written with arrows, and values restated in a parallel clause", () => {
  expect("The GenEval overall score drops by only 0.01 (0.80 $\\rightarrow$ 0.79).", [
    { kind: "delta", value: 0.01, metric: "GenEval" },
    { kind: "result", value: 0.8, metric: "GenEval", role: "baseline" },
    { kind: "result", value: 0.79, metric: "GenEval", role: "proposed" },
  ]);
  expect("On ImageNet 256×256 it reaches an FID of 3.30 after 80 epochs, whereas vanilla VAR-d16 reaches 3.55 after 200 epochs.", [
    { kind: "result", value: 3.3, metric: "FID", dataset: "ImageNet 256x256" },
    { kind: "result", value: 3.55, metric: "FID", dataset: "ImageNet 256x256", method: "VAR-d16", role: "baseline" },
  ]);
});

test("results relative to a reference, and figures over several benchmarks", () => {
  expect("It retains 98.7% of the full-cache accuracy on LongBench.", [{ kind: "result", value: 98.7, unit: "%", metric: "accuracy", dataset: "LongBench" }]);
  expect("The model scores an average accuracy of 71.3% across 12 benchmarks and improves MMLU accuracy by 2.4 points.", [
    { kind: "result", value: 71.3, metric: "accuracy", dataset: null },
    { kind: "delta", value: 2.4, unit: "points", metric: "accuracy", dataset: "MMLU" },
  ]);
});

test("benchmark binding: from-to pairs share it, later metric words of another benchmark do not name a value, respectively reaches back a sentence", () => {
  expect("It boosts the pass@1 of Qwen2.5-7B from 45.3% to 58.1% on LiveCodeBench.", [
    { kind: "result", value: 45.3, metric: "pass@1", dataset: "LiveCodeBench", role: "baseline" },
    { kind: "result", value: 58.1, metric: "pass@1", dataset: "LiveCodeBench", role: "proposed" },
  ]);
  expect("Compared with LLaVA-1.5 (78.5), our model reaches 81.2 on VQAv2 and a CIDEr of 131.4 on COCO captioning.", [
    { kind: "result", value: 78.5, metric: "accuracy", dataset: "VQAv2", method: "LLaVA-1.5", role: "baseline" },
    { kind: "result", value: 81.2, metric: "accuracy", dataset: "VQAv2" },
    { kind: "result", value: 131.4, metric: "CIDEr", dataset: "COCO captioning" },
  ]);
  expect("We evaluate on ImageNet 256×256 with LlamaGen-XL and on MS-COCO with Lumina-mGPT. Sampling is 2.6× and 3.1× faster, respectively.", [
    { kind: "speedup", value: 2.6, dataset: "ImageNet 256x256" },
    { kind: "speedup", value: 3.1, dataset: "MS-COCO" },
  ]);
});
