// Loads what an export shows from the database, through the same queries and row functions as the pages.
import type { Db } from "../../db/client";
import { boardClaims, boardNames } from "../../db/queries/leaderboards";
import { speedupClaims } from "../../db/queries/speedups";
import { shapeRows } from "../leaderboard/rows";
import { isAspect, speedupRows } from "../speedups/rows";
import { datasetSlug, findDataset, findMetric, metricDirection, metricSlug } from "../vocab";
import type { BoardData } from "./leaderboard";
import type { SpeedupData } from "./speedups";
import { parseBoardQuery, parseSpeedupQuery } from "./view-state";

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

export class ExportError extends Error {
  constructor(message: string, readonly status: 400 | 404) {
    super(message);
  }
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The board by dataset and metric name, slug or alias, resolved as the board page resolves them. */
export function loadBoard(db: Db, dataset: string, metric: string, params: Params): BoardData {
  const [ds, m] = [decode(dataset), decode(metric)];
  const [dsSlug, mSlug] = [datasetSlug(ds), metricSlug(m)];
  const names = boardNames(db, dsSlug, mSlug);
  const vocab = findMetric(mSlug);
  const direction = vocab?.direction ?? metricDirection(names.metric);
  const claims = boardClaims(db, dsSlug, mSlug, direction);
  if (!claims.length) {
    if (!findDataset(ds)) throw new ExportError(`Unknown dataset "${ds}": no claims report it (use a name, slug or alias, e.g. "ImageNet 256x256").`, 404);
    if (!vocab) throw new ExportError(`Unknown metric "${m}": no claims report it on ${names.dataset} (use a name, slug or alias, e.g. "FID").`, 404);
    throw new ExportError(`The ${names.metric} board on ${names.dataset} is empty: no claims report ${names.metric} on ${names.dataset}.`, 404);
  }
  const query = parseBoardQuery(dsSlug, mSlug, params);
  return {
    dataset: { name: names.dataset, slug: dsSlug },
    metric: { name: names.metric, slug: mSlug, direction, unit: vocab?.unit ?? claims.find((c) => c.unit)?.unit ?? null },
    query,
    rows: shapeRows(claims, { direction, bestPerMethod: query.best, includeBaselines: query.baselines }),
  };
}

export function loadSpeedups(db: Db, params: Params): SpeedupData {
  const query = parseSpeedupQuery(params);
  const filter = { aspect: isAspect(query.aspect) ? query.aspect : null, minFactor: query.minFactor, text: query.text };
  return { query, rows: speedupRows(speedupClaims(db, filter), filter) };
}
