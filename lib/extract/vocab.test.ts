import { test } from "node:test";
import assert from "node:assert/strict";
import { METRICS, DATASETS, findMetric, findDataset, canonicalDataset, datasetSlug, metricDirection, nameKey } from "../vocab/index";
import { metricHits, rawDatasetHits } from "./lexicon";
import { extract } from "./index";

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

// Sentences written for this test (not taken from any corpus): entries added to broaden the vocabulary are picked up.
const one = (s: string) => extract({ id: "vocab-t", title: "T", abstract: s }).map((c) => ({ metric: c.metric, value: c.value, dataset: c.dataset && canonicalDataset(c.dataset) }));

test("broadened vocabulary: benchmarks and metrics outside the dev set are extracted", () => {
  assert.deepEqual(one("On FLORES-200 our model reaches 31.2 chrF++, outperforming NLLB."), [{ metric: "chrF++", value: 31.2, dataset: "FLORES-200" }]);
  assert.deepEqual(one("PatchX attains an MSE of 0.381 on ETTh1."), [{ metric: "MSE", value: 0.381, dataset: "ETTh1" }]);
  assert.deepEqual(one("SQLNet reaches 86.1% execution accuracy on Spider."), [{ metric: "execution accuracy", value: 86.1, dataset: "Spider" }]);
  assert.deepEqual(one("Our method reduces MPJPE to 38.4 mm on Human3.6M."), [{ metric: "MPJPE", value: 38.4, dataset: "Human3.6M" }]);
  assert.deepEqual(one("Our tracker achieves 88.1 J&F on DAVIS 2017."), [{ metric: "J&F", value: 88.1, dataset: "DAVIS" }]);
});

test("broadened vocabulary: directions, aliases, and no ordinary-word misfires", () => {
  for (const m of ["MSE", "RMSE", "mean absolute error", "MPJPE", "minADE", "CRPS", "top-1 error", "error rate", "bits per byte", "TER", "KL divergence"]) assert.equal(metricDirection(m), "lower", m);
  for (const m of ["BERTScore", "R-Precision", "IoU", "Dice score", "Spearman's rank correlation", "DNSMOS", "AP", "NDS"]) assert.equal(metricDirection(m), "higher", m);
  assert.equal(findDataset("ML-1M")?.name, "MovieLens-1M");
  assert.equal(findDataset("Libri-Light")?.name, "LibriLight");
  assert.equal(findDataset("GEOM-DRUGS")?.name, "GEOM-Drugs");
  // "multiple" is not MultiPL-E; bare "Weather"/"Traffic" are not vocabulary names
  const t = "multiple tokens, on Weather and Traffic data, with the Electricity grid";
  assert.deepEqual(rawDatasetHits(t, 0, t.length), []);
  assert.deepEqual(metricHits(t, 0, t.length), []);
  // "MAE" names a value only when written next to it (it is also masked autoencoders)
  assert.ok(one("Fine-tuned from MAE, ViT-L reaches 85.9 on ImageNet.").every((c) => c.metric !== "MAE"));
  assert.deepEqual(one("On ETTh1 it obtains an MAE of 0.401."), [{ metric: "MAE", value: 0.401, dataset: "ETTh1" }]);
});

test("every task a metric is specific to has benchmarks of that task", () => {
  const tasks = new Set(DATASETS.flatMap((d) => d.tasks ?? []));
  for (const m of METRICS) if (m.task) assert.ok(tasks.has(m.task), `${m.name}: no benchmark for ${m.task}`);
});
