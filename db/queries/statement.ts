// Prepared statements cached per connection: prepare once, run many times.
import type { Statement } from "better-sqlite3";
import type { Db } from "../client";

type Stmt = Statement<unknown[], unknown>;
const cache = new WeakMap<object, Map<string, Stmt>>();

export function stmt(db: Db, sql: string): Stmt {
  let m = cache.get(db.$client);
  if (!m) cache.set(db.$client, (m = new Map()));
  let s = m.get(sql);
  if (!s) m.set(sql, (s = db.$client.prepare(sql)));
  return s;
}
