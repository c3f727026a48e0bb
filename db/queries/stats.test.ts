import { after, test } from "node:test";
import assert from "node:assert/strict";
import { replaceMachineClaims } from "./claims";
import { insertPapers } from "./papers";
import { resetDatabase } from "./reset";
import { getStats } from "./stats";
import { syncVocabulary } from "./vocabulary";
import { claim, paper, tempDb } from "./test-db";

const t = tempDb();
after(t.cleanup);
const { db } = t;

test("getStats: empty database", () => {
  const s = getStats(db);
  assert.deepEqual([s.papers, s.claims, s.leaderboards, s.decisions], [0, 0, 0, 0]);
});

test("getStats: counts papers, claims by kind, leaderboards among results, decisions; reset empties", () => {
  syncVocabulary(db);
  insertPapers(db, [paper(1), paper(2), paper(3)], "x.jsonl");
  replaceMachineClaims(db, 1, [
    claim(), claim({ value: 1.5, start: 40, end: 50 }), // one board, two claims
    claim({ metric: "IS", value: 300, start: 60, end: 70 }), // a second board
    claim({ dataset: null, value: 2, start: 80, end: 90 }), // no dataset: no board
    claim({ kind: "speedup", metric: "inference speed", value: 20, start: 100, end: 110 }), // speedups are not boards
  ], "v1");
  replaceMachineClaims(db, 2, [claim({ kind: "delta", value: 3, start: 5, end: 9 })], "v1");
  db.$client.prepare("INSERT INTO claim_decisions (paper_id, action) VALUES (1, 'add'), (1, 'reject')").run();
  const s = getStats(db);
  assert.equal(s.papers, 3);
  assert.equal(s.papersExtracted, 2);
  assert.equal(s.claims, 6);
  assert.deepEqual(s.byKind, { result: 4, speedup: 1, delta: 1 });
  assert.equal(s.leaderboards, 2);
  assert.equal(s.decisions, 2);
  assert.deepEqual(s.decisionsByAction, { verify: 0, edit: 0, reject: 1, add: 1 });
  assert.ok(s.metrics > 0 && s.datasets > 0);
  assert.deepEqual(resetDatabase(db), { papers: 3, claims: 6, decisions: 2 });
  const e = getStats(db);
  assert.deepEqual([e.papers, e.claims, e.decisions], [0, 0, 0]);
  assert.ok(e.metrics > 0, "vocabulary kept");
});
