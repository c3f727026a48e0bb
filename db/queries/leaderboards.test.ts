import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDb, type Db } from "../client";
import { apiClaims, apiClaimsQuery, boardClaims, boardStats, listBoardPairs, SQL } from "./leaderboards";

let dir: string;
let db: Db;

function insertPaper(title: string, ext: string): number {
  const r = db.$client
    .prepare("INSERT INTO papers (external_id, title, abstract, source_file, content_hash) VALUES (?, ?, ?, 'test', ?)")
    .run(ext, title, `${title} abstract`, `hash-${ext}`);
  return Number(r.lastInsertRowid);
}
function insertClaim(paperId: number, c: { kind?: string; metric: string; dataset: string; method: string | null; value: number; role?: string }) {
  const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  db.$client
    .prepare(`INSERT INTO claims (paper_id, kind, metric, metric_slug, value, dataset, dataset_slug, method, role, evidence, start, end,
      confidence, fingerprint, extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 10, 0.9, ?, 'test')`)
    .run(paperId, c.kind ?? "result", c.metric, slug(c.metric), c.value, c.dataset, slug(c.dataset), c.method, c.role ?? "proposed",
      `${c.method} reaches ${c.metric} ${c.value}`, `${paperId}-${c.method}-${c.value}`);
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), "sotaboard-lb-"));
  db = openDb(join(dir, "test.db"), { migrate: true });
  const a = insertPaper("Paper A", "hf-000");
  const b = insertPaper("Paper B", "hf-001");
  insertClaim(a, { metric: "FID", dataset: "ImageNet 256x256", method: "xAR-H", value: 1.24 });
  insertClaim(a, { metric: "FID", dataset: "ImageNet 256x256", method: "MAR-H", value: 1.55, role: "baseline" });
  insertClaim(b, { metric: "FID", dataset: "ImageNet 256x256", method: "VAR-d30", value: 1.92 });
  insertClaim(b, { metric: "FID", dataset: "ImageNet 256x256", method: "MAR-H", value: 1.6, role: "baseline" });
  insertClaim(b, { metric: "IS", dataset: "ImageNet 256x256", method: "VAR-d30", value: 323.1 });
  insertClaim(b, { kind: "speedup", metric: "inference speed", dataset: "ImageNet 256x256", method: "VAR-d30", value: 20 });
  // many rows, so the planner sees a realistic table
  const many = db.$client.transaction(() => {
    for (let i = 0; i < 2000; i++) insertClaim(i % 2 ? a : b, { metric: `m${i % 7}`, dataset: `d${i % 1000}`, method: `x${i}`, value: i });
  });
  many();
  db.$client.exec("ANALYZE");
});
after(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

function plan(sql: string, params: unknown[] = []): string {
  const rows = db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
  return rows.map((r) => r.detail).join("\n");
}
function assertIndexed(p: string) {
  assert.match(p, /USING (COVERING )?INDEX/, p);
  assert.doesNotMatch(p, /SCAN (claims|c)\b(?! USING)/, p);
}

test("every leaderboard query uses an index", () => {
  assertIndexed(plan(SQL.pairs));
  assert.match(plan(SQL.pairs), /claims_pairs/);
  assert.match(plan(SQL.pairs), /COVERING INDEX claims_pairs/);
  assertIndexed(plan(SQL.boardStats, ["imagenet-256x256", "fid"]));
  assertIndexed(plan(SQL.boardNames, ["imagenet-256x256", "fid"]));
  for (const sql of [SQL.boardAsc, SQL.boardDesc]) {
    const p = plan(sql, ["imagenet-256x256", "fid", 10]);
    assertIndexed(p);
    assert.match(p, /claims_board/);
    assert.doesNotMatch(p, /TEMP B-TREE/, "board rows come in index order, no sort");
  }
});

test("API claim queries use an index when narrowed by dataset, metric or paper", () => {
  const base = { limit: 10, offset: 0 };
  for (const f of [
    { ...base, datasetSlug: "imagenet-256x256", metricSlug: "fid" },
    { ...base, datasetSlug: "imagenet-256x256" },
    { ...base, metricSlug: "fid" },
    { ...base, metricSlug: "fid", kind: "result" as const },
    { ...base, paper: "hf-000", paperIds: [1] },
    { ...base, paper: "1", q: "xAR" },
  ]) {
    const { sql, params } = apiClaimsQuery(f);
    assertIndexed(plan(sql, params));
  }
  // by metric alone the index gives the order: no sort of a metric's (possibly 100k+) claims
  const m = apiClaimsQuery({ ...base, metricSlug: "fid" });
  assert.doesNotMatch(plan(m.sql, m.params), /TEMP B-TREE/);
});

test("pairs: result claims only, biggest first, with method and paper counts", () => {
  const pairs = listBoardPairs(db);
  const fid = pairs.find((p) => p.datasetSlug === "imagenet-256x256" && p.metricSlug === "fid");
  assert.deepEqual(fid && { claims: fid.claims, methods: fid.methods, papers: fid.papers }, { claims: 4, methods: 3, papers: 2 });
  assert.equal(pairs[0], fid);
  assert.ok(!pairs.some((p) => p.metricSlug === "inference-speed"));
  assert.deepEqual(boardStats(db, "imagenet-256x256", "fid"), { claims: 4, methods: 3, papers: 2 });
  assert.deepEqual([fid?.dataset, fid?.metric, fid?.domain], ["ImageNet 256x256", "FID", "image"]);
  assert.equal(pairs.find((p) => p.datasetSlug === "d3")?.dataset, "d3");
});

test("the pairs list is cached until the database changes", () => {
  const first = listBoardPairs(db);
  assert.equal(listBoardPairs(db), first);
  insertClaim(1, { metric: "FID", dataset: "ImageNet 256x256", method: "NewNet", value: 1.1 });
  const next = listBoardPairs(db);
  assert.notEqual(next, first);
  assert.equal(next.find((p) => p.metricSlug === "fid" && p.datasetSlug === "imagenet-256x256")?.methods, 4);
  db.$client.prepare("DELETE FROM claims WHERE method = 'NewNet'").run();
  assert.equal(listBoardPairs(db).find((p) => p.metricSlug === "fid" && p.datasetSlug === "imagenet-256x256")?.methods, 3);
});

test("board rows come best first in the metric's direction", () => {
  const asc = boardClaims(db, "imagenet-256x256", "fid", "lower");
  assert.deepEqual(asc.map((r) => r.value), [1.24, 1.55, 1.6, 1.92]);
  assert.equal(asc[0].paperTitle, "Paper A");
  const desc = boardClaims(db, "imagenet-256x256", "fid", "higher", 2);
  assert.deepEqual(desc.map((r) => r.value), [1.92, 1.6]);
});

test("API claims filter and page", () => {
  const all = apiClaims(db, { datasetSlug: "imagenet-256x256", limit: 3, offset: 0 });
  assert.equal(all.claims.length, 3);
  assert.equal(all.hasMore, true);
  const sp = apiClaims(db, { kind: "speedup", limit: 10, offset: 0 });
  assert.deepEqual(sp.claims.map((c) => c.value), [20]);
  assert.equal(apiClaims(db, { method: "mar-h", limit: 10, offset: 0 }).claims.length, 2);
  assert.equal(apiClaims(db, { paper: "hf-000", metricSlug: "fid", limit: 10, offset: 0 }).claims.length, 2);
  assert.equal(apiClaims(db, { q: "xAR", limit: 10, offset: 0 }).claims[0].method, "xAR-H");
  assert.equal(apiClaims(db, { q: "100%", limit: 10, offset: 0 }).claims.length, 0);
});
