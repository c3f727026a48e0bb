import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseHfText, hfId } from "./parse-hf-text";
import { assertIngestError, fixture } from "./test-helpers";

const tmp = mkdtempSync(join(tmpdir(), "ingest-hf-"));
const write = (name: string, text: string) => {
  const f = join(tmp, name);
  writeFileSync(f, text);
  return f;
};

test("hf-text: header skipped, Subscribe stripped, ids by 0-based position", () => {
  const ps = [...parseHfText(fixture("papers.txt"))];
  assert.deepEqual(ps.map((p) => p.externalId), ["hf-000", "hf-001", "hf-002"]);
  assert.equal(ps[0].title, "Autoregressive Speech Synthesis with Next-Distribution Prediction");
  assert.match(ps[0].abstract, /^We introduce KALL-E/);
  assert.deepEqual([ps[0].url, ps[0].published, ps[0].authors], [null, null, []]);
});

test("hf-text: the bundled corpus reads as 189 papers, last is hf-188", () => {
  const ps = [...parseHfText(join(__dirname, "../../data/hf-papers-autoregressive.txt"))];
  assert.equal(ps.length, 189);
  assert.equal(ps[188].externalId, "hf-188");
  assert.ok(ps.every((p) => !p.title.startsWith("Subscribe")));
});

test("hf-text: CRLF, blank lines and whitespace runs are normalised; Unicode and LaTeX kept", () => {
  const f = write("crlf.txt", "Get trending papers in your email inbox once a day!\r\nGet trending papers in your email inbox!\r\n" +
    "SubscribeA  Title\twith tabs\r\n\r\nAn abstract with $\\alpha$ and ×2 — ok.  \r\nSecond title\r\nSecond abstract\r\n");
  const ps = [...parseHfText(f)];
  assert.equal(ps[0].title, "A Title with tabs");
  assert.equal(ps[0].abstract, "An abstract with $\\alpha$ and ×2 — ok.");
  assert.equal(ps[1].externalId, "hf-001");
});

test("hf-text: ids pad to 3 digits and grow beyond", () => {
  assert.equal(hfId(7), "hf-007");
  assert.equal(hfId(1234), "hf-1234");
});

test("hf-text: a title without its abstract names the line", () => {
  assertIngestError(() => parseHfText(fixture("bad-odd-lines.txt")), `${fixture("bad-odd-lines.txt")}:5:`, /title without an abstract/);
});

test("hf-text: a file that is not a listing (huge title line) names the line", () => {
  assertIngestError(() => parseHfText(fixture("bad-not-hf.txt")), `${fixture("bad-not-hf.txt")}:3:`, /expected a title line/);
});

test("hf-text: invalid UTF-8 names the line", () => {
  assertIngestError(() => parseHfText(fixture("bad-utf8.txt")), `${fixture("bad-utf8.txt")}:7:`, /not valid UTF-8/);
});

test("hf-text: streams (yields the first paper before reading a bad tail)", () => {
  const f = write("tail.txt", "T1\nA1\n" + "x".repeat(10) + "\n");
  const it = parseHfText(f)[Symbol.iterator]();
  assert.equal(it.next().value?.title, "T1");
  assert.throws(() => it.next(), /tail\.txt:3: title without an abstract/);
});
