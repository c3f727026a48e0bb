// Queries only the /papers and /papers/[id] pages use: the searchable list with claim counts by kind,
// a paper by external id, and one paper's claims in reading order.
import type { Db } from "../client";
import type { Claim } from "../schema";
import { likePattern } from "./papers";
import { stmt } from "./statement";

export interface PaperRow {
  id: number;
  externalId: string;
  title: string;
  published: string | null;
  results: number;
  speedups: number;
  deltas: number;
}

export interface PaperRowPage {
  /** papers matching the query */
  total: number;
  /** every paper in the database (tells "no match" from "no papers") */
  all: number;
  rows: PaperRow[];
}

/** The query's words (at most 8), each matched in the title or the abstract. */
export function searchWords(q: string): string[] {
  return q.trim().split(/\s+/).filter(Boolean).slice(0, 8);
}

/**
 * Papers whose title or abstract holds every word of q (case-insensitive for ASCII), title matches first,
 * then in corpus order; with their claim counts by kind. No q: every paper.
 */
export function listPaperRows(db: Db, opts: { q?: string; limit: number; offset: number }): PaperRowPage {
  const words = searchWords(opts.q ?? "");
  const cond = words.map(() => `(p.title LIKE ? ESCAPE '\\' OR p.abstract LIKE ? ESCAPE '\\')`).join(" AND ");
  // title matches first (no words: corpus order; a bare constant in ORDER BY would name a column)
  const rank = words.length ? `(${words.map(() => `p.title LIKE ? ESCAPE '\\'`).join(" AND ")}) DESC, ` : "";
  const where = words.length ? `WHERE ${cond}` : "";
  const args = words.flatMap((w) => [likePattern(w), likePattern(w)]);
  const all = (stmt(db, "SELECT count(*) AS n FROM papers").get() as { n: number }).n;
  const total = words.length ? (stmt(db, `SELECT count(*) AS n FROM papers p ${where}`).get(...args) as { n: number }).n : all;
  const rows = stmt(db, `SELECT p.id, p.external_id AS externalId, p.title, p.published,
      coalesce(sum(c.kind = 'result'), 0) AS results,
      coalesce(sum(c.kind = 'speedup'), 0) AS speedups,
      coalesce(sum(c.kind = 'delta'), 0) AS deltas
    FROM (SELECT p.* FROM papers p ${where} ORDER BY ${rank}p.id LIMIT ? OFFSET ?) p
    LEFT JOIN claims c ON c.paper_id = p.id
    GROUP BY p.id ORDER BY ${rank}p.id`).all(
    ...args, ...words.map(likePattern), opts.limit, opts.offset, ...words.map(likePattern),
  ) as PaperRow[];
  return { total, all, rows };
}

/** Ids of the papers with this external id (external ids are not unique across files); at most 2. */
export function paperIdsByExternalId(db: Db, externalId: string): number[] {
  return (stmt(db, "SELECT id FROM papers WHERE external_id = ? ORDER BY id LIMIT 2").all(externalId) as { id: number }[]).map((r) => r.id);
}

export type PaperClaim = Pick<
  Claim,
  "id" | "kind" | "metric" | "metricSlug" | "value" | "valueHigh" | "unit" | "dataset" | "datasetSlug" | "method" | "role"
  | "qualifier" | "params" | "vs" | "evidence" | "start" | "end" | "confidence"
>;

/** One paper's claims in reading order (by evidence position, longer spans first). */
export function paperClaims(db: Db, paperId: number): PaperClaim[] {
  return stmt(db, `SELECT id, kind, metric, metric_slug AS metricSlug, value, value_high AS valueHigh, unit, dataset,
      dataset_slug AS datasetSlug, method, role, qualifier, params, vs, evidence, start, "end", confidence
    FROM claims WHERE paper_id = ? ORDER BY start, "end" DESC, id`).all(paperId) as PaperClaim[];
}
