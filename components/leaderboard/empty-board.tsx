import Link from "next/link";

/** A benchmark × metric pair from the vocabulary that no stored abstract reports a result for yet. */
export function EmptyBoard({ dataset, metric }: { dataset: string; metric: string }) {
  return (
    <div className="space-y-5">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
        <Link href="/leaderboards" className="text-blue-700 underline">Leaderboards</Link>
        <span aria-hidden> / </span>
        <span>{dataset}</span>
      </nav>
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">
        {metric} on {dataset}
      </h1>
      <div role="status" className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
        <p className="font-semibold text-slate-900">No results yet</p>
        <p className="mt-2 text-sm text-slate-600">
          No stored abstract reports {metric} on {dataset}. Ingest more papers with{" "}
          <code className="rounded bg-slate-100 px-1">npm run -s cli -- ingest FILE</code>, or see{" "}
          <Link href="/leaderboards" className="text-blue-700 underline">every leaderboard</Link>.
        </p>
      </div>
    </div>
  );
}
