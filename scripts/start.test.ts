// npm start's database step: first start loads and extracts the bundled corpus; later starts add nothing.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDb } from "../db/client";
import { getStats } from "../db/queries/stats";
import { prepareDatabase } from "./start";

const dir = mkdtempSync(join(tmpdir(), "sotaboard-start-"));
const saved = process.env.SOTABOARD_DB;
after(() => {
  process.env.SOTABOARD_DB = saved;
  rmSync(dir, { recursive: true, force: true });
});

test("prepareDatabase: loads the corpus once, extracts it, is idempotent", () => {
  process.env.SOTABOARD_DB = join(dir, "start.db");
  prepareDatabase();
  const db = openDb(join(dir, "start.db"));
  const s1 = getStats(db);
  assert.equal(s1.papers, 189);
  assert.equal(s1.papersExtracted, 189);
  assert.ok(s1.claims > 0 && s1.metrics > 0);
  const snapshot = JSON.stringify(db.$client.prepare("SELECT * FROM claims ORDER BY id").all());
  prepareDatabase();
  assert.deepEqual(getStats(db), s1);
  assert.equal(JSON.stringify(db.$client.prepare("SELECT * FROM claims ORDER BY id").all()), snapshot);
  db.$client.close();
});
