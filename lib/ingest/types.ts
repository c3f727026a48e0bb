// The ingest contract: the input formats, one paper as read from a file, and the one error type.
export const FORMATS = ["auto", "hf-text", "jsonl", "json", "csv", "arxiv-atom"] as const;
export type Format = (typeof FORMATS)[number];

/** One paper as read from an input file; title and abstract have their whitespace collapsed. */
export interface PaperInput {
  /** id as given by the input (hf-NNN, arXiv id, JSONL/CSV id) */
  externalId: string;
  title: string;
  abstract: string;
  url: string | null;
  /** date as given (YYYY-MM-DD or ISO timestamp), or null */
  published: string | null;
  authors: string[];
}

/**
 * A bad input file. `message` is one line naming the file and the line or record:
 * `papers.jsonl:3: not valid JSON (Unexpected token ...)` (a line number) or
 * `papers.json: record 3: missing "title"` (a record or entry).
 */
export class IngestError extends Error {
  constructor(
    readonly file: string,
    readonly where: string | number | null,
    readonly reason: string,
  ) {
    super(`${file}${where === null ? "" : typeof where === "number" ? `:${where}` : `: ${where}`}: ${oneLine(reason)}`);
    this.name = "IngestError";
  }
}

export function oneLine(s: string): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > 200 ? `${t.slice(0, 197)}...` : t;
}

/** Collapse runs of whitespace (line breaks included) to one space and trim. */
export function normaliseText(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}
