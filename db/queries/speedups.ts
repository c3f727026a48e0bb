// Speedup-claim queries. Raw SQL on the better-sqlite3 connection, statements prepared once per connection.
// kind = 'speedup' (and the aspect's metric slugs) are served by claims_kind_metric (kind, metric_slug).
import type { Db } from "../client";
import { stmt } from "./statement";
import { ASPECT_METRIC_SLUGS, KNOWN_ASPECT_SLUGS, type SpeedupClaim, type SpeedupFilter } from "@/lib/speedups/rows";

/** The displayed factor's upper end: claims written below 1 are inverted (see lib/speedups/rows.ts). */
const FACTOR = `CASE WHEN c.value > 0 AND c.value < 1 AND coalesce(c.value_high, c.value) < 1
    THEN 1.0 / c.value ELSE max(c.value, coalesce(c.value_high, c.value)) END`;

const COLUMNS = `c.id, c.paper_id AS paperId, p.title AS paperTitle, c.method, c.metric, c.dataset, c.value,
  c.value_high AS valueHigh, c.unit, c.qualifier, c.role, c.vs, c.evidence`;

/** Default cap on the claims one speedups page loads (largest factors first). */
export const SPEEDUP_ROW_LIMIT = 2000;


/** Words of a free-text filter, as LIKE patterns (LIKE is case-insensitive for ASCII). */
function likeWords(text: string | null | undefined): string[] {
  return (text ?? "")
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 8)
    .map((w) => `%${w.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
}

/** SQL and parameters for the filtered speedup claims, largest displayed factor first. */
export function speedupSql(f: SpeedupFilter, limit: number): { sql: string; params: (string | number)[] } {
  const where = ["c.kind = 'speedup'"];
  const params: (string | number)[] = [];
  if (f.aspect && f.aspect !== "other") {
    const slugs = ASPECT_METRIC_SLUGS[f.aspect];
    where.push(`c.metric_slug IN (${slugs.map(() => "?").join(", ")})`);
    params.push(...slugs);
  } else if (!f.aspect && f.aspects?.length) {
    const slugs = f.aspects.flatMap((a) => ASPECT_METRIC_SLUGS[a]);
    where.push(`c.metric_slug IN (${slugs.map(() => "?").join(", ")})`);
    params.push(...slugs);
  } else if (f.aspect === "other") {
    where.push(`c.metric_slug NOT IN (${KNOWN_ASPECT_SLUGS.map(() => "?").join(", ")})`);
    params.push(...KNOWN_ASPECT_SLUGS);
  }
  if (f.minFactor != null && f.minFactor > 0) {
    where.push(`${FACTOR} >= ?`);
    params.push(f.minFactor);
  }
  for (const w of likeWords(f.text)) {
    where.push(`(coalesce(c.method, '') || ' ' || p.title || ' ' || coalesce(c.vs, '') || ' ' || c.evidence) LIKE ? ESCAPE '\\'`);
    params.push(w);
  }
  const sql = `SELECT ${COLUMNS}, ${FACTOR} AS factor FROM claims c JOIN papers p ON p.id = c.paper_id
    WHERE ${where.join(" AND ")} ORDER BY factor DESC, c.id LIMIT ?`;
  params.push(limit);
  return { sql, params };
}

/** Speedup claims matching the filter (aspect, minimum factor, text), largest factor first, at most `limit`. */
export function speedupClaims(db: Db, f: SpeedupFilter = {}, limit = SPEEDUP_ROW_LIMIT): SpeedupClaim[] {
  const { sql, params } = speedupSql(f, limit);
  const rows = stmt(db, sql).all(...params) as (SpeedupClaim & { factor?: number })[];
  for (const r of rows) delete r.factor;
  return rows;
}

/** How many speedup claims the database holds (unfiltered). */
export function speedupCount(db: Db): number {
  return (stmt(db, "SELECT count(*) AS n FROM claims WHERE kind = 'speedup'").get() as { n: number }).n;
}

/** Aspects measured in wall-clock time: the home page's "largest speedups" (token, step and memory savings are other claims). */
export const WALL_CLOCK_ASPECTS = ["inference speed", "throughput", "latency", "training cost"] as const;

/** The `n` largest wall-clock speedup claims (by displayed factor). */
export function topSpeedups(db: Db, n = 10): SpeedupClaim[] {
  return speedupClaims(db, { aspects: WALL_CLOCK_ASPECTS }, n);
}
