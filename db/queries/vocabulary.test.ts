import { after, test } from "node:test";
import assert from "node:assert/strict";
import { DATASETS, METRICS } from "../../lib/vocab";
import { syncVocabulary } from "./vocabulary";
import { tempDb } from "./test-db";

const t = tempDb();
after(t.cleanup);
const { db } = t;

test("syncVocabulary: fills the tables, then is idempotent", () => {
  const first = syncVocabulary(db);
  assert.equal(first.metrics, METRICS.length);
  assert.equal(first.changed, METRICS.length + DATASETS.length);
  const snapshot = db.$client.prepare("SELECT * FROM metrics ORDER BY id").all();
  assert.equal(syncVocabulary(db).changed, 0);
  assert.deepEqual(db.$client.prepare("SELECT * FROM metrics ORDER BY id").all(), snapshot);
  const fid = db.$client.prepare("SELECT * FROM metrics WHERE slug = 'fid'").get() as { direction: string; aliases: string };
  assert.equal(fid.direction, "lower");
  assert.ok((JSON.parse(fid.aliases) as string[]).length > 0);
  assert.equal((db.$client.prepare("SELECT count(*) AS n FROM datasets").get() as { n: number }).n, DATASETS.length);
});

test("syncVocabulary: repairs changed rows and removes entries no longer in the vocabulary", () => {
  db.$client.prepare("UPDATE metrics SET direction = 'higher' WHERE slug = 'fid'").run();
  db.$client.prepare("INSERT INTO datasets (name, slug, domain) VALUES ('Gone', 'gone', 'image')").run();
  assert.equal(syncVocabulary(db).changed, 2);
  assert.equal((db.$client.prepare("SELECT direction FROM metrics WHERE slug = 'fid'").get() as { direction: string }).direction, "lower");
  assert.equal(db.$client.prepare("SELECT * FROM datasets WHERE slug = 'gone'").get(), undefined);
});
