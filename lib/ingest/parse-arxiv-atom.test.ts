import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { parseHfText } from "./parse-hf-text";
import { arxivId, parseArxivAtom } from "./parse-arxiv-atom";
import { assertIngestError, fixture } from "./test-helpers";

test("atom: ids, wrapped titles and summaries, dates, authors, alternate link", () => {
  const ps = [...parseArxivAtom(fixture("papers.atom.xml"))];
  assert.deepEqual(ps.map((p) => p.externalId), ["2406.11838v2", "2310.01234v1", "hep-th/9901001v1"]);
  assert.equal(ps[0].title, "DiCoDe: Diffusion-Compressed Deep Tokens for Autoregressive Video Generation with Language Models");
  assert.ok(!/\s{2}|^\s|\s$/.test(ps[0].abstract), "summary whitespace collapsed");
  const corpus = [...parseHfText(join(__dirname, "../../data/hf-papers-autoregressive.txt"))];
  assert.equal(ps[0].abstract, corpus[3].abstract, "wrapped summary reads as the original one-line abstract");
  assert.equal(ps[0].published, "2024-06-10T17:59:58Z");
  assert.deepEqual(ps[0].authors, ["Author 0 One", "Author 0 Two"]);
  assert.equal(ps[0].url, "http://arxiv.org/abs/2406.11838v2");
});

test("atom: arXiv id from the entry id", () => {
  assert.equal(arxivId("http://arxiv.org/abs/2406.11838v2"), "2406.11838v2");
  assert.equal(arxivId("https://arxiv.org/abs/hep-th/9901001v1"), "hep-th/9901001v1");
  assert.equal(arxivId("urn:other:1"), "urn:other:1");
});

test("atom: truncated XML names the last line and the open elements", () => {
  const f = fixture("bad-truncated.atom.xml");
  assertIngestError(() => parseArxivAtom(f), `${f}:61:`, /file ends inside <feed> <entry> <summary>/);
});

test("atom: an entry without <summary> names the entry and its line", () => {
  const f = fixture("bad-missing-summary.atom.xml");
  assertIngestError(() => parseArxivAtom(f), `${f}:49: entry 2:`, /missing <summary>/);
});
