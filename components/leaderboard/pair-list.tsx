// The benchmark × metric pairs as a list of links, biggest first.
import Link from "next/link";
import type { BoardPair } from "@/db/queries/leaderboards";
import { findMetric } from "@/lib/vocab";

export function PairList({ pairs }: { pairs: BoardPair[] }) {
  return (
    <ul className="divide-y divide-slate-100 rounded-md border border-slate-200 bg-white" data-testid="pair-list">
      {pairs.map((p) => {
        const dir = findMetric(p.metricSlug)?.direction;
        return (
          <li key={`${p.datasetSlug}/${p.metricSlug}`}>
            <Link
              href={`/leaderboards/${p.datasetSlug}/${p.metricSlug}`}
              className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-3 hover:bg-slate-50"
              data-pair={`${p.datasetSlug}/${p.metricSlug}`}
            >
              <span className="min-w-0">
                <span className="font-medium text-blue-800">{p.metric}</span>
                <span className="text-slate-600"> on </span>
                <span className="font-medium text-slate-900">{p.dataset}</span>
                {dir ? <span className="ml-2 whitespace-nowrap text-xs text-slate-500">{dir === "lower" ? "lower is better ↓" : "higher is better ↑"}</span> : null}
              </span>
              <span className="flex gap-3 text-sm tabular-nums text-slate-600">
                <span className="rounded bg-slate-100 px-1.5 text-xs leading-5 text-slate-700">{p.domain}</span>
                <span data-methods={p.methods}>{p.methods} method{p.methods === 1 ? "" : "s"}</span>
                <span>{p.papers} paper{p.papers === 1 ? "" : "s"}</span>
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
