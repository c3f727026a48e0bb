import { test } from "node:test";
import assert from "node:assert/strict";
import { contentHash } from "./content-hash";

test("content hash: case and whitespace do not matter, words and the title/abstract split do", () => {
  const h = contentHash("A Title", "An  abstract.\n");
  assert.match(h, /^[0-9a-f]{64}$/);
  assert.equal(contentHash(" a  TITLE ", "an abstract."), h);
  assert.notEqual(contentHash("A Title", "An abstract!"), h);
  assert.notEqual(contentHash("A", "Title An abstract."), h);
  assert.notEqual(contentHash("A Title An", "abstract."), contentHash("A Title", "An abstract."));
});
