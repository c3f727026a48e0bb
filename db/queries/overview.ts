// Overview (/) queries: corpus counts and the largest leaderboards with their best few rows.
// Counts are served by indexes: claims by kind → claims_kind_metric; papers → its primary key.
import type { Db } from "../client";
import { boardClaims, listBoardPairs, type BoardClaim, type BoardPair } from "./leaderboards";
import { metricDirection } from "@/lib/vocab";

export interface CorpusCounts {
  papers: number;
  claims: number;
  byKind: { result: number; speedup: number; delta: number };
  leaderboards: number;
}

type Stmt = ReturnType<Db["$client"]["prepare"]>;
const cache = new WeakMap<object, Map<string, Stmt>>();
function stmt(db: Db, sql: string): Stmt {
  let m = cache.get(db.$client);
  if (!m) cache.set(db.$client, (m = new Map()));
  let s = m.get(sql);
  if (!s) m.set(sql, (s = db.$client.prepare(sql)));
  return s;
}

/** Papers, claims (total and per kind). */
export function corpusCounts(db: Db, boards?: readonly BoardPair[]): CorpusCounts {
  const papers = (stmt(db, "SELECT count(*) AS n FROM papers").get() as { n: number }).n;
  const kinds = stmt(db, "SELECT kind, count(*) AS n FROM claims GROUP BY kind").all() as { kind: string; n: number }[];
  const byKind = { result: 0, speedup: 0, delta: 0 };
  for (const k of kinds) if (k.kind in byKind) byKind[k.kind as keyof typeof byKind] = k.n;
  return {
    papers,
    claims: byKind.result + byKind.speedup + byKind.delta,
    byKind,
    leaderboards: (boards ?? listBoardPairs(db)).length,
  };
}

export interface BoardPreview extends BoardPair {
  direction: "lower" | "higher";
  /** best claim per method, best first, at most `perBoard` */
  top: Pick<BoardClaim, "id" | "method" | "value" | "role" | "paperTitle">[];
}

/** The `n` largest leaderboards (most methods, then claims), each with its best value per method. */
export function largestBoards(db: Db, n = 6, perBoard = 5, boards?: readonly BoardPair[]): BoardPreview[] {
  return (boards ?? listBoardPairs(db)).slice(0, n).map((b) => {
    const direction = metricDirection(b.metric);
    const seen = new Set<string>();
    const top: BoardPreview["top"] = [];
    for (const c of boardClaims(db, b.datasetSlug, b.metricSlug, direction, 200)) {
      const key = (c.method ?? `#${c.paperId}`).toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      top.push({ id: c.id, method: c.method, value: c.value, role: c.role, paperTitle: c.paperTitle });
      if (top.length >= perBoard) break;
    }
    return { ...b, direction, top };
  });
}
