// One vocabulary of metrics and datasets, used by the extractor, the database and the UI.
// The data lives in lib/extract/vocab/*.json; this module validates it and resolves names.
import { z } from "zod";
import metricsData from "../extract/vocab/metrics.json";
import datasetsData from "../extract/vocab/datasets.json";

export const Domain = z.enum(["image", "video", "text", "speech", "multimodal", "code", "reasoning", "efficiency", "general", "audio", "3d", "science"]);
export type Domain = z.infer<typeof Domain>;

const MetricEntry = z.object({
  name: z.string().min(1),
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  direction: z.enum(["lower", "higher"]),
  domain: Domain,
  unit: z.string().nullable(),
  aliases: z.array(z.string()),
  /** the name also names something else (MAE: masked autoencoders): it names a value only when written next to it */
  onlyAttached: z.boolean().optional(),
  /** claims name this metric as the abstract writes it ("real-time factor" or "RTF"); the slug still groups them */
  asWritten: z.boolean().optional(),
  /** a task-specific metric (AP: detection) is only carried to benchmarks of that task */
  task: z.enum(["detection", "segmentation"]).optional(),
});
const DatasetEntry = z.object({
  name: z.string().min(1),
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  domain: Domain,
  aliases: z.array(z.string()),
  /** metric a bare score on this benchmark is reported in ("54% on AIME24" → accuracy); optional */
  metric: z.string().optional(),
  /** a corpus whose own held-out split is the benchmark: "trained on OpenWebText" also names where it is evaluated */
  trainEval: z.boolean().optional(),
  /** the task-specific metrics' tasks this benchmark is used for ("COCO": detection and segmentation) */
  tasks: z.array(z.enum(["detection", "segmentation"])).optional(),
});
export type MetricEntry = z.infer<typeof MetricEntry>;
export type DatasetEntry = z.infer<typeof DatasetEntry>;

export const METRICS: readonly MetricEntry[] = z.array(MetricEntry).parse(metricsData);
export const DATASETS: readonly DatasetEntry[] = z.array(DatasetEntry).parse(datasetsData);

/** Lower-case, × → x, drop everything but letters and digits: the key names are compared by. */
export function nameKey(s: string): string {
  return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[×✕]/g, "x").replace(/\+/g, "plus").replace(/[^a-z0-9]/g, "");
}

/** kebab-case slug for a name that is not in the vocabulary. */
export function slugify(s: string): string {
  return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[×✕]/g, "x")
    .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "unnamed";
}

function index<T extends { name: string; slug: string; aliases: string[] }>(entries: readonly T[]): Map<string, T> {
  const m = new Map<string, T>();
  for (const e of entries) {
    for (const n of [e.name, e.slug, ...e.aliases]) {
      const k = nameKey(n);
      const prev = m.get(k);
      if (prev && prev !== e) throw new Error(`vocabulary: "${n}" names both ${prev.name} and ${e.name}`);
      m.set(k, e);
    }
  }
  return m;
}
const metricIndex = index(METRICS);
const datasetIndex = index(DATASETS);

/** A metric by canonical name, slug or alias; undefined when unknown. */
export function findMetric(name: string): MetricEntry | undefined {
  return metricIndex.get(nameKey(name));
}
/** A dataset by canonical name, slug or alias; undefined when unknown. */
export function findDataset(name: string): DatasetEntry | undefined {
  return datasetIndex.get(nameKey(name));
}
/** Canonical metric name, or the name as given when the vocabulary does not know it. */
export function canonicalMetric(name: string): string {
  return findMetric(name)?.name ?? name;
}
export function canonicalDataset(name: string): string {
  return findDataset(name)?.name ?? name;
}
export function metricSlug(name: string): string {
  return findMetric(name)?.slug ?? slugify(name);
}
export function datasetSlug(name: string): string {
  // "IWSLT 2017 En-Zh" and "IWSLT'17 En-Zh" are one board
  const n = name.replace(/\b(WMT|IWSLT)\s?['’]?\s?(?:20)?(\d\d)\b/gi, (_, c: string, y: string) => `${c.toUpperCase()}${y}`);
  const e = findDataset(n) ?? findDataset(pairAsCodes(n));
  return e?.slug ?? slugify(pairAsCodes(n));
}

const LANG_CODES: Record<string, string> = {
  english: "en", german: "de", french: "fr", romanian: "ro", chinese: "zh", spanish: "es", japanese: "ja", russian: "ru",
  czech: "cs", italian: "it", dutch: "nl", portuguese: "pt", korean: "ko", arabic: "ar", finnish: "fi", turkish: "tr",
  vietnamese: "vi", estonian: "et", hindi: "hi",
};
/** "MuST-C English-German" and "MuST-C En-De" are one board: language names in a trailing pair read as codes. */
function pairAsCodes(name: string): string {
  return name.replace(/\b([A-Za-z]+)-([A-Za-z]+)\b(?=(?:\s+\S+)?$)/g, (all, a: string, b: string) => {
    const x = LANG_CODES[a.toLowerCase()];
    const y = LANG_CODES[b.toLowerCase()];
    return x && y ? `${x[0].toUpperCase()}${x[1]}-${y[0].toUpperCase()}${y[1]}` : all;
  });
}
/** lower / higher is better; unknown metrics default to higher. */
export function metricDirection(name: string): "lower" | "higher" {
  return findMetric(name)?.direction ?? "higher";
}
