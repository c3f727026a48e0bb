// Leaderboard queries: the benchmark × metric pairs, the rows of one board, claims for the JSON API.
// Raw SQL on the better-sqlite3 connection, prepared once per connection; every query is served by an index
// (asserted in leaderboards.test.ts with EXPLAIN QUERY PLAN):
//   pairs  → claims_pairs (kind, dataset_slug, metric_slug, method, paper_id), covering
//   board  → claims_board (dataset_slug, metric_slug, kind, value), in value order, LIMITed
import { findDataset, findMetric } from "../../lib/vocab";
import type { Statement } from "better-sqlite3";
import type { Db } from "../client";

export interface BoardPair {
  datasetSlug: string;
  metricSlug: string;
  /** display names: the vocabulary's canonical name, else the name a claim writes */
  dataset: string;
  metric: string;
  /** the dataset's domain (else the metric's, else "general") */
  domain: string;
  claims: number;
  methods: number;
  papers: number;
}

export interface BoardClaim {
  id: number;
  paperId: number;
  paperTitle: string;
  paperPublished: string | null;
  method: string | null;
  metric: string | null;
  dataset: string | null;
  value: number;
  valueHigh: number | null;
  unit: string | null;
  qualifier: "up to" | "about" | "over" | "at least" | null;
  role: "proposed" | "baseline";
  params: string | null;
  paramsCount: number | null;
  evidence: string;
  confidence: number;
}

export interface BoardStats {
  claims: number;
  methods: number;
  papers: number;
}

export const SQL = {
  pairs: `SELECT dataset_slug AS datasetSlug, metric_slug AS metricSlug, count(*) AS claims,
      count(DISTINCT method) AS methods, count(DISTINCT paper_id) AS papers
    FROM claims WHERE kind = 'result' AND dataset_slug <> '' AND metric_slug <> ''
    GROUP BY dataset_slug, metric_slug`,
  boardStats: `SELECT count(*) AS claims, count(DISTINCT method) AS methods, count(DISTINCT paper_id) AS papers
    FROM claims WHERE kind = 'result' AND dataset_slug = ? AND metric_slug = ?`,
  boardNames: `SELECT dataset, metric FROM claims
    WHERE dataset_slug = ? AND metric_slug = ? AND kind = 'result' LIMIT 1`,
  boardAsc: boardSql("ASC"),
  boardDesc: boardSql("DESC"),
} as const;

function boardSql(order: "ASC" | "DESC"): string {
  return `SELECT c.id, c.paper_id AS paperId, p.title AS paperTitle, p.published AS paperPublished,
      c.method, c.metric, c.dataset, c.value, c.value_high AS valueHigh, c.unit, c.qualifier, c.role,
      c.params, c.params_count AS paramsCount, c.evidence, c.confidence
    FROM claims c JOIN papers p ON p.id = c.paper_id
    WHERE c.dataset_slug = ? AND c.metric_slug = ? AND c.kind = 'result'
    ORDER BY c.value ${order} LIMIT ?`;
}

type Stmt = Statement<unknown[]>;
const cache = new WeakMap<object, Map<string, Stmt>>();
function stmt(db: Db, sql: string): Stmt {
  let m = cache.get(db.$client);
  if (!m) cache.set(db.$client, (m = new Map()));
  let s = m.get(sql);
  if (!s) m.set(sql, (s = db.$client.prepare<unknown[]>(sql)));
  return s;
}

/** Changes whenever this or another connection commits a write: the key of the pairs cache. */
function dataVersion(db: Db): string {
  const dv = db.$client.pragma("data_version", { simple: true });
  const tc = stmt(db, "SELECT total_changes()").pluck().get();
  return `${dv}:${tc}`;
}
const pairsCache = new WeakMap<object, { key: string; pairs: BoardPair[] }>();

/** The display names of one board: vocabulary names, else what its first claim writes. */
export function boardNames(db: Db, datasetSlug: string, metricSlug: string): { dataset: string; metric: string } {
  const ds = findDataset(datasetSlug);
  const m = findMetric(metricSlug);
  if (ds && m) return { dataset: ds.name, metric: m.name };
  const row = stmt(db, SQL.boardNames).get(datasetSlug, metricSlug) as { dataset: string | null; metric: string | null } | undefined;
  return { dataset: ds?.name ?? row?.dataset ?? datasetSlug, metric: m?.name ?? row?.metric ?? metricSlug };
}

/**
 * Every benchmark × metric pair of result claims, biggest (most methods, then claims) first.
 * Counting distinct methods and papers over a million claims takes several hundred ms, so the answer is
 * cached per connection until the database changes (PRAGMA data_version + total_changes()).
 */
export function listBoardPairs(db: Db): BoardPair[] {
  const key = dataVersion(db);
  const hit = pairsCache.get(db.$client);
  if (hit && hit.key === key) return hit.pairs;
  const rows = stmt(db, SQL.pairs).all() as Omit<BoardPair, "dataset" | "metric" | "domain">[];
  const pairs = rows.map((r) => {
    const names = boardNames(db, r.datasetSlug, r.metricSlug);
    const domain = findDataset(r.datasetSlug)?.domain ?? findMetric(r.metricSlug)?.domain ?? "general";
    return { ...r, ...names, domain };
  });
  pairs.sort((a, b) => b.methods - a.methods || b.claims - a.claims || a.datasetSlug.localeCompare(b.datasetSlug));
  pairsCache.set(db.$client, { key, pairs });
  return pairs;
}

/** Claim, method and paper counts of one board. */
export function boardStats(db: Db, datasetSlug: string, metricSlug: string): BoardStats {
  return stmt(db, SQL.boardStats).get(datasetSlug, metricSlug) as BoardStats;
}

/** Default cap on the rows one board page loads: the best `limit` claims in the metric's direction. */
export const BOARD_ROW_LIMIT = 1000;

/** The result claims of one board, best first for the metric's direction, at most `limit`. */
export function boardClaims(
  db: Db,
  datasetSlug: string,
  metricSlug: string,
  direction: "lower" | "higher",
  limit = BOARD_ROW_LIMIT,
): BoardClaim[] {
  const sql = direction === "lower" ? SQL.boardAsc : SQL.boardDesc;
  return stmt(db, sql).all(datasetSlug, metricSlug, limit) as BoardClaim[];
}


export interface ApiClaimFilter {
  datasetSlug?: string;
  metricSlug?: string;
  kind?: "result" | "speedup" | "delta";
  /** method name, case-insensitive exact match */
  method?: string;
  /** a paper's numeric id or its external id (hf-009, an arXiv id) */
  paper?: string;
  /** the ids `paper` resolves to (set by apiClaims; external ids are not unique across files) */
  paperIds?: number[];
  /** substring of the evidence, method, metric or dataset */
  q?: string;
  limit: number;
  offset: number;
}

export interface ApiClaim extends Omit<BoardClaim, "paperPublished"> {
  kind: "result" | "speedup" | "delta";
  datasetSlug: string;
  metricSlug: string;
  vs: string | null;
  start: number;
  end: number;
  extractorVersion: string;
  paperExternalId: string;
}

/** SQL and parameters of the API's claim query; exported for the query-plan test. */
export function apiClaimsQuery(f: ApiClaimFilter): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  // filtered by metric but not dataset: claims_kind_metric (kind, metric_slug, rowid) gives (kind, id) order for free
  const byMetricOnly = f.metricSlug !== undefined && f.datasetSlug === undefined;
  if (f.datasetSlug !== undefined) (where.push("c.dataset_slug = ?"), params.push(f.datasetSlug));
  if (f.metricSlug !== undefined) {
    where.push("c.metric_slug = ?");
    params.push(f.metricSlug);
    // lets SQLite use claims_kind_metric (kind, metric_slug) when no dataset narrows the search
    if (f.kind === undefined && f.datasetSlug === undefined) where.push("c.kind IN ('result', 'speedup', 'delta')");
  }
  if (f.kind !== undefined) (where.push("c.kind = ?"), params.push(f.kind));
  if (f.paper !== undefined) {
    const ids = f.paperIds ?? (/^\d+$/.test(f.paper) ? [Number(f.paper)] : []);
    where.push(`c.paper_id IN (${ids.map(() => "?").join(", ") || "NULL"})`);
    params.push(...ids);
  }
  if (f.method !== undefined) (where.push("c.method = ? COLLATE NOCASE"), params.push(f.method));
  if (f.q !== undefined) {
    const like = `%${f.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    where.push("(c.evidence LIKE ? ESCAPE '\\' OR c.method LIKE ? ESCAPE '\\' OR c.metric LIKE ? ESCAPE '\\' OR c.dataset LIKE ? ESCAPE '\\')");
    params.push(like, like, like, like);
  }
  const sql = `SELECT c.id, c.paper_id AS paperId, p.external_id AS paperExternalId, p.title AS paperTitle,
      c.kind, c.method, c.metric, c.metric_slug AS metricSlug, c.dataset, c.dataset_slug AS datasetSlug,
      c.value, c.value_high AS valueHigh, c.unit, c.qualifier, c.role, c.params, c.params_count AS paramsCount,
      c.vs, c.evidence, c.start, c.end, c.confidence, c.extractor_version AS extractorVersion
    FROM claims c JOIN papers p ON p.id = c.paper_id
    ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
    ORDER BY ${byMetricOnly ? "c.kind, c.id" : "c.id"} LIMIT ? OFFSET ?`;
  return { sql, params: [...params, f.limit + 1, f.offset] };
}

/**
 * One page of claims for GET /api/claims; `hasMore` says whether another page follows.
 * Order: by id; by kind then id when filtered by metric without a dataset (so the index gives the order).
 */
export function apiClaims(db: Db, f: ApiClaimFilter): { claims: ApiClaim[]; hasMore: boolean } {
  if (f.paper !== undefined && !/^\d+$/.test(f.paper)) {
    const ids = stmt(db, "SELECT id FROM papers WHERE external_id = ?").pluck().all(f.paper) as number[];
    f = { ...f, paperIds: ids };
  }
  const { sql, params } = apiClaimsQuery(f);
  const rows = stmt(db, sql).all(...params) as ApiClaim[];
  return { claims: rows.slice(0, f.limit), hasMore: rows.length > f.limit };
}
