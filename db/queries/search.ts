// Global search (/search?q=): papers by title words, methods named in claims, metrics and datasets by
// vocabulary name or alias (accent-insensitive: "Fréchet" finds FID) and by the names the claims hold.
// Papers and methods are LIMITed LIKE scans; metrics and datasets come from the vocabulary (in memory) and the
// leaderboard pairs (claims_pairs, covering).
import type { Db } from "../client";
import { stmt } from "./statement";
import { listBoardPairs, type BoardPair } from "./leaderboards";
import { DATASETS, METRICS, nameKey } from "@/lib/vocab";
import { ASPECT_METRIC_SLUGS, type Aspect } from "@/lib/speedups/rows";

export interface PaperHit { id: number; title: string; externalId: string; claims: number }
export interface MethodHit { method: string; claims: number; papers: number; paperId: number; paperTitle: string }
export interface BoardLink { datasetSlug: string; metricSlug: string; dataset: string; metric: string; claims: number }
export interface NameHit {
  name: string;
  slug: string;
  /** the alias that matched, when it was not the name itself */
  matched: string | null;
  boards: BoardLink[];
  /** for speedup aspects (metrics only): the aspect on /speedups */
  aspect: Aspect | null;
}
export interface SearchResults { q: string; papers: PaperHit[]; methods: MethodHit[]; metrics: NameHit[]; datasets: NameHit[] }

export const SEARCH_LIMIT = 20;


const like = (w: string) => `%${w.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
const fold = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");

/** Papers whose title holds every word (as typed, or without accents). */
export function searchPapers(db: Db, q: string, limit = SEARCH_LIMIT): PaperHit[] {
  const words = q.split(/\s+/).filter(Boolean).slice(0, 8);
  if (!words.length) return [];
  const cond = words.map(() => `(p.title LIKE ? ESCAPE '\\' OR p.title LIKE ? ESCAPE '\\')`).join(" AND ");
  const sql = `SELECT p.id, p.title, p.external_id AS externalId,
      (SELECT count(*) FROM claims c WHERE c.paper_id = p.id) AS claims
    FROM papers p WHERE ${cond} ORDER BY p.id LIMIT ?`;
  return stmt(db, sql).all(...words.flatMap((w) => [like(w), like(fold(w))]), limit) as PaperHit[];
}

/** Methods named in claims that contain the query. */
export function searchMethods(db: Db, q: string, limit = SEARCH_LIMIT): MethodHit[] {
  const sql = `SELECT m.*, (SELECT title FROM papers WHERE id = m.paperId) AS paperTitle FROM (
      SELECT c.method, count(*) AS claims, count(DISTINCT c.paper_id) AS papers, min(c.paper_id) AS paperId
      FROM claims c WHERE c.method LIKE ? ESCAPE '\\' OR c.method LIKE ? ESCAPE '\\'
      GROUP BY c.method ORDER BY claims DESC, c.method LIMIT ?) m`;
  return stmt(db, sql).all(like(q.trim()), like(fold(q.trim())), limit) as MethodHit[];
}

interface Named { name: string; slug: string; aliases: readonly string[] }

/** Vocabulary entries and board names matching the query, each with its leaderboards. */
function searchNames(
  q: string,
  vocab: readonly Named[],
  pairs: readonly BoardPair[],
  side: "metric" | "dataset",
): NameHit[] {
  const key = nameKey(q);
  if (!key) return [];
  const slugOf = (p: BoardPair) => (side === "metric" ? p.metricSlug : p.datasetSlug);
  const nameOf = (p: BoardPair) => (side === "metric" ? p.metric : p.dataset);
  const hits = new Map<string, NameHit>();
  for (const e of vocab) {
    const names = [e.name, e.slug, ...e.aliases];
    const m = names.find((n) => nameKey(n).includes(key));
    if (!m) continue;
    hits.set(e.slug, { name: e.name, slug: e.slug, matched: m === e.name || m === e.slug ? null : m, boards: [], aspect: null });
  }
  for (const p of pairs) {
    const slug = slugOf(p);
    if (!hits.has(slug) && nameKey(nameOf(p)).includes(key)) {
      hits.set(slug, { name: nameOf(p), slug, matched: null, boards: [], aspect: null });
    }
  }
  for (const p of pairs) {
    const h = hits.get(slugOf(p));
    if (h) h.boards.push({ datasetSlug: p.datasetSlug, metricSlug: p.metricSlug, dataset: p.dataset, metric: p.metric, claims: p.claims });
  }
  const out = [...hits.values()];
  for (const h of out) {
    h.boards.sort((a, b) => b.claims - a.claims);
    if (side === "metric") {
      const a = (Object.keys(ASPECT_METRIC_SLUGS) as Exclude<Aspect, "other">[]).find((k) => ASPECT_METRIC_SLUGS[k].includes(h.slug));
      h.aspect = a ?? null;
    }
  }
  // exact name matches first, then those with boards, then alphabetical
  const exact = (h: NameHit) => (nameKey(h.name) === key ? 0 : 1);
  return out
    .sort((a, b) => exact(a) - exact(b) || Math.min(1, b.boards.length) - Math.min(1, a.boards.length) || a.name.localeCompare(b.name))
    .slice(0, SEARCH_LIMIT);
}

/** Everything the search page shows for `q` (empty results for a blank query). */
export function search(db: Db, q: string): SearchResults {
  const query = q.trim().slice(0, 200);
  if (!query) return { q: query, papers: [], methods: [], metrics: [], datasets: [] };
  const pairs = listBoardPairs(db);
  return {
    q: query,
    papers: searchPapers(db, query),
    methods: searchMethods(db, query),
    metrics: searchNames(query, METRICS, pairs, "metric"),
    datasets: searchNames(query, DATASETS, pairs, "dataset"),
  };
}
