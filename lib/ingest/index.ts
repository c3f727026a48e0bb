// Reading papers from input files: one parser per format, every record validated with zod.
// readPapers throws IngestError (one line, naming the file and line or record) on any bad input.
import { statSync } from "node:fs";
import { parseArxivAtom } from "./parse-arxiv-atom";
import { parseCsv } from "./parse-csv";
import { parseHfText } from "./parse-hf-text";
import { parseJson } from "./parse-json";
import { parseJsonl } from "./parse-jsonl";
import { sniffFormat } from "./sniff-format";
import { FORMATS, IngestError, type Format, type PaperInput } from "./types";

export { FORMATS, IngestError, normaliseText, type Format, type PaperInput } from "./types";
export { contentHash } from "./content-hash";
export { sniffFormat } from "./sniff-format";

const PARSERS: Record<Exclude<Format, "auto">, (file: string) => Iterable<PaperInput>> = {
  "hf-text": parseHfText,
  jsonl: parseJsonl,
  json: parseJson,
  csv: parseCsv,
  "arxiv-atom": parseArxivAtom,
};

/**
 * The papers of one file, in file order. Streams JSONL and hf-text; throws IngestError
 * (possibly after yielding some papers: callers that store should buffer or use a transaction).
 * A file with no papers is an error.
 */
export function* readPapers(file: string, format: Format = "auto"): Iterable<PaperInput> {
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new IngestError(file, null, `unknown format "${format}" (expected one of ${FORMATS.join(", ")})`);
  }
  const fmt = format === "auto" ? sniffFormat(file) : format;
  let n = 0;
  for (const p of PARSERS[fmt](file)) {
    n++;
    yield p;
  }
  if (n === 0) throw new IngestError(file, null, isEmpty(file) ? "empty file" : `no papers in the file (read as ${fmt})`);
}

function isEmpty(file: string): boolean {
  try {
    return statSync(file).size === 0;
  } catch {
    return false;
  }
}
