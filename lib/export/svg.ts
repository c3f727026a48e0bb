// Small helpers for writing SVG as text: escaping, elements, scales and axis ticks.
export function esc(s: string | number): string {
  return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

type Attrs = Record<string, string | number | null | undefined | false>;

function attrs(a: Attrs): string {
  return Object.entries(a)
    .filter(([, v]) => v !== null && v !== undefined && v !== false)
    .map(([k, v]) => ` ${k}="${esc(typeof v === "number" ? round(v) : (v as string))}"`)
    .join("");
}

/** Two decimals are plenty for coordinates and keep the file small. */
export function round(v: number): number {
  return Math.round(v * 100) / 100;
}

export function el(name: string, a: Attrs, children?: string): string {
  return children === undefined ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${children}</${name}>`;
}

export function text(x: number, y: number, content: string, a: Attrs = {}): string {
  return el("text", { x, y, ...a }, esc(content));
}

/** Approximate advance width of a string in DejaVu Sans (wider than most sans fonts, so a safe bound). */
export function textWidth(s: string, fontSize: number): number {
  let w = 0;
  for (const ch of s) w += /[ilj.,:;'|!()\[\] ]/.test(ch) ? 0.34 : /[A-Z0-9MWmw@%]/.test(ch) ? 0.72 : 0.6;
  return w * fontSize;
}

/** Cuts a string with an ellipsis so it fits in maxWidth. */
export function fit(s: string, fontSize: number, maxWidth: number): string {
  if (textWidth(s, fontSize) <= maxWidth) return s;
  let out = s;
  while (out.length > 1 && textWidth(out + "…", fontSize) > maxWidth) out = out.slice(0, -1);
  return out.trimEnd() + "…";
}

export interface Scale {
  (v: number): number;
  ticks: number[];
  format: (v: number) => string;
}

/** 1, 2, 5 × 10^k steps covering [lo, hi] with about `count` ticks. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) {
    const pad = Math.abs(lo) * 0.1 || 1;
    return niceTicks(lo - pad, hi + pad, count);
  }
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const start = Math.floor(lo / step) * step;
  const ticks: number[] = [];
  for (let v = start; v <= hi + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  if (ticks[ticks.length - 1] < hi) ticks.push(Number((ticks[ticks.length - 1] + step).toPrecision(12)));
  return ticks;
}

export function linearScale(domain: [number, number], range: [number, number], count = 5, zero = false): Scale {
  const lo = zero ? Math.min(0, domain[0]) : domain[0];
  const ticks = niceTicks(lo, domain[1], count);
  const d0 = ticks[0];
  const d1 = ticks[ticks.length - 1];
  const f = ((v: number) => range[0] + ((v - d0) / (d1 - d0)) * (range[1] - range[0])) as Scale;
  f.ticks = ticks;
  f.format = (v) => Number(v.toPrecision(6)).toLocaleString("en-US");
  return f;
}

/** Log10 scale with ticks at 1, 2, 5 × powers of ten (or only powers when the span is wide). */
export function logScale(domain: [number, number], range: [number, number], format: (v: number) => string): Scale {
  const lo = Math.floor(Math.log10(Math.max(domain[0], 1e-12)));
  const hi = Math.ceil(Math.log10(Math.max(domain[1], domain[0] * 1.0001)));
  const d0 = lo;
  const d1 = Math.max(hi, lo + 1);
  const ticks: number[] = [];
  const mults = d1 - d0 <= 2 ? [1, 2, 5] : [1];
  for (let e = d0; e <= d1; e++) for (const m of mults) if (e < d1 || m === 1) ticks.push(Number((m * 10 ** e).toPrecision(6)));
  const f = ((v: number) => range[0] + ((Math.log10(v) - d0) / (d1 - d0)) * (range[1] - range[0])) as Scale;
  f.ticks = ticks;
  f.format = format;
  return f;
}

/** 943e6 → "943M", 1.5e9 → "1.5B", 12000 → "12K". */
export function formatCount(v: number): string {
  const units: [number, string][] = [[1e12, "T"], [1e9, "B"], [1e6, "M"], [1e3, "K"]];
  for (const [n, s] of units) if (Math.abs(v) >= n) return `${Number((v / n).toPrecision(3))}${s}`;
  return String(Number(v.toPrecision(3)));
}
