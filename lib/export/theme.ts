// Export themes and layout presets. Colours are hex (never CSS variables) so an exported SVG opens anywhere.
// The light theme uses the page charts' palette, so an export looks like the chart it came from.
import { LEADERBOARD_COLORS as PAGE } from "../../components/charts/leaderboard-chart-utils";
export type ThemeName = "light" | "dark";
export type LayoutName = "slide" | "chart";

export const FONT_STACK = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";

export interface ExportTheme {
  name: ThemeName;
  background: string;
  text: string;
  muted: string;
  grid: string;
  axis: string;
  /** proposed results */
  primary: string;
  /** baselines cited inside other papers */
  baseline: string;
  /** best-so-far line, highlights */
  accent: string;
}

export const THEMES: Record<ThemeName, ExportTheme> = {
  light: {
    name: "light",
    background: "#ffffff",
    text: "#0f172a",
    muted: "#475569",
    grid: "#e2e8f0",
    axis: "#64748b",
    primary: PAGE.proposed,
    baseline: PAGE.baseline,
    accent: PAGE.frontier,
  },
  dark: {
    name: "dark",
    background: "#0f172a",
    text: "#f8fafc",
    muted: "#cbd5e1",
    grid: "#334155",
    axis: "#94a3b8",
    primary: "#60a5fa",
    baseline: "#fbbf24",
    accent: "#34d399",
  },
};

export interface ExportLayout {
  name: LayoutName;
  width: number;
  height: number;
  /** type scale relative to the 1920-wide slide */
  scale: number;
}

export const LAYOUTS: Record<LayoutName, ExportLayout> = {
  // 16:9 slide, type readable from the back of a room
  slide: { name: "slide", width: 1920, height: 1080, scale: 1 },
  // a smaller figure for papers, docs and web pages
  chart: { name: "chart", width: 1200, height: 750, scale: 0.68 },
};

export function theme(name: string | null | undefined): ExportTheme {
  return THEMES[name === "dark" ? "dark" : "light"];
}

export function layout(name: string | null | undefined): ExportLayout {
  return LAYOUTS[name === "chart" ? "chart" : "slide"];
}
