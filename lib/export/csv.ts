// CSV that is safe to open in a spreadsheet: text cells that a spreadsheet would read as a formula
// (starting with =, +, -, @, or a tab / carriage return) get a leading apostrophe; numbers stay numbers.
import { stringify } from "csv-stringify/sync";
import type { ExportTable } from "./table";

const FORMULA_START = /^[=+\-@\t\r]/;

/** "=1+1" → "'=1+1"; other text unchanged. */
export function neutralise(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/** UTF-8 CSV (with a byte-order mark, so Excel reads × and é right) with a header row of column keys. */
export function toCsv(table: ExportTable): string {
  return stringify(
    table.rows.map((r) => table.columns.map((c) => r[c.key] ?? null)),
    {
      bom: true,
      header: true,
      columns: table.columns.map((c) => c.key),
      cast: {
        string: (s) => neutralise(s),
        number: (n) => (Number.isFinite(n) ? String(n) : ""),
      },
      record_delimiter: "unix",
    },
  );
}
