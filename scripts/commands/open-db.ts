// Every command opens the database the same way: migrate, then mirror the vocabulary.
import { dbPath, openDb, type Db } from "../../db/client";
import { syncVocabulary } from "../../db/queries/vocabulary";

export function openCliDb(file?: string): Db {
  const db = openDb(file ?? dbPath(), { migrate: true });
  syncVocabulary(db);
  return db;
}
