// Generalisation families (extractor 1.2): sentences written for these tests, not taken from any corpus.
import { test } from "node:test";
import { expectClaims, type Want } from "./expect-claims";

const expect = (title: string, abstract: string, want: Want[]) => expectClaims(abstract, want, title);


test("baseline values in parentheses after a name align with the proposed values by position", () => {
  expect("Kestrel: x", "Kestrel-3B scores 71.2% on GSM8K and 33.5% on MATH, outperforming Qwen2.5-3B (64.9% and 27.0%).", [
    { kind: "result", value: 71.2, value_high: null, unit: "%", metric: "accuracy", dataset: "GSM8K", method: "Kestrel-3B", role: "proposed", qualifier: null },
    { kind: "result", value: 33.5, value_high: null, unit: "%", metric: "accuracy", dataset: "MATH", method: "Kestrel-3B", role: "proposed", qualifier: null },
    { kind: "result", value: 64.9, value_high: null, unit: "%", metric: "accuracy", dataset: "GSM8K", method: "Qwen2.5-3B", role: "baseline", qualifier: null },
    { kind: "result", value: 27, value_high: null, unit: "%", metric: "accuracy", dataset: "MATH", method: "Qwen2.5-3B", role: "baseline", qualifier: null },
  ]);
});

test("two baselines with grouped values, metric from the benchmarks' default", () => {
  expect("Stork: x", "Stork-2B gets 55.0 on MMLU and 40.3 on GSM8K, beating Gemma-2B (42.3 and 17.7) and Phi-1.5 (37.6 and 12.4).", [
    { kind: "result", value: 55, value_high: null, unit: null, metric: "accuracy", dataset: "MMLU", method: "Stork-2B", role: "proposed", qualifier: null },
    { kind: "result", value: 40.3, value_high: null, unit: null, metric: "accuracy", dataset: "GSM8K", method: "Stork-2B", role: "proposed", qualifier: null },
    { kind: "result", value: 42.3, value_high: null, unit: null, metric: "accuracy", dataset: "MMLU", method: "Gemma-2B", role: "baseline", qualifier: null },
    { kind: "result", value: 17.7, value_high: null, unit: null, metric: "accuracy", dataset: "GSM8K", method: "Gemma-2B", role: "baseline", qualifier: null },
    { kind: "result", value: 37.6, value_high: null, unit: null, metric: "accuracy", dataset: "MMLU", method: "Phi-1.5", role: "baseline", qualifier: null },
    { kind: "result", value: 12.4, value_high: null, unit: null, metric: "accuracy", dataset: "GSM8K", method: "Phi-1.5", role: "baseline", qualifier: null },
  ]);
});

test("from X to Y with a generic noun: metric from the dataset's default metric", () => {
  expect("Pelican: x", "Scores improve from 41.2 to 47.5 on GSM8K after applying Pelican.", [
    { kind: "result", value: 41.2, value_high: null, unit: null, metric: "accuracy", dataset: "GSM8K", method: null, role: "baseline", qualifier: null },
    { kind: "result", value: 47.5, value_high: null, unit: null, metric: "accuracy", dataset: "GSM8K", method: "Pelican", role: "proposed", qualifier: null },
  ]);
});

test("from X to Y with the metric as the subject noun", () => {
  expect("Heron: x", "With Heron, accuracy rises from 61.0% to 68.4% on the held-out split.", [
    { kind: "result", value: 61, value_high: null, unit: "%", metric: "accuracy", dataset: null, method: null, role: "baseline", qualifier: null },
    { kind: "result", value: 68.4, value_high: null, unit: "%", metric: "accuracy", dataset: null, method: "Heron", role: "proposed", qualifier: null },
  ]);
});

test("stays at / remains: results with pass@k and accuracy", () => {
  expect("Swift: x", "Under 4-bit quantization, pass@1 stays at 48.2% on HumanEval, and accuracy remains 91.3% on SST-2.", [
    { kind: "result", value: 48.2, value_high: null, unit: "%", metric: "pass@1", dataset: "HumanEval", method: "Swift", role: "proposed", qualifier: null },
    { kind: "result", value: 91.3, value_high: null, unit: "%", metric: "accuracy", dataset: "SST-2", method: "Swift", role: "proposed", qualifier: null },
  ]);
});

test("maintains a BLEU of: result", () => {
  expect("Swift: x", "The distilled student maintains a BLEU of 27.1 on WMT14 En-De.", [
    { kind: "result", value: 27.1, value_high: null, unit: null, metric: "BLEU", dataset: "WMT14 En-De", method: "Swift", role: "proposed", qualifier: null },
  ]);
});

test("a speedup in a sentence with no benchmark stays without one, even when the abstract has a single benchmark", () => {
  expect("Falcon: x", "On ImageNet 512×512, Falcon-L attains an FID of 2.31. Compared with DiT-XL/2, our model samples 6.3× faster.", [
    { kind: "result", value: 2.31, value_high: null, unit: null, metric: "FID", dataset: "ImageNet 512x512", method: "Falcon-L", role: "proposed", qualifier: null },
    { kind: "speedup", value: 6.3, value_high: null, unit: "x", metric: "inference speed", dataset: null, method: "Falcon-L", role: "proposed", qualifier: null },
  ]);
});

test("speedup stays without a dataset when the abstract has two benchmarks", () => {
  expect("Pipit: x", "Pipit achieves an FID of 2.05 on CIFAR-10 and 3.4 on CelebA-HQ. It also generates images 12x faster than the diffusion teacher.", [
    { kind: "result", value: 2.05, value_high: null, unit: null, metric: "FID", dataset: "CIFAR-10", method: "Pipit", role: "proposed", qualifier: null },
    { kind: "result", value: 3.4, value_high: null, unit: null, metric: "FID", dataset: "CelebA-HQ", method: "Pipit", role: "proposed", qualifier: null },
    { kind: "speedup", value: 12, value_high: null, unit: "x", metric: "inference speed", dataset: null, method: "Pipit", role: "proposed", qualifier: null },
  ]);
});

test("an average over a listed pair of datasets is on both, and a dataset name is never a method", () => {
  expect("Plover: x", "We evaluate on WMT14 En-De and WMT16 En-Ro, improving over the AR baseline by +1.2 BLEU on average.", [
    { kind: "delta", value: 1.2, value_high: null, unit: null, metric: "BLEU", dataset: "WMT14 En-De, WMT16 En-Ro", method: "Plover", role: "proposed", qualifier: null },
  ]);
});

test("a sentence moving to another setting does not inherit the earlier dataset", () => {
  expect("Lark: x", "Lark-XL achieves an FID of 1.91 on ImageNet 256×256. In text-to-image generation, it obtains a zero-shot FID of 7.2.", [
    { kind: "result", value: 1.91, value_high: null, unit: null, metric: "FID", dataset: "ImageNet 256x256", method: "Lark-XL", role: "proposed", qualifier: null },
    { kind: "result", value: 7.2, value_high: null, unit: null, metric: "FID", dataset: null, method: "Lark-XL", role: "proposed", qualifier: null },
  ]);
});

test("datasets in an (e.g. \u2026) aside are not attached to the main clause", () => {
  expect("Tern: x", "Tern improves accuracy on reasoning tasks (e.g., GSM8K and ARC) by 4.1 points on average.", [
    { kind: "delta", value: 4.1, value_high: null, unit: "points", metric: "accuracy", dataset: null, method: "Tern", role: "proposed", qualifier: null },
  ]);
});

test("an aside's dataset is not carried to a claim across several benchmarks", () => {
  expect("Tern: x", "Tern reaches 88.0% accuracy across several benchmarks (e.g. MMLU).", [
    { kind: "result", value: 88, value_high: null, unit: "%", metric: "accuracy", dataset: null, method: "Tern", role: "proposed", qualifier: null },
  ]);
});

test("gains of X and Y METRIC, respectively: both deltas, datasets by position", () => {
  expect("Plover: x", "Results on IWSLT14 De-En and WMT16 En-Ro show gains of 0.8 and 1.1 BLEU, respectively.", [
    { kind: "delta", value: 0.8, value_high: null, unit: null, metric: "BLEU", dataset: "IWSLT14 De-En", method: "Plover", role: "proposed", qualifier: null },
    { kind: "delta", value: 1.1, value_high: null, unit: null, metric: "BLEU", dataset: "WMT16 En-Ro", method: "Plover", role: "proposed", qualifier: null },
  ]);
});

test("benchmarks named first, values after a result verb, baseline values in parentheses", () => {
  expect("Vireo: x", "On GSM8K and MATH, Vireo-7B scores 80.1% and 45.6%, surpassing Mistral-7B (52.2% and 13.1%).", [
    { kind: "result", value: 80.1, value_high: null, unit: "%", metric: "accuracy", dataset: "GSM8K", method: "Vireo-7B", role: "proposed", qualifier: null },
    { kind: "result", value: 45.6, value_high: null, unit: "%", metric: "accuracy", dataset: "MATH", method: "Vireo-7B", role: "proposed", qualifier: null },
    { kind: "result", value: 52.2, value_high: null, unit: "%", metric: "accuracy", dataset: "GSM8K", method: "Mistral-7B", role: "baseline", qualifier: null },
    { kind: "result", value: 13.1, value_high: null, unit: "%", metric: "accuracy", dataset: "MATH", method: "Mistral-7B", role: "baseline", qualifier: null },
  ]);
});

test("compared with V for Name: a baseline result with the proposed value's metric and dataset", () => {
  expect("Egret: x", "Egret-L achieves a WER of 2.1 on LibriSpeech test-clean, compared with 2.6 for Whisper-L.", [
    { kind: "result", value: 2.1, value_high: null, unit: null, metric: "WER", dataset: "LibriSpeech test-clean", method: "Egret-L", role: "proposed", qualifier: null },
    { kind: "result", value: 2.6, value_high: null, unit: null, metric: "WER", dataset: "LibriSpeech test-clean", method: "Whisper-L", role: "baseline", qualifier: null },
  ]);
});

test("(vs. V for Name) aside: baseline result", () => {
  expect("Ruff: x", "Ruff attains 93.1% accuracy on CIFAR-10 (vs. 91.0% for ResNet-18), remaining robust under corruption.", [
    { kind: "result", value: 93.1, value_high: null, unit: "%", metric: "accuracy", dataset: "CIFAR-10", method: "Ruff", role: "proposed", qualifier: null },
    { kind: "result", value: 91, value_high: null, unit: "%", metric: "accuracy", dataset: "CIFAR-10", method: "ResNet-18", role: "baseline", qualifier: null },
  ]);
});

test("class-conditional does not move a sentence away from an ImageNet board", () => {
  expect("Ruff: x", "Ruff-XL obtains an FID of 1.7 on ImageNet 256×256. For class-conditional generation, its IS is 280.1.", [
    { kind: "result", value: 1.7, value_high: null, unit: null, metric: "FID", dataset: "ImageNet 256x256", method: "Ruff-XL", role: "proposed", qualifier: null },
    { kind: "result", value: 280.1, value_high: null, unit: null, metric: "IS", dataset: "ImageNet 256x256", method: "Ruff-XL", role: "proposed", qualifier: null },
  ]);
});

test("speedup in a later sentence without a dataset does not take the results' benchmark", () => {
  expect("Egret: x", "Egret scores 78.2 on GSM8K. It is also 3.1x faster than autoregressive decoding.", [
    { kind: "result", value: 78.2, value_high: null, unit: null, metric: "accuracy", dataset: "GSM8K", method: "Egret", role: "proposed", qualifier: null },
    { kind: "speedup", value: 3.1, value_high: null, unit: "x", metric: "inference speed", dataset: null, method: "Egret", role: "proposed", qualifier: null },
  ]);
});

test("clauses joined by whereas: each value takes its own clause's benchmark", () => {
  expect("Egret: x", "On MBPP, Egret-7B attains 62.3% pass@1, whereas on HumanEval it reaches 70.1%.", [
    { kind: "result", value: 62.3, value_high: null, unit: "%", metric: "pass@1", dataset: "MBPP", method: "Egret-7B", role: "proposed", qualifier: null },
    { kind: "result", value: 70.1, value_high: null, unit: "%", metric: "pass@1", dataset: "HumanEval", method: "Egret-7B", role: "proposed", qualifier: null },
  ]);
});

test("a list of values does not take datasets across a clause boundary (while on ...)", () => {
  expect("Mynah: x", "Mynah reaches 81.2% and 84.0% accuracy on ARC-E, while on PIQA it obtains 77.5%.", [
    { kind: "result", value: 81.2, value_high: null, unit: "%", metric: "accuracy", dataset: "ARC-E", method: "Mynah", role: "proposed", qualifier: null },
    { kind: "result", value: 84, value_high: null, unit: "%", metric: "accuracy", dataset: "ARC-E", method: "Mynah", role: "proposed", qualifier: null },
    { kind: "result", value: 77.5, value_high: null, unit: "%", metric: "accuracy", dataset: "PIQA", method: "Mynah", role: "proposed", qualifier: null },
  ]);
});

test("a generic baseline as the subject of a result verb: role baseline", () => {
  expect("Mynah: x", "Mynah achieves 2.9 FID on FFHQ and 4.1 FID on LSUN Church, whereas the baseline attains 3.5 on FFHQ.", [
    { kind: "result", value: 2.9, value_high: null, unit: null, metric: "FID", dataset: "FFHQ", method: "Mynah", role: "proposed", qualifier: null },
    { kind: "result", value: 4.1, value_high: null, unit: null, metric: "FID", dataset: "LSUN Church", method: "Mynah", role: "proposed", qualifier: null },
    { kind: "result", value: 3.5, value_high: null, unit: null, metric: "FID", dataset: "FFHQ", method: "baseline", role: "baseline", qualifier: null },
  ]);
});

test("outperforms the baseline by: still the proposed method's delta", () => {
  expect("Mynah: x", "Mynah outperforms the baseline by 1.5 points on MMLU.", [
    { kind: "delta", value: 1.5, value_high: null, unit: "points", metric: "accuracy", dataset: "MMLU", method: "Mynah", role: "proposed", qualifier: null },
  ]);
});

test("pass@k metrics: pass@5 and pass@100 are in the vocabulary", () => {
  expect("Quail: x", "Quail-7B reaches a pass@5 of 70.4% and a pass@100 of 91.0% on MBPP.", [
    { kind: "result", value: 70.4, value_high: null, unit: "%", metric: "pass@5", dataset: "MBPP", method: "Quail-7B", role: "proposed", qualifier: null },
    { kind: "result", value: 91, value_high: null, unit: "%", metric: "pass@100", dataset: "MBPP", method: "Quail-7B", role: "proposed", qualifier: null },
  ]);
});
