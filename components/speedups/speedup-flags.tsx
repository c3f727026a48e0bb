// Weak-claim badges (qualifier, no named baseline, range, inverted) and the legend that explains them
// together with the chart's marks. No hooks: usable from server and client components.
import type { SpeedupFlags } from "@/lib/speedups/rows";

const BADGE = "inline-flex items-center whitespace-nowrap rounded border px-1.5 py-0.5 text-[11px] font-medium leading-none";

export function FlagBadges({ flags }: { flags: SpeedupFlags }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      {flags.qualifier && (
        <span className={`${BADGE} border-amber-300 bg-amber-50 text-amber-900`} data-flag="qualifier" title={`Qualified claim: “${flags.qualifier}”`}>
          {flags.qualifier}
        </span>
      )}
      {flags.noBaseline && (
        <span className={`${BADGE} border-rose-300 bg-rose-50 text-rose-900`} data-flag="no-baseline" title="The abstract names no baseline">
          no baseline
        </span>
      )}
      {flags.range && (
        <span className={`${BADGE} border-sky-300 bg-sky-50 text-sky-900`} data-flag="range" title="A range, from value to value_high">
          range
        </span>
      )}
      {flags.inverted && (
        <span className={`${BADGE} border-violet-300 bg-violet-50 text-violet-900`} data-flag="inverted" title="Written as a factor below 1, shown as its inverse">
          inverted
        </span>
      )}
    </span>
  );
}

export function SpeedupLegend() {
  return (
    <ul aria-label="Legend" className="flex flex-wrap gap-x-5 gap-y-2 text-xs text-slate-700">
      <li className="flex items-center gap-1.5">
        <svg width="14" height="14" aria-hidden><circle cx="7" cy="7" r="5" fill="#2563eb" stroke="#2563eb" strokeWidth="2" /></svg>
        single factor
      </li>
      <li className="flex items-center gap-1.5">
        <svg width="34" height="14" aria-hidden><rect x="2" y="2" width="30" height="10" rx="5" fill="#2563eb" fillOpacity="0.85" stroke="#2563eb" strokeWidth="2" /></svg>
        range (value to value_high)
      </li>
      <li className="flex items-center gap-1.5">
        <svg width="14" height="14" aria-hidden><circle cx="7" cy="7" r="5" fill="#ffffff" stroke="#2563eb" strokeWidth="2" /></svg>
        hollow: no named baseline
      </li>
      <li>
        <span className="font-mono">≤ ≈ &gt; ≥</span>: “up to”, “about”, “over”, “at least”
      </li>
      <li>
        <span className="font-mono">↺</span>: written below 1 (“to 0.6× the cost”), shown as the equivalent factor 1/0.6 ≈ 1.7×
      </li>
    </ul>
  );
}
