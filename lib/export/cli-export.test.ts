// `cli export` without a build: CSV and JSON straight from the database, and its errors.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDb } from "../../db/client";
import { runExport } from "../../scripts/commands/export";

let dir: string;
let file: string;
const base = { format: "csv", view: "bars", theme: "light", layout: "slide", scale: "2", best: true, baselines: true, origin: "http://localhost:3000" } as const;

before(() => {
  dir = mkdtempSync(join(tmpdir(), "sotaboard-export-"));
  file = join(dir, "t.db");
  const db = openDb(file, { migrate: true });
  const paper = db.$client.prepare("INSERT INTO papers (external_id, title, abstract, source_file, content_hash) VALUES (?, ?, 'a', 't', ?)");
  const p1 = Number(paper.run("hf-1", "Paper one", "h1").lastInsertRowid);
  const claim = db.$client.prepare(`INSERT INTO claims (paper_id, kind, metric, metric_slug, value, value_high, dataset, dataset_slug, method, role, vs, evidence, start, end,
    confidence, fingerprint, extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 1, 0.9, ?, 't')`);
  claim.run(p1, "result", "FID", "fid", 1.24, null, "ImageNet 256x256", "imagenet-256x256", "xAR-H", "proposed", null, "FID of 1.24", "a");
  claim.run(p1, "result", "FID", "fid", 2.5, null, "ImageNet 256x256", "imagenet-256x256", "=cmd|' /C calc'!A0", "baseline", null, "2.5", "b");
  claim.run(p1, "speedup", "inference speed", "inference-speed", 4.71, 5.91, null, "", "TiDAR", "proposed", "AR models", "4.71x to 5.91x", "c");
  db.$client.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

test("CSV of a board by alias names, neutralised, best first", async () => {
  const out = join(dir, "fid.csv");
  assert.equal(await runExport({ ...base, dataset: "ImageNet-256", metric: "Fréchet Inception Distance", out }, file), out);
  const lines = readFileSync(out, "utf8").replace(/^\uFEFF/, "").trim().split("\n");
  assert.equal(lines.length, 3);
  assert.match(lines[1], /^1,xAR-H,1.24,/);
  assert.match(lines[2], /^2,'=cmd\|' \/C calc'!A0,2.5,/);
});

test("JSON of the speedups carries rows and query", async () => {
  const out = join(dir, "sp.json");
  await runExport({ ...base, format: "json", speedups: true, out }, file);
  const j = JSON.parse(readFileSync(out, "utf8"));
  assert.equal(j.count, 1);
  assert.deepEqual([j.rows[0].method, j.rows[0].factor, j.rows[0].factor_high], ["TiDAR", 4.71, 5.91]);
  assert.equal(j.query.url, "http://localhost:3000/speedups");
});

test("clear errors: unknown names, empty board, missing build, missing database", async () => {
  await assert.rejects(runExport({ ...base, dataset: "Nope", metric: "FID" }, file), /Unknown dataset "Nope"/);
  await assert.rejects(runExport({ ...base, dataset: "ImageNet 256x256", metric: "zzz" }, file), /Unknown metric "zzz"/);
  await assert.rejects(runExport({ ...base, dataset: "CIFAR-10", metric: "FID" }, file), /board on CIFAR-10 is empty/);
  await assert.rejects(runExport({ ...base, metric: "FID" }, file), /--dataset and --metric/);
  await assert.rejects(runExport({ ...base, dataset: "Nope", metric: "FID" }, join(dir, "none.db")), /No database/);
  const prev = process.env.NEXT_DIST_DIR;
  process.env.NEXT_DIST_DIR = join(dir, "no-build");
  try {
    await assert.rejects(runExport({ ...base, format: "png", dataset: "ImageNet 256x256", metric: "FID", out: join(dir, "x.png") }, file), /No production build/);
  } finally {
    if (prev === undefined) delete process.env.NEXT_DIST_DIR;
    else process.env.NEXT_DIST_DIR = prev;
  }
});
