// --format auto: tell the format from the first bytes of the file, then from its extension.
import { closeSync, readSync } from "node:fs";
import { extname } from "node:path";
import { HF_HEADER } from "./parse-hf-text";
import { ioError, openOrThrow } from "./read-file";
import { IngestError, type Format } from "./types";

type Concrete = Exclude<Format, "auto">;

const BY_EXTENSION: Record<string, Concrete> = {
  ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv",
  ".xml": "arxiv-atom", ".atom": "arxiv-atom", ".txt": "hf-text",
};

function head(file: string, bytes = 64 * 1024): string {
  const fd = openOrThrow(file);
  try {
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return new TextDecoder("utf-8").decode(buf.subarray(0, n)).replace(/^\uFEFF/, "");
  } catch (e) {
    throw ioError(file, e);
  } finally {
    closeSync(fd);
  }
}

/** The format of a file by content, else by extension; IngestError when neither tells. */
export function sniffFormat(file: string): Concrete {
  const text = head(file);
  // a NUL byte in a file that still looks like one format is reported by its parser, with the line
  const byContent = sniffText(text);
  if (byContent) return byContent;
  const byExt = BY_EXTENSION[extname(file).toLowerCase()];
  if (byExt) return byExt;
  if (text.includes("\0")) throw new IngestError(file, null, "binary file (NUL byte), not text");
  if (text.trim() === "") throw new IngestError(file, null, "empty file");
  throw new IngestError(file, null, "cannot tell the format from the content or the extension; pass --format " +
    "hf-text|jsonl|json|csv|arxiv-atom");
}

export function sniffText(text: string): Concrete | null {
  const t = text.trimStart();
  if (t === "") return null;
  if (t.startsWith("<")) return /<(\w+:)?feed[\s>]/.test(t) || t.startsWith("<?xml") ? "arxiv-atom" : null;
  if (t.startsWith("[")) return "json";
  const firstLine = t.split("\n", 1)[0].trim();
  if (t.startsWith("{")) {
    try {
      JSON.parse(firstLine);
      return "jsonl";
    } catch {
      return firstLine === "{" || !firstLine.endsWith("}") ? "json" : "jsonl";
    }
  }
  if (HF_HEADER.test(firstLine)) return "hf-text";
  const cols = firstLine.toLowerCase().split(/[,;\t]/).map((c) => c.trim().replace(/^"|"$/g, ""));
  if (cols.includes("title") && cols.includes("abstract")) return "csv";
  return null;
}
