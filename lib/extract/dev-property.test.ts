// Properties over the development abstracts (skipped when ../shared is not there).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extract } from "./index";
import { CLAIM_FIELDS } from "./types";

const DEV = join(__dirname, "..", "..", "..", "shared", "eval", "dev-papers.jsonl");

test("evidence is always abstract.slice(start, end), values are numbers, fields complete", { skip: !existsSync(DEV) }, () => {
  let n = 0;
  for (const line of readFileSync(DEV, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const p = JSON.parse(line);
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

test("extraction is deterministic", { skip: !existsSync(DEV) }, () => {
  const lines = readFileSync(DEV, "utf8").split("\n").filter((l) => l.trim()).slice(0, 40).map((l) => JSON.parse(l));
  const a = JSON.stringify(lines.map((p) => extract({ id: p.id, title: p.title, abstract: p.abstract })));
  const b = JSON.stringify(lines.map((p) => extract({ id: p.id, title: p.title, abstract: p.abstract })));
  assert.equal(a, b);
});
