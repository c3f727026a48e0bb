// PNG and SVG exports outside the browser: start the built app on a free port, open the export route in
// headless Chromium (Debian's, as in playwright.config.ts) and save the SVG or an exact-size PNG of it.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { layout as layoutOf, type LayoutName } from "./theme";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../chromium-args";


export function distDir(): string {
  return resolve(process.env.NEXT_DIST_DIR || ".next");
}

/** Throws a clear error when there is no production build to serve the export route from. */
export function assertBuilt(dir = distDir()): void {
  if (!existsSync(join(dir, "BUILD_ID"))) {
    throw new Error(`No production build in ${dir}: run \`npm run build\` (or \`npm start\` once) first, or pass --url of a running sotaboard.`);
  }
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once("error", fail);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

export interface Server {
  url: string;
  stop: () => void;
}

/** `next start` of the existing build on a free port, against the given database file. */
export async function startServer(db: string): Promise<Server> {
  assertBuilt();
  const port = await freePort();
  const next = createRequire(join(process.cwd(), "package.json")).resolve("next/dist/bin/next");
  const child: ChildProcess = spawn(process.execPath, [next, "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, SOTABOARD_DB: resolve(db), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (d) => (stderr += d));
  const url = `http://127.0.0.1:${port}`;
  const stop = () => void (child.exitCode === null && child.kill("SIGTERM"));
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}): ${stderr.trim().slice(-500)}`);
    try {
      await fetch(`${url}/`, { method: "HEAD" });
      return { url, stop };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  stop();
  throw new Error(`next start did not answer on ${url} within 30 s`);
}

/** Opens an export route at the layout's size and writes its SVG, or a PNG of scale × its size. */
export async function renderRoute(opts: { url: string; layout: LayoutName; scale: number; format: "png" | "svg"; out: string }): Promise<void> {
  const l = layoutOf(opts.layout);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: l.width, height: l.height }, deviceScaleFactor: opts.scale });
    const res = await page.goto(opts.url, { waitUntil: "load" });
    if (!res || res.status() >= 500) throw new Error(`The export route answered ${res?.status() ?? "nothing"}: ${opts.url}`);
    const root = page.locator("#export-root[data-export-ready], #export-root[data-export-error]");
    await root.waitFor({ timeout: 30_000 });
    const error = await root.getAttribute("data-export-error");
    if (error) throw new Error(error);
    const svg = page.locator("#export-root > svg");
    if (opts.format === "png") {
      await svg.screenshot({ path: opts.out, animations: "disabled" });
    } else {
      const text = await svg.evaluate((el) => new XMLSerializer().serializeToString(el));
      await writeFile(opts.out, `<?xml version="1.0" encoding="UTF-8"?>\n${text}\n`);
    }
  } finally {
    await browser.close();
  }
}
