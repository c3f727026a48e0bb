import { test } from "node:test";
import assert from "node:assert/strict";
import { highlightAnchors, highlightPieces, type Piece } from "./highlight-groups";

const text = (ps: Piece[]) => ps.map((p) => (p.type === "text" ? p.text : p.segments.map((s) => s.text).join(""))).join("");
const abstract = "We reach FID from 4.19 to 9.96 and run 2x faster.";

test("the pieces give back the abstract, nested spans are one group", () => {
  const ps = highlightPieces(abstract, [
    { id: 2, kind: "result", start: 9, end: 30 },
    { id: 1, kind: "result", start: 9, end: 22 },
    { id: 3, kind: "speedup", start: 39, end: 49 },
  ]);
  assert.equal(text(ps), abstract);
  const groups = ps.filter((p) => p.type === "group");
  assert.equal(groups.length, 2);
  assert.deepEqual(groups[0].type === "group" && groups[0].claimIds, [2, 1]);
  assert.deepEqual(groups[0].type === "group" && groups[0].segments.map((s) => [s.text, s.depth]), [["FID from 4.19", 2], [" to 9.96", 1]]);
  assert.equal(highlightAnchors(ps).get(1), "hl-2");
});

test("crossing spans merge; broken spans are dropped", () => {
  const ps = highlightPieces(abstract, [
    { id: 1, kind: "result", start: 3, end: 12 },
    { id: 2, kind: "delta", start: 9, end: 22 },
    { id: 3, kind: "delta", start: 40, end: 999 },
    { id: 4, kind: "delta", start: 5, end: 5 },
  ]);
  assert.equal(text(ps), abstract);
  const g = ps.filter((p) => p.type === "group");
  assert.equal(g.length, 1);
  assert.deepEqual(g[0].type === "group" && g[0].segments.map((s) => [s.text, s.kind, s.depth]), [
    ["reach ", "result", 1], ["FID", "result", 2], [" from 4.19", "delta", 1],
  ]);
});

test("no claims: the whole abstract is one text piece", () => {
  assert.deepEqual(highlightPieces(abstract, []), [{ type: "text", text: abstract }]);
});
