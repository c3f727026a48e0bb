import { after, test } from "node:test";
import assert from "node:assert/strict";
import { insertPapers } from "./papers";
import { replaceMachineClaims } from "./claims";
import { listPaperRows, paperClaims, paperIdsByExternalId } from "./paper-pages";
import { claim, paper, tempDb } from "./test-db";

const t = tempDb();
after(t.cleanup);
const { db } = t;

test("listPaperRows: no papers, then every paper in corpus order with claim counts by kind", () => {
  assert.deepEqual(listPaperRows(db, { limit: 10, offset: 0 }), { total: 0, all: 0, rows: [] });
  insertPapers(db, [
    paper(1, { abstract: "We reach FID of 1.24 with diffusion." }),
    paper(2, { title: "Diffusion for 50%_ of cases", externalId: "dup" }),
    paper(3, { externalId: "dup" }),
  ], "a.jsonl");
  replaceMachineClaims(db, 1, [claim(), claim({ start: 0, end: 2, kind: "speedup" }), claim({ start: 3, end: 5 })], "t");
  const r = listPaperRows(db, { limit: 10, offset: 0 });
  assert.equal(r.total, 3);
  assert.deepEqual(r.rows.map((x) => [x.id, x.results, x.speedups, x.deltas]), [[1, 2, 1, 0], [2, 0, 0, 0], [3, 0, 0, 0]]);
  assert.deepEqual(listPaperRows(db, { limit: 1, offset: 1 }).rows.map((x) => x.id), [2]);
});

test("listPaperRows: every word in the title or abstract, title matches first; wildcards literal", () => {
  const r = listPaperRows(db, { q: "DIFFUSION", limit: 10, offset: 0 });
  assert.deepEqual([r.total, r.all, r.rows.map((x) => x.id)], [2, 3, [2, 1]]);
  assert.deepEqual(listPaperRows(db, { q: "diffusion 1.24", limit: 10, offset: 0 }).rows.map((x) => x.id), [1]);
  assert.deepEqual(listPaperRows(db, { q: "50%_", limit: 10, offset: 0 }).rows.map((x) => x.id), [2]);
  assert.equal(listPaperRows(db, { q: "5%0", limit: 10, offset: 0 }).total, 0);
});

test("paperIdsByExternalId and paperClaims (reading order, longer spans first)", () => {
  assert.deepEqual(paperIdsByExternalId(db, "dup"), [2, 3]);
  assert.deepEqual(paperIdsByExternalId(db, "p1"), [1]);
  assert.deepEqual(paperClaims(db, 1).map((c) => [c.start, c.end, c.kind]), [[0, 2, "speedup"], [3, 5, "result"], [10, 21, "result"]]);
});
