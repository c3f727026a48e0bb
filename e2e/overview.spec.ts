// / (overview) and /search on the bundled corpus. Assertions by property, never exact numbers.
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { seriousA11yViolations, trackConsoleErrors } from "./helpers";

const countOf = async (page: import("@playwright/test").Page, label: string) =>
  Number((await page.locator(`[data-count="${label}"] div`).first().innerText()).replace(/,/g, ""));

test("overview shows corpus counts, leaderboards with charts, and the largest speedups", async ({ page }) => {
  const errors = trackConsoleErrors(page);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Overview", level: 1 })).toBeVisible();
  expect(await countOf(page, "papers")).toBeGreaterThan(0);
  expect(await countOf(page, "claims")).toBeGreaterThan(0);
  expect(await countOf(page, "leaderboards")).toBeGreaterThan(0);

  const boards = page.locator("[data-board]");
  expect(await boards.count()).toBeGreaterThan(0);
  await expect(boards.first().locator("svg.recharts-surface")).toBeVisible();
  const link = boards.first().locator('a[href^="/leaderboards/"]');
  const href = await link.getAttribute("href");
  expect(href).toMatch(/^\/leaderboards\/[^/]+\/[^/]+$/);

  expect(await page.locator("[data-speedup-id]").count()).toBeGreaterThan(0);
  expect(await page.locator("[data-speedup-id]").count()).toBeLessThanOrEqual(10);

  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`), { timeout: 30_000 });
  expect(errors).toEqual([]);
});

test("search finds a paper by title words (plain GET form) and a metric by alias", async ({ page }) => {
  const errors = trackConsoleErrors(page);
  const db = new Database(process.env.E2E_DB!, { readonly: true });
  const paper = db.prepare("SELECT id, title FROM papers WHERE length(title) > 30 ORDER BY id LIMIT 1 OFFSET 3").get() as { id: number; title: string };
  db.close();
  const words = paper.title.split(/\s+/).filter((w) => /^[A-Za-z]{4,}$/.test(w)).slice(0, 3).join(" ");

  await page.goto("/");
  await page.getByRole("searchbox", { name: /search methods/i }).fill(words);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.locator(`[data-group=papers] a[href="/papers/${paper.id}"]`)).toBeVisible();

  await page.goto(`/search?q=${encodeURIComponent("Fréchet")}`);
  const fid = page.locator("[data-group=metrics] [data-hit=fid]");
  await expect(fid).toBeVisible();
  await expect(fid).toContainText("Fréchet Inception Distance");

  await page.goto("/search?q=zzqxnotaword");
  await expect(page.locator('[data-empty="no-results"]')).toBeVisible();
  expect(errors).toEqual([]);
});

test("overview and search: no serious accessibility violations, usable at 375 px", async ({ page }) => {
  for (const path of ["/", "/search?q=ImageNet"]) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(path);
    expect(await seriousA11yViolations(page), path).toEqual([]);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(376);
    await expect(page.getByRole("searchbox").first()).toBeVisible();
  }
});
