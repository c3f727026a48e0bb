import { test } from "node:test";
import assert from "node:assert/strict";
import { parse } from "csv-parse/sync";
import { neutralise, toCsv } from "./csv";
import { toJson } from "./table";

const table = {
  columns: [{ key: "method", label: "Method" }, { key: "value", label: "Value" }, { key: "note", label: "Note" }],
  rows: [
    { method: "=HYPERLINK(\"http://x\")", value: -1.5, note: "+1 better" },
    { method: "@SUM(A1)", value: 2, note: "-3 dB" },
    { method: "xAR-H", value: 1.24, note: null },
    { method: "ImageNet 256×256, \"quoted\"", value: 0, note: "\tTabbed" },
  ],
};

test("formula-looking text cells get an apostrophe; others are untouched", () => {
  for (const s of ["=1+1", "+1", "-1", "@x", "\tx", "\rx"]) assert.equal(neutralise(s), `'${s}`);
  for (const s of ["1", "xAR-H", "a=b", " =x", ""]) assert.equal(neutralise(s), s);
});

test("CSV: UTF-8 BOM, header of column keys, neutralised text, numbers stay numbers", () => {
  const csv = toCsv(table);
  assert.ok(csv.startsWith("\uFEFFmethod,value,note\n"));
  const rows = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
  assert.deepEqual(rows.map((r) => r.method), ["'=HYPERLINK(\"http://x\")", "'@SUM(A1)", "xAR-H", "ImageNet 256×256, \"quoted\""]);
  assert.deepEqual(rows.map((r) => r.note), ["'+1 better", "'-3 dB", "", "'\tTabbed"]);
  // a negative number is a number, not text: no apostrophe, no quotes
  assert.match(csv, /,-1\.5,/);
  assert.deepEqual(rows.map((r) => Number(r.value)), [-1.5, 2, 1.24, 0]);
});

test("JSON: the same rows plus the query", () => {
  const j = JSON.parse(toJson(table, { dataset: "imagenet-256x256", view: "bars" }, { title: "FID" }));
  assert.equal(j.count, 4);
  assert.deepEqual(j.rows, table.rows);
  assert.deepEqual(j.query, { dataset: "imagenet-256x256", view: "bars" });
  assert.equal(j.rows[0].method, "=HYPERLINK(\"http://x\")", "JSON keeps text as written");
});
