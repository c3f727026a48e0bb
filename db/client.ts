// Opens the SQLite database lazily (never at import: `next build` imports route modules).
// The path comes from SOTABOARD_DB (default data/sotaboard.db); WAL mode; migrations from db/migrations.
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { z } from "zod";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const Env = z.object({ SOTABOARD_DB: z.string().min(1).default("data/sotaboard.db") });

export function dbPath(): string {
  return resolve(Env.parse(process.env).SOTABOARD_DB);
}

export const MIGRATIONS_DIR = resolve(process.cwd(), "db/migrations");

/** Opens (creating when missing) a database file, with WAL and foreign keys on. */
export function openDb(file: string, opts: { migrate?: boolean; readonly?: boolean } = {}): Db {
  if (file !== ":memory:" && !opts.readonly) mkdirSync(dirname(file), { recursive: true });
  const sqlite = new Database(file, { readonly: opts.readonly ?? false });
  if (!opts.readonly) sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  const db = drizzle(sqlite, { schema }) as Db;
  if (opts.migrate) migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  return db;
}

const g = globalThis as unknown as { __sotaboardDb?: Db };

/** The app's shared connection, opened on first use. */
export function getDb(): Db {
  if (!g.__sotaboardDb) g.__sotaboardDb = openDb(dbPath(), { migrate: true });
  return g.__sotaboardDb;
}

export function closeDb(): void {
  g.__sotaboardDb?.$client.close();
  g.__sotaboardDb = undefined;
}
