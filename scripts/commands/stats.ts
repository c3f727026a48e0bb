// `cli stats [--json]`: corpus counts.
import type { Db } from "../../db/client";
import { getStats, type Stats } from "../../db/queries/stats";
import type { Io } from "./io";

export function printStats(db: Db, json: boolean, io: Io): Stats {
  const s = getStats(db);
  if (json) {
    io.out(JSON.stringify(s));
    return s;
  }
  const d = s.decisionsByAction;
  io.out(`papers        ${s.papers} (${s.papersExtracted} extracted)`);
  io.out(`claims        ${s.claims} (${s.byKind.result} results, ${s.byKind.speedup} speedups, ${s.byKind.delta} deltas)`);
  io.out(`leaderboards  ${s.leaderboards}`);
  io.out(`decisions     ${s.decisions} (${d.verify} verified, ${d.edit} edited, ${d.reject} rejected, ${d.add} added)`);
  io.out(`vocabulary    ${s.metrics} metrics, ${s.datasets} datasets`);
  return s;
}
