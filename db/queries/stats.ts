// Corpus statistics for `cli stats` (and anything else that wants the counts).
import type { Db } from "../client";
import { stmt } from "./statement";

export interface Stats {
  papers: number;
  claims: number;
  /** papers the extractor has processed (any version) */
  papersExtracted: number;
  byKind: { result: number; speedup: number; delta: number };
  /** distinct dataset + metric pairs among result claims */
  leaderboards: number;
  decisions: number;
  decisionsByAction: { verify: number; edit: number; reject: number; add: number };
  metrics: number;
  datasets: number;
}

const n = (db: Db, sql: string) => (stmt(db, sql).get() as { n: number }).n;

export function getStats(db: Db): Stats {
  const byKind = { result: 0, speedup: 0, delta: 0 };
  for (const r of stmt(db, "SELECT kind, count(*) AS n FROM claims GROUP BY kind").all() as { kind: keyof typeof byKind; n: number }[]) {
    byKind[r.kind] = r.n;
  }
  const decisionsByAction = { verify: 0, edit: 0, reject: 0, add: 0 };
  for (const r of stmt(db, "SELECT action, count(*) AS n FROM claim_decisions GROUP BY action").all() as { action: keyof typeof decisionsByAction; n: number }[]) {
    decisionsByAction[r.action] = r.n;
  }
  return {
    papers: n(db, "SELECT count(*) AS n FROM papers"),
    claims: byKind.result + byKind.speedup + byKind.delta,
    papersExtracted: n(db, "SELECT count(*) AS n FROM papers WHERE extractor_version IS NOT NULL"),
    byKind,
    leaderboards: n(db, `SELECT count(*) AS n FROM (SELECT 1 FROM claims
      WHERE kind = 'result' AND dataset_slug <> '' AND metric_slug <> '' GROUP BY dataset_slug, metric_slug)`),
    decisions: Object.values(decisionsByAction).reduce((a, b) => a + b, 0),
    decisionsByAction,
    metrics: n(db, "SELECT count(*) AS n FROM metrics"),
    datasets: n(db, "SELECT count(*) AS n FROM datasets"),
  };
}
