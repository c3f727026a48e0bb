// Skeleton of a paper page while it loads.
export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-6">
      <span className="sr-only">Loading the paper…</span>
      <div className="h-4 w-24 rounded bg-slate-200" />
      <div className="h-8 w-3/4 rounded bg-slate-200" />
      <div className="h-10 w-full rounded bg-slate-100" />
      <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-6">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="h-4 rounded bg-slate-100" style={{ width: `${95 - i * 7}%` }} />
        ))}
      </div>
    </div>
  );
}
