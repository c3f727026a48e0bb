// A leaderboard as export rows: the table (CSV/JSON), the title and the chart frame.
import type { LeaderboardRow } from "../leaderboard/rows";
import { renderFrame, type LegendItem } from "./frame";
import { leaderboardChart, MAX_BARS, plottedRows } from "./leaderboard-chart";
import type { ExportTable } from "./table";
import { layout as layoutOf, theme as themeOf } from "./theme";
import { displayName, sourceLine, type BoardQuery, type RenderOptions } from "./view-state";

export interface BoardData {
  dataset: { name: string; slug: string };
  metric: { name: string; slug: string; direction: "lower" | "higher"; unit: string | null };
  query: BoardQuery;
  rows: LeaderboardRow[];
}

export const BOARD_COLUMNS = [
  { key: "rank", label: "Rank" },
  { key: "method", label: "Method" },
  { key: "value", label: "Value" },
  { key: "value_high", label: "Value (high)" },
  { key: "unit", label: "Unit" },
  { key: "qualifier", label: "Qualifier" },
  { key: "params", label: "Params" },
  { key: "params_count", label: "Params (count)" },
  { key: "role", label: "Role" },
  { key: "paper_id", label: "Paper id" },
  { key: "paper", label: "Paper" },
  { key: "published", label: "Published" },
  { key: "evidence", label: "Evidence" },
];

export function boardTable(data: BoardData): ExportTable {
  return {
    columns: BOARD_COLUMNS,
    rows: data.rows.map((r) => ({
      rank: r.rank,
      method: r.label,
      value: r.value,
      value_high: r.valueHigh,
      unit: r.unit,
      qualifier: r.qualifier,
      params: r.params,
      params_count: r.paramsCount,
      role: r.role,
      paper_id: r.paperId,
      paper: r.paperTitle,
      published: r.paperPublished,
      evidence: r.evidence,
    })),
  };
}

export function boardTitle(data: BoardData): string {
  return `${data.metric.name} on ${displayName(data.dataset.name)}`;
}

const VIEW_LABEL = { bars: "ranked", scatter: "against parameter count", time: "over time" } as const;

export function boardSubtitle(data: BoardData): string {
  const methods = new Set(data.rows.map((r) => r.methodKey)).size;
  const dir = data.metric.direction === "lower" ? "Lower is better" : "Higher is better";
  const q = data.query;
  const cut = q.view === "bars" && data.rows.length > MAX_BARS ? `best ${MAX_BARS} of ${data.rows.length} shown` : null;
  const filters = [q.best ? null : "every claim, not only each method’s best", q.baselines ? null : "baselines hidden", cut].filter(Boolean);
  return [dir, `${methods} method${methods === 1 ? "" : "s"}`, VIEW_LABEL[q.view], ...filters].join(" · ");
}

export function boardSvg(data: BoardData, opts: RenderOptions): string {
  const t = themeOf(opts.theme);
  const l = layoutOf(opts.layout);
  // the legend names only what the chart draws
  const drawn = plottedRows(data);
  const shape = data.query.view === "bars" ? "square" : "circle";
  const legend: LegendItem[] = [
    ...(drawn.some((r) => r.role === "proposed") ? [{ label: "Proposed (the paper’s own result)", color: t.primary, shape } as LegendItem] : []),
    ...(drawn.some((r) => r.role === "baseline") ? [{ label: "Baseline cited in another paper", color: t.baseline, shape } as LegendItem] : []),
    ...(data.query.view === "time" && drawn.length ? [{ label: "Best so far", color: t.accent, shape: "line" } as LegendItem] : []),
  ];
  const papers = new Set(data.rows.map((r) => r.paperId)).size;
  return renderFrame({
    title: boardTitle(data),
    subtitle: boardSubtitle(data),
    legend,
    source: sourceLine(papers, opts.date),
    url: opts.url,
    theme: t,
    layout: l,
    chartKind: data.query.view,
    chart: (box, s) => leaderboardChart(data, box, s, t),
  });
}
