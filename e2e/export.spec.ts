// Export menu and CLI export: every format from the leaderboard and the speedups page, checked as files.
import { expect, test, type Download, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { MAX_BARS } from "../lib/export/leaderboard-chart";
import { lumaVariance, pixelAt, readPng } from "../lib/export/png-reader";
import { MAX_SPEEDUP_ROWS } from "../lib/export/speedups";
import { seriousA11yViolations, trackConsoleErrors } from "./helpers";

const BOARD = "/leaderboards/imagenet-256x256/fid";
const run = promisify(execFile);

const status = (page: Page) => page.locator("[data-export-menu] [data-export-status]");

async function openMenu(page: Page) {
  await page.getByRole("button", { name: "Export", exact: true }).click();
  await expect(page.getByRole("menu")).toBeVisible();
}

/** Opens the menu, picks an item, returns the file it downloads. */
async function download(page: Page, item: string | RegExp): Promise<{ d: Download; body: Buffer }> {
  await openMenu(page);
  const [d] = await Promise.all([page.waitForEvent("download"), page.getByRole("menuitem", { name: item }).click()]);
  await expect(status(page)).toHaveText(/^Downloaded /);
  return { d, body: await readFile((await d.path())!) };
}

async function choose(page: Page, option: string) {
  await openMenu(page);
  await page.getByRole("menuitemradio", { name: option }).click();
  await page.keyboard.press("Escape");
}

/** Parses an SVG in the browser (strict XML) and reads what the tests check. */
async function inspectSvg(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    const root = doc.documentElement;
    return {
      error: doc.querySelector("parsererror")?.textContent ?? null,
      width: root.getAttribute("width"),
      height: root.getAttribute("height"),
      chart: root.getAttribute("data-chart"),
      title: doc.querySelector('[data-role="title"]')?.textContent,
      legend: doc.querySelector("[data-legend]")?.textContent,
      marks: doc.querySelectorAll("[data-mark]").length,
      url: doc.querySelector('[data-role="url"]')?.textContent,
    };
  }, svg);
}

function expectPng(body: Buffer, width: number, height: number) {
  const png = readPng(body);
  expect([png.width, png.height]).toEqual([width, height]);
  expect(lumaVariance(png)).toBeGreaterThan(100);
  return png;
}

const csvRows = (body: Buffer) => parse(body.toString("utf8").replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];

test.describe("leaderboard export", () => {
  test("PNG at 2× is the 1920×1080 slide at twice its size, and not blank", async ({ page }) => {
    const errors = trackConsoleErrors(page);
    await page.goto(BOARD);
    const { d, body } = await download(page, "PNG (2×)");
    expect(d.suggestedFilename()).toBe("sotaboard-fid-imagenet-256x256-bars-slide-light@2x.png");
    const png = expectPng(body, 3840, 2160);
    expect(pixelAt(png, 4, 4).slice(0, 3)).toEqual([255, 255, 255]);
    expect(errors).toEqual([]);
  });

  test("PNG at 3×, chart layout, dark theme", async ({ page }) => {
    await page.goto(BOARD);
    await choose(page, "Chart (1200×750)");
    await choose(page, "Dark theme");
    const { body } = await download(page, "PNG (3×)");
    const png = expectPng(body, 3600, 2250);
    expect(pixelAt(png, 4, 4).slice(0, 3)).toEqual([15, 23, 42]);
  });

  test("SVG parses, has the title, the legend, one bar per row and no CSS variables", async ({ page }) => {
    await page.goto(BOARD);
    const rows = await page.locator('[data-testid="board-table"] tbody tr').count();
    expect(rows).toBeGreaterThan(2);
    const { body } = await download(page, "SVG");
    const svg = body.toString("utf8");
    expect(svg).not.toContain("var(--");
    expect(svg).not.toContain("oklch");
    const info = await inspectSvg(page, svg);
    expect(info.error).toBeNull();
    expect([info.width, info.height, info.chart]).toEqual(["1920", "1080", "bars"]);
    expect(info.title).toBe("FID on ImageNet 256×256");
    expect(info.legend).toContain("Proposed (the paper’s own result)");
    expect(info.marks).toBe(Math.min(rows, MAX_BARS));
    expect(info.url).toMatch(/\/leaderboards\/imagenet-256x256\/fid$/);
  });

  test("CSV and JSON carry exactly the table's rows", async ({ page }) => {
    await page.goto(BOARD);
    const table = await page.locator('[data-testid="board-table"] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent?.trim() ?? "")),
    );
    const csv = csvRows((await download(page, /^CSV/)).body);
    expect(csv.map((r) => [r.rank, r.method])).toEqual(table.map((t) => [t[0], t[1]]));
    const firstNumber = (s: string) => Number(/-?\d[\d,]*(\.\d+)?(e-?\d+)?/.exec(s)![0].replace(/,/g, ""));
    expect(csv.map((r) => Number(r.value))).toEqual(table.map((t) => firstNumber(t[2])));
    const json = JSON.parse((await download(page, /^JSON/)).body.toString("utf8"));
    expect(json.rows.map((r: { method: string }) => r.method)).toEqual(csv.map((r) => r.method));
    expect(json.query).toMatchObject({ dataset: "imagenet-256x256", metric: "fid", view: "bars", best: true, baselines: true });
  });

  test("the copied link reopens the same view, and the export footer carries it", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    await page.goto(BOARD);
    await page.getByRole("group", { name: "Chart view" }).getByRole("button", { name: "vs. parameters" }).click();
    await page.getByRole("checkbox", { name: "Include baselines" }).uncheck();
    await expect(page).toHaveURL(/view=scatter/);
    await expect(page).toHaveURL(/baselines=0/);
    const shown = await page.locator('[data-testid="board-table"] tbody tr').count();
    await openMenu(page);
    await page.getByRole("menuitem", { name: "Copy link" }).click();
    await expect(status(page)).toHaveText(/Link copied/);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());

    const again = await context.newPage();
    await again.goto(link);
    await expect(again.getByRole("group", { name: "Chart view" }).getByRole("button", { name: "vs. parameters" })).toHaveAttribute("aria-pressed", "true");
    await expect(again.getByRole("checkbox", { name: "Include baselines" })).not.toBeChecked();
    await expect(again.locator('[data-testid="board-table"] tbody tr')).toHaveCount(shown);

    const info = await inspectSvg(again, (await download(again, "SVG")).body.toString("utf8"));
    expect(info.chart).toBe("scatter");
    const params = (u: string) => [...new URL(u).searchParams].sort();
    expect(params(info.url!)).toEqual(params(link));
    expect(new URL(info.url!).pathname).toBe(new URL(link).pathname);
  });

  test("copy image puts a PNG on the clipboard; the menu works from the keyboard", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    await page.goto(BOARD);
    const button = page.getByRole("button", { name: "Export", exact: true });
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("menuitemradio").first()).toBeFocused();
    await page.keyboard.press("End");
    await expect(page.getByRole("menuitem", { name: "Copy link" })).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await expect(page.getByRole("menuitem", { name: "Copy image" })).toBeFocused();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await expect(page.getByRole("menu")).toBeHidden();
    await expect(button).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("End");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await expect(status(page)).toHaveText(/Image copied/);
    const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((i) => i.types));
    expect(types).toContain("image/png");
  });
});

test.describe("speedups export", () => {
  test("PNG, SVG, CSV and JSON of the rows shown", async ({ page }) => {
    const errors = trackConsoleErrors(page);
    await page.goto("/speedups");
    const table = await page.locator("tr[data-claim-id] td:nth-child(2)").allTextContents();
    expect(table.length).toBeGreaterThan(2);
    expectPng((await download(page, "PNG (2×)")).body, 3840, 2160);
    const svg = (await download(page, "SVG")).body.toString("utf8");
    expect(svg).not.toContain("var(--");
    const info = await inspectSvg(page, svg);
    expect(info.error).toBeNull();
    expect(info.title).toBe("Speedup claims");
    expect(info.legend).toContain("inference speed");
    expect(info.marks).toBe(Math.min(table.length, MAX_SPEEDUP_ROWS));
    const csv = csvRows((await download(page, /^CSV/)).body);
    // the table writes "not named" where the abstract names no method
    expect(csv.slice(0, table.length).map((r) => r.method || "not named")).toEqual(table);
    const json = JSON.parse((await download(page, /^JSON/)).body.toString("utf8"));
    expect(json.count).toBe(csv.length);
    expect(errors).toEqual([]);
  });

  test("a filtered view exports only its rows", async ({ page }) => {
    await page.goto("/speedups?aspect=throughput");
    const shown = await page.locator("tr[data-claim-id]").count();
    const csv = csvRows((await download(page, /^CSV/)).body);
    expect(csv.length).toBe(shown);
    expect(new Set(csv.map((r) => r.aspect))).toEqual(new Set(["throughput"]));
  });
});

test.describe("CLI export", () => {
  const cli = (args: string[], baseURL?: string) =>
    run("npx", ["tsx", "scripts/cli.ts", "export", ...args, ...(baseURL ? ["--url", baseURL] : [])], {
      env: { ...process.env, SOTABOARD_DB: process.env.E2E_DB, NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next-e2e" },
      timeout: 120_000,
    });

  test("writes valid PNG, SVG, CSV and JSON files", async ({ page, baseURL }) => {
    test.setTimeout(180_000);
    const dir = mkdtempSync(join(tmpdir(), "sotaboard-cli-export-"));
    const board = ["--dataset", "ImageNet 256x256", "--metric", "FID"];
    // the default PNG: the 1920×1080 slide at 2×, from the build (the CLI starts it itself)
    await cli([...board, "--out", join(dir, "fid.png")]);
    expectPng(await readFile(join(dir, "fid.png")), 3840, 2160);
    await cli(["--dataset", "imagenet-256", "--metric", "fid", "--format", "svg", "--view", "scatter", "--theme", "dark", "--out", join(dir, "fid.svg")], baseURL);
    const info = await inspectSvg(page, await readFile(join(dir, "fid.svg"), "utf8"));
    expect(info.error).toBeNull();
    expect([info.title, info.chart]).toEqual(["FID on ImageNet 256×256", "scatter"]);
    await cli([...board, "--format", "csv", "--out", join(dir, "fid.csv")]);
    const csv = csvRows(await readFile(join(dir, "fid.csv")));
    expect(csv.length).toBeGreaterThan(2);
    await cli(["--speedups", "--format", "json", "--out", join(dir, "sp.json")]);
    const json = JSON.parse(await readFile(join(dir, "sp.json"), "utf8"));
    expect(json.rows.length).toBe(json.count);
    await cli(["--speedups", "--format", "png", "--scale", "3", "--layout", "chart", "--out", join(dir, "sp.png")], baseURL);
    expectPng(await readFile(join(dir, "sp.png")), 3600, 2250);
  });

  test("clear errors for an unknown dataset and an empty board", async () => {
    await expect(cli(["--dataset", "No Such Set", "--metric", "FID", "--format", "csv", "--out", "/dev/null"])).rejects.toMatchObject({
      stderr: expect.stringContaining('Unknown dataset "No Such Set"'),
    });
    await expect(cli(["--dataset", "ImageNet 256x256", "--metric", "BLEU", "--format", "csv", "--out", "/dev/null"])).rejects.toMatchObject({
      stderr: expect.stringContaining("is empty"),
    });
  });
});
