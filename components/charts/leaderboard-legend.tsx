// Legend of the leaderboard charts (HTML; an export that serialises the SVG draws its own from LEADERBOARD_COLORS).
import { LEADERBOARD_COLORS } from "./leaderboard-chart-utils";

export function LeaderboardLegend({ frontier = false, baselines = true }: { frontier?: boolean; baselines?: boolean }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" aria-label="Legend">
      <li className="flex items-center gap-1.5">
        <span aria-hidden className="inline-block h-3 w-3 rounded-sm" style={{ background: LEADERBOARD_COLORS.proposed }} />
        Proposed (the paper’s own result)
      </li>
      {baselines ? (
        <li className="flex items-center gap-1.5">
          <span aria-hidden className="inline-block h-3 w-3 rounded-sm" style={{ background: LEADERBOARD_COLORS.baseline }} />
          Baseline cited in another paper
        </li>
      ) : null}
      {frontier ? (
        <li className="flex items-center gap-1.5">
          <span aria-hidden className="inline-block h-0.5 w-4" style={{ background: LEADERBOARD_COLORS.frontier }} />
          Best so far
        </li>
      ) : null}
    </ul>
  );
}
