// Legend of the leaderboard charts (HTML; an export that serialises the SVG draws its own from LEADERBOARD_COLORS).
// Baselines are triangles in the scatter and time views, so the legend shows a triangle beside the colour.
import { LEADERBOARD_COLORS } from "./leaderboard-chart-utils";

function Swatch({ shape, color }: { shape: "square" | "triangle" | "line"; color: string }) {
  return (
    <svg aria-hidden width="14" height="12" viewBox="0 0 14 12" className="shrink-0">
      {shape === "square" ? <rect x="1" y="1" width="10" height="10" rx="2" fill={color} /> : null}
      {shape === "triangle" ? <path d="M7 1 L13 11 L1 11 Z" fill={color} /> : null}
      {shape === "line" ? <rect x="0" y="5" width="14" height="2" fill={color} /> : null}
    </svg>
  );
}

export function LeaderboardLegend({ frontier = false, baselines = true, shapes = false }: { frontier?: boolean; baselines?: boolean; shapes?: boolean }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" aria-label="Legend">
      <li className="flex items-center gap-1.5">
        <Swatch shape="square" color={LEADERBOARD_COLORS.proposed} />
        Proposed (the paper’s own result)
      </li>
      {baselines ? (
        <li className="flex items-center gap-1.5">
          <Swatch shape={shapes ? "triangle" : "square"} color={LEADERBOARD_COLORS.baseline} />
          Baseline cited in another paper
        </li>
      ) : null}
      {frontier ? (
        <li className="flex items-center gap-1.5">
          <Swatch shape="line" color={LEADERBOARD_COLORS.frontier} />
          Best so far
        </li>
      ) : null}
    </ul>
  );
}
