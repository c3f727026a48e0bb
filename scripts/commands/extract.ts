// `cli extract [--all]`: runs the extractor over stored papers (by default only those not yet extracted by
// the current EXTRACTOR_VERSION) and stores their claims, a batch of papers per transaction.
import type { Db } from "../../db/client";
import { replaceMachineClaimsBatch, type PaperClaims } from "../../db/queries/claims";
import { countPapersToExtract, papersToExtract } from "../../db/queries/papers";
import type { Extractor } from "./extractor";
import type { Io } from "./io";
import { progress } from "./progress";

export interface ExtractResult {
  papers: number;
  claims: number;
  failed: number;
  version: string;
}

export function extractStored(db: Db, ex: Extractor, opts: { all: boolean; batch?: number }, io: Io): ExtractResult {
  const version = ex.EXTRACTOR_VERSION;
  const total = countPapersToExtract(db, version, opts.all);
  const bar = progress(io, "extract", "papers", total);
  const limit = opts.batch ?? 2000;
  let afterId = 0;
  let papers = 0;
  let claims = 0;
  let failed = 0;
  for (;;) {
    const rows = papersToExtract(db, { version, all: opts.all, afterId, limit });
    if (rows.length === 0) break;
    const batch: PaperClaims[] = [];
    for (const p of rows) {
      try {
        batch.push({ paperId: p.id, claims: ex.extract({ id: p.externalId, title: p.title, abstract: p.abstract }) });
      } catch (e) {
        failed++;
        bar.stop();
        io.err(`extract: paper ${p.id} (${p.externalId}): extractor failed: ${String((e as Error).message ?? e).replace(/\s+/g, " ")}`);
      }
    }
    claims += replaceMachineClaimsBatch(db, batch, version);
    papers += batch.length;
    afterId = rows[rows.length - 1].id;
    bar.update(papers + failed);
  }
  bar.stop();
  return { papers, claims, failed, version };
}
