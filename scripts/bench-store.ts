// Store benchmark: N synthetic abstracts (sentences of the bundled corpus recombined, deterministic) written
// as JSONL to a temp dir, ingested through the CLI's code path into a temp database, then extracted and
// stored. Reports abstracts/s per phase and end to end, and the process's peak RSS.
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { countPapers } from "../db/queries/papers";
import { readPapers } from "../lib/ingest";
import { extractStored } from "./commands/extract";
import { extractor as ex } from "./commands/extractor";
import { ingestFiles } from "./commands/ingest";
import { processIo, type Io } from "./commands/io";
import { openCliDb } from "./commands/open-db";
import { mulberry32 } from "./bench-random";

export interface StoreBenchOptions {
  abstracts?: number;
  runs?: number;
  seed?: number;
  log?: (line: string) => void;
}

export interface StoreBenchRun {
  ingestPerSec: number;
  extractPerSec: number;
  endToEndPerSec: number;
  papers: number;
  claims: number;
}


/** Writes n abstracts as JSONL, 5–10 corpus sentences each, streaming (flat memory). */
export function writeSyntheticJsonl(file: string, n: number, seed: number): void {
  const corpus = [...readPapers(join(__dirname, "../data/hf-papers-autoregressive.txt"), "hf-text")];
  const titles = corpus.map((p) => p.title);
  const sentences = corpus.flatMap((p) => p.abstract.split(/(?<=[.!?])\s+(?=[A-Z(])/));
  const rnd = mulberry32(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const fd = openSync(file, "w");
  try {
    let buf: string[] = [];
    for (let i = 0; i < n; i++) {
      const k = 5 + Math.floor(rnd() * 6);
      const parts: string[] = [];
      for (let j = 0; j < k; j++) parts.push(pick(sentences));
      buf.push(JSON.stringify({ id: `bench-${i}`, title: `${pick(titles)} (${i})`, abstract: parts.join(" ") }));
      if (buf.length === 5000 || i === n - 1) {
        writeSync(fd, `${buf.join("\n")}\n`);
        buf = [];
      }
    }
  } finally {
    closeSync(fd);
  }
}

export function runStoreBench(opts: StoreBenchOptions = {}): StoreBenchRun {
  const n = opts.abstracts ?? 100_000;
  const runs = opts.runs ?? 3;
  const log = opts.log ?? ((l: string) => console.log(l));
  const dir = mkdtempSync(join(tmpdir(), "sotaboard-bench-"));
  const io: Io = { out: () => {}, err: processIo.err, tty: processIo.tty };
  try {
    const jsonl = join(dir, "papers.jsonl");
    writeSyntheticJsonl(jsonl, n, opts.seed ?? 42);
    log(`store bench: ${n} synthetic abstracts (seed ${opts.seed ?? 42}), ${runs} runs, extractor ${ex.EXTRACTOR_VERSION}`);
    const results: StoreBenchRun[] = [];
    for (let r = 0; r < runs; r++) {
      const db = openCliDb(join(dir, `run-${r}.db`));
      const t0 = performance.now();
      const [ing] = ingestFiles(db, [jsonl], "jsonl", io);
      if (ing.error) throw new Error(ing.error);
      const t1 = performance.now();
      const x = extractStored(db, ex, { all: false, batch: 2000 }, io);
      const t2 = performance.now();
      const papers = countPapers(db);
      db.$client.close();
      rmSync(join(dir, `run-${r}.db`), { force: true });
      const run = { ingestPerSec: n / ((t1 - t0) / 1000), extractPerSec: n / ((t2 - t1) / 1000), endToEndPerSec: n / ((t2 - t0) / 1000), papers, claims: x.claims };
      results.push(run);
      log(`  run ${r + 1}: ingest ${run.ingestPerSec.toFixed(0)}/s, extract+store ${run.extractPerSec.toFixed(0)}/s, ` +
        `end to end ${run.endToEndPerSec.toFixed(0)} abstracts/s (${papers} papers, ${x.claims} claims, ${((t2 - t0) / 1000).toFixed(1)} s)`);
    }
    const med = [...results].sort((a, b) => a.endToEndPerSec - b.endToEndPerSec)[Math.floor(results.length / 2)];
    const rss = process.resourceUsage().maxRSS / 1024;
    log(`store: median end to end ${med.endToEndPerSec.toFixed(0)} abstracts/s (ingest ${med.ingestPerSec.toFixed(0)}/s, ` +
      `extract+store ${med.extractPerSec.toFixed(0)}/s), peak RSS ${rss.toFixed(0)} MB (limit 1024 MB at 1,000,000 abstracts)`);
    return med;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const n = Number(process.argv[2] ?? 100_000);
  runStoreBench({ abstracts: n, runs: Number(process.argv[3] ?? 3) });
}
