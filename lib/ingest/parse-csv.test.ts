import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseCsv } from "./parse-csv";
import { parseJsonl } from "./parse-jsonl";
import { assertIngestError, fixture } from "./test-helpers";

const tmp = mkdtempSync(join(tmpdir(), "ingest-csv-"));

test("csv: same papers as the JSONL fixture (quoted multi-line cells, extra column ignored)", () => {
  assert.deepEqual([...parseCsv(fixture("papers.csv"))], [...parseJsonl(fixture("papers.jsonl"))]);
});

test("csv: header names are case- and space-insensitive; BOM and CRLF handled; optional columns absent", () => {
  const f = join(tmp, "bom.csv");
  writeFileSync(f, "\uFEFF ID , Title,ABSTRACT\r\n1,T,\"A, with comma\"\r\n");
  assert.deepEqual([...parseCsv(f)], [{ externalId: "1", title: "T", abstract: "A, with comma", url: null, published: null, authors: [] }]);
});

test("csv: wrong column names are reported with what was found", () => {
  const f = fixture("bad-columns.csv");
  assertIngestError(() => parseCsv(f), `${f}:1:`, /lacks columns title, abstract \(found: id, name, text/);
});

test("csv: an empty abstract cell names the line", () => {
  const f = fixture("bad-missing-abstract.csv");
  assertIngestError(() => parseCsv(f), `${f}:3:`, /empty "abstract"/);
});

test("csv: a ragged row and an unclosed quote name the line", () => {
  const f = join(tmp, "ragged.csv");
  writeFileSync(f, "id,title,abstract\n1,T,A\n2,T2\n");
  assertIngestError(() => parseCsv(f), `${f}:3: not valid CSV`, /./);
  writeFileSync(f, 'id,title,abstract\n1,T,"A\n2,T2,B\n');
  assertIngestError(() => parseCsv(f), `${f}:`, /not valid CSV/);
});

test("csv: a blank file is empty", () => {
  const f = fixture("bad-blank.csv");
  assertIngestError(() => parseCsv(f), `${f}:`, /empty file/);
});
