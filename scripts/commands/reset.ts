// `cli reset [--yes]`: empties the database. Without --yes it asks on a terminal, and refuses otherwise.
import { createInterface } from "node:readline/promises";
import type { Db } from "../../db/client";
import { resetDatabase } from "../../db/queries/reset";
import { getStats } from "../../db/queries/stats";
import type { Io } from "./io";

export async function resetCommand(db: Db, file: string, yes: boolean, io: Io): Promise<number> {
  const s = getStats(db);
  const what = `${s.papers} papers, ${s.claims} claims and ${s.decisions} human decisions`;
  if (!yes) {
    if (!process.stdin.isTTY) {
      io.err(`reset: would delete ${what} from ${file}; pass --yes to confirm (stdin is not a terminal)`);
      return 1;
    }
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    const answer = await rl.question(`Delete ${what} from ${file}? [y/N] `);
    rl.close();
    if (!/^y(es)?$/i.test(answer.trim())) {
      io.err("reset: nothing deleted");
      return 1;
    }
  }
  const r = resetDatabase(db);
  io.out(`reset: deleted ${r.papers} papers, ${r.claims} claims, ${r.decisions} decisions from ${file}`);
  return 0;
}
