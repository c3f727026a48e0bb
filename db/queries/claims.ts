// Machine claims: replaced wholesale per paper on re-extraction. Human decisions (claim_decisions) are
// never touched; they point at claims by fingerprint, which stays the same when the same text yields the
// same claim again.
import { createHash } from "node:crypto";
import { z } from "zod";
import type { ExtractedClaim } from "../../lib/extract/types";
import { datasetSlug, metricSlug } from "../../lib/vocab";
import type { Db } from "../client";
import { paramsCount } from "./params-count";
import { stmt } from "./statement";

export { paramsCount } from "./params-count";

/** The extractor's output, checked at the boundary before it is stored. */
export const ClaimRecord = z.object({
  kind: z.enum(["result", "speedup", "delta"]),
  metric: z.string().nullable(),
  value: z.number().refine(Number.isFinite, "value must be finite"),
  value_high: z.number().refine(Number.isFinite, "value_high must be finite").nullable(),
  unit: z.string().nullable(),
  dataset: z.string().nullable(),
  method: z.string().nullable(),
  role: z.enum(["proposed", "baseline"]),
  qualifier: z.enum(["up to", "about", "over", "at least"]).nullable(),
  params: z.string().nullable(),
  vs: z.string().nullable(),
  evidence: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  confidence: z.number().min(0).max(1),
});

/** sha256 of the paper's content hash + kind + value + value_high + start + end. */
export function claimFingerprint(paperHash: string, c: Pick<ExtractedClaim, "kind" | "value" | "value_high" | "start" | "end">): string {
  return createHash("sha256")
    .update([paperHash, c.kind, c.value, c.value_high ?? "", c.start, c.end].join("\u001f"))
    .digest("hex");
}

const INSERT = `INSERT INTO claims (paper_id, kind, metric, metric_slug, value, value_high, unit, dataset, dataset_slug,
  method, role, qualifier, params, params_count, vs, evidence, start, end, confidence, fingerprint, extractor_version)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

export interface PaperClaims {
  paperId: number;
  claims: readonly ExtractedClaim[];
}

/**
 * Replaces the machine claims of the given papers with new ones and marks the papers as extracted by
 * `version`, in one transaction. Returns the number of claims stored. Throws (storing nothing) when a claim
 * is malformed.
 */
export function replaceMachineClaimsBatch(db: Db, batch: readonly PaperClaims[], version: string): number {
  const hashOf = stmt(db, "SELECT content_hash AS h FROM papers WHERE id = ?");
  const del = stmt(db, "DELETE FROM claims WHERE paper_id = ?");
  const ins = stmt(db, INSERT);
  const mark = stmt(db, "UPDATE papers SET extractor_version = ? WHERE id = ?");
  const run = db.$client.transaction(() => {
    let stored = 0;
    for (const { paperId, claims } of batch) {
      const row = hashOf.get(paperId) as { h: string } | undefined;
      if (!row) throw new Error(`replaceMachineClaims: no paper with id ${paperId}`);
      del.run(paperId);
      for (const raw of claims) {
        const r = ClaimRecord.safeParse(raw);
        if (!r.success) throw new Error(`paper ${paperId}: bad claim from the extractor (${r.error.issues[0].message})`);
        const c = r.data;
        ins.run(paperId, c.kind, c.metric, c.metric ? metricSlug(c.metric) : "", c.value, c.value_high, c.unit, c.dataset,
          c.dataset ? datasetSlug(c.dataset) : "", c.method, c.role, c.qualifier, c.params, paramsCount(c.params), c.vs,
          c.evidence, c.start, c.end, c.confidence, claimFingerprint(row.h, c), version);
        stored++;
      }
      mark.run(version, paperId);
    }
    return stored;
  });
  return run.immediate();
}

/** replaceMachineClaimsBatch for one paper. */
export function replaceMachineClaims(db: Db, paperId: number, claims: readonly ExtractedClaim[], version: string): number {
  return replaceMachineClaimsBatch(db, [{ paperId, claims }], version);
}

export function countClaims(db: Db): number {
  return (stmt(db, "SELECT count(*) AS n FROM claims").get() as { n: number }).n;
}
