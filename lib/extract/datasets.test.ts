import { test } from "node:test";
import assert from "node:assert/strict";
import { datasetHits } from "./datasets";
import { metricHits } from "./lexicon";
import { datasetSlug } from "../vocab/index";

const names = (t: string) => datasetHits(t, 0, t.length).map((d) => d.name);

test("resolution normalisation of ImageNet in every spelling", () => {
  for (const t of ["on ImageNet-256", "ImageNet 256×256", "256×256 ImageNet", "ImageNet 256*256 benchmark", "ImageNet 256x256", "ImageNet-1K 256x256"])
    assert.deepEqual(names(t), ["ImageNet 256x256"], t);
  assert.deepEqual(names("class-conditional ImageNet at 128×128"), ["ImageNet 128x128"]);
  assert.deepEqual(names("on ImageNet"), ["ImageNet"]);
});

test("LibriSpeech splits", () => {
  assert.deepEqual(names("LibriSpeech test-clean and test-other"), ["LibriSpeech test-clean", "LibriSpeech test-other"]);
  assert.deepEqual(names("on Librispeech clean/other test sets"), ["LibriSpeech test-clean", "LibriSpeech test-other"]);
  assert.deepEqual(names("the LibriSpeech dev-other split"), ["LibriSpeech dev-other"]);
});

test("aliases are named as the abstract writes them, grouped by the vocabulary; parenthesised acronyms are not counted twice", () => {
  assert.deepEqual(names("WMT'14 English-German and CNN/DM"), ["WMT'14 English-German", "CNN/DM"]);
  assert.equal(datasetSlug("CNN/DM"), datasetSlug("CNN/DailyMail"));
  assert.equal(datasetSlug("WMT'14 English-German"), datasetSlug("WMT14 En-De"));
  // language pairs written as words or as codes are one board, also outside the vocabulary
  assert.equal(datasetSlug("MuST-C English-German"), datasetSlug("MuST-C En-De"));
  assert.equal(datasetSlug("MuST-C English-German tst-COMMON"), "must-c-en-de-tst-common");
  assert.equal(datasetSlug("Video-MME"), "video-mme");
  assert.deepEqual(names("on the GenAI-benchmark and the MS-COCO dataset"), ["GenAI-Bench", "MS-COCO"]);
  assert.deepEqual(names("Switchboard (SWB) and Callhome"), ["Switchboard", "Callhome"]);
  assert.deepEqual(names("GSM8K, MATH-500, AIME 2024, HumanEval and MBPP"), ["GSM8K", "MATH500", "AIME 2024", "HumanEval", "MBPP"]);
  assert.deepEqual(names("AIME24 & 25"), ["AIME24", "AIME25"]);
  assert.deepEqual(names("VQAv2, GQA and TextVQA"), ["VQAv2", "GQA", "TextVQA"]);
});

test("benchmarks the vocabulary does not know, named as written", () => {
  assert.deepEqual(names("results on the FooBar benchmark"), ["FooBar"]);
  assert.deepEqual(names("results in STR benchmarks"), ["STR benchmarks"]);
  assert.deepEqual(names("a plain sentence with no benchmark"), []);
});

test("metric aliases resolve; short upper-case aliases match exactly", () => {
  const t = "Fréchet Inception Distance, gFID, word error rate, PPL, bits/dim, CIDEr and this is fine";
  assert.deepEqual(metricHits(t, 0, t.length).map((h) => h.entry.name), ["FID", "FID", "WER", "perplexity", "bpd", "CIDEr"]);
});
