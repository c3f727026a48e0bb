// Loads what an export shows from the database, through the same queries and row functions as the pages.
import type { Db } from "../../db/client";
import { boardClaims } from "../../db/queries/leaderboards";
import { speedupClaims } from "../../db/queries/speedups";
import { shapeRows } from "../leaderboard/rows";
import { isAspect, speedupRows } from "../speedups/rows";
import { findDataset, findMetric, metricDirection, slugify } from "../vocab";
import type { BoardData } from "./leaderboard";
import type { SpeedupData } from "./speedups";
import { parseBoardQuery, parseSpeedupQuery } from "./view-state";

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

export class ExportError extends Error {
  constructor(message: string, readonly status: 400 | 404) {
    super(message);
  }
}

/** A dataset or metric by canonical name, slug or alias; free-text names fall back to their slug. */
function resolve(kind: "dataset" | "metric", name: string) {
  const entry = kind === "dataset" ? findDataset(name) : findMetric(name);
  return entry ? { name: entry.name, slug: entry.slug, known: true } : { name, slug: slugify(name), known: false };
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function loadBoard(db: Db, dataset: string, metric: string, params: Params): BoardData {
  const d = resolve("dataset", decode(dataset));
  const m = resolve("metric", decode(metric));
  const direction = metricDirection(m.name);
  const claims = boardClaims(db, d.slug, m.slug, direction);
  if (!claims.length) {
    if (!d.known) throw new ExportError(`Unknown dataset "${dataset}": no claims report it (use a name, slug or alias, e.g. "ImageNet 256x256").`, 404);
    if (!m.known) throw new ExportError(`Unknown metric "${metric}": no claims report it on ${d.name} (use a name, slug or alias, e.g. "FID").`, 404);
    throw new ExportError(`The ${m.name} board on ${d.name} is empty: no claims report ${m.name} on ${d.name}.`, 404);
  }
  const query = parseBoardQuery(d.slug, m.slug, params);
  const rows = shapeRows(claims, { direction, bestPerMethod: query.best, includeBaselines: query.baselines });
  const unit = findMetric(m.name)?.unit ?? claims.find((c) => c.unit)?.unit ?? null;
  return {
    dataset: { name: d.known ? d.name : claims[0].dataset ?? d.name, slug: d.slug },
    metric: { name: m.known ? m.name : claims[0].metric ?? m.name, slug: m.slug, direction, unit },
    query,
    rows,
  };
}

export function loadSpeedups(db: Db, params: Params): SpeedupData {
  const query = parseSpeedupQuery(params);
  const filter = { aspect: isAspect(query.aspect) ? query.aspect : null, minFactor: query.minFactor, text: query.text };
  return { query, rows: speedupRows(speedupClaims(db, filter), filter) };
}
