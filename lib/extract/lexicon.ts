// Compiled matchers over the shared vocabulary (built once at module load).
import { METRICS, DATASETS, findDataset as findDatasetRaw, findMetric as findMetricRaw, type MetricEntry, type DatasetEntry } from "../vocab/index";

function cached<T>(f: (s: string) => T | undefined): (s: string) => T | undefined {
  const memo = new Map<string, T | null>();
  return (s: string) => {
    let v = memo.get(s);
    if (v === undefined) {
      if (memo.size > 50_000) memo.clear();
      v = f(s) ?? null;
      memo.set(s, v);
    }
    return v ?? undefined;
  };
}
/** Vocabulary look-ups, memoised (names repeat across abstracts). */
export const findDataset = cached(findDatasetRaw);
export const findMetric = cached(findMetricRaw);
/** A benchmark by name, also when a split, version or sample size follows it ("MMMU val", "LiveCodeBench v5"). */
export function findBenchmark(name: string): DatasetEntry | undefined {
  const words = name.split(" ");
  for (let k = words.length; k >= Math.max(1, words.length - 2); k--) {
    const e = findDataset(words.slice(0, k).join(" "));
    if (e) return e;
  }
  return undefined;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\\/]/g, "\\$&");

/** Aliases with a lower-case letter and ≥ 5 characters also match case-insensitively; short or upper-case ones match exactly. */
export function buildMatcher(names: string[]): { cs: RegExp | null; ci: RegExp | null } {
  const uniq = [...new Set(names)].sort((a, b) => b.length - a.length);
  const ci = uniq.filter((n) => /[a-z]/.test(n) && n.length >= 5);
  const cs = uniq.filter((n) => !(/[a-z]/.test(n) && n.length >= 5));
  const wrap = (xs: string[], flags: string) =>
    xs.length ? new RegExp(`(?<![A-Za-z0-9])(?:${xs.map(esc).join("|")})(?![A-Za-z0-9+])`, flags) : null;
  return { cs: wrap(cs, "g"), ci: wrap(ci, "gi") };
}

export interface LexHit<T> {
  start: number;
  end: number;
  entry: T;
}

function scan<T>(m: { cs: RegExp | null; ci: RegExp | null }, find: (s: string) => T | undefined, t: string, from: number, to: number): LexHit<T>[] {
  const seg = t.slice(from, to);
  const out: LexHit<T>[] = [];
  for (const re of [m.cs, m.ci]) {
    if (!re) continue;
    re.lastIndex = 0;
    let x: RegExpExecArray | null;
    while ((x = re.exec(seg))) {
      const e = find(x[0]);
      if (e) out.push({ start: from + x.index, end: from + x.index + x[0].length, entry: e });
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // drop hits inside a longer hit
  const res: LexHit<T>[] = [];
  for (const h of out) if (!res.length || h.start >= res[res.length - 1].end) res.push(h);
  return res;
}

const metricMatcher = buildMatcher(METRICS.flatMap((m) => [m.name, ...m.aliases]));
const datasetMatcher = buildMatcher(DATASETS.flatMap((d) => [d.name, ...d.aliases]));

export function metricHits(t: string, from: number, to: number): LexHit<MetricEntry>[] {
  const hits = scan(metricMatcher, findMetric, t, from, to);
  // "ROUGE-1/2/L": the pieces after a slash name sibling metrics
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    const written = t.slice(h.start, h.end);
    const dash = written.lastIndexOf("-");
    if (dash < 0) continue;
    let pos = h.end;
    const extra: LexHit<MetricEntry>[] = [];
    for (let m = SLASH_PIECE.exec(t.slice(pos, to)); m; m = SLASH_PIECE.exec(t.slice(pos, to))) {
      const e = findMetric(written.slice(0, dash + 1) + m[1]);
      if (!e) break;
      const s = pos + m[0].length - m[1].length;
      extra.push({ start: s, end: s + m[1].length, entry: e });
      pos += m[0].length;
    }
    if (extra.length) {
      hits.splice(i + 1, 0, ...extra);
      i += extra.length;
    }
  }
  return hits;
}
const SLASH_PIECE = /^\s?\/\s?([A-Za-z0-9]{1,2})(?![A-Za-z0-9-])/;

/** Metric hits written as a list ("FID/IS", "R-1/R-2/R-L", "ROUGE-1/2/L", "WER and speaker similarity") of k members. */
export function slashList(t: string, hits: LexHit<MetricEntry>[], k: number): LexHit<MetricEntry>[][] {
  const lists: LexHit<MetricEntry>[][] = [];
  let cur: LexHit<MetricEntry>[] = [];
  for (const h of hits) {
    // "FID/IS", and also "WER and speaker similarity", "a WER, a CER and a SIM"
    if (cur.length && /^\s?\/\s?$|^\s*(?:,\s*)?(?:and\s+)?(?:an?\s+|the\s+)?$/.test(t.slice(cur[cur.length - 1].end, h.start)) && /\/|,|\band\b/.test(t.slice(cur[cur.length - 1].end, h.start))) cur.push(h);
    else {
      if (cur.length === k) lists.push(cur);
      cur = [h];
    }
  }
  if (cur.length === k) lists.push(cur);
  return lists;
}
export function rawDatasetHits(t: string, from: number, to: number): LexHit<DatasetEntry>[] {
  return scan(datasetMatcher, findDataset, t, from, to);
}
