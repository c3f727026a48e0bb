// The rows behind a chart as a flat table: the one shape CSV, JSON and the export chart are made from.
export type Cell = string | number | null;

export interface ExportColumn {
  key: string;
  label: string;
}

export interface ExportTable {
  columns: ExportColumn[];
  rows: Record<string, Cell>[];
}

/** JSON export: the same rows, plus the query that produced them. */
export function toJson(table: ExportTable, query: Record<string, unknown>, meta: Record<string, unknown> = {}): string {
  return JSON.stringify({ ...meta, query, columns: table.columns, count: table.rows.length, rows: table.rows }, null, 2) + "\n";
}
