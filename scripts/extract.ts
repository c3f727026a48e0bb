// npm run -s extract -- FILE [--format auto|hf-text|jsonl|json|csv|arxiv-atom]
// One JSON object per claim per line on stdout (fields of CLAIM_FIELDS, in that order); progress on stderr.
import { Command, InvalidArgumentError } from "commander";
import { existsSync, statSync } from "node:fs";
import { readPapers, IngestError, FORMATS, type Format } from "../lib/ingest/index";
import { extract, EXTRACTOR_VERSION } from "../lib/extract/index";
import { CLAIM_FIELDS, type ExtractedClaim } from "../lib/extract/types";

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
  try {
    for (const p of readPapers(file, opts.format)) {
      papers++;
      for (const c of extract({ id: p.externalId, title: p.title, abstract: p.abstract })) lines.push(claimLine(c));
      if (!opts.quiet && papers % 50000 === 0) process.stderr.write(`extract: ${papers} papers, ${lines.length} claims\n`);
    }
  } catch (e) {
    // nothing of a bad file is written: claims are printed only once the whole file has been read
    const msg = e instanceof IngestError ? e.message : `${file}: ${(e as Error).message ?? String(e)}`.replace(/\s+/g, " ");
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
