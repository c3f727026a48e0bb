// Mirrors the vocabulary (lib/vocab, data in lib/extract/vocab/*.json) into the metrics and datasets tables.
import { DATASETS, METRICS } from "../../lib/vocab";
import type { Db } from "../client";
import { stmt } from "./statement";

export interface VocabularySync {
  metrics: number;
  datasets: number;
  /** rows inserted, changed or deleted: 0 when the tables already matched */
  changed: number;
}

const UPSERT_METRIC = `INSERT INTO metrics (name, slug, aliases, direction, unit, domain) VALUES (?, ?, ?, ?, ?, ?)
  ON CONFLICT (slug) DO UPDATE SET name = excluded.name, aliases = excluded.aliases, direction = excluded.direction,
    unit = excluded.unit, domain = excluded.domain
  WHERE name IS NOT excluded.name OR aliases IS NOT excluded.aliases OR direction IS NOT excluded.direction
    OR unit IS NOT excluded.unit OR domain IS NOT excluded.domain`;
const UPSERT_DATASET = `INSERT INTO datasets (name, slug, aliases, domain) VALUES (?, ?, ?, ?)
  ON CONFLICT (slug) DO UPDATE SET name = excluded.name, aliases = excluded.aliases, domain = excluded.domain
  WHERE name IS NOT excluded.name OR aliases IS NOT excluded.aliases OR domain IS NOT excluded.domain`;

/** Upserts every vocabulary entry by slug and deletes entries no longer in it. Idempotent; one transaction. */
export function syncVocabulary(db: Db): VocabularySync {
  const run = db.$client.transaction(() => {
    let changed = 0;
    changed += deleteStale(db, "metrics", METRICS.map((m) => m.slug));
    changed += deleteStale(db, "datasets", DATASETS.map((d) => d.slug));
    const um = stmt(db, UPSERT_METRIC);
    for (const m of METRICS) changed += um.run(m.name, m.slug, JSON.stringify(m.aliases), m.direction, m.unit, m.domain).changes;
    const ud = stmt(db, UPSERT_DATASET);
    for (const d of DATASETS) changed += ud.run(d.name, d.slug, JSON.stringify(d.aliases), d.domain).changes;
    return { metrics: METRICS.length, datasets: DATASETS.length, changed };
  });
  return run.immediate();
}

function deleteStale(db: Db, table: "metrics" | "datasets", slugs: string[]): number {
  const keep = new Set(slugs);
  const rows = stmt(db, `SELECT slug FROM ${table}`).all() as { slug: string }[];
  const del = stmt(db, `DELETE FROM ${table} WHERE slug = ?`);
  let n = 0;
  for (const r of rows) if (!keep.has(r.slug)) n += del.run(r.slug).changes;
  return n;
}
