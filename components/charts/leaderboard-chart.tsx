"use client";
// One entry point for the three leaderboard views: props in, no fetching, animation off by default.
import type { LeaderboardRow } from "@/lib/leaderboard/rows";
import { LeaderboardBars } from "./leaderboard-bars";
import { LeaderboardScatter } from "./leaderboard-scatter";
import { LeaderboardTime } from "./leaderboard-time";
import type { LeaderboardChartBaseProps, LeaderboardView } from "./leaderboard-chart-utils";

export interface LeaderboardChartProps extends LeaderboardChartBaseProps {
  view: LeaderboardView;
  rows: readonly LeaderboardRow[];
  maxBars?: number;
}

export function LeaderboardChart({ view, ...props }: LeaderboardChartProps) {
  if (view === "scatter") return <LeaderboardScatter {...props} />;
  if (view === "time") return <LeaderboardTime {...props} />;
  return <LeaderboardBars {...props} />;
}
