// Reading input files as UTF-8 text, synchronously: whole (readText) or streamed line by line
// in fixed-size chunks (readLines). Missing/unreadable files, NUL bytes and invalid UTF-8 are IngestErrors.
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { IngestError } from "./types";

const CHUNK = 1 << 20;

/** Opens a file for reading; a failure becomes a one-line IngestError naming the file. */
export function openOrThrow(file: string): number {
  try {
    return openSync(file, "r");
  } catch (e) {
    throw ioError(file, e);
  }
}

export function ioError(file: string, e: unknown): IngestError {
  const err = e as NodeJS.ErrnoException;
  const why: Record<string, string> = {
    ENOENT: "no such file",
    EISDIR: "is a directory, not a file",
    EACCES: "permission denied",
    EPERM: "permission denied",
  };
  return new IngestError(file, null, `cannot read file (${why[err.code ?? ""] ?? err.message})`);
}

function checkChunk(file: string, text: string, lineBase: number): void {
  const nul = text.indexOf("\0");
  if (nul >= 0) {
    const line = lineBase + countLines(text, nul);
    throw new IngestError(file, line, "binary file (NUL byte), not text");
  }
}

function countLines(text: string, upTo: number): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < upTo; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/** Line number (1-based) of the first invalid UTF-8 sequence in buf. */
function badUtf8Line(buf: Buffer, lineBase: number): number {
  const dec = new TextDecoder("utf-8", { fatal: true });
  let line = lineBase;
  let lastNl = 0;
  for (let i = 0; i < buf.length; i++) {
    if (buf[i] !== 0x0a) continue;
    try {
      dec.decode(buf.subarray(lastNl, i), { stream: true });
    } catch {
      return line;
    }
    line++;
    lastNl = i;
  }
  return line;
}

/** The whole file as text (BOM stripped). */
export function readText(file: string): string {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    throw ioError(file, e);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    throw new IngestError(file, badUtf8Line(buf, 1), "not valid UTF-8 text (binary file?)");
  }
  checkChunk(file, text, 1);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export interface Line {
  /** 1-based line number */
  no: number;
  text: string;
}

/** The lines of a file (without \n or \r\n), read in 1 MB chunks: memory stays flat on huge files. */
export function* readLines(file: string): Generator<Line> {
  const fd = openOrThrow(file);
  try {
    const buf = Buffer.allocUnsafe(CHUNK);
    const dec = new TextDecoder("utf-8", { fatal: true });
    let rest = "";
    let no = 1;
    let first = true;
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, buf, 0, CHUNK, null);
      } catch (e) {
        throw ioError(file, e);
      }
      let text: string;
      try {
        text = dec.decode(buf.subarray(0, n), { stream: n > 0 });
      } catch {
        const line = badUtf8Line(buf.subarray(0, n), no + countLines(rest, rest.length));
        throw new IngestError(file, line, "not valid UTF-8 text (binary file?)");
      }
      if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
      checkChunk(file, text, no + countLines(rest, rest.length));
      rest += text;
      let start = 0;
      for (let nl = rest.indexOf("\n"); nl >= 0; nl = rest.indexOf("\n", start)) {
        const end = nl > start && rest.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
        yield { no: no++, text: rest.slice(start, end) };
        start = nl + 1;
      }
      rest = rest.slice(start);
      if (n === 0) break;
    }
    if (rest.length > 0) yield { no, text: rest.endsWith("\r") ? rest.slice(0, -1) : rest };
  } finally {
    closeSync(fd);
  }
}
