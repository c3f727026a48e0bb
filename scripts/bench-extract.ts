// Extractor benchmark: ≥100,000 synthetic abstracts recombined from the bundled corpus's sentences
// (deterministic seed), extracted in this process; reports the median of several runs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadavg } from "node:os";
import { extract } from "../lib/extract/index";
import { splitSentences } from "../lib/extract/sentences";
import type { PaperText } from "../lib/extract/types";
import { mulberry32 } from "./bench-random";

export interface ExtractBenchOptions {
  abstracts?: number;
  runs?: number;
  seed?: number;
  corpus?: string;
  log?: (line: string) => void;
}

export interface ExtractBenchResult {
  abstracts: number;
  runs: number;
  abstractsPerSec: number;
  claimsPerSec: number;
  /** abstracts per second of this process's CPU time (robust when the machine is shared) */
  abstractsPerCpuSec: number;
  claims: number;
  peakRssMB: number;
}


/** Titles and sentences of the bundled corpus (hf-text: two header lines, then title / abstract line pairs). */
function corpusParts(file: string): { titles: string[]; sentences: string[] } {
  const lines = readFileSync(file, "utf8").split(/\r?\n/).slice(2).filter((l) => l.trim());
  const titles: string[] = [];
  const sentences: string[] = [];
  for (let i = 0; i + 1 < lines.length; i += 2) {
    titles.push(lines[i].replace(/^Subscribe/, "").trim());
    const a = lines[i + 1].trim();
    for (const s of splitSentences(a)) sentences.push(a.slice(s.start, s.end));
  }
  return { titles, sentences };
}

export function makeAbstracts(n: number, seed: number, corpus: string): PaperText[] {
  const { titles, sentences } = corpusParts(corpus);
  const rnd = mulberry32(seed);
  const out: PaperText[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const k = 5 + Math.floor(rnd() * 6);
    const parts: string[] = [];
    for (let j = 0; j < k; j++) parts.push(sentences[Math.floor(rnd() * sentences.length)]);
    out[i] = { id: `bench-${i}`, title: titles[Math.floor(rnd() * titles.length)], abstract: parts.join(" ") };
  }
  return out;
}

export function runExtractBench(opts: ExtractBenchOptions = {}): ExtractBenchResult {
  const n = opts.abstracts ?? 100_000;
  const runs = opts.runs ?? 3;
  const log = opts.log ?? ((l: string) => console.log(l));
  const corpus = opts.corpus ?? join(__dirname, "..", "data", "hf-papers-autoregressive.txt");
  const papers = makeAbstracts(n, opts.seed ?? 42, corpus);
  log(`extract bench: ${n} synthetic abstracts (seed ${opts.seed ?? 42}), ${runs} runs`);
  for (let i = 0; i < Math.min(2000, n); i++) extract(papers[i]); // warm-up
  const rates: { aps: number; cps: number; apcs: number; claims: number }[] = [];
  for (let r = 0; r < runs; r++) {
    let claims = 0;
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) claims += extract(papers[i]).length;
    const sec = Number(process.hrtime.bigint() - t0) / 1e9;
    const cu = process.cpuUsage(c0);
    const cpu = (cu.user + cu.system) / 1e6;
    rates.push({ aps: n / sec, cps: claims / sec, apcs: n / cpu, claims });
    log(`  run ${r + 1}: ${(n / sec).toFixed(0)} abstracts/s, ${(claims / sec).toFixed(0)} claims/s (${claims} claims, ${sec.toFixed(2)} s wall, ${cpu.toFixed(2)} s CPU → ${(n / cpu).toFixed(0)} abstracts/CPU-s)`);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const med = { aps: median(rates.map((r) => r.aps)), cps: median(rates.map((r) => r.cps)), apcs: median(rates.map((r) => r.apcs)), claims: rates[0].claims };
  const peakRssMB = process.resourceUsage().maxRSS / 1024;
  const res = { abstracts: n, runs, abstractsPerSec: med.aps, claimsPerSec: med.cps, abstractsPerCpuSec: med.apcs, claims: med.claims, peakRssMB };
  const load = loadavg()[0];
  log(`extract: median ${med.aps.toFixed(0)} abstracts/s, ${med.cps.toFixed(0)} claims/s, ${med.apcs.toFixed(0)} abstracts/CPU-s, peak RSS ${peakRssMB.toFixed(0)} MB (target ≥ 5000 abstracts/s; load average ${load.toFixed(1)})`);
  return res;
}

if (require.main === module) runExtractBench();
