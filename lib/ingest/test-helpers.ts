// Shared by the ingest tests: fixture paths and "this throws an IngestError naming file and place".
import assert from "node:assert/strict";
import { join } from "node:path";
import { IngestError } from "./types";

export const fixture = (name: string) => join(__dirname, "fixtures", name);

/** Runs fn to completion and asserts it throws a one-line IngestError that starts with `prefix` and matches `re`. */
export function assertIngestError(fn: () => unknown, prefix: string, re: RegExp): IngestError {
  let caught: unknown;
  try {
    const r = fn();
    if (r && typeof (r as Iterable<unknown>)[Symbol.iterator] === "function") [...(r as Iterable<unknown>)];
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof IngestError, `expected an IngestError, got ${String(caught)}`);
  assert.ok(caught.message.startsWith(prefix), `"${caught.message}" should start with "${prefix}"`);
  assert.match(caught.message, re);
  assert.ok(!caught.message.includes("\n"), "one line");
  return caught;
}
