// Passes over a whole abstract's claims: a resolution stated once, a split named at the first mention.
import type { ExtractedClaim } from "./types";
import type { DatasetHit } from "./datasets";

const SPLIT_TAIL = /^(.+) (testmini|test-dev|test-std|devtest|Karpathy test|tst-COMMON|val|test)$/;
const SPLIT_WORD = /testmini|test-dev|test-std|devtest|Karpathy|tst-COMMON|\b(?:val|test)\b/i;
const RES_FREE = /^(?:ImageNet|FFHQ|CelebA-HQ|LSUN (?:Bedroom|Church|Cat))$/;
const RES_ANY = /(?<![\d.])(\d{2,4})\s?(?:[x×*]|\\times)\s?(\d{2,4})(?![\d.])/g;

/** Datasets of the abstract's claims completed from what the whole abstract says; `hits` gives its dataset mentions. */
export function abstractDatasets(text: string, out: ExtractedClaim[], hits: () => DatasetHit[]): void {
  // "ImageNet" in a claim, "256×256" stated once in the abstract: the benchmark at that resolution
  if (out.some((c) => c.dataset && RES_FREE.test(c.dataset))) {
    const res = abstractResolution(text);
    if (res) for (const c of out) if (c.dataset && RES_FREE.test(c.dataset)) c.dataset = `${c.dataset} ${res}x${res}`;
  }
  // "MathVista (testmini) … 71.9% on MathVista": a later bare mention is on the split the abstract named
  // (only abstracts that name a split at all need the whole-abstract dataset scan)
  if (!out.some((c) => c.dataset && !c.dataset.includes(", ")) || !SPLIT_WORD.test(text)) return;
  const all = hits();
  const splitOf = new Map<string, Set<string>>();
  for (const h of all) {
    const m = SPLIT_TAIL.exec(h.name);
    if (m) splitOf.set(m[1], (splitOf.get(m[1]) ?? new Set()).add(h.name));
  }
  for (const c of out) {
    const named = c.dataset ? splitOf.get(c.dataset) : undefined;
    if (named?.size === 1 && !all.some((h) => h.name === c.dataset && /\((?:val|validation|test|dev)\b|\b(?:val|validation|test|dev)(?:\s+(?:set|split))?\b/i.test(text.slice(h.end, h.end + 20)))) c.dataset = [...named][0];
  }
}

/** The one square image resolution (at least 64 px) an abstract states, if it states exactly one. */
function abstractResolution(text: string): string | null {
  const found = new Set<string>();
  RES_ANY.lastIndex = 0;
  for (let m = RES_ANY.exec(text); m; m = RES_ANY.exec(text)) if (m[1] === m[2] && Number(m[1]) >= 64) found.add(m[1]);
  for (const m of text.matchAll(/ImageNet[- ](\d{3})\b/g)) found.add(m[1]);
  return found.size === 1 ? [...found][0] : null;
}
