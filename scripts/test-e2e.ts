// npm run test:e2e [-- playwright args]: makes sure Debian's Chromium is there (installing it when running as
// root), runs `npx playwright test` with the JSON reporter, and prints, alone on the last line,
// `e2e: N passed, N failed` (CI reads that line). Exits non-zero when any test failed or none ran.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const CHROMIUM = "/usr/bin/chromium";
const INSTALL = "apt-get update && apt-get install -y --no-install-recommends chromium";

function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    process.stderr.write(`test-e2e: ${CHROMIUM} is missing. Install it as root with:\n  sudo sh -c '${INSTALL}'\n`);
    process.exit(2);
  }
  process.stderr.write(`test-e2e: ${CHROMIUM} is missing: ${INSTALL}\n`);
  const r = spawnSync("sh", ["-c", INSTALL], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  if (r.status !== 0 || !existsSync(CHROMIUM)) {
    process.stderr.write(`test-e2e: installing Chromium failed (exit ${r.status ?? r.signal})\n`);
    process.exit(2);
  }
}

interface JsonSuite { specs?: { tests?: { status?: string }[] }[]; suites?: JsonSuite[] }
interface JsonReport { stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number }; suites?: JsonSuite[]; errors?: unknown[] }

/** passed / failed from Playwright's JSON report (stats; per-test statuses when stats are missing). */
export function countResults(report: JsonReport): { passed: number; failed: number } {
  if (report.stats) {
    return { passed: (report.stats.expected ?? 0) + (report.stats.flaky ?? 0), failed: report.stats.unexpected ?? 0 };
  }
  let passed = 0;
  let failed = 0;
  const walk = (s: JsonSuite) => {
    for (const spec of s.specs ?? []) for (const t of spec.tests ?? []) {
      if (t.status === "expected" || t.status === "flaky") passed++;
      else if (t.status === "unexpected") failed++;
    }
    (s.suites ?? []).forEach(walk);
  };
  (report.suites ?? []).forEach(walk);
  return { passed, failed };
}

function main(): number {
  ensureChromium();
  const dir = mkdtempSync(join(tmpdir(), "sotaboard-e2e-report-"));
  const json = join(dir, "report.json");
  const r = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, E2E_JSON: json, NEXT_TELEMETRY_DISABLED: "1" },
  });
  let counts = { passed: 0, failed: 0 };
  let errors = 0;
  if (existsSync(json)) {
    try {
      const report = JSON.parse(readFileSync(json, "utf8")) as JsonReport;
      counts = countResults(report);
      errors = report.errors?.length ?? 0;
    } catch (e) {
      process.stderr.write(`test-e2e: cannot read the JSON report: ${(e as Error).message}\n`);
    }
  } else {
    process.stderr.write(`test-e2e: playwright wrote no JSON report (exit ${r.status ?? r.signal})\n`);
  }
  rmSync(dir, { recursive: true, force: true });
  // a run that failed outside any test (web server, config) counts as one failure
  if (!counts.failed && (errors > 0 || (r.status !== 0 && counts.passed > 0))) counts.failed = 1;
  process.stdout.write(`e2e: ${counts.passed} passed, ${counts.failed} failed\n`);
  return counts.failed > 0 || counts.passed === 0 || r.status !== 0 ? 1 : 0;
}

process.exit(main());
