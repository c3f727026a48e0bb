// Attribution after classification: datasets per claim, metric lists, paired baselines, inferred metrics.
import type { ExtractedClaim } from "./types";
import type { NumMention } from "./numbers";
import { findDataset, findMetric, slashList, type LexHit } from "./lexicon";
import type { DatasetHit } from "./datasets";
import type { Decision } from "./classify";
import type { Group } from "./lists";
import { coordinated } from "./attribution";
import type { MetricEntry } from "../vocab/index";
import { visibleFrom, averaged } from "./scope";

export interface Item {
  n: NumMention;
  d: Decision;
  claim: ExtractedClaim;
  dsFrom: "direct" | "post" | "sentence" | "fallback" | "none" | null;
}

export const EFFICIENCY = new Set(["latency", "throughput", "tokens/s", "inference speed", "training cost", "compute", "token count", "sampling steps", "NFE/steps", "memory", "RTF"]);

export function distinct(ds: DatasetHit[]): string[] {
  return [...new Set(ds.map((d) => d.name))];
}

export const AFTER_GAP = /^[\s)\\%*$]*(?:(?:[A-Za-z][\w@-]*|\/)\s*){0,4}?(?:on|in|for|at|from|across)\s+(?:the\s+|all\s+)?(?:two\s+|three\s+|four\s+|five\s+|six\s+|seven\s+|eight\s+|\d+\s+)?(?:challenging\s+|standard\s+|popular\s+|widely[- ]used\s+)?$/i;

export function assignDatasets(text: string, ss: number, se: number, items: Item[], dsAll: DatasetHit[], groups: Group[], nums: NumMention[], fallback: () => string | null, asides: [number, number][] = [], previous: () => DatasetHit[] = () => []): void {
  const idxOf = new Map(items.map((it) => [it.n, nums.indexOf(it.n)]));
  for (const it of items) {
    const n = it.n;
    const c = it.claim;
    const cost0 = c.kind === "speedup" || (c.metric !== null && EFFICIENCY.has(c.metric));
    // a cost is not measured "on" a score benchmark (GenEval, VBench): those name a quality score
    const ds = visibleFrom(dsAll, asides, n.start).filter((d) => !(cost0 && findMetric(d.name)));
    const names = distinct(ds);
    // "25.5% (MIMIC-CXR)"
    const par = /^\s*\(([^()]{1,40})\)/.exec(text.slice(n.end, se));
    if (par) {
      const ps = n.end + par.index + par[0].indexOf(par[1]);
      const h = ds.find((d) => d.start >= ps && d.end <= ps + par[1].length);
      if (h) { c.dataset = h.name; it.dsFrom = "direct"; continue; }
      // (not the method of a from-to end: "from 0.412 (MeshGPT) to 0.327")
      if (c.kind !== "speedup" && !/^\s*to\b/.test(text.slice(n.end + par[0].length, n.end + par[0].length + 5)) && /^[A-Z][\w-]{2,30}$/.test(par[1].trim()) && !/\d[BMK]$/.test(par[1]) && !/^(?:SOTA|AR|NAR|LLMs?|Ours)$/.test(par[1].trim())) {
        c.dataset = findDataset(par[1].trim())?.name ?? par[1].trim(); it.dsFrom = "direct"; continue;
      }
    }
    // "HumanEval +6.3", "MATH500: 45.2", "lifts AIME 2024 pass@1 from 16.7%"
    const pre = ds.filter((d) => d.end <= n.start && (/^\s*[:=(]?\s*$/.test(text.slice(d.end, n.start)) || /^\s+(?:(?!(?:and|or|while|with|a|an|the|its|their)\b)[\w@-]+\s+){1,3}(?:from|of|to|at|=|:)\s*[$~]?\s*$/i.test(text.slice(d.end, n.start)) && c.kind === "result" && c.metric !== null && (text.slice(d.end, n.start).includes(c.metric.split(" ")[0]) || findDataset(c.metric)?.name === d.name))).pop();
    if (pre) { c.dataset = pre.name; it.dsFrom = "direct"; continue; }
    // "improves GSM8K accuracy by 4.6 points": the benchmark named with the changed quantity
    const preDelta = c.kind === "delta" ? ds.filter((d) => d.end <= n.start && n.start - d.end <= 50 && /^\s+(?:[\w@-]+\s+){0,2}(?:of\s+(?:the\s+|its\s+)?[\w.+\/-]+(?:\s+(?:baseline|model|teacher))?\s+)?(?:by|of)\s*(?:up\s+to\s+|about\s+|only\s+)?[~$+]?$/i.test(text.slice(d.end, n.start)) && /\b(?:improv|rais|lift|boost|increas|reduc|lower|cut|decreas)\w*\s+(?:the\s+|its\s+)?$/i.test(text.slice(Math.max(ss, d.start - 20), d.start))).pop() : undefined;
    if (preDelta) { c.dataset = preDelta.name; it.dsFrom = "direct"; continue; }
    const g = groups[idxOf.get(n)!];
    const size = g.last - g.first + 1;
    if (size > 1) {
      const k = idxOf.get(n)! - g.first;
      // "2.8× and 3.6× on Vicuna-13B and LLaMA-2-70B, respectively": the list it binds follows, and names no benchmark
      const ownList = /^[^.;]{0,80}?,?\s*respectively\b/i.exec(text.slice(nums[g.last].end, se));
      // (a single "on Vicuna-13B" is not a list: the values bind to the benchmarks listed before them)
      const ownNoDs = ownList !== null && /^\s*(?:on|for|with)\s/i.test(text.slice(nums[g.last].end, se)) && /\band\b|,(?!\s*respectively)|\//.test(ownList[0]) && !ds.some((d) => d.start >= nums[g.last].end && d.end <= nums[g.last].end + ownList[0].length);
      const run = ownNoDs ? null : runOf(text, ds, nums[g.last].end, size, true) ?? runOf(text, ds, nums[g.first].start, size, false);
      if (run) { c.dataset = run[k].name; it.dsFrom = "direct"; continue; }
      // "44.7% on A and 36.2% on B, outperforming X by 3.1 and 4.5 points, respectively": the earlier values' benchmarks, in order
      const pairedNames = /\b[A-Z][\w.+\/-]*\s+and\s+[A-Z][\w.+\/-]*\s+(?:\w+\s+){0,2}$/.test(text.slice(Math.max(ss, nums[g.first].start - 40), nums[g.first].start));
      if (!pairedNames && /^[^.;]{0,30}?(?:\brespectively\b|\bon\s+(?:the\s+)?(?:two|three|four|both|all\s+(?:two|three|four))\s+(?:tasks|benchmarks|datasets|directions|pairs|settings)\b)/i.test(text.slice(nums[g.last].end, se))) {
        const before = items.filter((o) => o.n.end <= nums[g.first].start && o.claim.kind === "result" && o.claim.dataset);
        const names = distinct(before.slice(-size).map((o) => ({ name: o.claim.dataset! } as DatasetHit)));
        if (before.length >= size && names.length === size) { c.dataset = names[k]; it.dsFrom = "sentence"; continue; }
      }
      // "We evaluate on A and on B. X is 2.6× and 3.1× faster, respectively": the previous sentence's benchmarks, in order
      if (!ds.length && /^[^.;]{0,30}?\brespectively\b/i.test(text.slice(nums[g.last].end, se)) && !/\b(?:and|or|vs\.?|versus)\b/i.test(text.slice(nums[g.last].end, se).split(/respectively/i)[0])) {
        const prev = distinct(previous());
        if (prev.length === size) { c.dataset = prev[k]; it.dsFrom = "sentence"; continue; }
      }
    }
    // "0.99 on enwik8"
    // ("a 3.47× speedup over vanilla decoding on MT-Bench": the benchmark after the baseline phrase)
    const post = ds.find((d) => d.start >= n.end && d.start - n.end <= 45 && AFTER_GAP.test(text.slice(n.end, d.start)))
      ?? (c.kind !== "result" ? ds.find((d) => d.start >= n.end && d.start - n.end <= 110 && CMP_THEN_ON.test(text.slice(n.end, d.start))) : undefined)
      // "6.8× and 5.2× higher throughput, respectively, on GSM8K": one benchmark for the whole list
      ?? (size > 1 ? ds.find((d) => d.start >= nums[g.last].end && d.start - nums[g.last].end <= 60 && RESP_ON.test(text.slice(nums[g.last].end, d.start))) : undefined);
    // "On GenEval, X achieves 0.86, surpassing Y by 0.06, and … on DPG-Bench": the opening benchmark governs until another is named
    const opening = ds[0] && /^\s*(?:On|For|In)\s+(?:the\s+)?$/.test(text.slice(ss, ds[0].start)) && /^[^,;.]{0,30},/.test(text.slice(ds[0].end, se)) && ds[0].end <= n.start && !ds.some((d) => d !== ds[0] && d.start < n.start) ? ds[0] : undefined;
    if (opening && !post && !(cost0 && findMetric(opening.name))) { c.dataset = opening.name; it.dsFrom = "direct"; continue; }
    // "on CIFAR-10 with an FID of 2.41 and on FFHQ …": the benchmark introduced right before governs the value,
    // over one that opens a later coordinated clause
    const cost = c.kind === "speedup" || (c.metric !== null && EFFICIENCY.has(c.metric));
    const later = post !== undefined && NEW_CLAUSE.test(text.slice(n.end, post.start));
    const gov = cost ? null : governing(text, ss, ds, n.start, later);
    if (gov && (!post || later)) { c.dataset = gov.name; it.dsFrom = "direct"; continue; }
    // "; on HumanEval the gains grow to 5.1×": a cost figure inside a clause opened by its benchmark
    const opener = cost && !post ? ds.filter((d) => d.end <= n.start && n.start - d.end <= 60).pop() : undefined;
    if (opener && /(?:^|[;:]\s*|,\s*)[Oo]n\s+(?:the\s+)?$/.test(text.slice(Math.max(ss, opener.start - 12), opener.start)) && !/[;.]|\d|\b(?:and|while|whereas|but|than|over|compared)\b/i.test(text.slice(opener.end, n.start))) { c.dataset = opener.name; it.dsFrom = "direct"; continue; }
    if (post) {
      // "2.8×–3.6× speedup on HumanEval and MBPP": a single value over a coordinated list of benchmarks
      const list = size === 1 ? distinct(coordinatedFrom(text, ds, post)) : null;
      c.dataset = list && list.length > 1 ? list.join(", ") : post.name;
      it.dsFrom = "post";
      continue;
    }
    // "71.3% across 12 benchmarks": a figure over several benchmarks names none of them
    if (ACROSS_MANY.test(text.slice(n.end, Math.min(se, n.end + 60))) || MANY_BEFORE.test(text.slice(Math.max(ss, n.start - 80), n.start))) { it.dsFrom = "none"; continue; }
    // "Across MT-Bench, GSM8K and HumanEval, X achieves 2.1× …": a figure reported over the sentence's list of benchmarks
    // (the list that opens the sentence, even when another benchmark is named later: "On AIME 2024 and AIME 2025, …; on MATH-500 …")
    const across0 = ds.length > 1 ? coordinatedFrom(text, ds, ds[0]) : [];
    const across = across0.length > 1 ? across0 : null;
    if (across && /\b(?:across|over|on|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$/i.test(text.slice(Math.max(ss, ds[0].start - 30), ds[0].start)) && across[across.length - 1].end < n.start && !ds.some((d) => !across.includes(d) && d.end <= n.start)
      // unless the sentence's values were bound to the listed benchmarks one by one ("… respectively")
      && !items.some((o) => o !== it && o.dsFrom === "direct" && across.some((d) => d.name === o.claim.dataset))) {
      c.dataset = distinct(across).join(", ");
      it.dsFrom = "sentence";
      continue;
    }
    // "+1.2 BLEU on average" over the benchmarks of the sentence (or of an aside): no single dataset
    if (averaged(text, ss, se, n.start, n.end) && (names.length > 1 || ds.length < dsAll.length)) { it.dsFrom = "none"; continue; }
    // a cost or speed figure does not take a benchmark named only in a later clause, nor pick one of several
    if (cost && (names.length > 1 || (names.length === 1 && ds.every((d) => d.start >= n.end && NEW_CLAUSE.test(text.slice(n.end, d.start)))))) { it.dsFrom = "none"; continue; }
    // "N …, and on D2 it achieves M": a benchmark that opens a later clause of its own is not the earlier value's
    if (!cost && ds.length > 0 && ds.every((d) => d.start >= n.end && LATER_ON.test(text.slice(Math.max(n.end, d.start - 24), d.start)))) continue;
    if (names.length === 1) { c.dataset = names[0]; it.dsFrom = "sentence"; continue; }
    if (names.length === 0 && ds.length < dsAll.length) { it.dsFrom = "none"; continue; }
    if (c.kind === "speedup" || names.length === 0) continue;
    const co = coordinated(text, ds);
    if (co && size === 1) { c.dataset = distinct(co).join(", "); it.dsFrom = "sentence"; continue; }
    const before = ds.filter((d) => d.end <= n.start).pop() ?? ds.find((d) => d.start >= n.end);
    if (before) { c.dataset = before.name; it.dsFrom = "sentence"; }
  }
  // "improves R-Precision by 3.1% and lowers FID by 0.021 on HumanML3D": a trailing benchmark closes both coordinated changes
  for (let k = items.length - 2; k >= 0; k--) {
    const a = items[k];
    const b = items[k + 1];
    if (b.dsFrom !== "post" || a.dsFrom === "direct" || a.dsFrom === "post" || a.claim.kind !== b.claim.kind || a.claim.dataset === b.claim.dataset) continue;
    // (a score that is its own benchmark, "a GenEval overall score of 0.71 and an FID of 8.9 on MS-COCO", keeps it)
    if (a.claim.metric && findDataset(a.claim.metric) && a.claim.dataset && findDataset(a.claim.dataset)?.name === findDataset(a.claim.metric)?.name) continue;
    const gap = text.slice(a.n.end, b.n.start);
    if (gap.length > 70 || !/\band\b/.test(gap) || /[;]|\b(?:while|whereas|but|on|in)\b/i.test(gap) || dsAll.some((d) => d.start >= a.n.end && d.end <= b.n.start)) continue;
    a.claim.dataset = b.claim.dataset;
    a.dsFrom = "post";
  }
  // "79.2% on GSM8K, compared with 78.6% for the default sampler": a compared value is on its reference's benchmark
  for (let k = 1; k < items.length; k++) {
    const a = items[k - 1];
    const b = items[k];
    if (a.claim.kind === "result" && b.claim.kind === "result" && b.claim.role === "baseline" && a.claim.dataset && b.dsFrom !== "direct" && /(?:compared\s+(?:to|with)|versus|vs\.?)\s*[~$]?$/i.test(text.slice(Math.max(ss, b.n.start - 20), b.n.start)) && /^\s*%?\s*for\b/i.test(text.slice(b.n.end, b.n.end + 8))) {
      b.claim.dataset = a.claim.dataset;
      b.dsFrom = a.dsFrom;
    }
  }
  // "1.9x on CNN/DailyMail and 1.6x on HumanEval, with a ROUGE-L drop of 0.3 and a pass@1 drop of 0.6, respectively":
  // values with metrics of their own, closed by "respectively", take the earlier values' benchmarks in order
  for (let last = items.length - 1; last > 0; last--) {
    if (!/^[^.;]{0,30}?\brespectively\b/i.test(text.slice(items[last].n.end, se))) continue;
    let first = last;
    while (first > 0 && /(?:,\s*|\s)and\s|,\s/.test(text.slice(items[first - 1].n.end, items[first].n.start)) && text.slice(items[first - 1].n.end, items[first].n.start).length <= 45 && !/[.;]/.test(text.slice(items[first - 1].n.end, items[first].n.start)) && !dsAll.some((d) => d.start >= items[first - 1].n.end && d.end <= items[first].n.start)) first--;
    const k = last - first + 1;
    const members = items.slice(first, last + 1);
    const before = items.slice(0, first).filter((o) => o.claim.dataset && (o.dsFrom === "direct" || o.dsFrom === "post"));
    const names = distinct(before.slice(-k).map((o) => ({ name: o.claim.dataset! } as DatasetHit)));
    if (k >= 2 && before.length >= k && names.length === k && new Set(members.map((o) => o.claim.dataset)).size === 1 && new Set(members.map((o) => o.claim.kind)).size === 1) {
      members.forEach((o, j) => { o.claim.dataset = names[j]; o.dsFrom = "sentence"; });
    }
    last = first;
  }
  // "improves MathVista accuracy by 7.4 points, reaching 75.6%": the value reached is on the changed benchmark
  for (let k = 1; k < items.length; k++) {
    const a = items[k - 1];
    const b = items[k];
    if (a.claim.kind === "delta" && b.claim.kind === "result" && a.claim.dataset && (a.dsFrom === "direct" || a.dsFrom === "post" || a.dsFrom === "sentence") && /^[^.;]{0,50}?,\s*(?:reaching|to\s+reach|bringing\s+it\s+to|for\s+a\s+total\s+of)\s*[$~]?$/i.test(text.slice(a.n.end, b.n.start))
      // ("…, reaching 75.6% accuracy on MathVista": unless the value names its own benchmark)
      && !/^\s*(?:\\?%)?\s*(?:[a-z]+\s+){0,2}on\s+(?:the\s+)?[A-Z]/.test(text.slice(b.n.end, b.n.end + 40))) {
      b.claim.dataset = a.claim.dataset;
      b.dsFrom = a.dsFrom;
    }
  }
  // "57.3% on AIME 2024 (up from 53.1%)": the earlier value is on the same benchmark
  for (let k = 1; k < items.length; k++) {
    const a = items[k - 1];
    const b = items[k];
    if (a.claim.kind === "result" && b.claim.kind === "result" && a.claim.dataset && /\b(?:up|down)\s+from\s*[$]?$/i.test(text.slice(Math.max(ss, b.n.start - 12), b.n.start))) {
      b.claim.dataset = a.claim.dataset;
      b.dsFrom = a.dsFrom;
    }
  }
  // "from 45.3% to 58.1% on LiveCodeBench": both ends of a change are on the same benchmark
  for (let k = 0; k + 1 < items.length; k++) {
    const a = items[k];
    const b = items[k + 1];
    if (a.claim.kind !== "result" || b.claim.kind !== "result" || a.claim.dataset === b.claim.dataset) continue;
    if (/\bfrom\s*[$]?$/i.test(text.slice(Math.max(ss, a.n.start - 8), a.n.start)) && /^\s*(?:ms|s|sec|seconds?|dB|points?|tokens?)?\s*(?:\([^()]{1,30}\)\s*)?(?:to|\$?\s*(?:→|->|\\rightarrow|\\to)\s*\$?)\s*$/i.test(text.slice(a.n.end, b.n.start))) {
      // the end bound to its benchmark more directly names both ("AIME 2024 accuracy from A to B on …")
      const [from, to] = a.dsFrom === "direct" && b.dsFrom !== "direct" && a.claim.dataset ? [a, b] : [b, a];
      if (!from.claim.dataset) continue;
      to.claim.dataset = from.claim.dataset;
      to.dsFrom = from.dsFrom;
    }
  }
  // "2.1%/4.9% WER on test-clean/test-other, an 11% relative WER reduction": one figure over both splits is on the corpus
  const base = splitBase(distinct(dsAll));
  if (base) for (const it of items) {
    const g = groups[idxOf.get(it.n)!];
    // (not when the split is named right before the figure: "WER on test-other by 7%")
    const named = dsAll.some((d) => d.name === it.claim.dataset && d.end <= it.n.start && it.n.start - d.end <= 25 && !/[,;]/.test(text.slice(d.end, it.n.start)));
    if (it.dsFrom === "sentence" && g.first === g.last && !named && it.claim.dataset && (it.claim.dataset.includes(", ") || distinct(dsAll).includes(it.claim.dataset))) it.claim.dataset = base;
  }
  for (const it of items) {
    // ("lowers its FID on the same benchmark by 0.9": the benchmark named before, for a change too)
    if (it.dsFrom === null && (it.claim.kind === "result" || (it.claim.kind === "delta" && SAME_BENCH.test(text.slice(ss, se))))) {
      const f = fallback();
      // (a time or cost is not measured on a quality-score benchmark such as VBench)
      if (f && !(it.claim.metric && EFFICIENCY.has(it.claim.metric) && findMetric(f))) { it.claim.dataset = f; it.dsFrom = "fallback"; }
    }
  }
  // a speedup measured where the sentence's results are
  // (results inside an "(e.g. …)" aside speak for the aside only)
  const scope = (pos: number) => asides.findIndex(([a, b]) => a <= pos && pos < b);
  const main = items.filter((it) => it.claim.kind !== "speedup" && scope(it.n.start) < 0);
  const res = main.filter((it) => it.claim.dataset);
  const shared = distinct(res.map((r) => ({ name: r.claim.dataset! } as DatasetHit)));
  for (const it of items) {
    // (a benchmark named in another clause — "…, while increasing WikiText-2 perplexity by 0.04" — is where quality was checked, not speed)
    const otherClause = (name: string, pos: number) => dsAll.some((d) => d.name === name && /,\s*(?:while|and|yet|whereas|but)\b/i.test(text.slice(Math.min(d.end, pos), Math.max(d.start, pos))));
    if (it.claim.kind === "speedup" && !it.claim.dataset && shared.length === 1 && res.length === main.length && !findMetric(shared[0]) && !otherClause(shared[0], it.n.start)) {
      it.claim.dataset = shared[0];
      it.dsFrom = "sentence";
    }
  }
}

const CMP_THEN_ON = /^[^,;.()]{0,40}?\b(?:over|than|relative\s+to|compared\s+(?:to|with))\s+[^,;()]{1,60}?\s(?:on|in)\s+(?:the\s+)?$/i;
const SAME_BENCH = /\b(?:on|in|for)\s+the\s+same\s+(?:benchmark|dataset|test\s+set|split|evaluation)\b/i;
const SPLIT_NAME = /^(.+) (test-clean|test-other|dev-clean|dev-other)$/;
/** "LibriSpeech test-clean" and "LibriSpeech test-other": the corpus, when a sentence names only splits of one corpus. */
function splitBase(names: string[]): string | null {
  if (names.filter((n) => SPLIT_NAME.test(n)).length < 2) return null;
  const bases = new Set(names.map((n) => SPLIT_NAME.exec(n)?.[1] ?? n));
  return bases.size === 1 ? [...bases][0] : null;
}

const RESP_ON = /^[\s)\\%*$]*(?:[A-Za-z][\w@-]*\s*){0,3}?,?\s*respectively,?\s+(?:on|in|for|at|across)\s+(?:the\s+)?$/i;
// "improves average accuracy over seven understanding benchmarks by 6.4 points"
const MANY_BEFORE = /\b(?:across|over|on|averaged\s+over)\s+(?:all\s+)?(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|many|diverse|various|all)\s+(?:[\w-]+\s+){0,2}?(?:benchmarks|datasets|tasks|languages|domains|evaluation\s+suites)\s+(?:by|of)\s+(?:up\s+to\s+|about\s+|nearly\s+|over\s+|more\s+than\s+)?[~$+]?$/i;
const ACROSS_MANY = /^[\s%)*$]*(?:(?:points?|pts|pp|[A-Za-z][\w@-]*)\s+){0,3}?(?:across|over|on|averaged\s+over)\s+(?:all\s+)?(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|many|diverse|various|all)\s+(?:[\w-]+\s+){0,2}?(?:benchmarks|datasets|tasks|languages|domains|evaluation\s+suites)\b/i;
/** The benchmarks listed together starting at `first` ("on HumanEval and MBPP, and … RepoBench" gives HumanEval, MBPP). */
function coordinatedFrom(text: string, ds: DatasetHit[], first: DatasetHit): DatasetHit[] {
  const out = [first];
  for (let i = ds.indexOf(first) + 1; i < ds.length; i++) {
    if (!/^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*\/\s*)\s*$/.test(text.slice(ds[i - 1].end, ds[i].start))) break;
    out.push(ds[i]);
  }
  return out;
}

const NEW_CLAUSE = /[,;]|\b(?:and|while|whereas|but|although|though|retaining|keeping|preserving|maintaining)\b/i;
const LATER_ON = /(?:,|;|\band|\bwhile|\bwhereas|\bbut)\s+(?:also\s+)?(?:on|for)\s+(?:the\s+)?$/i;
const GOV_LEAD = /\b(?:on|for|at)\s+(?:the\s+)?$/i;
const GOV_GAP = /^[\s)]*(?:(?:benchmark|dataset|test\s+set)\s*)?(?:(?:at|with|under|using)\s+[\w.-]+\s*)?,?\s*(?:(?:it|we|[A-Z][\w.+\/-]*|(?:the|our)\s+(?:[\w-]+\s+){0,2}(?:model|method|system|approach|variant))\s+)?(?:also\s+|still\s+)?(?:with|achiev\w*|reach\w*|attain\w*|obtain\w*|scor\w*|yield\w*|records?|recorded|sets?|gets?|deliver\w*)\s+(?:an?\s+|the\s+)?(?:[\w@-]+\s+){0,3}?(?:of\s+|=\s*|:\s*)?[~$]?\s*$/;

/** "on D with an FID of N", "On D, X achieves N": the benchmark named right before that directly governs the number. */
/** With `loose` (the next benchmark opens a later clause), any gap within the clause will do. */
function governing(text: string, ss: number, ds: DatasetHit[], pos: number, loose: boolean): DatasetHit | null {
  const d = ds.filter((h) => h.end <= pos).pop();
  if (!d || pos - d.end > (loose ? 90 : 60) || !GOV_LEAD.test(text.slice(Math.max(ss, d.start - 10), d.start))) return null;
  const gap = text.slice(d.end, pos);
  return (loose || GOV_GAP.test(gap)) && !/;|\.(?!\d)|\b(?:and|while|whereas|but)\b/i.test(gap) ? d : null;
}

/** "ROUGE-1/2/L scores of 45.1/22.3/41.9", "FID/IS of 2.1/250": one metric per member of the list. */
export function slashMetrics(text: string, items: Item[], groups: Group[], nums: NumMention[], mets: LexHit<MetricEntry>[]): void {
  for (const it of items) {
    const i = nums.indexOf(it.n);
    const g = groups[i];
    const k = g.last - g.first + 1;
    if (k < 2 || it.claim.kind === "speedup") continue;
    const lists = slashList(text, mets, k);
    const a = nums[g.first].start;
    const b = nums[g.last].end;
    const list = lists.find((l) => l[k - 1].end <= a && a - l[k - 1].end <= 30) ?? lists.find((l) => l[0].start >= b && l[0].start - b <= 12);
    if (list) it.claim.metric = list[i - g.first].entry.name;
  }
}

export const BARE_RES = /(?:\bat\s+|\bon\s+|\()?(\d{2,4})\s?[x×*]\s?(\d{2,4})(?:\s+resolution)?/g;

/** A resolution written without the dataset ("FID 1.38 at 512×512") moves an image-dataset claim to that resolution. */
export function nearResolution(text: string, ss: number, se: number, items: Item[], ds: DatasetHit[]): void {
  if (!items.some((it) => it.claim.dataset && /\d+x\d+$/.test(it.claim.dataset))) return;
  const seg = text.slice(ss, se);
  BARE_RES.lastIndex = 0;
  const res: { pos: number; r: string }[] = [];
  for (let m = BARE_RES.exec(seg); m; m = BARE_RES.exec(seg)) {
    const pos = ss + m.index;
    // (a 16×16 token grid is not an image resolution)
    if (m[1] !== m[2] || Number(m[1]) < 64 || ds.some((d) => d.start <= pos + m![0].length && pos <= d.end)) continue;
    res.push({ pos, r: m[1] });
  }
  if (!res.length) return;
  for (const it of items) {
    const c = it.claim;
    if (!c.dataset || !/\d+x\d+$/.test(c.dataset)) continue;
    const near = res.find((x) => Math.abs(x.pos - it.n.end) <= 40);
    if (!near) continue;
    const dHit = ds.find((d) => d.name === c.dataset);
    if (dHit && Math.abs(dHit.end - it.n.start) < Math.abs(near.pos - it.n.end)) continue;
    const name = c.dataset.replace(/\d+x\d+$/, `${near.r}x${near.r}`);
    c.dataset = findDataset(name)?.name ?? name;
  }
}

/** "a WER of 1.45 and SIM of 0.68, versus 2.10 and 0.64 for X": the j-th baseline value takes the j-th proposed value's metric. */
export function pairedBaselines(items: Item[], groups: Group[], nums: NumMention[]): void {
  for (let a = 0; a < items.length; a++) {
    const it = items[a];
    const g = groups[nums.indexOf(it.n)];
    const k = g.last - g.first + 1;
    if (k < 2 || it.claim.role !== "baseline" || it.claim.kind !== "result" || nums.indexOf(it.n) !== g.first) continue;
    const prev = items.slice(0, a).filter((p) => p.claim.kind === "result" && p.claim.role === "proposed");
    if (prev.length < k) continue;
    const src = prev.slice(prev.length - k);
    if (new Set(src.map((p) => p.claim.metric)).size < 2) continue;
    for (let j = 0; j < k; j++) {
      const dst = items[a + j];
      if (!dst) break;
      dst.claim.metric = src[j].claim.metric;
      if (!dst.claim.dataset) dst.claim.dataset = src[j].claim.dataset;
    }
  }
}

const CLAUSE_BREAK = /;|\b(?:while|whereas|but|although|though|however)\b/i;

/** k dataset mentions in a row after (or before) a position: the targets of a "respectively" list. */
export function runOf(text: string, ds: DatasetHit[], pos: number, k: number, after: boolean): DatasetHit[] | null {
  const cand = after ? ds.filter((d) => d.start >= pos) : ds.filter((d) => d.end <= pos);
  if (cand.length < k) return null;
  const run = after ? cand.slice(0, k) : cand.slice(cand.length - k);
  if (after && run[0].start - pos > 60) return null;
  // members of one list: close together, with no clause boundary between them ("on A, while on B")
  for (let i = 1; i < run.length; i++) if (run[i].start - run[i - 1].end > 25 || CLAUSE_BREAK.test(text.slice(run[i - 1].end, run[i].start))) return null;
  return run;
}
