// Properties over the development abstracts: the bundled corpus's papers 0-125 (the dev set's papers),
// read from the repository's own data/ so the test runs on any clone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { readPapers } from "../ingest/index";
import { extract } from "./index";
import { CLAIM_FIELDS } from "./types";

const CORPUS = join(__dirname, "..", "..", "data", "hf-papers-autoregressive.txt");
const DEV = [...readPapers(CORPUS, "hf-text")].slice(0, 126).map((p) => ({ id: p.externalId, title: p.title, abstract: p.abstract }));

test("evidence is always abstract.slice(start, end), values are numbers, fields complete", () => {
  let n = 0;
  for (const p of DEV) {
    for (const c of extract({ id: p.id, title: p.title, abstract: p.abstract })) {
      n++;
      assert.equal(p.abstract.slice(c.start, c.end), c.evidence);
      assert.ok(c.evidence.length > 0);
      assert.equal(typeof c.value, "number");
      assert.ok(Number.isFinite(c.value));
      assert.ok(c.value_high === null || (typeof c.value_high === "number" && c.value_high > c.value));
      assert.ok(c.confidence >= 0 && c.confidence <= 1);
      assert.deepEqual(Object.keys(c).sort(), [...CLAIM_FIELDS].sort());
    }
  }
  assert.ok(n > 50);
});

test("extraction is deterministic", () => {
  const lines = DEV.slice(0, 40);
  const a = JSON.stringify(lines.map((p) => extract({ id: p.id, title: p.title, abstract: p.abstract })));
  const b = JSON.stringify(lines.map((p) => extract({ id: p.id, title: p.title, abstract: p.abstract })));
  assert.equal(a, b);
});
