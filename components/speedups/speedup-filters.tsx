"use client";
// Filters of /speedups: aspect, minimum factor, text. All in the URL (nuqs, shallow: false → the server
// re-queries), so a link reproduces the view. Without JavaScript the same fields submit as a GET form.
import { debounce, useQueryStates } from "nuqs";
import { useEffect, useState, useTransition } from "react";
import { ASPECTS } from "@/lib/speedups/rows";
import { speedupParams } from "./search-params";

const MIN_CHOICES = [2, 5, 10, 50, 100];

export function SpeedupFilters() {
  const [pending, startTransition] = useTransition();
  const [{ aspect, min, q }, set] = useQueryStates(speedupParams, { shallow: false, startTransition });
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const active = aspect != null || min != null || q !== "";

  return (
    <form
      method="get"
      action="/speedups"
      role="search"
      aria-label="Filter speedup claims"
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm"
      onSubmit={(e) => {
        e.preventDefault();
        void set({ q: text || null });
      }}
    >
      <label className="flex flex-col gap-1">
        <span className="text-xs font-medium text-slate-700">Aspect</span>
        <select
          name="aspect"
          value={aspect ?? ""}
          onChange={(e) => void set({ aspect: (e.target.value || null) as (typeof ASPECTS)[number] | null })}
          className="rounded-md border border-slate-300 bg-white px-2 py-1.5"
        >
          <option value="">All aspects</option>
          {ASPECTS.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-xs font-medium text-slate-700">Minimum factor</span>
        <select
          name="min"
          value={min ?? ""}
          onChange={(e) => void set({ min: e.target.value ? Number(e.target.value) : null })}
          className="rounded-md border border-slate-300 bg-white px-2 py-1.5"
        >
          <option value="">Any</option>
          {[...new Set([...MIN_CHOICES, ...(min != null ? [min] : [])])].sort((a, b) => a - b).map((m) => (
            <option key={m} value={m}>
              ≥ {m}×
            </option>
          ))}
        </select>
      </label>
      <label className="flex min-w-48 flex-1 flex-col gap-1">
        <span className="text-xs font-medium text-slate-700">Text (method, paper, baseline, evidence)</span>
        <input
          type="search"
          name="q"
          value={text}
          placeholder="e.g. speculative, LlamaGen"
          onChange={(e) => {
            setText(e.target.value);
            void set({ q: e.target.value || null }, { limitUrlUpdates: debounce(350) });
          }}
          className="rounded-md border border-slate-300 px-2 py-1.5"
        />
      </label>
      <button type="submit" className="rounded-md bg-slate-900 px-3 py-1.5 font-medium text-white hover:bg-slate-700">
        Apply
      </button>
      {active && (
        <button
          type="button"
          onClick={() => {
            setText("");
            void set({ aspect: null, min: null, q: null });
          }}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-slate-700 hover:bg-slate-100"
        >
          Clear filters
        </button>
      )}
      <span aria-live="polite" className="text-xs text-slate-600">
        {pending ? "Updating…" : ""}
      </span>
    </form>
  );
}
