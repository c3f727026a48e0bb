import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseJsonl } from "./parse-jsonl";
import { assertIngestError, fixture } from "./test-helpers";

const tmp = mkdtempSync(join(tmpdir(), "ingest-jsonl-"));

test("jsonl: fields, optional fields, authors as array or separated string, numeric ids", () => {
  const ps = [...parseJsonl(fixture("papers.jsonl"))];
  assert.equal(ps.length, 3);
  assert.deepEqual(ps[0], {
    externalId: "2406.11838", title: "Autoregressive Speech Synthesis with Next-Distribution Prediction",
    abstract: ps[0].abstract, url: "https://arxiv.org/abs/2406.11838", published: "2024-06-17", authors: ["Ada Lovelace", "Alan Turing"],
  });
  assert.equal(ps[1].title, "Enabling Autoregressive Models to Fill In Masked Tokens", "line break in title collapsed");
  assert.deepEqual(ps[1].authors, ["Grace Hopper", "Edsger Dijkstra"]);
  assert.equal(ps[2].externalId, "3");
  assert.deepEqual(ps[2].authors, ["Claude Shannon", "John von Neumann"]);
  assert.match(ps[2].abstract, /Energy \$E=mc\^2\$ — naïve ×2\.$/, "LaTeX and Unicode kept, double space collapsed");
});

test("jsonl: a malformed line names the line", () => {
  const f = fixture("bad-json-line.jsonl");
  assertIngestError(() => parseJsonl(f), `${f}:3: not valid JSON (`, /\)$/);
});

test("jsonl: a missing abstract names the line and the field", () => {
  const f = fixture("bad-missing-abstract.jsonl");
  assertIngestError(() => parseJsonl(f), `${f}:2:`, /missing "abstract"/);
});

test("jsonl: NUL bytes name the line", () => {
  const f = fixture("bad-nul.jsonl");
  assertIngestError(() => parseJsonl(f), `${f}:2:`, /binary/);
});

test("jsonl: a non-object line and a wrong-typed field are errors", () => {
  const f = join(tmp, "types.jsonl");
  writeFileSync(f, "[1, 2]\n");
  assertIngestError(() => parseJsonl(f), `${f}:1:`, /not an object/);
  writeFileSync(f, '{"id": "a", "title": 5, "abstract": "x"}\n');
  assertIngestError(() => parseJsonl(f), `${f}:1:`, /"title" must be text/);
  writeFileSync(f, '{"id": "a", "title": "t", "abstract": "x", "published": "not a date"}\n');
  assertIngestError(() => parseJsonl(f), `${f}:1:`, /"published" is not a date/);
});

test("jsonl: a missing file is an IngestError naming it", () => {
  const f = join(tmp, "nope.jsonl");
  assertIngestError(() => parseJsonl(f), `${f}:`, /no such file/);
});

test("jsonl: reads a file larger than one chunk, with a multi-byte char split across chunks", () => {
  const f = join(tmp, "big.jsonl");
  const lines: string[] = [];
  for (let i = 0; i < 3000; i++) lines.push(JSON.stringify({ id: i, title: `T${i} ×`, abstract: `${"é".repeat(200)} ${i}` }));
  writeFileSync(f, lines.join("\n"));
  const ps = [...parseJsonl(f)];
  assert.equal(ps.length, 3000);
  assert.ok(ps.every((p, i) => p.abstract === `${"é".repeat(200)} ${i}` && p.title === `T${i} ×`));
});
