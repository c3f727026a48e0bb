// The database schema (drizzle, SQLite). Migrations in db/migrations are generated from this file
// with `npm run db:generate` and committed.
import { sql } from "drizzle-orm";
import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

/** One abstract. The same paper (same normalised title + abstract) is stored once, whatever file it came from. */
export const papers = sqliteTable(
  "papers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** id as given by the input (hf-NNN, arXiv id, JSONL id); not unique across files */
    externalId: text("external_id").notNull(),
    title: text("title").notNull(),
    abstract: text("abstract").notNull(),
    url: text("url"),
    /** ISO date (YYYY-MM-DD or full timestamp) when the input gives one */
    published: text("published"),
    /** JSON array of author names */
    authors: text("authors", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    sourceFile: text("source_file").notNull(),
    /** sha256 of the normalised title + abstract: the paper's identity */
    contentHash: text("content_hash").notNull(),
    /** version of the extractor that last extracted this paper (null: never); `cli extract` skips current ones */
    extractorVersion: text("extractor_version"),
    createdAt: text("created_at").notNull().default(now),
  },
  (t) => [
    uniqueIndex("papers_content_hash").on(t.contentHash),
    index("papers_external_id").on(t.externalId),
    index("papers_published").on(t.published),
  ],
);

/** Machine output of the extractor. Replaced wholesale per paper on re-extraction. */
export const claims = sqliteTable(
  "claims",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    paperId: integer("paper_id").notNull().references(() => papers.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["result", "speedup", "delta"] }).notNull(),
    metric: text("metric"),
    /** vocabulary slug of metric (or a slug of the free-text metric); "" when metric is null */
    metricSlug: text("metric_slug").notNull().default(""),
    value: real("value").notNull(),
    valueHigh: real("value_high"),
    unit: text("unit"),
    dataset: text("dataset"),
    datasetSlug: text("dataset_slug").notNull().default(""),
    method: text("method"),
    role: text("role", { enum: ["proposed", "baseline"] }).notNull(),
    qualifier: text("qualifier", { enum: ["up to", "about", "over", "at least"] }),
    /** parameter count as written ("943M") */
    params: text("params"),
    /** parameter count as a number (943e6), for the log-scale scatter */
    paramsCount: real("params_count"),
    vs: text("vs"),
    evidence: text("evidence").notNull(),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    confidence: real("confidence").notNull(),
    /** stable across re-extractions of the same text: ties human decisions to machine claims */
    fingerprint: text("fingerprint").notNull(),
    extractorVersion: text("extractor_version").notNull(),
    createdAt: text("created_at").notNull().default(now),
  },
  (t) => [
    index("claims_board").on(t.datasetSlug, t.metricSlug, t.kind, t.value),
    /** covering index for the leaderboard list (pairs with method and paper counts) and per-board counts */
    index("claims_pairs").on(t.kind, t.datasetSlug, t.metricSlug, t.method, t.paperId),
    index("claims_paper").on(t.paperId),
    index("claims_kind_metric").on(t.kind, t.metricSlug),
    index("claims_fingerprint").on(t.fingerprint),
    /** speedups largest first (/speedups, overview): the displayed factor, claims below 1 inverted.
     *  The expression must stay identical to FACTOR in db/queries/speedups.ts for SQLite to use it. */
    index("claims_speedup_factor").on(
      t.kind,
      sql`(CASE WHEN value > 0 AND value < 1 AND coalesce(value_high, value) < 1 THEN 1.0 / value ELSE max(value, coalesce(value_high, value)) END)`,
    ),
  ],
);

/**
 * Human decisions on claims. Never touched by re-extraction.
 * verify/reject/edit point at a machine claim by fingerprint (claim ids change when claims are replaced);
 * edit carries the changed fields in `patch`; add carries a whole claim in `patch` and no fingerprint.
 */
export const claimDecisions = sqliteTable(
  "claim_decisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    paperId: integer("paper_id").notNull().references(() => papers.id, { onDelete: "cascade" }),
    fingerprint: text("fingerprint"),
    action: text("action", { enum: ["verify", "edit", "reject", "add"] }).notNull(),
    patch: text("patch", { mode: "json" }).$type<Record<string, unknown>>(),
    note: text("note"),
    author: text("author"),
    createdAt: text("created_at").notNull().default(now),
  },
  (t) => [index("decisions_paper").on(t.paperId), index("decisions_fingerprint").on(t.fingerprint)],
);

/** The metric vocabulary (seeded from lib/extract/vocab/metrics.json). */
export const metrics = sqliteTable("metrics", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull().unique(),
  slug: text("slug").notNull().unique(),
  aliases: text("aliases", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
  direction: text("direction", { enum: ["lower", "higher"] }).notNull(),
  unit: text("unit"),
  domain: text("domain").notNull(),
});

/** The dataset vocabulary (seeded from lib/extract/vocab/datasets.json). */
export const datasets = sqliteTable("datasets", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull().unique(),
  slug: text("slug").notNull().unique(),
  aliases: text("aliases", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
  domain: text("domain").notNull(),
});

export type Paper = typeof papers.$inferSelect;
export type NewPaper = typeof papers.$inferInsert;
export type Claim = typeof claims.$inferSelect;
export type NewClaim = typeof claims.$inferInsert;
export type ClaimDecision = typeof claimDecisions.$inferSelect;
