// End-to-end tests: real Chromium (Debian's), real server (`npm start` path: migrate, seed, build, next start),
// real SQLite file (a fresh temporary one per run).
import { defineConfig } from "@playwright/test";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./lib/chromium-args";

const port = Number(process.env.E2E_PORT ?? 3100);
// one temporary database per run, shared with the test files through the environment
process.env.E2E_DB ??= join(mkdtempSync(join(tmpdir(), "sotaboard-e2e-")), "e2e.db");
const distDir = process.env.E2E_DIST_DIR ?? ".next-e2e";

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.E2E_JSON ? [["list"], ["json", { outputFile: process.env.E2E_JSON }]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    // always a fresh build: a stale build tests old code
    command: `rm -rf ${distDir} && npx tsx scripts/start.ts`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      SOTABOARD_DB: process.env.E2E_DB,
      NEXT_DIST_DIR: distDir,
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
