// What a view is, as URL search params: the same parameters open the page, the export route and the API,
// so a shared link (and the URL in an export's footer) reproduces the view exactly.
export type ChartView = "bars" | "scatter" | "time";

export interface BoardQuery {
  dataset: string;
  metric: string;
  view: ChartView;
  /** best result per method only (default) */
  best: boolean;
  /** show baselines cited inside other papers */
  baselines: boolean;
  /** the table's sort ("value", "-value"; "" = by rank): kept so the link reopens the same table */
  sort: string;
}

/** The speedups page's filters (lib/speedups/rows SpeedupFilter) */
export interface SpeedupQuery {
  aspect: string | null;
  minFactor: number | null;
  text: string | null;
}

export interface RenderOptions {
  theme: "light" | "dark";
  layout: "slide" | "chart";
  /** the view's URL, printed in the footer */
  url: string;
  /** date printed in the source line (YYYY-MM-DD) */
  date: string;
}

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function getter(p: Params): (k: string) => string | undefined {
  if (p instanceof URLSearchParams) return (k) => p.get(k) ?? undefined;
  return (k) => {
    const v = p[k];
    return Array.isArray(v) ? v[0] : v;
  };
}

const isOff = (v: string | undefined) => v === "0" || v === "false" || v === "off" || v === "hide";

export function parseBoardQuery(dataset: string, metric: string, params: Params): BoardQuery {
  const get = getter(params);
  const view = get("view");
  return {
    dataset,
    metric,
    view: view === "scatter" || view === "time" ? view : "bars",
    best: !isOff(get("best")),
    baselines: !isOff(get("baselines")),
    sort: get("sort") ?? "",
  };
}

/** Only what differs from the default, so links stay short. */
export function boardSearch(q: Pick<BoardQuery, "view" | "best" | "baselines" | "sort">): URLSearchParams {
  const sp = new URLSearchParams();
  if (q.view !== "bars") sp.set("view", q.view);
  if (!q.best) sp.set("best", "0");
  if (!q.baselines) sp.set("baselines", "0");
  if (q.sort) sp.set("sort", q.sort);
  return sp;
}

export function parseSpeedupQuery(params: Params): SpeedupQuery {
  const get = getter(params);
  const min = Number(get("min"));
  return { aspect: get("aspect") || null, minFactor: Number.isFinite(min) && min > 0 ? min : null, text: get("q")?.trim() || null };
}

export function speedupSearch(q: SpeedupQuery): URLSearchParams {
  const sp = new URLSearchParams();
  if (q.aspect) sp.set("aspect", q.aspect);
  if (q.minFactor) sp.set("min", String(q.minFactor));
  if (q.text) sp.set("q", q.text);
  return sp;
}

export function parseRenderOptions(params: Params, url: string, date = new Date().toISOString().slice(0, 10)): RenderOptions {
  const get = getter(params);
  return { theme: get("theme") === "dark" ? "dark" : "light", layout: get("layout") === "chart" ? "chart" : "slide", url, date };
}

/** Page path + query: "/leaderboards/imagenet-256x256/fid?view=scatter". */
export function withSearch(path: string, sp: URLSearchParams): string {
  const s = sp.toString();
  return s ? `${path}?${s}` : path;
}

/** "ImageNet 256x256" → "ImageNet 256×256" for titles. */
export function displayName(name: string): string {
  return name.replace(/(\d)x(\d)/g, "$1×$2");
}

export function sourceLine(papers: number, date: string): string {
  return `${papers} paper${papers === 1 ? "" : "s"} · numbers extracted from abstracts · ${date}`;
}
