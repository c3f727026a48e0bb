import { test } from "node:test";
import assert from "node:assert/strict";
import { qualifierBefore } from "./qualifiers";

test("normalises the written hedges", () => {
  assert.equal(qualifierBefore("delivering speedups of up to ", null), "up to");
  assert.equal(qualifierBefore("gains as much as ", null), "up to");
  assert.equal(qualifierBefore("running approximately ", null), "about");
  assert.equal(qualifierBefore("we get ", "~"), "about");
  assert.equal(qualifierBefore("with more than ", null), "over");
  assert.equal(qualifierBefore("completely fail with FID", ">"), "over");
  assert.equal(qualifierBefore("an average improvement of at least ", null), "at least");
  assert.equal(qualifierBefore("no less than ", null), "at least");
  assert.equal(qualifierBefore("achieves an approximate improvement of ", null), "about");
  assert.equal(qualifierBefore("up to a ", "~"), "up to");
});

test("no hedge, no qualifier", () => {
  assert.equal(qualifierBefore("achieves an FID of ", null), null);
  assert.equal(qualifierBefore("is ", null), null);
  assert.equal(qualifierBefore("moreover, it runs ", null), null);
});
