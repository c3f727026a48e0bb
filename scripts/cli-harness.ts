// Runs the real CLI in a child process against a given database file; for tests. Same as
// `npx tsx scripts/cli.ts ...` in one process (node --import tsx), minus npx's and tsx's wrapper processes.
import { execFile } from "node:child_process";
import { join } from "node:path";
import Database from "better-sqlite3";

export const ROOT = join(__dirname, "..");

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function cli(db: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["--import", "tsx", "scripts/cli.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, SOTABOARD_DB: db, NODE_NO_WARNINGS: "1", ...env },
      maxBuffer: 64 << 20,
    }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === "number" ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Everything a user can see in the database, as one comparable string. */
export function dump(db: string): string {
  const c = new Database(db, { readonly: true });
  try {
    const tables = ["papers", "claims", "claim_decisions", "metrics", "datasets"];
    return JSON.stringify(tables.map((t) => c.prepare(`SELECT * FROM ${t} ORDER BY id`).all()));
  } finally {
    c.close();
  }
}
