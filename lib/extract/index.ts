// The extractor: abstract text in, claims out. Pure, deterministic, one pass per sentence.
import type { ExtractedClaim, PaperText, Qualifier } from "./types";
import { splitSentences } from "./sentences";
import { scanNumbers, scanNumberWords, type NumMention } from "./numbers";
import { metricHits, findDataset, findMetric, slashList, type LexHit } from "./lexicon";
import { datasetHits, type DatasetHit } from "./datasets";
import { proposedMethod, nameLike } from "./methods";
import { qualifierBefore } from "./qualifiers";
import { decide, LIST_GAP, type Decision } from "./classify";
import { whoFor, vsFor, coordinated } from "./attribution";
import type { MetricEntry } from "../vocab/index";

export { CLAIM_FIELDS } from "./types";
export type { ExtractedClaim, PaperText } from "./types";

/** Bump when the rules change: claims record the version that made them. */
export const EXTRACTOR_VERSION = "1.0.0";

const QUICK = /\d|times|fold|twice|doubl|tripl|quadrupl|halv/i;
const TRAIN_LEAD = /\b(?:trained|pre-?trained|fine-?tuned|training|train)\s+(?:only\s+|solely\s+|exclusively\s+)?(?:on|with|using)\s+(?:the\s+)?$/i;
const EFFICIENCY = new Set(["latency", "throughput", "tokens/s", "inference speed", "training cost", "compute", "token count", "sampling steps", "NFE/steps", "memory", "RTF"]);

interface Item {
  n: NumMention;
  d: Decision;
  claim: ExtractedClaim;
  dsFrom: "direct" | "sentence" | "fallback" | null;
}

export function extract(paper: PaperText): ExtractedClaim[] {
  const text = paper.abstract ?? "";
  if (!text || !QUICK.test(text)) return [];
  const sents = splitSentences(text);
  const proposed = proposedMethod(paper.title ?? "", text);
  const out: ExtractedClaim[] = [];
  const sentDs: (DatasetHit[] | undefined)[] = new Array(sents.length);
  const dsOf = (i: number) => (sentDs[i] ??= evalDatasets(text, sents[i].start, sents[i].end));
  let lastMetric: string | null = null;

  for (let si = 0; si < sents.length; si++) {
    const { start: ss, end: se } = sents[si];
    const nums = mergeNums(scanNumbers(text, ss, se), QUICK_WORD.test(text.slice(ss, se)) ? scanNumberWords(text, ss, se) : []);
    if (!nums.length) continue;
    const dsHere = dsOf(si);
    for (let i = nums.length - 1; i >= 0; i--) if (dsHere.some((d) => d.start <= nums[i].numStart && nums[i].numStart < d.end)) nums.splice(i, 1);
    const mets = metricHits(text, ss, se);
    const ctx = { text, ss, se, mets };
    const dec: (Decision | null | undefined)[] = nums.map((n) => decide(n, ctx));
    const roleHint: ("baseline" | "proposed" | null)[] = nums.map(() => null);
    fromTo(text, ss, nums, dec, mets, roleHint);
    const ds = dsOf(si);
    propagate(text, nums, dec);
    // "0.99 on enwik8": a value on a named benchmark in a sentence that reports results
    if (RESULT_VERB.test(text.slice(ss, se))) {
      for (let i = 0; i < nums.length; i++) {
        if (dec[i] !== undefined || nums[i].unit === "x") continue;
        const on = ds.find((d) => d.start >= nums[i].end && d.start - nums[i].end <= 30 && ON_GAP.test(text.slice(nums[i].end, d.start)));
        if (on && (on.metric || mets.length)) dec[i] = { kind: "result", unit: nums[i].unit, metric: null, metricHit: null, evStart: nums[i].start, evEnd: on.end };
      }
    }
    // "surpassing GPT-4 (61.3%)", "(62.1 vs. 62.4)", "up from 55.1%": values compared with a reported result
    for (let i = 0; i < nums.length; i++) {
      if (dec[i] !== undefined || nums[i].unit === "x") continue;
      const L = text.slice(Math.max(ss, nums[i].start - 40), nums[i].start);
      const after = text.slice(nums[i].end, nums[i].end + 2);
      const named = /([A-Za-zσ][\w.+\/-]*[\w+])\s*\(\s*$/.exec(L);
      const attached = named !== null && /^\s*\)/.test(after) && nameLike(named[1]) && !findDataset(named[1]);
      const pairFirst = i + 1 < nums.length && /\(\s*$/.test(L) && /^\s*(?:vs\.?|versus)\s*$/i.test(text.slice(nums[i].end, nums[i + 1].start)) && /^\s*\)/.test(text.slice(nums[i + 1].end, nums[i + 1].end + 2));
      const pairSecond = i > 0 && /\(\s*$/.test(text.slice(Math.max(ss, nums[i - 1].start - 3), nums[i - 1].start)) && /^\s*(?:vs\.?|versus)\s*$/i.test(text.slice(nums[i - 1].end, nums[i].start)) && /^\s*\)/.test(after);
      const upFrom = /\b(?:up|down)\s+from\s*$/i.test(L);
      if (!(attached || pairFirst || pairSecond || upFrom)) continue;
      let ref: Decision | null = null;
      for (let j = 0; j < nums.length; j++) if (j !== i && dec[j] && dec[j]!.kind === "result" && (!ref || Math.abs(j - i) < 2)) ref = dec[j]!;
      if (!ref && !mets.length && !ds.some((d) => d.metric)) continue;
      dec[i] = { kind: "result", unit: nums[i].unit, metric: ref?.metric ?? null, metricHit: null, evStart: nums[i].start, evEnd: nums[i].end, inherited: true };
      if (pairSecond || upFrom) roleHint[i] = "baseline";
    }
    propagate(text, nums, dec);
    const items: Item[] = [];
    const groups = groupIndex(text, nums, dec);
    for (let i = 0; i < nums.length; i++) {
      const d = dec[i];
      if (!d) continue;
      const n = nums[i];
      const who = whoFor(text, ss, n.start, proposed);
      let role = who.role;
      let method = who.method;
      let params = who.params;
      if (roleHint[i] === "baseline") {
        role = "baseline";
        if (!who.attached) params = null;
        const f = /^(?:For|On|With|In)\s+([A-Za-zσ][\w.+\/-]*)\s*,/.exec(text.slice(ss, se));
        method = f && f[1] !== proposed ? f[1] : who.attached ? who.method : null;
      } else if (roleHint[i] === "proposed") {
        role = "proposed";
      }
      // "compared to 45.8% and 20.7% for autoregressive models"
      const g = groups[i];
      const gLast = nums[g.last];
      const forBase = /^\s*(?:,\s*respectively,?)?\s*(?:for|of|by)\s+((?:the\s+)?[^,.;()]{2,60}?)(?=\s*(?:[,.;(]|$|\bon\b|\bin\b))/.exec(text.slice(gLast.end, se));
      if (forBase && /(?:compared\s+(?:to|with)|versus|vs\.?|than)\s*[~$]?\s*$/i.test(text.slice(Math.max(ss, nums[g.first].start - 30), nums[g.first].start))) {
        role = "baseline";
        method = forBase[1].replace(/^the\s+/i, "");
        params = null;
      }
      let qualifier: Qualifier | null = qualifierBefore(text.slice(Math.max(ss, n.start - 60), n.start), n.symbol);
      if (i > g.first && (qualifier === null || qualifier === "about")) {
        const q0 = qualifierBefore(text.slice(Math.max(ss, nums[g.first].start - 60), nums[g.first].start), nums[g.first].symbol);
        if (q0) qualifier = q0;
      }
      if (d.kind === "speedup" && qualifier !== "up to") {
        const p = items.filter((it) => it.claim.kind === "speedup").pop();
        if (p && p.claim.qualifier === "up to" && /\band\b/.test(text.slice(p.n.end, n.start)) && !/[,;]/.test(text.slice(p.n.end, n.start))) qualifier = "up to";
      }
      const evStart = Math.max(ss, Math.min(d.evStart, qualStart(text, ss, n.start, qualifier)));
      let evEnd = Math.min(se, Math.max(d.evEnd, n.end));
      const evText = text.slice(evStart, evEnd);
      if (text[evEnd] === ")" && (evText.match(/\(/g)?.length ?? 0) > (evText.match(/\)/g)?.length ?? 0)) evEnd++;
      const claim: ExtractedClaim = {
        paper: paper.id, title: paper.title, kind: d.kind, metric: d.metric, value: n.value, value_high: n.high, unit: d.unit,
        dataset: null, method, role, qualifier, params, vs: null,
        evidence: text.slice(evStart, evEnd), start: evStart, end: evEnd, confidence: 0.9,
      };
      if (d.kind !== "result") claim.vs = vsFor(text, ss, se, n.start, n.end);
      if (d.inherited) claim.confidence -= 0.1;
      if (n.word) claim.confidence -= 0.05;
      items.push({ n, d, claim, dsFrom: null });
    }
    const fallback = (): string | null => {
      for (let k = si - 1; k >= 0; k--) {
        const names = distinct(dsOf(k));
        if (names.length === 1) return names[0];
        if (names.length > 1) return null;
      }
      return null;
    };
    assignDatasets(text, ss, se, items, ds, groups, nums, fallback);
    slashMetrics(text, items, groups, nums, mets);
    nearResolution(text, ss, se, items, ds);
    for (const it of items) {
      const c = it.claim;
      if (c.kind !== "speedup" && !c.metric) {
        c.metric = inferMetric(text, ss, se, it, mets, lastMetric);
        if (!c.metric) continue;
        c.confidence -= 0.25;
      }
      if (it.dsFrom === "fallback") c.confidence -= 0.2;
      else if (it.dsFrom === "sentence") c.confidence -= 0.05;
      if (!c.method) c.confidence -= 0.05;
      c.confidence = Math.round(Math.min(0.99, Math.max(0.05, c.confidence)) * 100) / 100;
      if (c.kind === "result" && !EFFICIENCY.has(c.metric!)) lastMetric = c.metric;
      out.push(c);
    }
  }
  return out;
}

/** Lists share kind and metric: forward from the member that carries the words, then along a chain. */
function propagate(text: string, nums: NumMention[], dec: (Decision | null | undefined)[]): void {
  // a list takes its kind from the member that carries the words: "91.5% and 100% accuracy"
  for (let i = nums.length - 2; i >= 0; i--) {
    const next = dec[i + 1];
    const gap = text.slice(nums[i].end, nums[i + 1].start);
    if (dec[i] === undefined && next && sameUnit(nums[i], nums[i + 1]) && (LIST_GAP.test(gap) || NAMED_PAIR.test(gap)))
      dec[i] = { ...next, inherited: true, evStart: nums[i].start, evEnd: next.metricHit && next.metricHit.start > nums[i].end ? next.metricHit.end : nums[i].end };
  }
  for (let i = 1; i < nums.length; i++) {
    if (dec[i] !== undefined) continue;
    let j = i - 1;
    while (j >= 0 && !dec[j]) j--;
    const prev = j >= 0 ? dec[j] : null;
    if (!prev || prev.kind === "speedup" || nums[i].unit !== nums[j].unit) continue;
    if (/\bfrom\s*$/i.test(text.slice(Math.max(0, nums[i].start - 6), nums[i].start)) && !/\bup\s+from\s*$/i.test(text.slice(Math.max(0, nums[i].start - 9), nums[i].start))) continue;
    if (/^\s*(?:ms|s|sec|seconds?|minutes?|hours?|GB|MB)\b/.test(text.slice(nums[i].end, nums[i].end + 9))) continue;
    const gap = text.slice(nums[j].end, nums[i].start);
    if (gap.length <= 70 && !/[.;]|\bwhile\b|\bwhereas\b/.test(gap) && !CHAIN_STOP.test(gap) && /,|\band\b|\/|\bvs\b|\bversus\b/.test(gap))
      dec[i] = { ...prev, inherited: true, evStart: nums[i].start, evEnd: nums[i].end };
  }
}

const RESULT_VERB = /\b(?:achiev\w*|obtain\w*|reach\w*|sets?|attain\w*|reports?|scores?|results?|records?|yields?|gets?|performance)\b/i;
const ON_GAP = /^[\s%\\)]*(?:on|in)\s+(?:the\s+)?$/i;
const NAMED_PAIR = /^\s*\)\s*(?:vs\.?|versus|and|,)\s*[A-Za-z][\w.+\/-]*\s*\(\s*$/;
const CHAIN_STOP = /\b(?:adapts?|achiev\w*|outperform\w*|surpass\w*|requir\w*|using|uses?|trained|with|reach\w*|obtain\w*|deliver\w*|improv\w*|extends?|scal\w*|runs?|running|generat\w*|solv\w*|reduc\w*|lower\w*|cut\w*|boost\w*|increas\w*|takes?|needs?|handles?|processes|supports?|contains?|includes?|covers?|spans?)\b/i;
const QUICK_WORD = /times|fold|twice|doubl|tripl|quadrupl|halv/i;

function mergeNums(a: NumMention[], b: NumMention[]): NumMention[] {
  if (!b.length) return a;
  const all = a.concat(b.filter((w) => !a.some((x) => x.start < w.end && w.start < x.end)));
  return all.sort((x, y) => x.start - y.start);
}

const sameUnit = (a: NumMention, b: NumMention) => a.unit === b.unit || (a.unit === null && b.unit === "%") || (a.unit === "%" && b.unit === null);

function evalDatasets(text: string, ss: number, se: number): DatasetHit[] {
  return datasetHits(text, ss, se).filter((h) => !TRAIN_LEAD.test(text.slice(Math.max(ss, h.start - 40), h.start)));
}

function distinct(ds: DatasetHit[]): string[] {
  return [...new Set(ds.map((d) => d.name))];
}

/** "from 18.65 to 1.80" with a metric: the baseline's value, then the proposed one's. */
function fromTo(text: string, ss: number, nums: NumMention[], dec: (Decision | null | undefined)[], mets: LexHit<MetricEntry>[], hint: ("baseline" | "proposed" | null)[]): void {
  for (let i = 0; i + 1 < nums.length; i++) {
    const a = nums[i];
    const b = nums[i + 1];
    if (a.unit === "x" || b.unit === "x" || a.size || b.size) continue;
    if (!/\bfrom\s*[$]?$/i.test(text.slice(Math.max(ss, a.start - 8), a.start))) continue;
    if (!/^\s*to\s*$/i.test(text.slice(a.end, b.start))) continue;
    if (/^\s*(?:[a-z-]+\s+)?(?:steps?|parameters|params|tokens|layers|hours|GPUs)\b/i.test(text.slice(a.end, b.start + 1)) || /^-?\s*(?:steps?|parameters|params|tokens|layers|hours)\b/i.test(text.slice(b.end, b.end + 14))) continue;
    let m: LexHit<MetricEntry> | null = null;
    for (const h of mets) if (h.end <= a.start && a.start - h.end <= 40) m = h;
    if (!m) for (const h of mets) if (h.start >= b.end && h.start - b.end <= 12) { m = h; break; }
    if (!m || /^(?:sampling steps|NFE\/steps|token count|memory)$/.test(m.entry.name)) continue;
    const base: Decision = { kind: "result", unit: a.unit, metric: m.entry.name, metricHit: m, evStart: Math.min(m.start, a.start), evEnd: a.end };
    dec[i] = base;
    dec[i + 1] = { ...base, unit: b.unit, evEnd: Math.max(b.end, m.end) };
    hint[i] = "baseline";
    hint[i + 1] = "proposed";
    i++;
  }
}

interface Group { first: number; last: number }
function groupIndex(text: string, nums: NumMention[], dec: (Decision | null | undefined)[]): Group[] {
  const g: Group[] = nums.map((_, i) => ({ first: i, last: i }));
  let first = 0;
  for (let i = 1; i <= nums.length; i++) {
    const link = i < nums.length && dec[i] && dec[i - 1] && dec[i]!.kind === dec[i - 1]!.kind && sameUnit(nums[i], nums[i - 1]) && LIST_GAP.test(text.slice(nums[i - 1].end, nums[i].start)) && !/\b(?:vs|versus)\b/.test(text.slice(nums[i - 1].end, nums[i].start));
    if (!link) {
      for (let k = first; k < i; k++) g[k] = { first, last: i - 1 };
      first = i;
    }
  }
  return g;
}

const AFTER_GAP = /^[\s)\\%*$]*(?:(?:[A-Za-z][\w-]*|\/)\s*){0,4}?(?:on|in|for|at)\s+(?:the\s+)?(?:challenging\s+|standard\s+|popular\s+|widely[- ]used\s+)?$/i;

function assignDatasets(text: string, ss: number, se: number, items: Item[], ds: DatasetHit[], groups: Group[], nums: NumMention[], fallback: () => string | null): void {
  const idxOf = new Map(items.map((it) => [it.n, nums.indexOf(it.n)]));
  const names = distinct(ds);
  for (const it of items) {
    const n = it.n;
    const c = it.claim;
    // "25.5% (MIMIC-CXR)"
    const par = /^\s*\(([^()]{1,40})\)/.exec(text.slice(n.end, se));
    if (par) {
      const ps = n.end + par.index + par[0].indexOf(par[1]);
      const h = ds.find((d) => d.start >= ps && d.end <= ps + par[1].length);
      if (h) { c.dataset = h.name; it.dsFrom = "direct"; continue; }
      if (c.kind !== "speedup" && /^[A-Z][\w-]{2,30}$/.test(par[1].trim()) && !/\d[BMK]$/.test(par[1]) && !/^(?:SOTA|AR|NAR|LLMs?|Ours)$/.test(par[1].trim())) {
        c.dataset = findDataset(par[1].trim())?.name ?? par[1].trim(); it.dsFrom = "direct"; continue;
      }
    }
    // "HumanEval +6.3", "MATH500: 45.2"
    const pre = ds.filter((d) => d.end <= n.start && /^\s*[:=(]?\s*$/.test(text.slice(d.end, n.start))).pop();
    if (pre) { c.dataset = pre.name; it.dsFrom = "direct"; continue; }
    const g = groups[idxOf.get(n)!];
    const size = g.last - g.first + 1;
    if (size > 1) {
      const k = idxOf.get(n)! - g.first;
      const run = runOf(text, ds, nums[g.last].end, size, true) ?? runOf(text, ds, nums[g.first].start, size, false);
      if (run) { c.dataset = run[k].name; it.dsFrom = "direct"; continue; }
    }
    // "0.99 on enwik8"
    const post = ds.find((d) => d.start >= n.end && d.start - n.end <= 45 && AFTER_GAP.test(text.slice(n.end, d.start)));
    if (post) { c.dataset = post.name; it.dsFrom = "direct"; continue; }
    if (names.length === 1) { c.dataset = names[0]; it.dsFrom = "sentence"; continue; }
    if (c.kind === "speedup" || names.length === 0) continue;
    const co = coordinated(text, ds);
    if (co && size === 1) { c.dataset = distinct(co).join(", "); it.dsFrom = "sentence"; continue; }
    const before = ds.filter((d) => d.end <= n.start).pop() ?? ds.find((d) => d.start >= n.end);
    if (before) { c.dataset = before.name; it.dsFrom = "sentence"; }
  }
  for (const it of items) {
    if (it.dsFrom === null && it.claim.kind === "result") {
      const f = fallback();
      if (f) { it.claim.dataset = f; it.dsFrom = "fallback"; }
    }
  }
  // a speedup measured where the sentence's results are
  const res = items.filter((it) => it.claim.kind !== "speedup" && it.claim.dataset);
  const shared = distinct(res.map((r) => ({ name: r.claim.dataset! } as DatasetHit)));
  for (const it of items) {
    if (it.claim.kind === "speedup" && !it.claim.dataset && shared.length === 1 && res.length === items.filter((x) => x.claim.kind !== "speedup").length) {
      it.claim.dataset = shared[0];
      it.dsFrom = "sentence";
    }
  }
}

/** "ROUGE-1/2/L scores of 45.1/22.3/41.9", "FID/IS of 2.1/250": one metric per member of the list. */
function slashMetrics(text: string, items: Item[], groups: Group[], nums: NumMention[], mets: LexHit<MetricEntry>[]): void {
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

const BARE_RES = /(?:\bat\s+|\bon\s+|\()?(\d{2,4})\s?[x×*]\s?(\d{2,4})(?:\s+resolution)?/g;
/** A resolution written without the dataset ("FID 1.38 at 512×512") moves an image-dataset claim to that resolution. */
function nearResolution(text: string, ss: number, se: number, items: Item[], ds: DatasetHit[]): void {
  if (!items.some((it) => it.claim.dataset && /\d+x\d+$/.test(it.claim.dataset))) return;
  const seg = text.slice(ss, se);
  BARE_RES.lastIndex = 0;
  const res: { pos: number; r: string }[] = [];
  for (let m = BARE_RES.exec(seg); m; m = BARE_RES.exec(seg)) {
    const pos = ss + m.index;
    if (m[1] !== m[2] || ds.some((d) => d.start <= pos + m![0].length && pos <= d.end)) continue;
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

/** k dataset mentions in a row after (or before) a position: the targets of a "respectively" list. */
function runOf(text: string, ds: DatasetHit[], pos: number, k: number, after: boolean): DatasetHit[] | null {
  const cand = after ? ds.filter((d) => d.start >= pos) : ds.filter((d) => d.end <= pos);
  if (cand.length < k) return null;
  const run = after ? cand.slice(0, k) : cand.slice(cand.length - k);
  if (after && run[0].start - pos > 60) return null;
  for (let i = 1; i < run.length; i++) if (run[i].start - run[i - 1].end > 25) return null;
  return run;
}

function inferMetric(text: string, ss: number, se: number, it: Item, mets: LexHit<MetricEntry>[], lastMetric: string | null): string | null {
  const n = it.n;
  const c = it.claim;
  if (c.kind === "delta") {
    // "reduces hallucination rates by 30%", "by 12.4% in user preference"
    const np = /\b(?:reduc|improv|increas|boost|lower|cut|decreas|rais|enhanc)\w*\s+(?:the\s+|its\s+)?((?:[a-z-]+\s){0,2}[a-z-]+)\s+by\s*(?:up\s+to\s+|about\s+|around\s+|over\s+|nearly\s+)?[~$]?$/i.exec(text.slice(Math.max(ss, n.start - 60), n.start));
    if (np && !/^(?:it|them|this|that|performance)$/i.test(np[1])) return singular(np[1]);
    const inNp = /^\s*(?:relative\s+|absolute\s+)?in\s+((?:[a-z-]+\s){0,2}[a-z-]+)(?=\s*[,.;]|\s+(?:on|over|compared|than|while|across|for)\b|$)/i.exec(text.slice(n.end, se));
    if (inNp) return singular(inNp[1]);
  }
  const quality = mets.filter((m) => !EFFICIENCY.has(m.entry.name));
  const after = quality.find((m) => m.start >= n.end && m.start - n.end <= 60);
  if (after) return after.entry.name;
  const before = quality.filter((m) => m.end <= n.start).pop();
  if (before) return before.entry.name;
  if (c.dataset) {
    const e = findDataset(c.dataset.split(", ")[0]);
    if (e?.metric) return e.metric;
  }
  if (c.kind === "result") {
    if (/^\s*(?:overall\s+)?scores?\b/i.test(text.slice(n.end, se)) || /\bscores?\s+of\s*$/i.test(text.slice(ss, n.start))) return "score";
    return null;
  }
  const R = text.slice(n.end, se);
  const forTask = /^[^.;]{0,90}?\bfor\s+((?:[a-z]+-)?[a-z]+(?:\s[a-z]+)?)\s+(?:on|in)\s/.exec(R);
  const inPhrase = /^[^.;]{0,40}?\bin\s+((?:[a-z-]+\s){0,2}?(?:scores?|rates?|quality|performance|accuracy|fidelity))\b/i.exec(R);
  if (inPhrase) return singular(inPhrase[1]);
  const onBench = /^[^.;]{0,30}?\bon\s+((?:[a-z]+\s(?:and\s)?){1,3})(?:benchmarks|tasks)\b/.exec(R);
  if (onBench) return `${onBench[1].trim()} performance`;
  if (forTask && c.dataset) return forTask[1];
  if (lastMetric && !c.dataset) return lastMetric;
  return "performance";
}

function singular(s: string): string {
  const m = findMetric(s);
  if (m) return m.name;
  return s.replace(/\b(scores|rates|errors|metrics)$/i, (w) => w.slice(0, -1));
}

function qualStart(text: string, ss: number, pos: number, q: Qualifier | null): number {
  if (!q) return pos;
  const L = text.slice(Math.max(ss, pos - 40), pos);
  const re = q === "up to" ? /(?:up\s+to|as\s+(?:much|many|high)\s+as)/gi : q === "about" ? /(?:about|around|approximately|approx\.?|roughly|nearly|almost|approximate|~|∼|≈)/gi : q === "over" ? /(?:over|more\s+than|greater\s+than|above|exceeding|>)/gi : /(?:at\s+least|no\s+less\s+than|no\s+fewer\s+than|≥)/gi;
  let m: RegExpExecArray | null;
  let last = -1;
  while ((m = re.exec(L))) last = m.index;
  return last >= 0 ? pos - L.length + last : pos;
}
