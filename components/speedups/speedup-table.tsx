"use client";
// The speedup claims as a sortable table (@tanstack/react-table): paper, method, aspect, factor, flags, vs, evidence.
import Link from "next/link";
import { useState } from "react";
import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  useReactTable,
  type SortingState,
} from "@tanstack/react-table";
import type { SpeedupRow } from "@/lib/speedups/rows";
import { FlagBadges } from "./speedup-flags";
import { readableEvidence } from "@/lib/format/evidence-text";

const col = createColumnHelper<SpeedupRow>();
const columns = [
  col.accessor("high", {
    id: "factor",
    header: "Factor",
    cell: (c) => <span className="block min-w-20 font-mono">{c.row.original.factorLabel}</span>,
    sortDescFirst: true,
  }),
  col.accessor((r) => r.method ?? "", {
    id: "method",
    header: "Method",
    cell: (c) => (c.getValue() ? <span className="font-medium">{c.getValue()}</span> : <span className="text-slate-600">not named</span>),
  }),
  col.accessor("aspect", { header: "Aspect" }),
  col.accessor((r) => r.flags.qualifier ?? "", { id: "qualifier", header: "Flags", cell: (c) => <FlagBadges flags={c.row.original.flags} /> }),
  col.accessor((r) => r.vs ?? "", {
    id: "vs",
    header: "vs",
    cell: (c) => <div className="min-w-32">{c.getValue() || <span className="text-rose-800">none named</span>}</div>,
  }),
  col.accessor("paperTitle", {
    header: "Paper",
    cell: (c) => (
      <div className="min-w-44">
        <Link href={`/papers/${c.row.original.paperId}`} className="text-blue-700 underline-offset-2 hover:underline">
          {c.getValue()}
        </Link>
      </div>
    ),
  }),
  col.accessor("evidence", {
    header: "Evidence",
    enableSorting: false,
    cell: (c) => <q className="block min-w-60 text-slate-700 italic" title={c.getValue()}>{readableEvidence(c.getValue())}</q>,
  }),
];

export function SpeedupTable({ rows, pageSize = 50 }: { rows: readonly SpeedupRow[]; pageSize?: number }) {
  const [sorting, setSorting] = useState<SortingState>([{ id: "factor", desc: true }]);
  const table = useReactTable({
    data: rows as SpeedupRow[],
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
    initialState: { pagination: { pageSize } },
  });
  const pages = table.getPageCount();

  return (
    <div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full min-w-[64rem] text-left text-sm">
          <caption className="sr-only">Speedup claims, sortable by column</caption>
          <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
            {table.getHeaderGroups().map((hg) => (
              <tr key={hg.id}>
                {hg.headers.map((h) => {
                  const sorted = h.column.getIsSorted();
                  return (
                    <th
                      key={h.id}
                      scope="col"
                      className="px-3 py-2 font-semibold"
                      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                    >
                      {h.column.getCanSort() ? (
                        <button type="button" onClick={h.column.getToggleSortingHandler()} className="inline-flex items-center gap-1 uppercase hover:text-slate-900">
                          {flexRender(h.column.columnDef.header, h.getContext())}
                          <span aria-hidden>{sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}</span>
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
            {table.getRowModel().rows.map((r) => (
              <tr key={r.id} className="border-t border-slate-100 align-top" data-claim-id={r.original.id} data-aspect={r.original.aspect} data-high={r.original.high}>
                {r.getVisibleCells().map((c) => (
                  <td key={c.id} className="px-3 py-2">
                    {flexRender(c.column.columnDef.cell, c.getContext())}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav aria-label="Table pages" className="mt-2 flex items-center gap-2 text-sm">
          <button type="button" className="rounded border border-slate-300 px-2 py-1 disabled:opacity-40" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()}>
            Previous
          </button>
          <span>
            Page {table.getState().pagination.pageIndex + 1} of {pages}
          </span>
          <button type="button" className="rounded border border-slate-300 px-2 py-1 disabled:opacity-40" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
            Next
          </button>
        </nav>
      )}
    </div>
  );
}
