// Hugging Face papers listing, as copied from the page: two header lines ("Get trending papers in your
// email inbox..."), then a title line and an abstract line per paper. The first title is glued to the
// button text "Subscribe". Ids are hf-NNN by 0-based position. Streams the file; blank lines are skipped.
import { readLines, type Line } from "./read-file";
import { toPaper } from "./record";
import { IngestError, type PaperInput } from "./types";

export const HF_HEADER = /^\s*Get trending papers/i;
const SUBSCRIBE = /^\s*Subscribe(?=\S|\s*$)/;
const MAX_TITLE = 500;

export function hfId(index: number): string {
  return `hf-${String(index).padStart(3, "0")}`;
}

export function* parseHfText(file: string): Generator<PaperInput> {
  let index = 0;
  let title: Line | null = null;
  let inHeader = true;
  for (const line of readLines(file)) {
    if (line.text.trim() === "") continue;
    if (inHeader && HF_HEADER.test(line.text)) continue;
    if (inHeader) {
      inHeader = false;
      const stripped = line.text.replace(SUBSCRIBE, "");
      if (stripped.trim() === "") continue; // "Subscribe" on a line of its own
      line.text = stripped;
    }
    if (title === null) {
      if (line.text.length > MAX_TITLE) {
        throw new IngestError(file, line.no, `expected a title line, found ${line.text.length} characters of text ` +
          "(is this a Hugging Face papers listing? titles and abstracts alternate line by line)");
      }
      title = line;
      continue;
    }
    const paper = toPaper({ id: hfId(index), title: title.text, abstract: line.text });
    if (typeof paper === "string") throw new IngestError(file, line.no, paper);
    index++;
    title = null;
    yield paper;
  }
  if (title !== null) throw new IngestError(file, title.no, "title without an abstract line after it (file truncated?)");
}
