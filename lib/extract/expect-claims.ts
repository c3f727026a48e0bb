// Test support: extract from an invented sentence and assert the exact claims (only the fields a case lists).
import assert from "node:assert/strict";
import { extract } from "./index";
import type { ExtractedClaim } from "./types";

export type Want = Partial<ExtractedClaim>;

/** Claims of one abstract, each checked to carry its exact evidence span. */
export function extractChecked(abstract: string, title = "Foo: A Test Paper"): ExtractedClaim[] {
  const cs = extract({ id: "t", title, abstract });
  for (const c of cs) assert.equal(abstract.slice(c.start, c.end), c.evidence, "evidence is the exact span");
  return cs;
}

/** The abstract yields exactly these claims, in order; each listed field must match. */
export function expectClaims(abstract: string, want: Want[], title?: string): void {
  const got = extractChecked(abstract, title);
  assert.equal(got.length, want.length, `claims: ${JSON.stringify(got.map((c) => [c.kind, c.value, c.metric, c.dataset]))}`);
  const pick = (c: ExtractedClaim, w: Want) => Object.fromEntries(Object.keys(w).map((k) => [k, c[k as keyof ExtractedClaim]]));
  want.forEach((w, i) => assert.deepEqual(pick(got[i], w), w));
}
