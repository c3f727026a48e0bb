import { test } from "node:test";
import assert from "node:assert/strict";
import { METRICS, DATASETS, findMetric, findDataset, canonicalDataset, datasetSlug, metricDirection, nameKey } from "../vocab/index";

test("the vocabulary is broad and well-formed", () => {
  assert.ok(METRICS.length >= 50 && DATASETS.length >= 120);
  const domains = new Set(DATASETS.map((d) => d.domain));
  for (const d of ["image", "video", "text", "speech", "reasoning", "code", "multimodal"]) assert.ok(domains.has(d as never), d);
  for (const d of DATASETS) if (d.metric) assert.ok(findMetric(d.metric), `${d.name}: default metric ${d.metric} is a known metric`);
});

test("names, slugs and aliases resolve to one entry", () => {
  assert.equal(canonicalDataset("imagenet-256x256"), "ImageNet 256x256");
  assert.equal(canonicalDataset("ImageNet-256"), "ImageNet 256x256");
  assert.equal(datasetSlug("LibriSpeech test clean"), "librispeech-test-clean");
  assert.equal(findDataset("Tedlium2")?.name, "TED-LIUM 2");
  assert.equal(findMetric("Frechet Inception Distance")?.name, "FID");
  assert.equal(metricDirection("WER"), "lower");
  assert.equal(metricDirection("BLEU"), "higher");
  assert.equal(nameKey("ImageNet 256×256"), "imagenet256x256");
});
