import { test } from "node:test";
import assert from "node:assert/strict";
import { proposedMethod, titleName, nameLike, isOwn } from "./methods";

test("name from the title prefix", () => {
  assert.equal(titleName("ZetaGen: Fast Image Synthesis"), "ZetaGen");
  assert.equal(titleName("Quill 2B: A Small Model"), "Quill 2B");
  assert.equal(titleName("Beyond Tokens: Something"), null);
  assert.equal(titleName("Learning to Generate Images with Many Words: A Study"), null);
});

test("name from 'we propose / introduce', acronym in parentheses, 'termed'", () => {
  assert.equal(proposedMethod("A study of decoding", "We propose Shallow Parallel Decoding (SPD), a method."), "SPD");
  assert.equal(proposedMethod("A study of decoding", "In this paper, we introduce HyperTok, a tokenizer."), "HyperTok");
  assert.equal(proposedMethod("A study of decoding", "We design a fast parallel decoder, termed Rapido."), "Rapido");
  assert.equal(proposedMethod("A study of decoding", "We study how decoding works."), null);
});

test("name shapes and variants", () => {
  assert.ok(nameLike("xAR-H") && nameLike("d1") && nameLike("LANTERN++") && nameLike("KALL-E"));
  assert.ok(!nameLike("the") && !nameLike("two-stage") && !nameLike("AR") && !nameLike("A100"));
  assert.ok(isOwn("SphereAR-B", "SphereAR") && isOwn("Multiverse-32B", "Multiverse"));
  assert.ok(!isOwn("tokens", "Token") && !isOwn("MAR-B", "ARINAR"));
});
