// `cli export`: a leaderboard or the speedups chart as PNG, SVG, CSV or JSON.
//   npm run -s cli -- export --dataset "ImageNet 256x256" --metric FID --format png --out fid.png
// CSV and JSON are read straight from the database with the page's row functions; PNG and SVG are rendered by
// headless Chromium from the export route of the built app (the same layout as the Export menu).
import { Command, Option } from "commander";
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { dbPath } from "../../db/client";
import { fileName, renderText, viewPath, type ExportFormat, type ExportSubject } from "../../lib/export/render";
import { loadBoard, loadSpeedups } from "../../lib/export/sources";
import { withSearch } from "../../lib/export/view-state";
import { openCliDb } from "./open-db";

interface Opts {
  dataset?: string;
  metric?: string;
  speedups?: boolean;
  format: ExportFormat;
  out?: string;
  view: string;
  theme: "light" | "dark";
  layout: "slide" | "chart";
  scale: string;
  best: boolean;
  baselines: boolean;
  aspect?: string;
  min?: string;
  q?: string;
  url?: string;
  origin: string;
}

/** The view's own URL options, as the page and the export route read them. */
function viewParams(o: Opts): URLSearchParams {
  const sp = new URLSearchParams();
  if (o.speedups) {
    if (o.aspect) sp.set("aspect", o.aspect);
    if (o.min) sp.set("min", o.min);
    if (o.q) sp.set("q", o.q);
  } else {
    sp.set("view", o.view);
    if (!o.best) sp.set("best", "0");
    if (!o.baselines) sp.set("baselines", "0");
  }
  return sp;
}

export async function runExport(o: Opts, dbFile: string): Promise<string> {
  if (!o.speedups && (!o.dataset || !o.metric)) throw new Error("Give --dataset and --metric (name, slug or alias), or --speedups.");
  const scale = Number(o.scale);
  const sp = viewParams(o);
  if (!existsSync(dbFile)) throw new Error(`No database at ${dbFile}: run \`npm start\` once (it creates and loads it), or pass --db.`);
  // load first: unknown names and empty boards fail fast, before any server or browser starts
  const db = openCliDb(dbFile);
  let subject: ExportSubject;
  try {
    subject = o.speedups ? { kind: "speedups", data: loadSpeedups(db, sp) } : { kind: "leaderboard", data: loadBoard(db, o.dataset!, o.metric!, sp) };
  } finally {
    db.$client.close();
  }
  const out = o.out ?? fileName(subject, o.format, o, scale);
  const date = new Date().toISOString().slice(0, 10);
  if (o.format === "csv" || o.format === "json") {
    await writeFile(out, renderText(subject, o.format, { theme: o.theme, layout: o.layout, url: o.origin + viewPath(subject), date }));
    return out;
  }
  const route = subject.kind === "speedups" ? "/export/speedups" : `/export/leaderboard/${subject.data.query.dataset}/${subject.data.query.metric}`;
  sp.set("theme", o.theme);
  sp.set("layout", o.layout);
  sp.set("origin", o.origin);
  // loaded here, not at start-up: playwright-core costs every other CLI command half a second
  const { renderRoute, startServer, assertBuilt } = await import("../../lib/export/headless");
  if (!o.url) assertBuilt();
  const server = o.url ? { url: o.url.replace(/\/$/, ""), stop: () => {} } : await startServer(dbFile);
  try {
    await renderRoute({ url: server.url + withSearch(route, sp), layout: o.layout, scale, format: o.format, out });
  } finally {
    server.stop();
  }
  return out;
}

export function exportCommand(): Command {
  return new Command("export")
    .description("export a leaderboard or the speedups chart as PNG (1920×1080 slide at 2× by default), SVG, CSV or JSON")
    .option("--dataset <name>", "benchmark: canonical name, slug or alias")
    .option("--metric <name>", "metric: canonical name, slug or alias")
    .option("--speedups", "export the speedups chart instead of a leaderboard")
    .addOption(new Option("--format <format>", "file format").choices(["png", "svg", "csv", "json"]).default("png"))
    .option("--out <file>", "output file (default: a descriptive name in the current directory)")
    .addOption(new Option("--view <view>", "leaderboard chart").choices(["bars", "scatter", "time"]).default("bars"))
    .addOption(new Option("--theme <theme>", "colours").choices(["light", "dark"]).default("light"))
    .addOption(new Option("--layout <layout>", "slide = 1920×1080, chart = 1200×750").choices(["slide", "chart"]).default("slide"))
    .addOption(new Option("--scale <n>", "PNG pixel density").choices(["2", "3"]).default("2"))
    .option("--no-best", "every claim, not only each method's best")
    .option("--no-baselines", "hide baselines cited inside other papers")
    .option("--aspect <aspect>", "speedups: only this aspect (inference speed, throughput, …)")
    .option("--min <factor>", "speedups: only claims of at least this factor")
    .option("--q <text>", "speedups: only claims matching these words")
    .option("--url <url>", "render with a running sotaboard at this URL instead of starting the build")
    .option("--origin <url>", "site address printed in the footer and JSON", process.env.SOTABOARD_URL ?? `http://localhost:${process.env.PORT ?? 3000}`)
    .action(async (o: Opts, cmd: Command) => {
      try {
        const out = await runExport(o, (cmd.optsWithGlobals() as { db?: string }).db ?? dbPath());
        process.stderr.write(`wrote ${out}\n`);
      } catch (e) {
        process.stderr.write(`export: ${e instanceof Error ? e.message : String(e)}\n`);
        process.exitCode = 1;
      }
    });
}

export function registerExport(program: Command): void {
  program.addCommand(exportCommand());
}
