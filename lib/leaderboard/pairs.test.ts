import { test } from "node:test";
import assert from "node:assert/strict";
import type { BoardPair } from "@/db/queries/leaderboards";
import { filterPairs, pairDomains } from "./pairs";

const pair = (datasetSlug: string, metricSlug: string, dataset: string, metric: string, domain: string): BoardPair =>
  ({ datasetSlug, metricSlug, dataset, metric, domain, claims: 1, methods: 1, papers: 1 });
const pairs = [
  pair("imagenet-256x256", "fid", "ImageNet 256x256", "FID", "image"),
  pair("librispeech-test-clean", "wer", "LibriSpeech test-clean", "WER", "speech"),
  pair("wikitext-103", "perplexity", "WikiText-103", "perplexity", "text"),
];

test("filters by domain and by words in names, slugs and aliases", () => {
  assert.deepEqual(filterPairs(pairs, { domain: "speech" }).map((p) => p.metricSlug), ["wer"]);
  assert.deepEqual(filterPairs(pairs, { q: "imagenet fid" }).map((p) => p.metricSlug), ["fid"]);
  assert.deepEqual(filterPairs(pairs, { q: "ImageNet 256×256" }).map((p) => p.metricSlug), ["fid"]);
  assert.deepEqual(filterPairs(pairs, { q: "Fréchet Inception Distance" }).map((p) => p.metricSlug), ["fid"]);
  assert.equal(filterPairs(pairs, { q: "", domain: null }).length, 3);
  assert.equal(filterPairs(pairs, { q: "nothing-like-this" }).length, 0);
});

test("domains with counts", () => {
  assert.deepEqual(pairDomains(pairs).map((d) => d.domain), ["image", "speech", "text"]);
});
