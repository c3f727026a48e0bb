"use client";
// View switch (bars / scatter / time) and the two toggles; every option lives in the URL.
import type { LeaderboardView } from "@/components/charts/leaderboard-chart-utils";

const VIEWS: { id: LeaderboardView; label: string }[] = [
  { id: "bars", label: "Ranking" },
  { id: "scatter", label: "vs. parameters" },
  { id: "time", label: "Over time" },
];

interface Props {
  view: LeaderboardView;
  best: boolean;
  baselines: boolean;
  onView: (v: LeaderboardView) => void;
  onBest: (b: boolean) => void;
  onBaselines: (b: boolean) => void;
}

export function BoardToolbar({ view, best, baselines, onView, onBest, onBaselines }: Props) {
  return (
    <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
      <div role="group" aria-label="Chart view" className="inline-flex overflow-hidden rounded-md border border-slate-300 bg-white text-sm">
        {VIEWS.map((v) => (
          <button
            key={v.id}
            type="button"
            aria-pressed={view === v.id}
            data-view={v.id}
            onClick={() => onView(v.id)}
            className={`px-3 py-1.5 ${view === v.id ? "bg-slate-900 text-white" : "text-slate-700 hover:bg-slate-100"} border-l border-slate-300 first:border-l-0`}
          >
            {v.label}
          </button>
        ))}
      </div>
      <label className="inline-flex cursor-pointer items-center gap-2 text-sm text-slate-800">
        <input type="checkbox" className="h-4 w-4 accent-blue-600" checked={best} onChange={(e) => onBest(e.target.checked)} name="best" />
        Best per method
      </label>
      <label className="inline-flex cursor-pointer items-center gap-2 text-sm text-slate-800">
        <input type="checkbox" className="h-4 w-4 accent-blue-600" checked={baselines} onChange={(e) => onBaselines(e.target.checked)} name="baselines" />
        Include baselines
      </label>
    </div>
  );
}
