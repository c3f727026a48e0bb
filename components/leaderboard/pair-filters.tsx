"use client";
// Domain and text filters of /leaderboards; they live in the URL (domain=, q=) and re-render on the server.
import { parseAsString, useQueryStates, debounce } from "nuqs";

export function PairFilters({ domains }: { domains: { domain: string; count: number }[] }) {
  const [f, setF] = useQueryStates(
    { domain: parseAsString.withDefault(""), q: parseAsString.withDefault("") },
    { shallow: false, history: "replace", scroll: false },
  );
  return (
    <form role="search" className="flex flex-wrap items-end gap-3" onSubmit={(e) => e.preventDefault()}>
      <label className="flex flex-col gap-1 text-sm text-slate-700">
        Search benchmarks and metrics
        <input
          type="search"
          name="q"
          value={f.q}
          placeholder="e.g. ImageNet FID"
          onChange={(e) => setF({ q: e.target.value || null }, { limitUrlUpdates: e.target.value ? debounce(250) : undefined })}
          className="w-72 max-w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-slate-900"
        />
      </label>
      <label className="flex flex-col gap-1 text-sm text-slate-700">
        Domain
        <select
          name="domain"
          value={f.domain}
          onChange={(e) => setF({ domain: e.target.value || null })}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-slate-900"
        >
          <option value="">All domains</option>
          {domains.map((d) => (
            <option key={d.domain} value={d.domain}>
              {d.domain} ({d.count})
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
