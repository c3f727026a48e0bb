import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { IngestError, readPapers, type Format } from "./index";
import { BAD_FIXTURES } from "./fixtures/expected-errors";
import { assertIngestError, fixture } from "./test-helpers";

test("readPapers: each valid fixture, auto and explicit format", () => {
  const cases: [string, Format][] = [
    ["papers.txt", "hf-text"], ["papers.jsonl", "jsonl"], ["papers.json", "json"], ["papers.csv", "csv"], ["papers.atom.xml", "arxiv-atom"],
  ];
  for (const [name, fmt] of cases) {
    const auto = [...readPapers(fixture(name))];
    assert.equal(auto.length, 3, name);
    assert.deepEqual([...readPapers(fixture(name), fmt)], auto);
  }
});


test("readPapers: every bad fixture is a one-line IngestError naming file and place", () => {
  const bad = readdirSync(join(__dirname, "fixtures")).filter((f) => f.startsWith("bad-")).sort();
  assert.deepEqual(bad, Object.keys(BAD_FIXTURES).sort(), "every bad fixture has an expectation");
  for (const [name, re] of Object.entries(BAD_FIXTURES)) assertIngestError(() => readPapers(fixture(name)), fixture(name), re);
});

test("readPapers: a directory, a missing file and an unknown format", () => {
  assertIngestError(() => readPapers(__dirname), __dirname, /is a directory/);
  assertIngestError(() => readPapers(fixture("nope.jsonl"), "jsonl"), fixture("nope.jsonl"), /no such file/);
  assertIngestError(() => readPapers(fixture("papers.txt"), "xml" as Format), fixture("papers.txt"), /unknown format "xml"/);
});

test("IngestError: one line even for multi-line reasons", () => {
  const e = new IngestError("f.jsonl", 3, "a\nb\n  c");
  assert.equal(e.message, "f.jsonl:3: a b c");
  assert.equal(new IngestError("f.json", "record 2", "x").message, "f.json: record 2: x");
});
