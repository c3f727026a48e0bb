// The CLI end to end: child processes against a temporary SOTABOARD_DB.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { BAD_FIXTURES } from "../lib/ingest/fixtures/expected-errors";
import { cli, dump, ROOT } from "./cli-harness";

const dir = mkdtempSync(join(tmpdir(), "sotaboard-cli-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const fx = (name: string) => relative(ROOT, join(ROOT, "lib/ingest/fixtures", name));
const GOOD = ["papers.txt", "papers.jsonl", "papers.json", "papers.csv", "papers.atom.xml"].map(fx);

test("ingest: each format ingests on its own (auto format)", async () => {
  await Promise.all(GOOD.map(async (f, i) => {
    const r = await cli(join(dir, `one-${i}.db`), ["ingest", f]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, `${f}: 3 added, 0 already present\n`);
  }));
});

test("ingest: explicit --format, shared papers across files, then re-ingest is idempotent", async () => {
  const db = join(dir, "all.db");
  const first = await cli(db, ["ingest", "--format", "hf-text", GOOD[0]]);
  assert.equal(first.stdout, `${GOOD[0]}: 3 added, 0 already present\n`);
  const rest = await cli(db, ["ingest", ...GOOD.slice(1)]);
  assert.equal(rest.code, 0, rest.stderr);
  // jsonl repeats hf-000..002 except one changed abstract; json and csv repeat the jsonl papers
  assert.deepEqual(rest.stdout.trim().split("\n"), [
    `${GOOD[1]}: 1 added, 2 already present`, `${GOOD[2]}: 0 added, 3 already present`,
    `${GOOD[3]}: 0 added, 3 already present`, `${GOOD[4]}: 3 added, 0 already present`,
  ]);
  const before = dump(db);
  const again = await cli(db, ["ingest", ...GOOD]);
  assert.equal(again.code, 0);
  assert.deepEqual(again.stdout.trim().split("\n"), GOOD.map((f) => `${f}: 0 added, 3 already present`));
  assert.equal(dump(db), before, "database unchanged");
  const stats = JSON.parse((await cli(db, ["stats", "--json"])).stdout) as { papers: number; claims: number };
  assert.equal(stats.papers, 7);
});

test("ingest: every bad fixture exits non-zero with one line naming file and place, database unchanged", async () => {
  const db = join(dir, "bad.db");
  await cli(db, ["ingest", GOOD[0]]);
  const before = dump(db);
  const names = Object.keys(BAD_FIXTURES);
  for (let i = 0; i < names.length; i += 4) {
    await Promise.all(names.slice(i, i + 4).map(async (name) => {
      const r = await cli(db, ["ingest", fx(name)]);
      assert.notEqual(r.code, 0, name);
      assert.equal(r.stdout, "", name);
      const lines = r.stderr.trimEnd().split("\n");
      assert.equal(lines.length, 1, `${name}: one line, got ${JSON.stringify(r.stderr)}`);
      assert.ok(lines[0].startsWith(`ingest: ${fx(name)}`), lines[0]);
      assert.match(lines[0], BAD_FIXTURES[name]);
    }));
  }
  assert.equal(dump(db), before);
});

test("ingest: a bad file among good ones stores only the good ones; a missing file is named", async () => {
  const db = join(dir, "mixed.db");
  const r = await cli(db, ["ingest", fx("bad-missing-abstract.jsonl"), GOOD[4], "no/such/file.jsonl"]);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, `${GOOD[4]}: 3 added, 0 already present\n`);
  assert.deepEqual(r.stderr.trim().split("\n"), [
    `ingest: ${fx("bad-missing-abstract.jsonl")}:2: missing "abstract"`,
    "ingest: no/such/file.jsonl: cannot read file (no such file)",
  ]);
  assert.equal(JSON.parse((await cli(db, ["stats", "--json"])).stdout).papers, 3);
});

test("extract, stats --json, re-extraction keeps decisions, reset", async () => {
  const db = join(dir, "x.db");
  await cli(db, ["ingest", "data/hf-papers-autoregressive.txt"]);
  const x = await cli(db, ["extract"]);
  assert.equal(x.code, 0, x.stderr);
  assert.match(x.stdout, /^extract: 189 papers, \d+ claims stored \(extractor .+\)\n$/);
  const out = (await cli(db, ["stats", "--json"])).stdout;
  assert.match(out, /^\{"papers":189,"claims":\d+,/);
  assert.equal(out.trim().split("\n").length, 1, "one line of JSON");
  const s = JSON.parse(out);
  assert.equal(s.papers, 189);
  assert.equal(s.papersExtracted, 189);
  assert.ok(s.claims > 50 && s.leaderboards > 0, JSON.stringify(s));
  assert.equal(s.claims, s.byKind.result + s.byKind.speedup + s.byKind.delta);
  assert.match((await cli(db, ["extract"])).stdout, /nothing to do/);
  const D = await import("better-sqlite3");
  const c = new D.default(db);
  c.prepare("INSERT INTO claim_decisions (paper_id, fingerprint, action) SELECT paper_id, fingerprint, 'verify' FROM claims LIMIT 3").run();
  const fps = c.prepare("SELECT fingerprint FROM claims ORDER BY fingerprint").all();
  c.close();
  const before = dump(db);
  const all = await cli(db, ["extract", "--all"]);
  assert.match(all.stdout, /^extract: 189 papers/);
  const c2 = new D.default(db, { readonly: true });
  assert.deepEqual(c2.prepare("SELECT fingerprint FROM claims ORDER BY fingerprint").all(), fps, "fingerprints stable");
  c2.close();
  assert.equal(JSON.stringify(JSON.parse(dump(db))[2]), JSON.stringify(JSON.parse(before)[2]), "decisions untouched");
  const human = await cli(db, ["stats"]);
  assert.match(human.stdout, /^papers +189 \(189 extracted\)$/m);
  const refused = await cli(db, ["reset"]);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /pass --yes/);
  assert.equal(JSON.parse((await cli(db, ["stats", "--json"])).stdout).papers, 189);
  const reset = await cli(db, ["reset", "--yes"]);
  assert.equal(reset.code, 0);
  const e = JSON.parse((await cli(db, ["stats", "--json"])).stdout);
  assert.deepEqual([e.papers, e.claims, e.decisions], [0, 0, 0]);
});

test("usage errors: unknown format and command", async () => {
  const r = await cli(join(dir, "u.db"), ["ingest", "--format", "xml", GOOD[0]]);
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /Allowed choices are auto, hf-text, jsonl, json, csv, arxiv-atom/);
  assert.notEqual((await cli(join(dir, "u.db"), ["frobnicate"])).code, 0);
});
