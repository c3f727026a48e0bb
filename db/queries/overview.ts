// Overview (/) queries: the largest leaderboards with their best few rows (counts come from ./stats).
import type { Db } from "../client";
import { boardClaims, listBoardPairs, type BoardClaim, type BoardPair } from "./leaderboards";
import { metricDirection } from "@/lib/vocab";

export type { Stats as CorpusCounts } from "./stats";
export { getStats as corpusCounts } from "./stats";

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
