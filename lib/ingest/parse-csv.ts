// CSV with a header row naming the columns id, title, abstract (required) and url, published, authors
// (optional; other columns are ignored). Parsed whole with csv-parse.
import { parse } from "csv-parse/sync";
import { readText } from "./read-file";
import { toPaper } from "./record";
import { IngestError, type PaperInput } from "./types";

const REQUIRED = ["id", "title", "abstract"];
const OPTIONAL = ["url", "published", "authors"];

interface Row {
  record: Record<string, string>;
  info: { lines: number };
}

export function* parseCsv(file: string): Generator<PaperInput> {
  const text = readText(file);
  if (text.trim() === "") throw new IngestError(file, null, "empty file");
  let rows: Row[];
  try {
    rows = parse(text, {
      columns: (header: string[]) => checkHeader(file, header),
      info: true,
      bom: true,
      skip_empty_lines: true,
    }) as Row[];
  } catch (e) {
    if (e instanceof IngestError) throw e;
    const err = e as Error & { lines?: number };
    throw new IngestError(file, err.lines ?? null, `not valid CSV (${err.message})`);
  }
  for (const { record, info } of rows) {
    const paper = toPaper(pick(record));
    if (typeof paper === "string") throw new IngestError(file, info.lines, paper);
    yield paper;
  }
}

function checkHeader(file: string, header: string[]): string[] {
  const names = header.map((h) => h.trim().toLowerCase());
  const missing = REQUIRED.filter((c) => !names.includes(c));
  if (missing.length > 0) {
    throw new IngestError(file, 1, `header row lacks column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}` +
      ` (found: ${header.join(", ") || "nothing"}; expected id, title, abstract[, ${OPTIONAL.join(", ")}])`);
  }
  return names;
}

function pick(record: Record<string, string>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const c of [...REQUIRED, ...OPTIONAL]) out[c] = record[c];
  return out;
}
