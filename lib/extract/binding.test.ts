// Dataset binding across coordinated clauses, cost claims in multi-benchmark sentences, "unchanged at" results,
// model names after "on". Sentences written for these tests (not taken from any corpus).
import { test } from "node:test";
import assert from "node:assert/strict";
import { datasetHits } from "./datasets";
import { expectClaims, type Want } from "./expect-claims";

const expect = (abstract: string, want: Want[], title = "Zeta: Fast Things") => expectClaims(abstract, want, title);

test("binding: 'on D with a METRIC of N and on D2 with …' gives each value its own benchmark", () => {
  expect("Zeta-L establishes a new best on CIFAR-10 with an FID of 2.41 and on ImageNet 64x64 with an FID of 3.05.", [
    { kind: "result", metric: "FID", value: 2.41, dataset: "CIFAR-10", method: "Zeta-L" },
    { kind: "result", metric: "FID", value: 3.05, dataset: "ImageNet 64x64", method: "Zeta-L" },
  ]);
  expect("Our sampler reaches a perplexity of 17.9 on WikiText-103 and on LM1B reaches a perplexity of 21.3.", [
    { kind: "result", metric: "perplexity", value: 17.9, dataset: "WikiText-103" },
    { kind: "result", metric: "perplexity", value: 21.3, dataset: "LM1B" },
  ]);
  expect("For FFHQ, Zeta obtains an FID of 3.3, and for CIFAR-10 an FID of 2.2.", [
    { kind: "result", metric: "FID", value: 3.3, dataset: "FFHQ" },
    { kind: "result", metric: "FID", value: 2.2, dataset: "CIFAR-10" },
  ]);
});

test("binding: a cost delta in a sentence with two benchmarks gets no dataset", () => {
  expect("Zeta achieves a new record on CIFAR-10 with an FID of 1.92 and on FFHQ with an FID of 2.77, while requiring 60% less training compute than Zeta-Base.", [
    { kind: "result", value: 1.92, dataset: "CIFAR-10" },
    { kind: "result", value: 2.77, dataset: "FFHQ" },
    { kind: "delta", metric: "training cost", value: 60, unit: "%", dataset: null },
  ]);
  // one benchmark in the sentence and the abstract: the cost claim takes it
  expect("On FFHQ, Zeta reaches an FID of 2.9 while using 45% less training compute.", [
    { kind: "result", value: 2.9, dataset: "FFHQ" },
    { kind: "delta", metric: "training cost", value: 45, dataset: "FFHQ" },
  ]);
});

test("binding: unchanged / identical / on par as result phrasings", () => {
  expect("Quantizing the cache leaves perplexity unchanged at 5.61 on WikiText-103.", [
    { kind: "result", metric: "perplexity", value: 5.61, dataset: "WikiText-103", evidence: "perplexity unchanged at 5.61" },
  ]);
  expect("After pruning, the network keeps top-1 accuracy unchanged (76.2%) on ImageNet.", [
    { kind: "result", metric: "top-1 accuracy", value: 76.2, unit: "%", dataset: "ImageNet" },
  ]);
  expect("The distilled student stays with accuracy identical at 90.4% and BLEU on par at 27.5.", [
    { kind: "result", metric: "accuracy", value: 90.4, unit: "%" },
    { kind: "result", metric: "BLEU", value: 27.5, unit: null },
  ]);
});

test("binding: model names after 'on' are not datasets; a speedup takes the benchmark its sentence's result is on", () => {
  expect("Our kernel improves throughput by 3.4× on Llama-2-13B while retaining 99.1% of the original accuracy on MMLU.", [
    { kind: "speedup", metric: "throughput", value: 3.4, dataset: "MMLU" },
    { kind: "result", metric: "accuracy", value: 99.1, unit: "%", dataset: "MMLU" },
  ]);
  expect("The scheduler cuts latency by 2.6x on the Orca-2-7B benchmark.", [{ kind: "speedup", metric: "latency", value: 2.6, dataset: null }]);
  for (const s of ["We test on the Vicuna-13B benchmark.", "Gains appear on Baichuan Chat 13B.", "It runs on the Qwen 2.5 benchmark."]) {
    assert.deepEqual(datasetHits(s, 0, s.length).map((h) => h.name), [], s);
  }
  assert.deepEqual(datasetHits("We evaluate on the KILT benchmark.", 0, 34).map((h) => h.name), ["KILT"]);
});

test("lists: slash-aligned metrics and one metric over two benchmarks keep working", () => {
  expect("Zeta obtains ROUGE-1/ROUGE-2/ROUGE-L scores of 44.7/21.9/40.6 on CNN/DailyMail.", [
    { kind: "result", metric: "ROUGE-1", value: 44.7, dataset: "CNN/DailyMail" },
    { kind: "result", metric: "ROUGE-2", value: 21.9, dataset: "CNN/DailyMail" },
    { kind: "result", metric: "ROUGE-L", value: 40.6, dataset: "CNN/DailyMail" },
  ]);
  expect("Zeta reaches an FVD of 91 on UCF-101 and 133 on Kinetics-600.", [
    { kind: "result", metric: "FVD", value: 91, dataset: "UCF-101" },
    { kind: "result", metric: "FVD", value: 133, dataset: "Kinetics-600" },
  ]);
});

test("binding: a token-count delta after results on two benchmarks takes neither; with one it takes that one; over a listed pair, both", () => {
  expect("Zeta records 71.2% accuracy on MMLU and 45.0% on GSM8K with 30% fewer tokens.", [
    { kind: "result", value: 71.2, dataset: "MMLU" },
    { kind: "result", value: 45, dataset: "GSM8K" },
    { kind: "delta", metric: "token count", value: 30, dataset: null },
  ]);
  expect("On GSM8K, Zeta reaches 80.1% accuracy with 30% fewer tokens.", [
    { kind: "result", value: 80.1, dataset: "GSM8K" },
    { kind: "delta", metric: "token count", value: 30, dataset: "GSM8K" },
  ]);
  // a figure reported over a listed pair of benchmarks is on both
  expect("On GSM8K and MATH, Zeta reduces token count by 38%.", [{ kind: "delta", metric: "token count", value: 38, dataset: "GSM8K, MATH" }]);
});

test("speedups: 'by Ax on M1 and by Bx on M2' gives two speedups, model names give no dataset", () => {
  expect("Zeta speeds up decoding by 2.2x on Qwen2.5-7B and by 1.9x on Mistral 7B.", [
    { kind: "speedup", metric: "inference speed", value: 2.2, unit: "x", dataset: null, evidence: "speeds up decoding by 2.2x" },
    { kind: "speedup", metric: "inference speed", value: 1.9, unit: "x", dataset: null, evidence: "by 1.9x" },
  ]);
  expect("Zeta cuts latency by 2.5x on MT-Bench and by 1.7x on GSM8K.", [
    { kind: "speedup", metric: "latency", value: 2.5, dataset: "MT-Bench" },
    { kind: "speedup", metric: "latency", value: 1.7, dataset: "GSM8K" },
  ]);
});

test("binding: a leading 'On D, …' clause keeps its benchmark when a later 'and on D2' clause follows", () => {
  expect("On FFHQ with only 8 steps, Zeta achieves an FID of 3.1 and on CIFAR-10 an FID of 2.6.", [
    { kind: "result", metric: "FID", value: 3.1, dataset: "FFHQ" },
    { kind: "result", metric: "FID", value: 2.6, dataset: "CIFAR-10" },
  ]);
  // a benchmark right after the value still wins
  expect("Zeta achieves 81.2% on MMLU and 70.4% on GSM8K.", [
    { kind: "result", value: 81.2, dataset: "MMLU" },
    { kind: "result", value: 70.4, dataset: "GSM8K" },
  ]);
  expect("On WMT14 En-De, Zeta achieves 29.1 BLEU and on WMT16 En-Ro a BLEU of 34.2, while decoding 3.1x faster.", [
    { kind: "result", metric: "BLEU", value: 29.1, dataset: "WMT14 En-De" },
    { kind: "result", metric: "BLEU", value: 34.2, dataset: "WMT16 En-Ro" },
    { kind: "speedup", metric: "inference speed", value: 3.1, dataset: null },
  ]);
});
