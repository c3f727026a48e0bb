// Skeleton of the papers list while it loads.
export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-5">
      <span className="sr-only">Loading papers…</span>
      <div className="h-8 w-40 rounded bg-slate-200" />
      <div className="h-10 w-full rounded bg-slate-100" />
      <div className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="space-y-2 px-4 py-3">
            <div className="h-4 rounded bg-slate-200" style={{ width: `${80 - (i % 3) * 15}%` }} />
            <div className="h-3 w-24 rounded bg-slate-100" />
          </div>
        ))}
      </div>
    </div>
  );
}
