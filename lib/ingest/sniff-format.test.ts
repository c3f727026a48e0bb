import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sniffFormat, sniffText } from "./sniff-format";
import { assertIngestError, fixture } from "./test-helpers";

const tmp = mkdtempSync(join(tmpdir(), "ingest-sniff-"));

test("sniff: every valid fixture by content, even under a misleading name", () => {
  const cases: [string, string][] = [
    ["papers.txt", "hf-text"], ["papers.jsonl", "jsonl"], ["papers.json", "json"], ["papers.csv", "csv"], ["papers.atom.xml", "arxiv-atom"],
  ];
  for (const [name, fmt] of cases) {
    assert.equal(sniffFormat(fixture(name)), fmt, name);
    const renamed = join(tmp, `${name}.dat`);
    copyFileSync(fixture(name), renamed);
    assert.equal(sniffFormat(renamed), fmt, `${name} without its extension`);
  }
});

test("sniff: content rules", () => {
  assert.equal(sniffText('  {"id": 1, "title": "t"}\n{"id": 2}'), "jsonl");
  assert.equal(sniffText('{\n  "papers": []\n}'), "json");
  assert.equal(sniffText("[\n]"), "json");
  assert.equal(sniffText('"id","title","abstract"\n'), "csv");
  assert.equal(sniffText("<?xml version='1.0'?><feed>"), "arxiv-atom");
  assert.equal(sniffText("Some title\nSome abstract"), null);
});

test("sniff: falls back to the extension, else asks for --format", () => {
  const f = join(tmp, "plain.txt");
  writeFileSync(f, "Some title\nSome abstract\n");
  assert.equal(sniffFormat(f), "hf-text");
  const g = join(tmp, "plain.dat");
  writeFileSync(g, "Some title\nSome abstract\n");
  assertIngestError(() => sniffFormat(g), `${g}:`, /pass --format/);
});

test("sniff: binary without a recognisable format, empty, missing", () => {
  assertIngestError(() => sniffFormat(fixture("bad-binary.bin")), `${fixture("bad-binary.bin")}:`, /binary file/);
  const e = join(tmp, "empty");
  writeFileSync(e, "");
  assertIngestError(() => sniffFormat(e), `${e}:`, /empty file/);
  assertIngestError(() => sniffFormat(join(tmp, "missing")), `${join(tmp, "missing")}:`, /no such file/);
});
