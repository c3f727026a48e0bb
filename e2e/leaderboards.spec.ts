// /leaderboards, /leaderboards/[dataset]/[metric] and the JSON API on the bundled corpus.
// Assertions hold by property (sorted, ≥ 3 rows), never exact numbers: the extractor keeps improving.
import { expect, test, type Page } from "@playwright/test";
import { seriousA11yViolations, trackConsoleErrors } from "./helpers";

const BOARD = "/leaderboards/imagenet-256x256/fid";

/** The numbers of the table's value column (qualifier symbols and units dropped; a range's low end). */
async function tableValues(page: Page): Promise<number[]> {
  const cells = await page.locator('[data-testid="board-table"] tbody tr td:nth-child(3)').allInnerTexts();
  return cells.map((t) => Number(t.replace(/[^\d.\-–]/g, "").split("–")[0]));
}

const ascending = (xs: number[]) => xs.every((x, i) => i === 0 || xs[i - 1] <= x);

test("ImageNet 256×256 FID lists its methods lowest first, with a ranked bar chart", async ({ page }) => {
  const errors = trackConsoleErrors(page);
  await page.goto(BOARD);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/FID on ImageNet 256x256/);
  const chart = page.getByTestId("board-chart");
  await expect(chart.locator("svg.recharts-surface")).toBeVisible();
  await expect(chart).toContainText("FID (lower is better) ↓");
  expect(await chart.locator(".recharts-bar-rectangle").count()).toBeGreaterThanOrEqual(3);
  const values = await tableValues(page);
  expect(values.length).toBeGreaterThanOrEqual(3);
  expect(values.every(Number.isFinite)).toBe(true);
  expect(ascending(values)).toBe(true);
  // every row links to its paper and quotes its evidence
  const first = page.locator('[data-testid="board-table"] tbody tr').first();
  await expect(first.locator('a[href^="/papers/"]')).toBeVisible();
  expect((await first.locator("td").last().innerText()).length).toBeGreaterThan(3);
  expect(errors).toEqual([]);
});

test("toggles change the chart and the URL and survive a reload", async ({ page }) => {
  const errors = trackConsoleErrors(page);
  await page.goto(BOARD);
  const rows = page.locator('[data-testid="board-table"] tbody tr');
  await expect(rows.first()).toBeVisible();
  const best = await rows.count();

  await page.getByRole("checkbox", { name: "Best per method" }).uncheck();
  await expect(page).toHaveURL(/best=0/);
  await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(best);

  await page.getByRole("checkbox", { name: "Include baselines" }).uncheck();
  await expect(page).toHaveURL(/baselines=0/);
  await expect(page.locator('[data-testid="board-table"] tbody tr[data-role="baseline"]')).toHaveCount(0);

  await page.getByRole("button", { name: "vs. parameters" }).click();
  await expect(page).toHaveURL(/view=scatter/);
  await expect(page.getByTestId("board-chart")).toHaveAttribute("data-view", "scatter");

  await page.getByRole("button", { name: "Value" }).click();
  await expect(page).toHaveURL(/sort=value/);
  await page.getByRole("button", { name: "Value" }).click();
  await expect(page).toHaveURL(/sort=-value/);
  const desc = await tableValues(page);
  expect(ascending([...desc].reverse())).toBe(true);

  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Best per method" })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Include baselines" })).not.toBeChecked();
  await expect(page.getByRole("button", { name: "vs. parameters" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("board-chart")).toHaveAttribute("data-view", "scatter");
  expect(ascending([...(await tableValues(page))].reverse())).toBe(true);

  await page.getByRole("button", { name: "Ranking" }).click();
  await page.getByRole("checkbox", { name: "Best per method" }).check();
  await expect(page).not.toHaveURL(/best=|view=/);
  expect(errors).toEqual([]);
});

test("scatter and time views render a chart or say why not", async ({ page }) => {
  const errors = trackConsoleErrors(page);
  for (const view of ["scatter", "time"]) {
    await page.goto(`${BOARD}?view=${view}`);
    const chart = page.getByTestId("board-chart");
    await expect(chart).toHaveAttribute("data-view", view);
    await expect(chart.locator('svg.recharts-surface, [role="status"]').first()).toBeVisible();
    if (await chart.locator("svg.recharts-surface").count()) {
      await expect(chart).toContainText("FID (lower is better) ↓");
      await expect(chart).toContainText(view === "scatter" ? "Parameters (log scale)" : "Publication date");
    } else {
      await expect(chart.getByRole("status")).toContainText(view === "scatter" ? /parameter count/ : /publication date/);
    }
  }
  expect(errors).toEqual([]);
});

test("names and aliases redirect to the slug URL; an unknown board is a 404", async ({ page }) => {
  await page.goto("/leaderboards/ImageNet-256/FID?view=scatter");
  await expect(page).toHaveURL(/\/leaderboards\/imagenet-256x256\/fid\?view=scatter$/);
  const res = await page.goto("/leaderboards/no-such-benchmark/fid");
  expect(res?.status()).toBe(404);
  const res2 = await page.goto("/leaderboards/imagenet-256x256/no-such-metric");
  expect(res2?.status()).toBe(404);
  // a pair the vocabulary knows but no abstract reports: an empty board, not an error
  const res3 = await page.goto("/leaderboards/cifar-10/bleu");
  expect(res3?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("BLEU on CIFAR-10");
  await expect(page.getByText("No results yet")).toBeVisible();
});

test("/leaderboards lists the pairs biggest first and filters by text and domain", async ({ page }) => {
  const errors = trackConsoleErrors(page);
  await page.goto("/leaderboards");
  const items = page.locator("[data-pair]");
  expect(await items.count()).toBeGreaterThanOrEqual(3);
  const methods = await page.locator("[data-methods]").evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-methods"))));
  expect(ascending([...methods].reverse())).toBe(true);
  await expect(page.locator('[data-pair="imagenet-256x256/fid"]')).toBeVisible();

  await page.getByRole("searchbox", { name: /search benchmarks/i }).fill("imagenet");
  await expect(page).toHaveURL(/q=imagenet/);
  await expect.poll(async () => (await items.evaluateAll((els) => els.map((e) => e.getAttribute("data-pair")))).every((p) => p?.includes("imagenet"))).toBe(true);
  await page.getByRole("combobox", { name: "Domain" }).selectOption("image");
  await expect(page).toHaveURL(/domain=image/);
  await expect(page.locator('[data-pair="imagenet-256x256/fid"]')).toBeVisible();

  await page.getByRole("searchbox", { name: /search benchmarks/i }).fill("zzzz-nothing");
  await expect(page.getByText("No leaderboard matches these filters.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("searchbox", { name: /search benchmarks/i })).toHaveValue("zzzz-nothing");

  await page.goto("/leaderboards?q=imagenet");
  await page.locator('[data-pair="imagenet-256x256/fid"]').click();
  await expect(page).toHaveURL(new RegExp(`${BOARD}$`));
  expect(errors).toEqual([]);
});

test("the API answers by name, slug or alias and rejects bad parameters with 400", async ({ request }) => {
  for (const [dataset, metric] of [["ImageNet 256x256", "FID"], ["imagenet-256x256", "fid"], ["ImageNet-256", "Fréchet Inception Distance"]]) {
    const res = await request.get("/api/claims", { params: { dataset, metric, kind: "result", limit: 50 } });
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.claims.length).toBeGreaterThanOrEqual(3);
    for (const c of body.claims) expect([c.datasetSlug, c.metricSlug, c.kind]).toEqual(["imagenet-256x256", "fid", "result"]);
  }
  const page1 = await (await request.get("/api/claims?limit=2")).json();
  expect(page1.claims).toHaveLength(2);
  expect(page1.hasMore).toBe(true);

  for (const [qs, param] of [["limit=0", "limit"], ["limit=abc", "limit"], ["offset=-1", "offset"], ["kind=fastest", "kind"], ["bogus=1", "bogus"], ["dataset=a&dataset=b", "dataset"]]) {
    const res = await request.get(`/api/claims?${qs}`);
    expect(res.status(), qs).toBe(400);
    const body = await res.json();
    expect(body.parameter).toBe(param);
    expect(body.error).toContain(param);
  }

  const lb = await request.get("/api/leaderboards");
  expect(lb.status()).toBe(200);
  const { leaderboards } = await lb.json();
  expect(leaderboards.length).toBeGreaterThanOrEqual(3);
  const fid = leaderboards.find((b: { datasetSlug: string; metricSlug: string }) => b.datasetSlug === "imagenet-256x256" && b.metricSlug === "fid");
  expect(fid.methods).toBeGreaterThanOrEqual(3);
  expect(fid.direction).toBe("lower");
  expect((await request.get("/api/leaderboards?limit=x")).status()).toBe(400);
});

test("no serious or critical accessibility violations", async ({ page }) => {
  for (const path of [BOARD, `${BOARD}?view=scatter`, `${BOARD}?view=time`, "/leaderboards"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(await seriousA11yViolations(page), path).toEqual([]);
  }
});

test("usable at 375 px: no sideways scrolling, chart and entries visible", async ({ page }) => {
  const errors = trackConsoleErrors(page);
  await page.setViewportSize({ width: 375, height: 800 });
  for (const path of [BOARD, "/leaderboards"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await page.goto(BOARD);
  await expect(page.getByTestId("board-chart").locator("svg.recharts-surface")).toBeVisible();
  expect(await page.locator('[data-testid="board-cards"] li').count()).toBeGreaterThanOrEqual(3);
  await page.getByRole("button", { name: "Over time" }).click();
  await expect(page).toHaveURL(/view=time/);
  expect(errors).toEqual([]);
});
