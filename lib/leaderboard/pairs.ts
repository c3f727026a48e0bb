// Filtering the benchmark × metric pairs for /leaderboards and /api/leaderboards. Pure.
import type { BoardPair } from "@/db/queries/leaderboards";
import { findDataset, findMetric, nameKey } from "@/lib/vocab";

export interface PairFilter {
  domain?: string | null;
  /** words that must all appear in the dataset or metric (names, slugs, aliases) */
  q?: string | null;
}

function haystack(p: BoardPair): string {
  const ds = findDataset(p.datasetSlug);
  const m = findMetric(p.metricSlug);
  return [p.dataset, p.metric, p.datasetSlug, p.metricSlug, ...(ds?.aliases ?? []), ...(m?.aliases ?? [])].map(nameKey).join(" ");
}

export function filterPairs(pairs: readonly BoardPair[], f: PairFilter): BoardPair[] {
  const words = (f.q ?? "").split(/\s+/).map(nameKey).filter(Boolean);
  return pairs.filter((p) => {
    if (f.domain && p.domain !== f.domain) return false;
    if (!words.length) return true;
    const h = haystack(p);
    return words.every((w) => h.includes(w));
  });
}

/** The domains present, with their number of pairs, most first. */
export function pairDomains(pairs: readonly BoardPair[]): { domain: string; count: number }[] {
  const n = new Map<string, number>();
  for (const p of pairs) n.set(p.domain, (n.get(p.domain) ?? 0) + 1);
  return [...n.entries()].map(([domain, count]) => ({ domain, count })).sort((a, b) => b.count - a.count || a.domain.localeCompare(b.domain));
}
