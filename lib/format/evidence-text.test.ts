import { test } from "node:test";
import assert from "node:assert/strict";
import { readableEvidence } from "./evidence-text";

test("LaTeX commands and delimiters read as Unicode", () => {
  assert.equal(readableEvidence("a $4.04\\times$ speedup"), "a 4.04× speedup");
  assert.equal(readableEvidence("reduces it by $25$-$75$\\%"), "reduces it by 25-75%");
  assert.equal(readableEvidence("En$\\to$De gains $\\sim$2 BLEU"), "En→De gains ∼2 BLEU");
  assert.equal(readableEvidence("contexts of $128\\mathrm{K}$ tokens"), "contexts of 128K tokens");
  assert.equal(readableEvidence("Chamfer distance ($\\times 10^{3}$)"), "Chamfer distance (× 10³)");
  assert.equal(readableEvidence("\\textsc{KV-Lattice} shrinks"), "KV-Lattice shrinks");
});

test("markdown emphasis and lost backslashes", () => {
  assert.equal(readableEvidence("up to **65x** faster"), "up to 65x faster");
  assert.equal(readableEvidence("running 2.2times faster"), "running 2.2× faster");
  assert.equal(readableEvidence("a 100timessim600times speedup"), "a 100×–600× speedup");
  assert.equal(readableEvidence("a ktimes k grouping"), "a k× k grouping");
});

test("plain text is unchanged", () => {
  const plain = "FID of 1.24 on ImageNet 256×256, 3.1× faster than MAR-H (943M)";
  assert.equal(readableEvidence(plain), plain);
  assert.equal(readableEvidence("sometimes times are hard"), "sometimes times are hard");
});
