"use client";
// The Export menu on every chart: PNG 2×/3×, SVG, CSV, JSON, copy image, copy link; slide or chart layout,
// light or dark theme. A menu button (WAI-ARIA pattern): arrows, Home/End, Escape; status in a live region.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { copyPng, exportUrl, fetchExport, saveBlob, svgToPng, type ExportTarget } from "./browser-export";

type Look = { theme: "light" | "dark"; layout: "slide" | "chart" };
type Status = { kind: "busy" | "done" | "error"; text: string } | null;
type Item =
  | { label: string; radio: true; checked: boolean; select: () => void }
  | { label: string; radio?: false; busy: string; run: () => Promise<string> };
/** menu sections: a heading, then the items up to the next section */
const SECTIONS: Record<number, string> = { 0: "Layout", 2: "Theme", 4: "Download", 9: "Share" };

/** target: the chart to export; by default the one the page's path shows (/leaderboards/d/m or /speedups). */
export function ExportMenu({ target, align = "right", className = "" }: { target?: ExportTarget; align?: "left" | "right"; className?: string }) {
  const [open, setOpen] = useState(false);
  const [look, setLook] = useState<Look>({ theme: "light", layout: "slide" });
  const [status, setStatus] = useState<Status>(null);
  const [link, setLink] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const id = useId();

  const svg = () => fetchExport(exportUrl(target, "svg", look));
  const png = async (scale: number) => {
    const { text, filename } = await svg();
    return { blob: await svgToPng(text, scale), filename: filename.replace(/\.svg$/, `@${scale}x.png`) };
  };
  const download = (format: "svg" | "csv" | "json") => async () => {
    const { text, filename } = await fetchExport(exportUrl(target, format, look));
    saveBlob(new Blob([text], { type: format === "svg" ? "image/svg+xml" : format === "csv" ? "text/csv" : "application/json" }), filename);
    return `Downloaded ${filename}`;
  };
  const items: Item[] = [
    { label: "Slide 16:9 (1920×1080)", radio: true, checked: look.layout === "slide", select: () => setLook((l) => ({ ...l, layout: "slide" })) },
    { label: "Chart (1200×750)", radio: true, checked: look.layout === "chart", select: () => setLook((l) => ({ ...l, layout: "chart" })) },
    { label: "Light theme", radio: true, checked: look.theme === "light", select: () => setLook((l) => ({ ...l, theme: "light" })) },
    { label: "Dark theme", radio: true, checked: look.theme === "dark", select: () => setLook((l) => ({ ...l, theme: "dark" })) },
    ...[2, 3].map((scale) => ({
      label: `PNG (${scale}×)`,
      busy: `Rendering PNG at ${scale}×…`,
      run: async () => {
        const { blob, filename } = await png(scale);
        saveBlob(blob, filename);
        return `Downloaded ${filename}`;
      },
    })),
    { label: "SVG", busy: "Rendering SVG…", run: download("svg") },
    { label: "CSV (rows shown)", busy: "Preparing CSV…", run: download("csv") },
    { label: "JSON (rows + query)", busy: "Preparing JSON…", run: download("json") },
    {
      label: "Copy image",
      busy: "Rendering image for the clipboard…",
      run: async () => {
        await copyPng(png(2).then((p) => p.blob));
        return "Image copied to the clipboard";
      },
    },
    {
      label: "Copy link",
      busy: "Copying link…",
      run: async () => {
        const href = window.location.href;
        try {
          await navigator.clipboard.writeText(href);
        } catch {
          setLink(href);
          return "Copy the link below";
        }
        return "Link copied: it reopens this exact view";
      },
    },
  ];

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role^="menuitem"]')?.focus();
    const close = (e: PointerEvent) => {
      if (!menu.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", close);
    return () => document.removeEventListener("pointerdown", close);
  }, [open]);

  async function activate(item: Item) {
    if (item.radio) return item.select();
    setOpen(false);
    button.current?.focus();
    setLink(null);
    setStatus({ kind: "busy", text: item.busy });
    try {
      setStatus({ kind: "done", text: await item.run() });
    } catch (e) {
      setStatus({ kind: "error", text: `Export failed: ${e instanceof Error ? e.message : String(e)}` });
    }
  }

  function onMenuKey(e: KeyboardEvent<HTMLDivElement>) {
    const els = [...(menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
    const i = els.indexOf(document.activeElement as HTMLElement);
    const go = (n: number) => els[(n + els.length) % els.length]?.focus();
    if (e.key === "ArrowDown") go(i + 1);
    else if (e.key === "ArrowUp") go(i - 1);
    else if (e.key === "Home") go(0);
    else if (e.key === "End") go(els.length - 1);
    else if (e.key === "Escape") {
      setOpen(false);
      button.current?.focus();
    } else if (e.key === "Tab") setOpen(false);
    else return;
    e.preventDefault();
  }

  const busy = status?.kind === "busy";
  return (
    <div className={`relative inline-flex items-center gap-2 text-sm ${className}`} data-export-menu="">
      {/* a polite live region (not role="status": the chart's own empty-state message owns that role) */}
      <p aria-live="polite" data-export-status="" className={`max-w-xs truncate text-xs text-slate-600 ${status?.kind === "error" ? "hidden" : ""}`} title={status?.text}>
        {status && status.kind !== "error" ? status.text : ""}
      </p>
      {status?.kind === "error" ? <p role="alert" className="max-w-xs text-xs text-red-700">{status.text}</p> : null}
      {link ? (
        <input readOnly aria-label="Link to this view" value={link} onFocus={(e) => e.currentTarget.select()} className="w-64 rounded border border-slate-300 px-2 py-1 text-xs" />
      ) : null}
      <button
        ref={button}
        type="button"
        id={`${id}-button`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        aria-busy={busy}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown" && !open) (e.preventDefault(), setOpen(true));
        }}
        className="inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-800 shadow-sm hover:bg-slate-50"
      >
        {busy ? <span aria-hidden className="h-3 w-3 animate-spin rounded-full border-2 border-slate-400 border-t-transparent" /> : null}
        Export
        <span aria-hidden>▾</span>
      </button>
      {open ? (
        <div
          ref={menu}
          id={`${id}-menu`}
          role="menu"
          aria-labelledby={`${id}-button`}
          onKeyDown={onMenuKey}
          className={`absolute top-full z-40 mt-1 w-60 rounded-md border border-slate-200 bg-white py-1 shadow-lg ${align === "right" ? "right-0" : "left-0"}`}
        >
          {items.map((item, k) => (
            <div key={item.label} role="none">
              {SECTIONS[k] ? (
                <div role="none" className={`px-3 pb-0.5 pt-1.5 text-[11px] font-semibold uppercase tracking-wide text-slate-500 ${k ? "mt-1 border-t border-slate-200" : ""}`}>
                  {SECTIONS[k]}
                </div>
              ) : null}
              <button
                type="button"
                role={item.radio ? "menuitemradio" : "menuitem"}
                aria-checked={item.radio ? item.checked : undefined}
                tabIndex={-1}
                onClick={() => activate(item)}
                className="flex w-full items-center gap-2 px-3 py-1.5 text-left text-slate-800 hover:bg-slate-100 focus:bg-slate-100"
              >
                {item.radio ? <span aria-hidden className="w-3 text-blue-700">{item.checked ? "●" : ""}</span> : <span aria-hidden className="w-3" />}
                {item.label}
              </button>
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}
