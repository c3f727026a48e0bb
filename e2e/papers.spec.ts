// /papers and /papers/[id] on the bundled corpus (189 papers). Papers are picked from the e2e database.
import { expect, test, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { seriousA11yViolations, trackConsoleErrors } from "./helpers";

function query<T>(sql: string, ...args: unknown[]): T {
  const db = new Database(process.env.E2E_DB!, { readonly: true });
  try {
    return db.prepare(sql).get(...args) as T;
  } finally {
    db.close();
  }
}

const withClaims = () => query<{ id: number; title: string; externalId: string; n: number }>(
  `SELECT p.id, p.title, p.external_id AS externalId, count(*) AS n FROM papers p JOIN claims c ON c.paper_id = p.id
   GROUP BY p.id ORDER BY n DESC, p.id LIMIT 1`);
const total = (p: Page) => p.getByTestId("paper-count").getAttribute("data-total").then(Number);

test("the list shows every paper of the corpus; search narrows it; pages and empty states", async ({ page }) => {
  const errors = trackConsoleErrors(page);
  await page.goto("/papers");
  await expect(page.getByRole("heading", { name: "Papers", level: 1 })).toBeVisible();
  await expect(page.getByTestId("paper-count")).toContainText("189 papers");
  expect(await total(page)).toBe(189);
  await expect(page.locator("[data-paper-id]")).toHaveCount(50);
  await expect(page.locator("[data-paper-id] a[href^='/papers/']").first()).toBeVisible();

  await page.getByRole("navigation", { name: "Pages of papers" }).getByRole("link", { name: /Next/ }).click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(page.getByText("Page 2 of 4")).toBeVisible();

  const word = "diffusion";
  await page.getByRole("searchbox").fill(word);
  await page.getByRole("searchbox").press("Enter");
  await expect(page).toHaveURL(/\/papers\?q=diffusion$/);
  const n = await total(page);
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(189);
  const expected = query<{ n: number }>("SELECT count(*) AS n FROM papers WHERE title LIKE ? OR abstract LIKE ?", `%${word}%`, `%${word}%`).n;
  expect(n).toBe(expected);

  await page.goto("/papers?q=zzqxnotaword&page=abc");
  await expect(page.locator('[data-empty="no-match"]')).toContainText("No papers match");
  await page.goto("/papers?page=999");
  await expect(page.getByText("Page 4 of 4")).toBeVisible();
  expect(errors).toEqual([]);
});

test("a paper page highlights its numbers and a highlight leads to its claim", async ({ page }) => {
  const errors = trackConsoleErrors(page);
  const paper = withClaims();
  await page.goto("/papers");
  await page.getByRole("searchbox").fill(paper.title.split(/\s+/).slice(0, 4).join(" "));
  await page.getByRole("button", { name: "Search" }).click();
  await page.locator(`[data-paper-id="${paper.id}"] a`).click();
  await expect(page).toHaveURL(new RegExp(`/papers/${paper.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(paper.title);
  await expect(page.getByTestId("paper-meta")).toContainText(paper.externalId);

  const rows = page.locator("tr[data-claim-id]");
  await expect(rows).toHaveCount(paper.n);
  const highlights = page.locator("[data-testid=abstract] a[data-highlight]");
  expect(await highlights.count()).toBeGreaterThan(0);
  const covered = (await highlights.evaluateAll((els) => els.flatMap((e) => e.getAttribute("data-highlight")!.split(" ")))).length;
  expect(covered).toBe(paper.n);

  // click: the claim row becomes the target, scrolled into view
  const first = highlights.first();
  const id = (await first.getAttribute("data-highlight"))!.split(" ")[0];
  await first.click();
  await expect(page).toHaveURL(new RegExp(`#claim-${id}$`));
  const row = page.locator(`#claim-${id}`);
  await expect(row).toBeInViewport();
  expect(await row.evaluate((e) => e.matches(":target"))).toBe(true);

  // keyboard: Tab reaches a highlight, Enter follows it
  const last = highlights.last();
  const lastId = (await last.getAttribute("data-highlight"))!.split(" ")[0];
  await last.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`#claim-${lastId}$`));
  await expect(page.locator(`#claim-${lastId}`)).toBeInViewport();

  const board = page.locator("[data-board-link]").first();
  if (await board.count()) expect(await board.getAttribute("href")).toMatch(/^\/leaderboards\/[^/]+\/[^/]+$/);
  expect(errors).toEqual([]);
});

test("an external id redirects; a paper without claims says so; an unknown id is a 404", async ({ page, request }) => {
  const paper = withClaims();
  await page.goto(`/papers/${encodeURIComponent(paper.externalId)}`);
  await expect(page).toHaveURL(new RegExp(`/papers/${paper.id}$`));

  const bare = query<{ id: number } | undefined>("SELECT id FROM papers p WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.paper_id = p.id) LIMIT 1");
  if (bare) {
    await page.goto(`/papers/${bare.id}`);
    await expect(page.locator('[data-empty="no-claims"]')).toContainText("No claims");
  }
  for (const path of ["/papers/99999999", "/papers/not-a-paper"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(404);
  }
  await page.goto("/papers/99999999");
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});

test("papers pages: no serious accessibility violations, usable at 375 px", async ({ page }) => {
  const errors = trackConsoleErrors(page);
  for (const path of ["/papers", `/papers/${withClaims().id}`]) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(path);
    expect(await seriousA11yViolations(page), path).toEqual([]);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(376);
    expect(await seriousA11yViolations(page), `${path} at 375 px`).toEqual([]);
  }
  expect(errors).toEqual([]);
});
