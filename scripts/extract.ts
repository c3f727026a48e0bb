// npm run -s extract -- FILE [--format auto|hf-text|jsonl|json|csv|arxiv-atom]
// One JSON object per claim per line on stdout (fields of CLAIM_FIELDS, in that order); progress on stderr.
import { Command, InvalidArgumentError } from "commander";
import { existsSync, readFileSync, statSync } from "node:fs";
import type { Format, PaperInput } from "../lib/ingest/types";
import { extract, EXTRACTOR_VERSION } from "../lib/extract/index";
import { CLAIM_FIELDS, type ExtractedClaim } from "../lib/extract/types";

const FORMATS = ["auto", "hf-text", "jsonl", "json", "csv", "arxiv-atom"] as const;

type Reader = (file: string, format?: Format) => Iterable<PaperInput>;

/** lib/ingest's readPapers; a minimal JSONL / hf-text reader only while that module cannot be loaded. */
function loadReader(): Reader {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require("../lib/ingest/index") as { readPapers: Reader }).readPapers;
  } catch {
    return fallbackRead;
  }
}

function* fallbackRead(file: string, format: Format = "auto"): Iterable<PaperInput> {
  const text = readFileSync(file, "utf8");
  const fmt = format === "auto" ? (/\.txt$/i.test(file) ? "hf-text" : "jsonl") : format;
  const lines = text.split(/\r?\n/);
  if (fmt === "hf-text") {
    const body = lines.slice(2).filter((l) => l.trim());
    for (let i = 0; i + 1 < body.length; i += 2) {
      const title = body[i].replace(/^Subscribe/, "").trim();
      yield { externalId: `hf-${String(i / 2).padStart(3, "0")}`, title, abstract: body[i + 1].replace(/\s+/g, " ").trim(), url: null, published: null, authors: [] };
    }
    return;
  }
  if (fmt !== "jsonl") throw new Error(`format ${fmt} needs lib/ingest`);
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    let o: { id?: unknown; title?: unknown; abstract?: unknown };
    try {
      o = JSON.parse(lines[i]);
    } catch (e) {
      throw new Error(`line ${i + 1}: not valid JSON (${(e as Error).message})`);
    }
    if (typeof o.abstract !== "string" || o.id == null) throw new Error(`line ${i + 1}: needs "id" and "abstract"`);
    yield { externalId: String(o.id), title: String(o.title ?? ""), abstract: o.abstract, url: null, published: null, authors: [] };
  }
}

export function claimLine(c: ExtractedClaim): string {
  const o: Record<string, unknown> = {};
  for (const f of CLAIM_FIELDS) o[f] = c[f];
  return JSON.stringify(o);
}

function main(argv: string[]): number {
  const program = new Command()
    .name("extract")
    .description("Extract reported numbers (results, speedups, deltas) from paper abstracts as JSONL")
    .argument("<file>", "input file of papers")
    .option("-f, --format <format>", `input format: ${FORMATS.join(", ")}`, (v: string) => {
      if (!(FORMATS as readonly string[]).includes(v)) throw new InvalidArgumentError(`expected one of ${FORMATS.join(", ")}`);
      return v;
    }, "auto")
    .option("-q, --quiet", "no progress on stderr")
    .version(EXTRACTOR_VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => process.stderr.write(s), writeErr: (s) => process.stderr.write(s) });
  try {
    program.parse(argv, { from: "user" });
  } catch (e) {
    const code = (e as { exitCode?: number }).exitCode;
    return code === 0 ? 0 : 2;
  }
  const file = program.args[0];
  const opts = program.opts<{ format: Format; quiet?: boolean }>();
  if (!existsSync(file)) {
    process.stderr.write(`extract: ${file}: no such file\n`);
    return 2;
  }
  if (statSync(file).isDirectory()) {
    process.stderr.write(`extract: ${file}: is a directory, not a file of papers\n`);
    return 2;
  }
  const lines: string[] = [];
  let papers = 0;
  const t0 = process.hrtime.bigint();
  const readPapers = loadReader();
  try {
    for (const p of readPapers(file, opts.format)) {
      papers++;
      for (const c of extract({ id: p.externalId, title: p.title, abstract: p.abstract })) lines.push(claimLine(c));
      if (!opts.quiet && papers % 50000 === 0) process.stderr.write(`extract: ${papers} papers, ${lines.length} claims\n`);
    }
  } catch (e) {
    // nothing of a bad file is written: claims are printed only once the whole file has been read
    const m = (e as Error).message ?? String(e);
    const msg = ((e as Error).name === "IngestError" || m.startsWith(file) ? m : `${file}: ${m}`).replace(/\s+/g, " ");
    process.stderr.write(`extract: ${msg}\n`);
    return 1;
  }
  const CHUNK = 2000;
  for (let i = 0; i < lines.length; i += CHUNK) process.stdout.write(lines.slice(i, i + CHUNK).join("\n") + "\n");
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (!opts.quiet) process.stderr.write(`extract: ${papers} papers, ${lines.length} claims in ${ms.toFixed(0)} ms (extractor ${EXTRACTOR_VERSION})\n`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
