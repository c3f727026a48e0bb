// JSONL: one JSON object per line ({id, title, abstract, url?, published?, authors?}); blank lines skipped.
// Streams the file: memory does not grow with its size.
import { readLines } from "./read-file";
import { toPaper } from "./record";
import { IngestError, type PaperInput } from "./types";

export function* parseJsonl(file: string): Generator<PaperInput> {
  for (const { no, text } of readLines(file)) {
    if (text.trim() === "") continue;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      throw new IngestError(file, no, `not valid JSON (${(e as Error).message})`);
    }
    const paper = toPaper(raw);
    if (typeof paper === "string") throw new IngestError(file, no, paper);
    yield paper;
  }
}
