// Phrasing families, one sentence each, written for these tests (not taken from any corpus).
import { test } from "node:test";
import { expectClaims as expect } from "./expect-claims";


test("result: metric before the number, dataset with resolution, proposed method from the title", () => {
  expect("We present Foo. On ImageNet 256×256, Foo-L attains an FID of 1.37 with 1.2B parameters.", [
    { kind: "result", metric: "FID", value: 1.37, value_high: null, unit: null, dataset: "ImageNet 256x256", method: "Foo-L", role: "proposed", qualifier: null },
  ]);
});

test("result: percent written as \\% and metric after the number", () => {
  expect("Our model reaches 84.93\\% accuracy on VQA-RAD and generalises well.", [
    { kind: "result", metric: "accuracy", value: 84.93, unit: "%", dataset: "VQA-RAD", method: "Foo" },
  ]);
});

test("setup numbers give nothing", () => {
  expect("We train a 7B model on 960 hours of audio using 4 A100 GPUs for 3 days in 2023, with a sequence length of 8192 on 12 tasks.", []);
  expect("We compare GPT-2, VAR-d30 and Llama-3-8B on ImageNet 256x256 with top-1 selection.", []);
  expect("This survey reviews autoregressive models for vision.", []);
});

test("speedup: x suffix, range with 'to', aspect throughput, vs", () => {
  expect("Foo delivers 3.1x to 4.5x more tokens per second than speculative decoding.", [
    { kind: "speedup", metric: "throughput", value: 3.1, value_high: 4.5, unit: "x", vs: "speculative decoding" },
  ]);
});

test("speedup: LaTeX times, Unicode ×, hyphen range and ∼", () => {
  expect("It runs $4.04\\times$ faster at inference.", [{ kind: "speedup", value: 4.04, unit: "x", metric: "inference speed" }]);
  expect("Training converges 2.7×–3.5× faster than the baseline.", [{ kind: "speedup", value: 2.7, value_high: 3.5, metric: "training cost" }]);
  expect("The cache uses ∼4× less memory.", [{ kind: "speedup", value: 4, metric: "memory", qualifier: "about" }]);
});

test("speedup: number words", () => {
  expect("Sampling becomes up to ten times faster.", [{ kind: "speedup", value: 10, qualifier: "up to", unit: "x" }]);
  expect("The method doubles decoding throughput.", [{ kind: "speedup", value: 2, metric: "throughput" }]);
  expect("It yields a threefold reduction in latency.", [{ kind: "speedup", value: 3, metric: "latency" }]);
  expect("Each scale is simply double the previous one.", []);
});

test("speedup: 'speeds up ... by 270x' and 'to 0.6 times the cost'", () => {
  expect("Our kernel speeds up attention by 270x on long inputs.", [{ kind: "speedup", value: 270 }]);
  expect("The recipe reduces the training cost to around 0.6 times that of full training.", [
    { kind: "speedup", value: 0.6, metric: "training cost", qualifier: "about" },
  ]);
});

test("speedup: factor without x, and 'between 2 and 3 times'", () => {
  expect("Distillation reduces the number of sampling steps by a factor of 16-32.", [{ kind: "speedup", value: 16, value_high: 32, metric: "sampling steps" }]);
  expect("Decoding is between 2 and 3 times faster.", [{ kind: "speedup", value: 2, value_high: 3 }]);
});

test("size comparatives are setup, not speedups", () => {
  expect("The student is 8x deeper and sees 4x more data than the teacher.", []);
  expect("It matches models 50X larger.", []);
});

test("delta: percentage speedups are deltas", () => {
  expect("Inference is 20%-40% faster with the new scheduler.", [{ kind: "delta", value: 20, value_high: 40, unit: "%", metric: "inference speed" }]);
});

test("delta: reduces METRIC by N%, respectively over datasets in parentheses", () => {
  expect("Bar reduces FID by 12.5% (FFHQ), 8.1% (LSUN Church) and 4.0% (CIFAR-10) over the baseline.", [
    { kind: "delta", metric: "FID", value: 12.5, unit: "%", dataset: "FFHQ" },
    { kind: "delta", metric: "FID", value: 8.1, unit: "%", dataset: "LSUN Church" },
    { kind: "delta", metric: "FID", value: 4, unit: "%", dataset: "CIFAR-10" },
  ], "Bar: Better Generators");
});

test("delta: efficiency metric before 'by'", () => {
  expect("The scheduler cuts latency by 35% on average.", [{ kind: "delta", metric: "latency", value: 35, unit: "%" }]);
});

test("delta: signed numbers after benchmark names, metric from the sentence", () => {
  expect("Results on math (GSM8K +4.2, MATH +1.7) show that it improves accuracy.", [
    { kind: "delta", value: 4.2, dataset: "GSM8K", metric: "accuracy" },
    { kind: "delta", value: 1.7, dataset: "MATH", metric: "accuracy" },
  ]);
});

test("delta: points", () => {
  expect("It beats the strongest baseline by 3.4 BLEU points on WMT14 En-De.", [
    { kind: "delta", value: 3.4, metric: "BLEU", dataset: "WMT14 En-De" },
  ]);
});

test("from A to B: the baseline's value then the proposed one's", () => {
  expect("Our tokenizer lowers rFID from 2.45 to 0.91 on ImageNet.", [
    { kind: "result", metric: "rFID", value: 2.45, role: "baseline", dataset: "ImageNet" },
    { kind: "result", metric: "rFID", value: 0.91, role: "proposed", dataset: "ImageNet" },
  ]);
});

test("groups: slash values on slash splits", () => {
  expect("Foo obtains 1.8/3.3 WER on LibriSpeech test-clean/test-other.", [
    { kind: "result", metric: "WER", value: 1.8, dataset: "LibriSpeech test-clean" },
    { kind: "result", metric: "WER", value: 3.3, dataset: "LibriSpeech test-other" },
  ]);
});

test("groups: values on datasets with default metrics", () => {
  expect("The model sets new results of 0.99 on enwik8, 1.08 on text8 and 18.3 on WikiText-103.", [
    { kind: "result", value: 0.99, dataset: "enwik8", metric: "bpc" },
    { kind: "result", value: 1.08, dataset: "text8", metric: "bpc" },
    { kind: "result", value: 18.3, dataset: "WikiText-103", metric: "perplexity" },
  ]);
});

