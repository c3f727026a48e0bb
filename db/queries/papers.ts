// Papers: insert one file's papers in one transaction (idempotent by content hash), list/search, get, count.
import type { PaperInput } from "../../lib/ingest/types";
import { contentHash } from "../../lib/ingest/content-hash";
import type { Db } from "../client";
import type { Paper } from "../schema";
import { stmt } from "./statement";

export interface InsertResult {
  added: number;
  /** already in the database (same normalised title + abstract), or repeated within the file */
  skipped: number;
}

const INSERT = `INSERT INTO papers (external_id, title, abstract, url, published, authors, source_file, content_hash)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (content_hash) DO NOTHING`;

/**
 * Stores the papers of one file in ONE transaction: when the iterable throws (a bad record), nothing of the
 * file is stored and the error propagates. Re-inserting the same papers adds nothing.
 */
export function insertPapers(
  db: Db,
  papers: Iterable<PaperInput>,
  sourceFile: string,
  onProgress?: (done: number) => void,
): InsertResult {
  const ins = stmt(db, INSERT);
  const run = db.$client.transaction(() => {
    let added = 0;
    let skipped = 0;
    for (const p of papers) {
      const r = ins.run(p.externalId, p.title, p.abstract, p.url, p.published, JSON.stringify(p.authors), sourceFile,
        contentHash(p.title, p.abstract));
      if (r.changes > 0) added++;
      else skipped++;
      if (onProgress && (added + skipped) % 1000 === 0) onProgress(added + skipped);
    }
    return { added, skipped };
  });
  return run.immediate();
}

export function countPapers(db: Db): number {
  return (stmt(db, "SELECT count(*) AS n FROM papers").get() as { n: number }).n;
}

const COLUMNS = `id, external_id AS externalId, title, abstract, url, published, authors, source_file AS sourceFile,
  content_hash AS contentHash, extractor_version AS extractorVersion, created_at AS createdAt`;

type Row = Omit<Paper, "authors"> & { authors: string };
const toPaper = (r: Row): Paper => ({ ...r, authors: JSON.parse(r.authors) as string[] });

export function getPaper(db: Db, id: number): Paper | null {
  const r = stmt(db, `SELECT ${COLUMNS} FROM papers WHERE id = ?`).get(id) as Row | undefined;
  return r ? toPaper(r) : null;
}

export interface PaperListItem {
  id: number;
  externalId: string;
  title: string;
  published: string | null;
  claims: number;
}

export interface PaperPage {
  total: number;
  rows: PaperListItem[];
}

/** Escapes LIKE wildcards so a query matches literally. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Papers whose title contains q (case-insensitive for ASCII) or whose external id is q, newest id first,
 * with their claim counts. No q: every paper.
 */
export function listPapers(db: Db, opts: { q?: string; limit?: number; offset?: number } = {}): PaperPage {
  const q = opts.q?.trim() ?? "";
  const limit = Math.max(1, Math.min(opts.limit ?? 50, 500));
  const offset = Math.max(0, opts.offset ?? 0);
  const where = q ? "WHERE p.title LIKE ? ESCAPE '\\' OR p.external_id = ?" : "";
  const args = q ? [likePattern(q), q] : [];
  const total = (stmt(db, `SELECT count(*) AS n FROM papers p ${where}`).get(...args) as { n: number }).n;
  const rows = stmt(db, `SELECT p.id, p.external_id AS externalId, p.title, p.published,
      (SELECT count(*) FROM claims c WHERE c.paper_id = p.id) AS claims
    FROM papers p ${where} ORDER BY p.id DESC LIMIT ? OFFSET ?`).all(...args, limit, offset) as PaperListItem[];
  return { total, rows };
}

export interface PaperToExtract {
  id: number;
  externalId: string;
  title: string;
  abstract: string;
  contentHash: string;
}

/**
 * The next batch of papers after `afterId` (id order) to extract: those not extracted by `version`
 * (or every paper when `all`). Keyset paging, so callers may write between batches.
 */
export function papersToExtract(db: Db, opts: { version: string; all: boolean; afterId: number; limit: number }): PaperToExtract[] {
  const sql = `SELECT id, external_id AS externalId, title, abstract, content_hash AS contentHash FROM papers
    WHERE id > ? ${opts.all ? "" : "AND extractor_version IS NOT ?"} ORDER BY id LIMIT ?`;
  const args = opts.all ? [opts.afterId, opts.limit] : [opts.afterId, opts.version, opts.limit];
  return stmt(db, sql).all(...args) as PaperToExtract[];
}

export function countPapersToExtract(db: Db, version: string, all: boolean): number {
  if (all) return countPapers(db);
  return (stmt(db, "SELECT count(*) AS n FROM papers WHERE extractor_version IS NOT ?").get(version) as { n: number }).n;
}
