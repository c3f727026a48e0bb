// Empties the database: papers, claims and human decisions (the vocabulary tables are re-synced anyway).
import type { Db } from "../client";
import { stmt } from "./statement";

export interface ResetResult {
  papers: number;
  claims: number;
  decisions: number;
}

export function resetDatabase(db: Db): ResetResult {
  const run = db.$client.transaction(() => ({
    decisions: stmt(db, "DELETE FROM claim_decisions").run().changes,
    claims: stmt(db, "DELETE FROM claims").run().changes,
    papers: stmt(db, "DELETE FROM papers").run().changes,
  }));
  const res = run.immediate();
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  return res;
}
