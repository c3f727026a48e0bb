"use client";
// The ranked entries as cards, for phone widths (the table needs ~720 px).
import Link from "next/link";
import type { LeaderboardRow } from "@/lib/leaderboard/rows";
import { formatClaimValue } from "@/lib/format/claim-value";
import { formatParams, LEADERBOARD_COLORS } from "@/components/charts/leaderboard-chart-utils";
import { readableEvidence } from "@/lib/format/evidence-text";

export function BoardCards({ rows }: { rows: LeaderboardRow[] }) {
  return (
    <ol className="space-y-2" data-testid="board-cards">
      {rows.map((r) => (
        <li key={r.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm" data-role={r.role}>
          <div className="flex items-baseline justify-between gap-3">
            <span className="min-w-0 font-medium text-slate-900">
              <span className="mr-1.5 tabular-nums text-slate-500">{r.rank}.</span>
              {r.label}
            </span>
            <span className="whitespace-nowrap font-mono text-base tabular-nums text-slate-900">{formatClaimValue({ ...r, kind: "result" })}</span>
          </div>
          <div className="mt-1 flex flex-wrap items-center gap-x-3 text-xs text-slate-600">
            <span className="inline-flex items-center gap-1">
              <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-sm" style={{ background: LEADERBOARD_COLORS[r.role] }} />
              {r.role}
            </span>
            {r.paramsCount || r.params ? <span>{r.params ?? formatParams(r.paramsCount!)} params</span> : null}
          </div>
          <Link href={`/papers/${r.paperId}`} className="mt-1 block text-blue-700 underline decoration-blue-300">
            {r.paperTitle}
          </Link>
          <q className="mt-1 block text-xs text-slate-600" title={r.evidence}>{readableEvidence(r.evidence)}</q>
        </li>
      ))}
    </ol>
  );
}
