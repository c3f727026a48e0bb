"use client";
// The ranked table: rank, method, value (qualifier, range, unit), params, paper, role, evidence. Sortable; sort in the URL.
import Link from "next/link";
import { useMemo, useState } from "react";
import {
  createColumnHelper, flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type SortingState, type Updater,
} from "@tanstack/react-table";
import type { LeaderboardRow } from "@/lib/leaderboard/rows";
import { formatClaimValue, qualifierLabel } from "@/lib/format/claim-value";
import { formatParams, LEADERBOARD_COLORS } from "@/components/charts/leaderboard-chart-utils";
import { BoardCards } from "./board-cards";
import { readableEvidence } from "@/lib/format/evidence-text";

const col = createColumnHelper<LeaderboardRow>();
const nullsLast = (a: number | null | undefined, b: number | null | undefined) =>
  a == null ? (b == null ? 0 : 1) : b == null ? -1 : a - b;

const columns = [
  col.accessor("rank", { header: "Rank", cell: (c) => <span className="tabular-nums">{c.getValue()}</span> }),
  col.accessor("label", {
    header: "Method",
    cell: (c) => <span className="font-medium text-slate-900">{c.getValue()}</span>,
    sortingFn: (a, b) => a.original.label.localeCompare(b.original.label, "en", { sensitivity: "base" }),
  }),
  col.accessor("value", {
    header: "Value",
    cell: (c) => {
      const r = c.row.original;
      const q = qualifierLabel(r.qualifier);
      return (
        <span className="whitespace-nowrap font-mono tabular-nums" title={q ? `${q} ${r.value}` : undefined}>
          {formatClaimValue({ ...r, kind: "result" })}
        </span>
      );
    },
  }),
  col.accessor("paramsCount", {
    header: "Params",
    cell: (c) => {
      const r = c.row.original;
      return r.params ?? (r.paramsCount ? formatParams(r.paramsCount) : <span className="text-slate-400">—</span>);
    },
    sortingFn: (a, b) => nullsLast(a.original.paramsCount, b.original.paramsCount),
  }),
  col.accessor("paperTitle", {
    header: "Paper",
    cell: (c) => (
      <Link href={`/papers/${c.row.original.paperId}`} className="text-blue-700 underline decoration-blue-300 hover:decoration-blue-700">
        {c.getValue()}
      </Link>
    ),
  }),
  col.accessor("role", {
    header: "Role",
    cell: (c) => (
      <span className="inline-flex items-center gap-1 whitespace-nowrap">
        <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-sm" style={{ background: LEADERBOARD_COLORS[c.getValue()] }} />
        {c.getValue() === "baseline" ? "baseline" : "proposed"}
      </span>
    ),
  }),
  col.accessor("evidence", {
    header: "Evidence",
    enableSorting: false,
    cell: (c) => <q className="text-slate-600" title={c.getValue()}>{readableEvidence(c.getValue())}</q>,
  }),
];

/** "-value" ⇄ [{ id: "value", desc: true }] */
export function parseSort(s: string): SortingState {
  if (!s) return [];
  const desc = s.startsWith("-");
  const id = desc ? s.slice(1) : s;
  return columns.some((c) => "accessorKey" in c && c.accessorKey === id) ? [{ id, desc }] : [];
}
function serializeSort(s: SortingState): string {
  return s[0] ? `${s[0].desc ? "-" : ""}${s[0].id}` : "";
}

const PAGE = 100;

const SORT_CHOICES = [
  ["", "Rank"], ["label", "Method (A–Z)"], ["paramsCount", "Params (smallest first)"], ["-paramsCount", "Params (largest first)"], ["paperTitle", "Paper"], ["role", "Role"],
] as const;

interface Props {
  rows: LeaderboardRow[];
  sort: string;
  onSort: (s: string) => void;
  /** phone width: cards and a sort menu instead of the table */
  narrow?: boolean;
}

export function BoardTable({ rows, sort, onSort, narrow = false }: Props) {
  const sorting = useMemo(() => parseSort(sort), [sort]);
  const [all, setAll] = useState(false);
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting },
    onSortingChange: (u: Updater<SortingState>) => onSort(serializeSort(typeof u === "function" ? u(sorting) : u)),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    enableMultiSort: false,
    sortDescFirst: false,
  });
  const model = table.getRowModel().rows;
  const shown = all ? model : model.slice(0, PAGE);
  const more =
    model.length > PAGE && !all ? (
      <button type="button" onClick={() => setAll(true)} className="mt-2 text-sm text-blue-700 underline">
        Show all {model.length} rows
      </button>
    ) : null;
  if (narrow) {
    return (
      <div>
        <label className="mb-2 flex items-center gap-2 text-sm text-slate-700">
          Sort by
          <select value={sort} onChange={(e) => onSort(e.target.value)} className="rounded-md border border-slate-300 bg-white px-2 py-1">
            {SORT_CHOICES.map(([v, l]) => (
              <option key={v} value={v}>{l}</option>
            ))}
            {SORT_CHOICES.some(([v]) => v === sort) ? null : <option value={sort}>{sort}</option>}
          </select>
        </label>
        <BoardCards rows={shown.map((r) => r.original)} />
        {more}
      </div>
    );
  }
  return (
    <div>
      <div className="overflow-x-auto rounded-md border border-slate-200 bg-white">
        <table className="w-full min-w-[720px] border-collapse text-sm" data-testid="board-table">
          <caption className="sr-only">Ranked entries; column headers sort the table</caption>
          <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-600">
            {table.getHeaderGroups().map((hg) => (
              <tr key={hg.id}>
                {hg.headers.map((h) => {
                  const s = h.column.getIsSorted();
                  return (
                    <th key={h.id} scope="col" className="px-3 py-2 font-semibold"
                      aria-sort={s === "asc" ? "ascending" : s === "desc" ? "descending" : undefined}>
                      {h.column.getCanSort() ? (
                        <button type="button" onClick={h.column.getToggleSortingHandler()} className="inline-flex items-center gap-1 uppercase hover:text-slate-900">
                          {flexRender(h.column.columnDef.header, h.getContext())}
                          <span aria-hidden>{s === "asc" ? "▲" : s === "desc" ? "▼" : "↕"}</span>
                        </button>
                      ) : (
                        flexRender(h.column.columnDef.header, h.getContext())
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.original.id} className="border-t border-slate-100 align-top" data-role={r.original.role}>
                {r.getVisibleCells().map((c) => (
                  <td key={c.id} className={`px-3 py-2 ${c.column.id === "evidence" ? "min-w-[16rem]" : ""} ${c.column.id === "paperTitle" ? "min-w-[12rem]" : ""}`}>
                    {flexRender(c.column.columnDef.cell, c.getContext())}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {more}
    </div>
  );
}
