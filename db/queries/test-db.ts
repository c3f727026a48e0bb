// A fresh migrated SQLite file in a temp dir, for query tests (a real database, not a mock).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDb, type Db } from "../client";
import type { PaperInput } from "../../lib/ingest/types";
import type { ExtractedClaim } from "../../lib/extract/types";

export function tempDb(): { db: Db; file: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "sotaboard-q-"));
  const file = join(dir, "test.db");
  const db = openDb(file, { migrate: true });
  return { db, file, cleanup: () => { db.$client.close(); rmSync(dir, { recursive: true, force: true }); } };
}

export function paper(i: number, over: Partial<PaperInput> = {}): PaperInput {
  return { externalId: `p${i}`, title: `Paper ${i}`, abstract: `Abstract of paper ${i}.`, url: null, published: null, authors: [], ...over };
}

export function claim(over: Partial<ExtractedClaim> = {}): ExtractedClaim {
  return {
    paper: "p1", title: "Paper 1", kind: "result", metric: "FID", value: 1.24, value_high: null, unit: null,
    dataset: "ImageNet-256", method: "xAR-H", role: "proposed", qualifier: null, params: "1.1B", vs: null,
    evidence: "FID of 1.24", start: 10, end: 21, confidence: 0.9, ...over,
  };
}
