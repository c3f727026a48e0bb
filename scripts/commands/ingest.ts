// `cli ingest FILE... [--format F]`: each file in its own transaction; a bad file stores nothing and is
// reported on one line (file and line/record); the other files are still ingested.
import type { Db } from "../../db/client";
import { insertPapers } from "../../db/queries/papers";
import { IngestError, readPapers, type Format } from "../../lib/ingest";
import type { Io } from "./io";
import { progress } from "./progress";

export interface FileResult {
  file: string;
  added: number;
  skipped: number;
  error: string | null;
}

export function ingestFiles(db: Db, files: readonly string[], format: Format, io: Io): FileResult[] {
  const results: FileResult[] = [];
  for (const file of files) {
    const bar = progress(io, `ingest ${file}`, "papers", null);
    try {
      const { added, skipped } = insertPapers(db, readPapers(file, format), file, (n) => bar.update(n));
      bar.stop();
      results.push({ file, added, skipped, error: null });
      io.out(`${file}: ${added} added, ${skipped} already present`);
    } catch (e) {
      bar.stop();
      const message = e instanceof IngestError ? e.message : `${file}: ${oneLine((e as Error).message ?? String(e))}`;
      results.push({ file, added: 0, skipped: 0, error: message });
      io.err(`ingest: ${message}`);
    }
  }
  return results;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}
