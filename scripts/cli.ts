// sotaboard's command line: npm run -s cli -- <ingest|extract|stats|reset> ...
// Every command opens the database (SOTABOARD_DB, default data/sotaboard.db, or --db), migrates it and
// syncs the vocabulary first. Results go to stdout; progress, warnings and errors to stderr.
import { Command, Option } from "commander";
import { dbPath } from "../db/client";
import { FORMATS, type Format } from "../lib/ingest";
import { extractStored } from "./commands/extract";
import { extractor } from "./commands/extractor";
import { ingestFiles } from "./commands/ingest";
import { processIo as io } from "./commands/io";
import { openCliDb } from "./commands/open-db";
import { resetCommand } from "./commands/reset";
import { printStats } from "./commands/stats";
import { registerExport } from "./commands/export";

const program = new Command("cli")
  .description("sotaboard: ingest paper abstracts, extract their claims, inspect the database")
  .option("--db <file>", "database file (default: $SOTABOARD_DB or data/sotaboard.db)")
  .showHelpAfterError();

function withDb<T>(cmd: Command, fn: (db: ReturnType<typeof openCliDb>, file: string) => T): T {
  const file = (cmd.optsWithGlobals() as { db?: string }).db ?? dbPath();
  const db = openCliDb(file);
  try {
    return fn(db, file);
  } finally {
    db.$client.close();
  }
}

program
  .command("ingest")
  .description("store the papers of one or more files (each file all or nothing; re-ingesting adds nothing)")
  .argument("<files...>", "input files")
  .addOption(new Option("-f, --format <format>", "input format").choices(FORMATS).default("auto"))
  .action((files: string[], opts: { format: Format }, cmd: Command) => {
    const results = withDb(cmd, (db) => ingestFiles(db, files, opts.format, io));
    if (results.some((r) => r.error)) process.exitCode = 1;
  });

program
  .command("extract")
  .description("extract claims from stored papers not yet extracted by the current extractor version")
  .option("--all", "re-extract every paper")
  .action((opts: { all?: boolean }, cmd: Command) => {
    const r = withDb(cmd, (db) => extractStored(db, extractor, { all: Boolean(opts.all) }, io));
    io.out(r.papers === 0 && r.failed === 0
      ? `extract: nothing to do, every paper is extracted by extractor ${r.version} (--all re-extracts)`
      : `extract: ${r.papers} papers, ${r.claims} claims stored (extractor ${r.version})` +
        (r.failed ? `; ${r.failed} papers failed` : ""));
    if (r.failed) process.exitCode = 1;
  });

program
  .command("stats")
  .description("corpus counts: papers, claims by kind, leaderboards, decisions")
  .option("--json", "one JSON object on stdout")
  .action((opts: { json?: boolean }, cmd: Command) => {
    withDb(cmd, (db) => printStats(db, Boolean(opts.json), io));
  });

program
  .command("reset")
  .description("delete every paper, claim and decision (asks first unless --yes)")
  .option("-y, --yes", "do not ask")
  .action(async (opts: { yes?: boolean }, cmd: Command) => {
    const file = (cmd.optsWithGlobals() as { db?: string }).db ?? dbPath();
    const db = openCliDb(file);
    try {
      process.exitCode = await resetCommand(db, file, Boolean(opts.yes), io);
    } finally {
      db.$client.close();
    }
  });

registerExport(program);

program.parseAsync(process.argv).catch((e: unknown) => {
  io.err(`cli: ${String((e as Error).message ?? e).replace(/\s+/g, " ")}`);
  process.exitCode = 1;
});
