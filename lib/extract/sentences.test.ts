import { test } from "node:test";
import assert from "node:assert/strict";
import { splitSentences } from "./sentences";

const parts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

test("splits on periods but not decimals or abbreviations", () => {
  const t = "We reach 1.24 FID, e.g. on ImageNet. It is 2.2x faster (vs. MAR). Done!";
  assert.deepEqual(parts(t), ["We reach 1.24 FID, e.g. on ImageNet.", "It is 2.2x faster (vs. MAR).", "Done!"]);
});

test("splits a glued boundary and keeps offsets exact", () => {
  const t = "It is more practical.We evaluate it on COCO.";
  const s = splitSentences(t);
  assert.equal(s.length, 2);
  assert.equal(t.slice(s[1].start, s[1].end), "We evaluate it on COCO.");
});

test("LaTeX \\eg does not end a sentence", () => {
  assert.equal(parts("Gap narrows (\\eg. ELMER vs BART). Next one.").length, 2);
});
