import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseJson } from "./parse-json";
import { parseJsonl } from "./parse-jsonl";
import { assertIngestError, fixture } from "./test-helpers";

const tmp = mkdtempSync(join(tmpdir(), "ingest-json-"));

test("json: an array reads like the same records in JSONL", () => {
  assert.deepEqual([...parseJson(fixture("papers.json"))], [...parseJsonl(fixture("papers.jsonl"))]);
});

test("json: {papers: [...]} is accepted too", () => {
  const f = join(tmp, "wrapped.json");
  writeFileSync(f, JSON.stringify({ papers: [{ id: "a", title: "T", abstract: "A" }] }));
  assert.equal([...parseJson(f)][0].externalId, "a");
});

test("json: a record without a title names the record and its id", () => {
  const f = fixture("bad-missing-title.json");
  assertIngestError(() => parseJson(f), `${f}: record 2 (id "p2"):`, /missing "title"/);
});

test("json: a truncated file names the line", () => {
  const f = fixture("bad-truncated.json");
  assertIngestError(() => parseJson(f), `${f}:5: not valid JSON`, /Unterminated/);
});

test("json: not an array", () => {
  const f = join(tmp, "obj.json");
  writeFileSync(f, '{"id": 1}');
  assertIngestError(() => parseJson(f), `${f}:`, /expected a JSON array/);
});
