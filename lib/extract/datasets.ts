// Dataset mentions of a sentence: vocabulary hits, resolution and split normalisation, siblings, unnamed benchmarks.
import { rawDatasetHits, findDataset, findMetric } from "./lexicon";
import { SETUP_NOUN } from "./kinds";

export interface DatasetHit {
  start: number;
  end: number;
  name: string;
  /** metric a bare score on this benchmark is reported in, if the vocabulary says */
  metric: string | null;
  known: boolean;
}

const RES_AFTER = /^(?:[-\s]?(?:1[Kk]\s)?|\s?(?:at|\()\s?)\$?(\d{2,4})(?:\s?(?:[x×*]|\\times)\s?(\d{2,4}))?\$?(?![\d.])/;
const RES_BEFORE = /(\d{2,4})\s?(?:[x×*]|\\times)\s?(\d{2,4})\s?\$?\s?(?:px\s)?$/;
const SPLIT_AFTER = /^[-\s]?(?:\d{2,4}h?r?\s)?\(?\s?(test|dev)[-\s](clean|other)|^[-\s]?(?:\d{2,4}h?r?\s?)?\s?(clean|other)\s?(?:\/|and|,)\s?(clean|other)(?:\s(test|dev))?|^[-\s]?(?:\d{2,4}h?r?\s?)?\s?(clean|other)\s(test|dev)/i;
const LIBRI = /^(?:LibriSpeech|LibriSpeech-PC|LibriTTS)$/;
const SIBLING = /^\s?(?:&|and|\/|,)\s?(\d{2})(?![\d.%])/;
const UNNAMED = /\b(?:[Oo]n|[Ii]n)\s(?:the\s)?((?:[A-Z][\w-]*\s){0,2}[A-Z][\w-]*)\s(benchmarks?|datasets?|test sets?|environments?|suite)\b/g;
const MODEL_WORD = /-\d+(?:\.\d+)?[BMK]$|^\d+(?:\.\d+)?[BMK]$|^v?\d+(?:\.\d+)+$/;
const TITLE_END = /\b(?:on|in)\s((?:[A-Z][a-z]+\s){1,3}[A-Z][a-z]+)(?=\s?[.,;]|$)/g;

/** Datasets named in [from, to) of t, in order. */
export function datasetHits(t: string, from: number, to: number): DatasetHit[] {
  const out: DatasetHit[] = [];
  for (const h of rawDatasetHits(t, from, to)) {
    const e = h.entry;
    // an acronym in parentheses right after the same dataset: "Switchboard (SWB)"
    const prev = out[out.length - 1];
    if (prev && prev.name === e.name && /^\s?\(\s?$/.test(t.slice(prev.end, h.start))) {
      continue;
    }
    // a word the previous mention already took as its split or language pair ("LibriTTS test-clean")
    if (prev && h.start < prev.end) continue;
    let end = h.end;
    // the abstract's own name for the benchmark ("MS-COCO", "AIME 2024"); the vocabulary groups it with its aliases
    let name = asWritten(e.name, t.slice(h.start, h.end));
    let start = h.start;
    // "MP-DocVQA", "GEOM-QM9": an upper-case prefix glued to a known benchmark names a derived benchmark
    const prefix = /(?<![\w-])([A-Z][A-Za-z0-9]{0,7})-$/.exec(t.slice(Math.max(from, h.start - 9), h.start));
    if (prefix) {
      start = h.start - prefix[0].length;
      name = findDataset(t.slice(start, h.end))?.name ?? `${prefix[1]}-${name}`;
    }
    if (e.domain === "image" && !/\d+x\d+$/.test(e.name)) {
      const a = RES_AFTER.exec(t.slice(h.end, Math.min(to, h.end + 22)));
      const b = RES_BEFORE.exec(t.slice(Math.max(from, h.start - 20), h.start));
      // ("COCO-2014" names a year, not a resolution)
      const r = a && (!a[2] || a[1] === a[2]) && Number(a[1]) >= 32 && !(!a[2] && /^(?:19|20)\d\d$/.test(a[1])) ? a[1] : b && b[1] === b[2] ? b[1] : null;
      if (r) {
        const n = `${e.name.replace(/ \d+x\d+$/, "")} ${r}x${r}`;
        name = findDataset(n)?.name ?? n;
        if (a && r === a[1]) end = h.end + a[0].length;
      }
    }
    if (LIBRI.test(e.name)) {
      const corpus = e.name === "LibriSpeech" ? "LibriSpeech" : name;
      const s = SPLIT_AFTER.exec(t.slice(h.end, Math.min(to, h.end + 30)));
      if (s) {
        if (s[1]) {
          name = `${corpus} ${s[1].toLowerCase()}-${s[2].toLowerCase()}`;
        } else if (s[3]) {
          const set = (s[5] ?? "test").toLowerCase();
          out.push(hit(h.start, h.end + s[0].length, `${corpus} ${set}-${s[3].toLowerCase()}`));
          name = `${corpus} ${set}-${s[4].toLowerCase()}`;
        } else {
          name = `${corpus} ${s[7].toLowerCase()}-${s[6].toLowerCase()}`;
        }
        end = h.end + s[0].length;
      }
    }
    // "MS-COCO 30K", "COCO-5K": the size of the evaluation sample is part of the benchmark's name
    const sample = e.domain === "image" ? /^(?:[\s-](\d{1,3}[Kk])(?!\w|\.\d)|\s?\((\d{1,3}[Kk])(?:\s(?:prompts|images|samples|captions))?\))/.exec(t.slice(end, Math.min(to, end + 20))) : null;
    if (sample) {
      name = `${name} ${(sample[1] ?? sample[2]).toUpperCase()}`;
      end += sample[0].length;
    }
    // "LIBERO-Long", "Video-MME-Long": a named subset glued to the benchmark is part of it
    const subset = /^-([A-Z][a-z]+)(?![\w-])/.exec(t.slice(end, Math.min(to, end + 16)));
    if (subset && !findDataset(`${t.slice(h.start, end)}-${subset[1]}`)) {
      name = `${name}-${subset[1]}`;
      end += subset[0].length;
    }
    // "LiveCodeBench (v5)", "VBench v2": a version is part of the benchmark
    const ver = !/\bv\d/i.test(name) ? /^(?:\s?\(v(\d+(?:\.\d+)?)\)|\s(?:v|V)(\d+(?:\.\d+)?)\b)/.exec(t.slice(end, Math.min(to, end + 10))) : null;
    if (ver) {
      name = `${name} v${ver[1] ?? ver[2]}`;
      end += ver[0].length;
    }
    // "Common Voice 15": a release number written after a corpus whose name has no digits
    const rel = !ver && !/\d/.test(name) && e.domain === "speech" ? /^\s(\d{1,2})(?=[\s,.;:)(]|$)(?!\.\d)/.exec(t.slice(end, Math.min(to, end + 4))) : null;
    if (rel && !SETUP_NOUN.test(t.slice(end + rel[0].length, Math.min(to, end + rel[0].length + 40))) && !/^\s*(?:%|x\b|×|points?\b)/.test(t.slice(end + rel[0].length, end + rel[0].length + 8))) {
      name = `${name} ${rel[1]}`;
      end += rel[0].length;
    }
    // "MuST-C En-De", "WMT'19 English→German": a language pair written after the corpus names the board
    if (!LANG_PAIR_NAME.test(name)) {
      const lp = pairAfter(t.slice(end, Math.min(to, end + 30)));
      if (lp) {
        name = findDataset(`${name} ${lp.pair}`)?.name ?? `${name} ${lp.pair}`;
        end += lp.length;
      }
    }
    // "FLORES-200 devtest", "VQAv2 test-dev": a named split is part of the benchmark
    const split = !LIBRI.test(e.name) ? /^(?:[\s-](devtest|dev-test|test-dev|test-std|test-challenge|dev-clean|dev-other|test-clean|test-other|val2017|test2017|Karpathy[\s-]test|tst-COMMON|tst-HE|testmini)\b|\s?\((val|validation|test|dev|test-dev|test-std|testmini|test-mini|Karpathy[\s-]test)\))/i.exec(t.slice(end, Math.min(to, end + 18))) : null;
    if (split) {
      name = `${name} ${(split[1] ?? split[2]).replace(/^karpathy[\s-]test$/i, "Karpathy test")}`;
      end += split[0].length;
    } else {
      // "MathVerse (vision-only)", "POPE (adversarial)": a named subset in parentheses is part of the benchmark
      const sub = /^\s?\(([a-z][a-z-]{2,20})\)/.exec(t.slice(end, Math.min(to, end + 30)));
      if (sub && !/^(?:ours|respectively|see|ibid|avg|average|mean|overall|total|acc|accuracy|all)$/.test(sub[1]) && !findMetric(sub[1])) {
        name = `${name} (${sub[1]})`;
        end += sub[0].length;
      }
    }
    // "on the reasoning split of CharXiv": the named split, in parentheses
    const splitOf = /\bthe\s+([A-Za-z][\w-]*)\s+(?:split|subset|track|portion|partition)\s+of\s+(?:the\s+)?$/.exec(t.slice(Math.max(from, h.start - 40), h.start));
    if (splitOf && !/^(?:test|validation|val|dev|training|train|held-out|public|official|full|same|whole|entire)$/i.test(splitOf[1])) name = `${name} (${splitOf[1]})`;
    out.push(hit(start, end, name, e.metric ?? null));
    // "ImageNet 256×256 and 512×512": the same benchmark at a second resolution
    const sibRes = /\d+x\d+$/.test(name) ? /^\s?(?:and|or|,|\/)\s?(?:at\s)?\$?(\d{2,4})\s?(?:[x×*]|\\times)\s?(\d{2,4})\$?(?![\d.])/.exec(t.slice(end, Math.min(to, end + 24))) : null;
    if (sibRes && sibRes[1] === sibRes[2]) {
      const n2 = name.replace(/\d+x\d+$/, `${sibRes[1]}x${sibRes[1]}`);
      out.push(hit(end + sibRes[0].search(/\S/) , end + sibRes[0].length, findDataset(n2)?.name ?? n2));
      end += sibRes[0].length;
    }
    // "MuST-C En→De, En→Es and En→Fr": every further pair of the same corpus
    for (let sp = siblingPair(t, end, to, name), k = 0; sp && k < 6; sp = siblingPair(t, end, to, name), k++) {
      out.push(sp);
      end = sp.end;
    }
    // "AIME24 & 25", "WMT14/16"
    const sib = /\d{2}$/.test(t.slice(h.start, h.end)) ? SIBLING.exec(t.slice(end, Math.min(to, end + 8))) : null;
    if (sib) {
      const sibName = t.slice(h.start, h.end).replace(/\d{2}$/, sib[1]);
      const se = findDataset(sibName);
      if (se) out.push(hit(end, end + sib[0].length, se.name));
    }
  }
  const seg = t.slice(from, to);
  // shared-task test sets by year: "WMT'19 En-De", "IWSLT 2017 (En→Fr)"
  MT_CORPUS.lastIndex = 0;
  for (let m = MT_CORPUS.exec(seg); m; m = MT_CORPUS.exec(seg)) {
    const s = from + m.index;
    let e = s + m[0].length;
    if (out.some((o) => o.start < e && s < o.end)) continue;
    // the year as the abstract writes it: "WMT'19" is WMT19, "IWSLT 2017" stays IWSLT 2017
    let name = m[2].length === 4 ? `${m[1].toUpperCase()} ${m[2]}` : `${m[1].toUpperCase()}${m[2]}`;
    const lp = pairAfter(t.slice(e, Math.min(to, e + 30)));
    if (lp) {
      name = `${name} ${lp.pair}`;
      e += lp.length;
    }
    out.push(hit(s, e, name));
    const sp = siblingPair(t, e, to, name);
    if (sp) out.push(sp);
  }
  // "three Amazon review datasets (Beauty, Sports and Toys)": members of a corpus listed in parentheses after its name
  if (seg.includes("(")) {
    for (const m of seg.matchAll(/\(((?:[A-Z][A-Za-z]+)(?:\s*,\s*[A-Z][A-Za-z]+)*(?:,?\s*and\s+[A-Z][A-Za-z]+))\)/g)) {
      const items = [...m[1].matchAll(/[A-Z][A-Za-z]+/g)];
      const before = seg.slice(Math.max(0, m.index! - 40), m.index!);
      const corpus = [...before.matchAll(/\b[A-Z][A-Za-z]+\b/g)].map((w) => w[0]).reverse()
        .find((w) => items.every((x) => findDataset(`${w} ${x[0]}`) || findDataset(`${w}-${x[0]}`)));
      if (!corpus) continue;
      items.forEach((x) => {
        const s = from + m.index! + 1 + x.index!;
        if (!out.some((o) => o.start < s + x[0].length && s < o.end)) out.push(hit(s, s + x[0].length, (findDataset(`${corpus} ${x[0]}`) ?? findDataset(`${corpus}-${x[0]}`))!.name));
      });
    }
    out.sort((a, b) => a.start - b.start);
  }
  // "reduces the test-other WER by 12%": a bare LibriSpeech split in an abstract that names the corpus
  if (seg.includes("-clean") || seg.includes("-other")) {
    const corpus = /\bLibriTTS\b/.test(t) && !/\bLibriSpeech\b/.test(t) ? "LibriTTS" : /\bLibriSpeech\b/i.test(t) ? "LibriSpeech" : null;
    for (const m of corpus ? seg.matchAll(/(?<![\w-])(test|dev)-(clean|other)\b/gi) : []) {
      const s = from + m.index!;
      const e = s + m[0].length;
      if (!out.some((o) => o.start < e && s < o.end)) out.push(hit(s, e, `${corpus} ${m[1].toLowerCase()}-${m[2].toLowerCase()}`));
    }
    out.sort((a, b) => a.start - b.start);
  }
  // benchmark-shaped names the vocabulary does not know: "GEdit-Bench", "T3Bench", "VideoEval-Hard"
  BENCH_SHAPED.lastIndex = 0;
  const benchy = seg.includes("Bench") || seg.includes("Eval") || seg.includes("Arena");
  for (let m = benchy ? BENCH_SHAPED.exec(seg) : null; m; m = BENCH_SHAPED.exec(seg)) {
    const s = from + m.index;
    const e = s + m[0].length;
    if (out.some((o) => o.start < e && s < o.end)) continue;
    out.push({ start: s, end: e, name: m[0], metric: null, known: false });
  }
  // benchmarks the vocabulary does not know: "on the KILT benchmark", "in STR benchmarks"
  for (const re of [UNNAMED, TITLE_END]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(seg))) {
      const s = from + m.index + m[0].indexOf(m[1]);
      const e = s + m[1].length;
      if (out.some((o) => o.start < e && s < o.end)) continue;
      if (/^(?:Table|Figure|Section|Appendix|English|Chinese|The|A|An|Our)$/.test(m[1].split(" ")[0])) continue;
      // a model or backbone with a size or version ("Vicuna-13B", "Llama 3.1 Chat 8B") is not a benchmark
      if (m[1].split(" ").some((w) => MODEL_WORD.test(w)) || /^[-\s]?\d+(?:\.\d+)?[BMK]\b/.test(t.slice(e, e + 10))) continue;
      const plural = re === UNNAMED && /s$/.test(m[2]) && /benchmarks|datasets/.test(m[2]);
      out.push({ start: s, end: plural ? s + m[1].length + 1 + m[2].length : e, name: plural ? `${m[1]} ${m[2]}` : m[1], metric: null, known: false });
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

const LANGS: Record<string, string> = {
  en: "En", english: "En", de: "De", german: "De", fr: "Fr", french: "Fr", ro: "Ro", romanian: "Ro", zh: "Zh", chinese: "Zh",
  es: "Es", spanish: "Es", ja: "Ja", japanese: "Ja", ru: "Ru", russian: "Ru", cs: "Cs", czech: "Cs", it: "It", italian: "It",
  nl: "Nl", dutch: "Nl", pt: "Pt", portuguese: "Pt", ko: "Ko", korean: "Ko", ar: "Ar", arabic: "Ar", fi: "Fi", finnish: "Fi",
  tr: "Tr", turkish: "Tr", vi: "Vi", vietnamese: "Vi", et: "Et", estonian: "Et", lt: "Lt", kk: "Kk", gu: "Gu", hi: "Hi", hindi: "Hi",
};
const BENCH_SHAPED = /(?<![\w-])[A-Z0-9][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*-?(?:Bench|Eval|Arena)(?:-?(?:v?\d+(?:\.\d+)?|Hard|Lite|Pro|Plus|Verified|Mini))?(?![\w-])/g;
const MT_CORPUS = /(?<![A-Za-z0-9])(WMT|IWSLT)\s?['’]?\s?(\d{2}|20\d{2})(?![\d.])/gi;
const LANG_WORD = `(?:${Object.keys(LANGS).join("|")})`;
const LANG_PAIR_NAME = new RegExp(`\\b${LANG_WORD}-${LANG_WORD}$`, "i");
const PAIR_AFTER = /^\s?\(?\s?([A-Za-z]{2,10})\s?(?:-|–|→|->|2|\s?to\s?|\$\\to\$|\$\\rightarrow\$)\s?([A-Za-z]{2,10})\)?(?![A-Za-z])/;
/** "En-De", "(English→German)", "en2de" right after a corpus name: the pair as "En-De". */
function pairAfter(s: string): { pair: string; length: number } | null {
  const m = PAIR_AFTER.exec(s);
  if (!m) return null;
  const a = LANGS[m[1].toLowerCase()];
  const b = LANGS[m[2].toLowerCase()];
  // two-letter codes must be written as codes (En, EN, en), not as common words ("it", "to")
  if (!a || !b || a === b) return null;
  for (const w of [m[1], m[2]]) if (w.length === 2 && !/^(?:[A-Z][a-z]|[A-Z]{2}|[a-z]{2})$/.test(w)) return null;
  if ((m[1].length === 2 && m[1] === m[1].toLowerCase() && m[2].length > 2) || /^(?:it|to|in|et)$/.test(m[1]) && m[2].length > 2) return null;
  if (m[0].includes("(") !== m[0].trimEnd().endsWith(")")) return null;
  // as written ("English-German", "en-de"), with the arrow read as a hyphen
  return { pair: `${m[1]}-${m[2]}`, length: m[0].length };
}

const GENERIC_TAIL = /[\s-]*(?:bench(?:mark)?s?|datasets?|environments?|suites?|corpus|test\s+sets?|tasks?)$/i;
const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
/** The canonical name when the text writes it (in any case or punctuation), else the text's form; resolution names stay canonical. */
export function asWritten(canonical: string, written: string): string {
  // "Bench" abbreviates "benchmark": GenAI-Bench is what "GenAI-benchmark" names
  const c = squash(canonical.replace(GENERIC_TAIL, "")).replace(/bench$/, "");
  const w = squash(written.replace(GENERIC_TAIL, "")).replace(/bench$/, "");
  // "GenAI-benchmark", "test-other" (a split of the corpus named in the canonical form)
  if (/\d+x\d+$/.test(canonical) || c === w || (c.endsWith(w) && /\b(?:test|dev|val)\b/i.test(written))) return canonical;
  return written.replace(/\s+/g, " ").trim();
}

const BARE_PAIR = new RegExp(`(?<![\\w'-])${LANG_WORD}\\s?(?:-|–|→|->|\\$\\\\to\\$|\\$\\\\rightarrow\\$)\\s?${LANG_WORD}(?![\\w-])`, "i");
const BARE_PAIR_LEAD = /\b(?:on|for|in)\s+(?:the\s+)?$/i;

/** "… 29.4 and 34.1 BLEU on En→De and En→Ro": bare language pairs, named by the corpus the abstract gave them earlier. */
export function hasBarePair(t: string, from: number, to: number): boolean {
  BARE_PAIR.lastIndex = 0;
  return BARE_PAIR.test(t.slice(from, to));
}

export function barePairs(t: string, from: number, to: number, known: DatasetHit[], earlier: DatasetHit[]): DatasetHit[] {
  const out: DatasetHit[] = [];
  const seg = t.slice(from, to);
  const re = new RegExp(`(?<![\\w'-])${LANG_WORD}\\s?(?:-|–|→|->|\\$\\\\to\\$|\\$\\\\rightarrow\\$)\\s?${LANG_WORD}(?![\\w-])`, "gi");
  for (let m = re.exec(seg); m; m = re.exec(seg)) {
    const s0 = from + m.index;
    const e0 = s0 + m[0].length;
    if (known.some((k) => k.start < e0 && s0 < k.end) || out.some((k) => k.start < e0 && s0 < k.end)) continue;
    const lp = pairAfter(m[0]);
    if (!lp) continue;
    const prevHit = out[out.length - 1];
    if (!BARE_PAIR_LEAD.test(t.slice(Math.max(from, s0 - 12), s0)) && !(prevHit && /^\s?(?:and|,|\/|&)\s?$/.test(t.slice(prevHit.end, s0)))) continue;
    const code = (p: string) => p.split("-").map((w) => LANGS[w.toLowerCase()]).join("-");
    const src = earlier.filter((h) => h.end <= s0 && LANG_PAIR_NAME.test(h.name) && code(h.name.split(" ").pop()!) === code(lp.pair)).pop();
    if (src) out.push({ start: s0, end: e0, name: src.name, metric: src.metric, known: true });
    else {
      // "On the WMT23 general task, … +1.8 BLEU on En→De": a shared task named without its pair
      const task = earlier.filter((h) => h.end <= s0 && /^(?:WMT|IWSLT)\d{2}$/.test(h.name)).pop();
      if (task) out.push(hit(s0, e0, `${task.name} ${lp.pair}`));
    }
  }
  return out;
}

/** "WMT14 En→De and En→Fr": a second language pair of the same corpus, right after the first. */
function siblingPair(t: string, end: number, to: number, name: string): DatasetHit | null {
  if (!LANG_PAIR_NAME.test(name)) return null;
  const sib = /^\s?(?:and|,|\/|&)/.exec(t.slice(end, Math.min(to, end + 6)));
  const lp = sib ? pairAfter(t.slice(end + sib[0].length, Math.min(to, end + sib[0].length + 30))) : null;
  if (!sib || !lp) return null;
  const s0 = end + sib[0].length + (/^\s/.test(t.slice(end + sib[0].length)) ? 1 : 0);
  const sName = name.replace(LANG_PAIR_NAME, lp.pair);
  return hit(s0, end + sib[0].length + lp.length, sName);
}

function hit(start: number, end: number, name: string, metric: string | null = null): DatasetHit {
  const e = findDataset(name);
  // ("MathVista testmini": a split or subset of a known benchmark keeps the benchmark's metric)
  return { start, end, name: e && squash(e.name) === squash(name) ? e.name : name, metric: e?.metric ?? metric, known: true };
}
