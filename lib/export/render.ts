// One export of one view: SVG, CSV or JSON text, with its file name and content type.
// Shared by the API route (browser downloads) and the CLI; PNG is rasterised from the SVG in Chromium.
import { toCsv } from "./csv";
import { boardSvg, boardTable, boardTitle, type BoardData } from "./leaderboard";
import { speedupSvg, speedupTable, type SpeedupData } from "./speedups";
import { toJson } from "./table";
import { boardSearch, speedupSearch, withSearch, type RenderOptions } from "./view-state";

export type TextFormat = "svg" | "csv" | "json";
export type ExportFormat = TextFormat | "png";

export type ExportSubject = { kind: "leaderboard"; data: BoardData } | { kind: "speedups"; data: SpeedupData };

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  png: "image/png",
  svg: "image/svg+xml; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};

/** The page path + query that shows this view: what "Copy link" copies and the footer prints. */
export function viewPath(subject: ExportSubject): string {
  if (subject.kind === "speedups") return withSearch("/speedups", speedupSearch(subject.data.query));
  const q = subject.data.query;
  return withSearch(`/leaderboards/${q.dataset}/${q.metric}`, boardSearch(q));
}

/** "sotaboard-fid-imagenet-256x256-scatter", "sotaboard-speedups". */
export function baseName(subject: ExportSubject): string {
  if (subject.kind === "speedups") return "sotaboard-speedups";
  const q = subject.data.query;
  return `sotaboard-${q.metric}-${q.dataset}-${q.view}`;
}

export function fileName(subject: ExportSubject, format: ExportFormat, opts?: Pick<RenderOptions, "theme" | "layout">, scale?: number): string {
  const look = format === "png" || format === "svg" ? `-${opts?.layout ?? "slide"}-${opts?.theme ?? "light"}` : "";
  return `${baseName(subject)}${look}${format === "png" ? `@${scale ?? 2}x` : ""}.${format}`;
}

export function renderText(subject: ExportSubject, format: TextFormat, opts: RenderOptions): string {
  if (format === "svg") return subject.kind === "leaderboard" ? boardSvg(subject.data, opts) : speedupSvg(subject.data, opts);
  const table = subject.kind === "leaderboard" ? boardTable(subject.data) : speedupTable(subject.data);
  if (format === "csv") return toCsv(table);
  const meta =
    subject.kind === "leaderboard"
      ? { title: boardTitle(subject.data), dataset: subject.data.dataset, metric: subject.data.metric }
      : { title: "Speedup claims" };
  return toJson(table, { ...subject.data.query, url: opts.url }, { ...meta, generated: opts.date, source: "numbers extracted from paper abstracts by sotaboard" });
}
