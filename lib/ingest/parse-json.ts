// JSON: an array of {id, title, abstract, url?, published?, authors?} objects
// (or an object whose "papers" field is such an array). Parsed whole.
import { readText } from "./read-file";
import { toPaper } from "./record";
import { IngestError, type PaperInput } from "./types";

export function* parseJson(file: string): Generator<PaperInput> {
  const text = readText(file);
  if (text.trim() === "") throw new IngestError(file, null, "empty file");
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new IngestError(file, lineOf(text, e as Error), `not valid JSON (${(e as Error).message})`);
  }
  const list = Array.isArray(doc) ? doc : (doc as { papers?: unknown })?.papers;
  if (!Array.isArray(list)) throw new IngestError(file, null, "expected a JSON array of papers");
  for (let i = 0; i < list.length; i++) {
    const paper = toPaper(list[i]);
    if (typeof paper === "string") throw new IngestError(file, `record ${i + 1}${idOf(list[i])}`, paper);
    yield paper;
  }
}

function idOf(raw: unknown): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === "string" || typeof id === "number" ? ` (id ${JSON.stringify(id)})` : "";
}

/** Line of a JSON.parse error ("... at position 123"), when the message gives one. */
function lineOf(text: string, e: Error): number | null {
  const m = /position (\d+)/.exec(e.message);
  if (!m) return null;
  const pos = Number(m[1]);
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < pos; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
