import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDb, type Db } from "../client";
import { speedupClaims, speedupCount, speedupSql, topSpeedups } from "./speedups";
import { search } from "./search";
import { largestBoards } from "./overview";

let dir: string;
let db: Db;

function paper(title: string): number {
  return Number(
    db.$client
      .prepare("INSERT INTO papers (external_id, title, abstract, source_file, content_hash) VALUES (?, ?, 'x', 'test', ?)")
      .run(title, title, `h-${title}`).lastInsertRowid,
  );
}
function claim(paperId: number, c: { kind?: string; metric: string; slug: string; value: number; high?: number; method?: string; vs?: string; dataset?: string }) {
  db.$client
    .prepare(`INSERT INTO claims (paper_id, kind, metric, metric_slug, value, value_high, dataset, dataset_slug, method, role, vs,
      evidence, start, end, confidence, fingerprint, extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'proposed', ?, ?, 0, 5, 0.9, ?, 't')`)
    .run(paperId, c.kind ?? "speedup", c.metric, c.slug, c.value, c.high ?? null, c.dataset ?? null,
      c.dataset ? c.dataset.toLowerCase().replace(/[^a-z0-9]+/g, "-") : "", c.method ?? null, c.vs ?? null,
      `${c.value}x ${c.metric}`, `${paperId}-${c.metric}-${c.value}-${c.method}`);
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), "sotaboard-sp-"));
  db = openDb(join(dir, "t.db"), { migrate: true });
  const a = paper("Fast Decoding with Speculation");
  const b = paper("Cheaper Training");
  claim(a, { metric: "inference speed", slug: "inference-speed", value: 20, method: "SpecX", vs: "AR decoding" });
  claim(a, { metric: "throughput", slug: "throughput", value: 4.71, high: 5.91, method: "SpecX" });
  claim(b, { metric: "training cost", slug: "training-cost", value: 0.02, method: "CheapT" });
  claim(b, { metric: "training data", slug: "training-data", value: 3, method: "CheapT" });
  claim(a, { kind: "result", metric: "FID", slug: "fid", value: 1.5, method: "SpecX", dataset: "ImageNet 256x256" });
  claim(b, { kind: "result", metric: "FID", slug: "fid", value: 2.5, method: "CheapT", dataset: "ImageNet 256x256" });
  const many = db.$client.transaction(() => {
    for (let i = 0; i < 3000; i++) claim(i % 2 ? a : b, { kind: "result", metric: `m${i % 9}`, slug: `m${i % 9}`, value: i, dataset: `d${i % 300}` });
  });
  many();
  db.$client.exec("ANALYZE");
});
after(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

test("largest displayed factor first; claims below 1 inverted", () => {
  const rows = speedupClaims(db);
  assert.deepEqual(rows.map((r) => r.value), [0.02, 20, 4.71, 3]);
  assert.equal(speedupCount(db), 4);
  assert.equal(topSpeedups(db, 2).length, 2);
  // the home page's list is wall-clock speedups only: the "training data" factor (an other aspect) is not in it
  assert.deepEqual(topSpeedups(db, 10).map((r) => r.value), [0.02, 20, 4.71]);
});

test("filters: aspect (named and other), minimum factor, text words", () => {
  assert.deepEqual(speedupClaims(db, { aspect: "throughput" }).map((r) => r.valueHigh), [5.91]);
  assert.deepEqual(speedupClaims(db, { aspect: "other" }).map((r) => r.metric), ["training data"]);
  assert.deepEqual(speedupClaims(db, { minFactor: 5 }).map((r) => r.value), [0.02, 20, 4.71]);
  assert.deepEqual(speedupClaims(db, { text: "speculation specx" }).map((r) => r.value), [20, 4.71]);
  assert.deepEqual(speedupClaims(db, { text: "100%_" }), []);
});

test("the unfiltered list walks claims_speedup_factor in order (no sort of all speedups)", () => {
  const { sql, params } = speedupSql({}, 10);
  const plan = (db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join("\n");
  assert.match(plan, /claims_speedup_factor/);
  assert.doesNotMatch(plan, /USE TEMP B-TREE FOR ORDER BY/);
});

test("search: paper title words, method, metric alias with its boards", () => {
  const r = search(db, "Fréchet");
  assert.equal(r.metrics[0].name, "FID");
  assert.equal(r.metrics[0].matched, "Fréchet Inception Distance");
  assert.deepEqual(r.metrics[0].boards.map((b) => b.datasetSlug), ["imagenet-256x256"]);
  assert.deepEqual(search(db, "decoding fast").papers.map((p) => p.title), ["Fast Decoding with Speculation"]);
  assert.equal(search(db, "specx").methods[0].method, "SpecX");
  assert.equal(search(db, "imagenet 256").datasets[0].slug, "imagenet-256x256");
  assert.deepEqual(search(db, "  "), { q: "", papers: [], methods: [], metrics: [], datasets: [] });
});

test("overview: largest boards carry their best value per method, in the metric's direction", () => {
  const fid = largestBoards(db, 50).find((b) => b.metricSlug === "fid")!;
  assert.equal(fid.direction, "lower");
  assert.deepEqual(fid.top.map((t) => t.method), ["SpecX", "CheapT"]);
});
