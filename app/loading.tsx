export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="py-16 text-center text-slate-500">
      <span className="inline-block h-4 w-4 animate-spin rounded-full border-2 border-slate-300 border-t-slate-700 align-middle" /> Loading…
    </div>
  );
}
