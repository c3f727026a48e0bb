// npm start: prepare the database (migrate, vocabulary, load the bundled corpus on first start, extract
// papers the current extractor version has not seen), build the app when there is no build or the sources are newer, then run `next start` on $PORT.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { dbPath } from "../db/client";
import { countPapers } from "../db/queries/papers";
import { extractStored } from "./commands/extract";
import { extractor } from "./commands/extractor";
import { ingestFiles } from "./commands/ingest";
import { processIo as io } from "./commands/io";
import { openCliDb } from "./commands/open-db";

const ROOT = join(__dirname, "..");
const CORPUS = "data/hf-papers-autoregressive.txt";
const SOURCES = ["app", "components", "lib", "db", "public", "next.config.js", "package.json", "postcss.config.mjs", "tsconfig.json"];

const Env = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  NEXT_DIST_DIR: z.string().min(1).default(".next"),
});

function say(line: string): void {
  process.stderr.write(`sotaboard: ${line}\n`);
}

export function prepareDatabase(): void {
  const file = dbPath();
  const db = openCliDb(file);
  try {
    const papers = countPapers(db);
    if (papers > 0) say(`database ${file}: ${papers} papers`);
    else {
      say(`database ${file} is empty: loading ${CORPUS}`);
      const [r] = ingestFiles(db, [CORPUS], "hf-text", { ...io, out: say });
      if (r.error) throw new Error(r.error);
    }
    // first start, or papers not yet extracted by the current extractor version (after an upgrade)
    const x = extractStored(db, extractor, { all: false }, io);
    if (x.papers > 0) say(`extracted ${x.claims} claims from ${x.papers} papers (extractor ${x.version})`);
  } finally {
    db.$client.close();
  }
}

/** Newest modification time (ms) among the app's source files. */
function newestSource(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const e of readdirSync(path)) {
    if (e === "node_modules" || e.startsWith(".") || e === "fixtures" || /\.test\.tsx?$/.test(e)) continue;
    newest = Math.max(newest, newestSource(join(path, e)));
  }
  return newest;
}

function ensureBuild(distDir: string): void {
  const buildId = join(ROOT, distDir, "BUILD_ID");
  let why: string | null = null;
  if (!existsSync(buildId)) why = `no build in ${distDir}`;
  else if (Math.max(...SOURCES.map((s) => newestSource(join(ROOT, s)))) > statSync(buildId).mtimeMs) why = "sources changed since the last build";
  if (!why) {
    say(`using the build in ${distDir}`);
    return;
  }
  say(`${why}: running next build (about 20 s)`);
  const r = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], { cwd: ROOT, stdio: "inherit", env: process.env });
  if (r.status !== 0) throw new Error(`next build failed (exit ${r.status ?? r.signal})`);
}

function serve(port: number): void {
  say(`starting on http://localhost:${port}`);
  const child = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "start", "-p", String(port)], {
    cwd: ROOT, stdio: "inherit", env: process.env,
  });
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(sig, () => child.kill(sig));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 128 + (signal === "SIGINT" ? 2 : 15) : 1)));
}

function main(): void {
  process.chdir(ROOT); // npm runs scripts here anyway; relative paths (SOTABOARD_DB, the corpus) start here
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const env = Env.safeParse(process.env);
  if (!env.success) throw new Error(`bad environment: ${env.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  prepareDatabase();
  ensureBuild(env.data.NEXT_DIST_DIR);
  serve(env.data.PORT);
}

if (require.main === module) {
  try {
    main();
  } catch (e) {
    say(`cannot start: ${String((e as Error).message ?? e).replace(/\s+/g, " ")}`);
    process.exit(1);
  }
}
