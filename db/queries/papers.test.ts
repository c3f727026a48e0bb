import { after, test } from "node:test";
import assert from "node:assert/strict";
import { contentHash } from "../../lib/ingest/content-hash";
import type { PaperInput } from "../../lib/ingest/types";
import { countPapers, countPapersToExtract, getPaper, insertPapers, listPapers, papersToExtract } from "./papers";
import { paper, tempDb } from "./test-db";

const t = tempDb();
after(t.cleanup);
const { db } = t;

test("insertPapers: adds, then re-inserting adds nothing (idempotent by content hash)", () => {
  const ps = [paper(1, { authors: ["A", "B"], url: "https://x", published: "2024-01-02" }), paper(2), paper(3)];
  assert.deepEqual(insertPapers(db, ps, "a.jsonl"), { added: 3, skipped: 0 });
  const before = db.$client.prepare("SELECT * FROM papers ORDER BY id").all();
  assert.deepEqual(insertPapers(db, ps, "a.jsonl"), { added: 0, skipped: 3 });
  assert.deepEqual(db.$client.prepare("SELECT * FROM papers ORDER BY id").all(), before);
  const p = getPaper(db, 1)!;
  assert.deepEqual([p.externalId, p.authors, p.url, p.published, p.sourceFile, p.extractorVersion], ["p1", ["A", "B"], "https://x", "2024-01-02", "a.jsonl", null]);
  assert.equal(p.contentHash, contentHash("Paper 1", "Abstract of paper 1."));
});

test("insertPapers: the same text under another id or case is the same paper; repeats within a file are skipped", () => {
  const r = insertPapers(db, [paper(1, { externalId: "other", title: "PAPER 1" }), paper(4), paper(4)], "b.csv");
  assert.deepEqual(r, { added: 1, skipped: 2 });
  assert.equal(countPapers(db), 4);
});

test("insertPapers: a throwing iterable stores nothing of the file", () => {
  function* bad(): Generator<PaperInput> {
    yield paper(10);
    yield paper(11);
    throw new Error("bad record");
  }
  assert.throws(() => insertPapers(db, bad(), "bad.jsonl"), /bad record/);
  assert.equal(countPapers(db), 4);
  assert.equal(listPapers(db, { q: "Paper 10" }).total, 0);
});

test("listPapers: title search (case-insensitive, LIKE wildcards literal), external id, paging", () => {
  insertPapers(db, [paper(20, { title: "100% of_the tokens" }), paper(21, { title: "A 100x speedup" })], "c.jsonl");
  assert.deepEqual(listPapers(db, { q: "100%" }).rows.map((r) => r.title), ["100% of_the tokens"]);
  assert.deepEqual(listPapers(db, { q: "of_the" }).rows.map((r) => r.title), ["100% of_the tokens"]);
  assert.equal(listPapers(db, { q: "paper" }).total, 4);
  assert.deepEqual(listPapers(db, { q: "p21" }).rows.map((r) => r.externalId), ["p21"]);
  const page1 = listPapers(db, { limit: 2 });
  const page2 = listPapers(db, { limit: 2, offset: 2 });
  assert.equal(page1.total, 6);
  assert.equal(page1.rows.length, 2);
  assert.ok(page1.rows[0].id > page2.rows[0].id, "newest first");
  assert.equal(page1.rows[0].claims, 0);
  assert.equal(getPaper(db, 9999), null);
});

test("papersToExtract: keyset pages, filtered by extractor version unless all", () => {
  const ids = (db.$client.prepare("SELECT id FROM papers ORDER BY id").all() as { id: number }[]).map((r) => r.id);
  db.$client.prepare("UPDATE papers SET extractor_version = 'v1' WHERE id IN (?, ?)").run(ids[0], ids[1]);
  assert.equal(countPapersToExtract(db, "v1", false), 4);
  assert.equal(countPapersToExtract(db, "v1", true), 6);
  const first = papersToExtract(db, { version: "v1", all: false, afterId: 0, limit: 3 });
  assert.deepEqual(first.map((p) => p.id), ids.slice(2, 5));
  const next = papersToExtract(db, { version: "v1", all: false, afterId: ids[4], limit: 3 });
  assert.deepEqual(next.map((p) => p.id), [ids[5]]);
  assert.equal(papersToExtract(db, { version: "v1", all: true, afterId: 0, limit: 100 }).length, 6);
  assert.ok(first[0].contentHash.length === 64 && first[0].abstract.length > 0);
});
