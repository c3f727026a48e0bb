import { after, test } from "node:test";
import assert from "node:assert/strict";
import { claimFingerprint, countClaims, paramsCount, replaceMachineClaims, replaceMachineClaimsBatch } from "./claims";
import { insertPapers } from "./papers";
import { claim, paper, tempDb } from "./test-db";

const t = tempDb();
after(t.cleanup);
const { db } = t;
insertPapers(db, [paper(1), paper(2)], "x.jsonl");
const hash1 = (db.$client.prepare("SELECT content_hash AS h FROM papers WHERE id = 1").get() as { h: string }).h;
const rows = (paperId: number) =>
  db.$client.prepare("SELECT * FROM claims WHERE paper_id = ? ORDER BY id").all(paperId) as Record<string, unknown>[];

test("paramsCount", () => {
  assert.equal(paramsCount("943M"), 943e6);
  assert.equal(paramsCount("7B"), 7e9);
  assert.equal(paramsCount("1.5B"), 1.5e9);
  assert.equal(paramsCount("110K"), 110e3);
  assert.equal(paramsCount("1.3 trillion"), 1.3e12);
  assert.equal(paramsCount("675M parameters"), 675e6);
  assert.equal(paramsCount("1,500M"), 1.5e9);
  assert.equal(paramsCount("12"), 12);
  assert.equal(paramsCount(null), null);
  assert.equal(paramsCount("large"), null);
});

test("replaceMachineClaims: stores slugs, params count, fingerprint, version; marks the paper", () => {
  assert.equal(replaceMachineClaims(db, 1, [claim(), claim({ kind: "speedup", metric: "inference speed", dataset: null, value: 20, start: 30, end: 40, params: null })], "v1"), 2);
  const [a, b] = rows(1);
  assert.equal(a.metric_slug, "fid");
  assert.equal(a.dataset_slug, "imagenet-256x256", "alias resolved through the vocabulary");
  assert.equal(a.params_count, 1.1e9);
  assert.equal(a.extractor_version, "v1");
  assert.equal(a.fingerprint, claimFingerprint(hash1, claim()));
  assert.equal(b.dataset_slug, "");
  assert.equal(b.params_count, null);
  const p = db.$client.prepare("SELECT extractor_version AS v FROM papers WHERE id = 1").get() as { v: string };
  assert.equal(p.v, "v1");
});

test("re-extraction replaces machine claims, keeps fingerprints stable and never touches decisions", () => {
  const fp = rows(1)[0].fingerprint as string;
  db.$client.prepare("INSERT INTO claim_decisions (paper_id, fingerprint, action) VALUES (1, ?, 'verify')").run(fp);
  db.$client.prepare("INSERT INTO claim_decisions (paper_id, action, patch) VALUES (1, 'add', '{\"value\":3}')").run();
  const decisions = db.$client.prepare("SELECT * FROM claim_decisions ORDER BY id").all();
  replaceMachineClaims(db, 1, [claim({ confidence: 0.5, method: "renamed" })], "v2");
  const now = rows(1);
  assert.equal(now.length, 1);
  assert.equal(now[0].fingerprint, fp, "same kind/value/span → same fingerprint");
  assert.equal(now[0].extractor_version, "v2");
  assert.deepEqual(db.$client.prepare("SELECT * FROM claim_decisions ORDER BY id").all(), decisions);
  replaceMachineClaims(db, 1, [], "v3");
  assert.equal(rows(1).length, 0);
  assert.deepEqual(db.$client.prepare("SELECT * FROM claim_decisions ORDER BY id").all(), decisions);
});

test("fingerprint: differs by paper text, kind, value, value_high and span", () => {
  const base = claimFingerprint(hash1, claim());
  assert.match(base, /^[0-9a-f]{64}$/);
  for (const over of [{ kind: "delta" as const }, { value: 1.25 }, { value_high: 2 }, { start: 11 }, { end: 22 }]) {
    assert.notEqual(claimFingerprint(hash1, claim(over)), base, JSON.stringify(over));
  }
  assert.notEqual(claimFingerprint("other", claim()), base);
  assert.equal(claimFingerprint(hash1, claim({ method: "x", confidence: 0.1 })), base);
});

test("a malformed claim or unknown paper stores nothing of the batch", () => {
  const before = countClaims(db);
  assert.throws(() => replaceMachineClaimsBatch(db, [{ paperId: 2, claims: [claim()] }, { paperId: 1, claims: [claim({ value: NaN })] }], "v4"), /bad claim/);
  assert.throws(() => replaceMachineClaimsBatch(db, [{ paperId: 2, claims: [claim()] }, { paperId: 99, claims: [] }], "v4"), /no paper with id 99/);
  assert.equal(countClaims(db), before);
  assert.equal(rows(2).length, 0);
});
