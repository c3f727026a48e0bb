// The papers of one page: title (link), external id, date, claim counts by kind.
import Link from "next/link";
import type { PaperRow } from "@/db/queries/paper-pages";
import { KindBadge } from "@/components/paper/kind-badge";

function Counts({ r }: { r: PaperRow }) {
  if (!r.results && !r.speedups && !r.deltas) return <span className="text-xs text-slate-500">no claims</span>;
  const parts = [
    { kind: "result" as const, n: r.results, label: r.results === 1 ? "result" : "results" },
    { kind: "speedup" as const, n: r.speedups, label: r.speedups === 1 ? "speedup" : "speedups" },
    { kind: "delta" as const, n: r.deltas, label: r.deltas === 1 ? "delta" : "deltas" },
  ].filter((p) => p.n > 0);
  return (
    <span className="flex flex-wrap gap-1">
      {parts.map((p) => (
        <KindBadge key={p.kind} kind={p.kind}>{p.n} {p.label}</KindBadge>
      ))}
    </span>
  );
}

export function PaperList({ rows }: { rows: readonly PaperRow[] }) {
  return (
    <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" data-testid="paper-list">
      {rows.map((r) => (
        <li key={r.id} data-paper-id={r.id} className="flex flex-col gap-1.5 px-4 py-3 sm:flex-row sm:items-start sm:gap-4">
          <div className="min-w-0 flex-1">
            <Link href={`/papers/${r.id}`} className="font-medium leading-snug text-blue-800 underline-offset-2 hover:underline">
              {r.title}
            </Link>
            <div className="mt-0.5 flex flex-wrap gap-x-3 text-xs text-slate-500">
              <span className="font-mono">{r.externalId}</span>
              {r.published && <time dateTime={r.published}>{r.published.slice(0, 10)}</time>}
            </div>
          </div>
          <div className="shrink-0 sm:w-56 sm:pt-0.5 sm:text-right [&>span]:sm:justify-end">
            <Counts r={r} />
          </div>
        </li>
      ))}
    </ol>
  );
}
