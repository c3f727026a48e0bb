"use client";
// Tooltip of the speedup range chart: method, factor, aspect, vs, paper title, evidence.
import type { SpeedupRow } from "@/lib/speedups/rows";
import { readableEvidence } from "@/lib/format/evidence-text";

interface Props {
  active?: boolean;
  payload?: readonly { payload?: { row?: SpeedupRow } }[];
}

export function SpeedupTooltip({ active, payload }: Props) {
  const row = active ? payload?.[0]?.payload?.row : undefined;
  if (!row) return null;
  return (
    <div className="max-w-sm rounded-md border border-slate-200 bg-white p-3 text-xs text-slate-800 shadow-lg">
      <div className="font-semibold text-slate-900">{row.label}</div>
      <div className="mt-0.5">
        <span className="font-mono text-sm">{row.factorLabel}</span> <span className="text-slate-600">{row.aspect}</span>
      </div>
      <div className="mt-1">
        <span className="text-slate-600">vs </span>
        {row.vs ?? <em className="text-amber-800">no named baseline</em>}
      </div>
      {row.flags.inverted && (
        <div className="mt-1 text-slate-600">Written as a factor below 1; shown as the equivalent reduction.</div>
      )}
      <div className="mt-1 text-slate-600">{row.paperTitle}</div>
      <blockquote className="mt-1 border-l-2 border-slate-300 pl-2 italic">“{readableEvidence(row.evidence)}”</blockquote>
    </div>
  );
}
