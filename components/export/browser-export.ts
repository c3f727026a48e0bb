// Browser side of the Export menu: fetch an export from the API, rasterise SVG to PNG at a fixed
// pixel ratio, save a file, copy to the clipboard.
export type ExportTarget = { kind: "leaderboard"; dataset: string; metric: string } | { kind: "speedups" };

/** The chart a page path shows: /leaderboards/{dataset}/{metric} or /speedups. */
export function targetFromPath(pathname: string): ExportTarget {
  const m = /^\/leaderboards\/([^/]+)\/([^/]+)\/?$/.exec(pathname);
  if (m) return { kind: "leaderboard", dataset: decodeURIComponent(m[1]), metric: decodeURIComponent(m[2]) };
  if (/^\/speedups\/?$/.test(pathname)) return { kind: "speedups" };
  throw new Error(`Nothing to export on ${pathname}`);
}

/** The API URL of an export of the view the page shows now (its URL's search params are the view). */
export function exportUrl(target: ExportTarget | undefined, format: "svg" | "csv" | "json", look: { theme: string; layout: string }): string {
  const sp = new URLSearchParams(window.location.search);
  sp.set("format", format);
  sp.set("theme", look.theme);
  sp.set("layout", look.layout);
  target ??= targetFromPath(window.location.pathname);
  const path = target.kind === "speedups" ? "/api/export/speedups" : `/api/export/leaderboard/${encodeURIComponent(target.dataset)}/${encodeURIComponent(target.metric)}`;
  return `${path}?${sp}`;
}

export async function fetchExport(url: string): Promise<{ text: string; filename: string }> {
  const res = await fetch(url, { cache: "no-store" });
  if (!res.ok) {
    const body = await res.json().catch(() => null);
    throw new Error(body?.error ?? `Export failed (HTTP ${res.status})`);
  }
  const cd = res.headers.get("content-disposition") ?? "";
  return { text: await res.text(), filename: /filename="([^"]+)"/.exec(cd)?.[1] ?? "sotaboard-export" };
}

/** Draws the SVG onto a canvas of exactly width×scale by height×scale pixels (vector, not upscaled). */
export async function svgToPng(svg: string, scale: number): Promise<Blob> {
  const root = new DOMParser().parseFromString(svg, "image/svg+xml").documentElement;
  const w = Number(root.getAttribute("width"));
  const h = Number(root.getAttribute("height"));
  if (!(w > 0 && h > 0)) throw new Error("The export layout has no size");
  await document.fonts.ready;
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const img = new Image(w, h);
    img.src = url;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(w * scale);
    canvas.height = Math.round(h * scale);
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("This browser cannot draw on a canvas");
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("The PNG could not be encoded"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function copyPng(png: Promise<Blob>): Promise<void> {
  if (!navigator.clipboard?.write || typeof ClipboardItem === "undefined") throw new Error("This browser cannot copy images; download the PNG instead");
  await navigator.clipboard.write([new ClipboardItem({ "image/png": png })]);
}
