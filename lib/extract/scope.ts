// Where a dataset mention reaches: example asides, averages over several benchmarks, task settings across sentences.
import type { DatasetHit } from "./datasets";

const ASIDE_OPEN = /^\(\s*(?:e\.\s?g\.?|eg\.?|\\eg\b|for\s+(?:example|instance)|such\s+as|including|like|notably)/i;

/** Spans [start, end) of "(e.g. …)" asides in [ss, se); nested parentheses are followed, one pass. */
export function asideSpans(text: string, ss: number, se: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = ss; i < se; i++) {
    if (text.charCodeAt(i) !== 40 || !ASIDE_OPEN.test(text.slice(i, i + 20))) continue;
    let depth = 0;
    let j = i;
    for (; j < se; j++) {
      const c = text.charCodeAt(j);
      if (c === 40) depth++;
      else if (c === 41 && --depth === 0) break;
    }
    out.push([i, Math.min(j + 1, se)]);
    i = j;
  }
  return out;
}

/** Dataset mentions a number at `pos` may take: those in an aside only serve numbers inside that aside. */
export function visibleFrom(ds: DatasetHit[], asides: [number, number][], pos: number): DatasetHit[] {
  if (!asides.length) return ds;
  return ds.filter((d) => {
    const a = asides.find(([s, e]) => s <= d.start && d.end <= e);
    return !a || (a[0] <= pos && pos < a[1]);
  });
}

const AVG_AFTER = /^[\s%)*$]*(?:(?:points?|pts|pp|[A-Za-z][\w@-]*)\s+){0,2}(?:on\s+average|in\s+average|averaged\s+(?:over|across)|on\s+avg\.?)\b/i;
const AVG_BEFORE = /\baverag(?:e|es|ed|ing)\s+(?:an?\s+)?(?:[a-z-]+\s+)?(?:of|by)\s*[+~$]?\s*$|\baverag(?:es|ed|ing)\s*[+~$]?\s*$/i;

/** "+1.2 BLEU on average", "an average gain of 2.1": a figure over several benchmarks. */
export function averaged(text: string, ss: number, se: number, n0: number, n1: number): boolean {
  return AVG_AFTER.test(text.slice(n1, Math.min(se, n1 + 40))) || AVG_BEFORE.test(text.slice(Math.max(ss, n0 - 40), n0));
}

const SETTING =
  /\b(text-to-image|text-to-video|text-to-speech|text-to-audio|text-to-3d|image-to-video|class-conditional|unconditional|image\s+editing|super-resolution|inpainting|video\s+generation|image\s+captioning|captioning|machine\s+translation|summarization|speech\s+recognition|question\s+answering|code\s+generation|math(?:ematical)?\s+reasoning|language\s+modeling|visual\s+question)\b/gi;

/** The task settings a sentence names ("text-to-image", "summarization"), normalised. */
export function settings(s: string): string[] {
  SETTING.lastIndex = 0;
  const out: string[] = [];
  for (let m = SETTING.exec(s); m; m = SETTING.exec(s)) {
    const k = m[1].toLowerCase().replace(/\s+/g, " ").replace(/^image captioning$/, "captioning").replace(/^mathematical/, "math");
    if (!out.includes(k)) out.push(k);
  }
  return out;
}

const REFINING = new Set(["class-conditional", "unconditional"]);

/** A sentence that names a setting the carried dataset's sentence does not name moves to another task. */
export function settingShift(here: string, source: string): boolean {
  // class-conditional / unconditional refine the usual image benchmarks: they never move a sentence away by themselves
  const a = settings(here);
  if (!a.some((k) => !REFINING.has(k))) return false;
  const b = settings(source);
  return !a.some((k) => b.includes(k));
}
