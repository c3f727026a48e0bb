// /speedups on the bundled corpus: ranges as bars, single factors as dots, filters in the URL, weak-claim flags.
// The extractor changes concurrently: assertions are about properties, never exact numbers.
import { expect, test, type Page } from "@playwright/test";
import { seriousA11yViolations, trackConsoleErrors } from "./helpers";

async function chartReady(page: Page) {
  await expect(page.locator('[data-testid="speedup-chart"] svg.recharts-surface')).toBeVisible();
  await expect(page.locator(".speedup-mark").first()).toBeVisible();
}

const tableRows = (page: Page) => page.locator("table tbody tr");

test("range claims are bars, single factors are dots, with axis title, groups and legend", async ({ page }) => {
  const errors = trackConsoleErrors(page);
  await page.goto("/speedups");
  await chartReady(page);
  const chart = page.locator('[data-testid="speedup-chart"]');
  await expect(chart.getByText("speedup factor (×, log scale)")).toBeVisible();
  await expect(chart.getByText(/^INFERENCE SPEED \(\d+\)$/)).toBeVisible();

  const ranges = chart.locator('[data-mark="range"]');
  const dots = chart.locator('[data-mark="dot"]');
  expect(await ranges.count()).toBeGreaterThan(0);
  expect(await dots.count()).toBeGreaterThan(0);
  // a range is drawn as a bar (a rect wider than a dot), a single factor as a circle
  expect(await ranges.first().locator("rect").count()).toBe(1);
  // (after the entry animation)
  await expect.poll(async () => (await ranges.first().locator("rect").boundingBox())?.width ?? 0).toBeGreaterThan(12);
  expect(await dots.first().locator("circle").count()).toBe(1);

  // every claim flagged "range" in the table is a bar in the chart
  const rangeIds = await page.locator("table tbody tr:has([data-flag=range])").evaluateAll((trs) => trs.map((t) => t.getAttribute("data-claim-id")));
  expect(rangeIds.length).toBeGreaterThan(0);
  for (const id of rangeIds) await expect(chart.locator(`[data-claim-id="${id}"]`)).toHaveAttribute("data-mark", "range");

  // tooltip: hover a mark
  await dots.first().locator("circle").hover();
  await expect(page.locator(".recharts-tooltip-wrapper blockquote")).toBeVisible();

  await expect(page.getByRole("list", { name: "Legend" })).toContainText("no named baseline");
  expect(errors).toEqual([]);
});

test("weak claims are flagged: qualifiers and missing baselines", async ({ page }) => {
  await page.goto("/speedups");
  await chartReady(page);
  const qualified = page.locator("table [data-flag=qualifier]");
  const noBaseline = page.locator("table [data-flag=no-baseline]");
  expect((await qualified.count()) + (await noBaseline.count())).toBeGreaterThan(0);
  if (await qualified.count()) await expect(qualified.first()).toHaveText(/^(up to|about|over|at least)$/);
  // the chart shows the qualifier symbol next to qualified factors
  if (await page.locator("table [data-flag=qualifier]", { hasText: "up to" }).count()) {
    await expect(page.locator('[data-testid="speedup-chart"] text', { hasText: /^≤ / }).first()).toBeVisible();
  }
  // hollow marks (white fill) for claims without a named baseline
  if (await noBaseline.count()) {
    const id = await page.locator("table tbody tr:has([data-flag=no-baseline])").first().getAttribute("data-claim-id");
    const fill = await page.locator(`[data-testid="speedup-chart"] [data-claim-id="${id}"] :is(circle, rect)`).getAttribute("fill");
    expect(fill).toBe("#ffffff");
  }
});

test("filters change the URL, survive a reload, and empty results say so", async ({ page }) => {
  const errors = trackConsoleErrors(page);
  await page.goto("/speedups");
  await chartReady(page);
  const all = await tableRows(page).count();
  expect(all).toBeGreaterThan(1);

  await page.getByLabel("Aspect").selectOption("inference speed");
  await expect(page).toHaveURL(/[?&]aspect=inference(\+|%20)speed/);
  await expect.poll(async () => new Set(await tableRows(page).evaluateAll((t) => t.map((r) => r.getAttribute("data-aspect")))).size).toBe(1);
  expect(await tableRows(page).first().getAttribute("data-aspect")).toBe("inference speed");

  await page.getByLabel("Minimum factor").selectOption("10");
  await expect(page).toHaveURL(/[?&]min=10/);
  await expect.poll(async () => Math.min(...(await tableRows(page).evaluateAll((t) => t.map((r) => Number(r.getAttribute("data-high"))))))).toBeGreaterThanOrEqual(10);
  const filtered = await tableRows(page).count();
  expect(filtered).toBeLessThan(all);

  await page.reload();
  await chartReady(page);
  await expect(page.getByLabel("Aspect")).toHaveValue("inference speed");
  await expect(page.getByLabel("Minimum factor")).toHaveValue("10");
  expect(await tableRows(page).count()).toBe(filtered);

  // text filter over method/paper/vs/evidence
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/speedups$/);
  await page.getByLabel(/^Text/).fill("zzqxnotaword");
  await expect(page).toHaveURL(/[?&]q=zzqxnotaword/);
  await expect(page.locator('[data-empty="no-match"]')).toBeVisible();
  await page.reload();
  await expect(page.locator('[data-empty="no-match"]')).toBeVisible();
  await expect(page.getByLabel(/^Text/)).toHaveValue("zzqxnotaword");
  expect(errors).toEqual([]);
});

test("sortable table links to papers", async ({ page }) => {
  await page.goto("/speedups");
  await chartReady(page);
  const factors = () => tableRows(page).evaluateAll((t) => t.map((r) => Number(r.getAttribute("data-high"))));
  const desc = await factors();
  expect(desc).toEqual([...desc].sort((a, b) => b - a));
  await page.getByRole("button", { name: /^Factor/ }).click();
  await expect.poll(async () => { const f = await factors(); return f[0] <= f[f.length - 1]; }).toBe(true);
  await expect(tableRows(page).first().locator('a[href^="/papers/"]')).toBeVisible();
});

test("no serious accessibility violations; usable at 375 px", async ({ page }) => {
  await page.goto("/speedups");
  await chartReady(page);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.reload();
  await chartReady(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(376);
  const box = await page.locator('[data-testid="speedup-chart"] svg.recharts-surface').boundingBox();
  expect(box!.width).toBeLessThanOrEqual(375);
  await expect(page.getByLabel("Aspect")).toBeVisible();
});
