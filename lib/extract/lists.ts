// Numbers that belong together: lists, chains, from–to pairs.
import type { NumMention } from "./numbers";
import type { LexHit } from "./lexicon";
import type { MetricEntry } from "../vocab/index";
import { LIST_GAP, type Decision } from "./classify";
import type { DatasetHit } from "./datasets";
import { findDataset } from "./lexicon";
import { nameLike } from "./methods";
import { specificAspect } from "./kinds";

export type Dec = Decision | null | undefined;
export type RoleHint = "baseline" | "proposed" | null;

/** Lists share kind and metric: forward from the member that carries the words, then along a chain. */
export function propagate(text: string, nums: NumMention[], dec: (Decision | null | undefined)[]): void {
  // a list takes its kind from the member that carries the words: "91.5% and 100% accuracy"
  for (let i = nums.length - 2; i >= 0; i--) {
    const next = dec[i + 1];
    const gap = text.slice(nums[i].end, nums[i + 1].start);
    if (dec[i] === undefined && next && sameUnit(nums[i], nums[i + 1]) && (LIST_GAP.test(gap) || NAMED_PAIR.test(gap)))
      dec[i] = { ...next, inherited: true, evStart: nums[i].start, evEnd: next.metricHit && next.metricHit.start > nums[i].end ? next.metricHit.end : nums[i].end };
  }
  // "gains of 0.8 and 1.1 BLEU": the delta cue and the metric word are shared by the list
  for (let i = 0; i + 1 < nums.length; i++) {
    const a = dec[i];
    const b = dec[i + 1];
    // (a middle member already took the shared metric word: "by 1.4, 1.9 and 1.1 BLEU")
    if (!a || !b || a.kind !== "delta" || b.kind !== "result" || (a.metricHit && a.metricHit !== b.metricHit) || !b.metricHit || b.metricHit.start < nums[i + 1].end) continue;
    if (!sameUnit(nums[i], nums[i + 1]) || !LIST_GAP.test(text.slice(nums[i].end, nums[i + 1].start))) continue;
    dec[i] = { ...a, metric: a.metric ?? b.metric, evEnd: Math.max(a.evEnd, b.metricHit.end) };
    dec[i + 1] = { ...b, kind: "delta", unit: a.unit === "points" ? "points" : b.unit, evStart: nums[i + 1].start, inherited: true };
  }
  for (let i = 1; i < nums.length; i++) {
    if (dec[i] !== undefined) continue;
    let j = i - 1;
    while (j >= 0 && !dec[j]) j--;
    const prev = j >= 0 ? dec[j] : null;
    if (!prev || nums[i].unit !== nums[j].unit) continue;
    // "by 2.2x on A and by 1.9x on B": a parallel speedup; other speedup chains are not followed
    if (prev.kind === "speedup") {
      const gap0 = text.slice(nums[j].end, nums[i].start);
      // "speedups of 3.46× and 3.08×", "4.6×, reaching up to 11.2× when …": the same claim again, for another setting
      // "…, and reaches up to 4.3× on HumanEval" after the sentence's speedup, with other values between
      if (nums[i].unit === "x" && /,?\s*and\s+(?:it\s+)?(?:reach|ris|climb|grow|increas|go)\w*\s+(?:to\s+)?(?:up\s+to\s+|as\s+much\s+as\s+)?$/i.test(text.slice(Math.max(0, nums[i].start - 40), nums[i].start))) {
        dec[i] = { ...prev, inherited: true, evStart: nums[i].start, evEnd: nums[i].end };
        continue;
      }
      if (nums[i].unit === "x" && j === i - 1 && (LIST_GAP.test(gap0) || ON_EACH.test(gap0) || OVER_THEN.test(gap0) || /^\s*,\s*(?:and\s+)?(?:reaching|rising|climbing|growing|increasing|going)\s+(?:to\s+)?(?:up\s+to\s+|as\s+much\s+as\s+)?$/i.test(gap0))) {
        dec[i] = { ...prev, inherited: true, evStart: nums[i].start - (/(?:reaching|rising|climbing|growing|increasing|going)\s+(?:to\s+)?(?:up\s+to\s+|as\s+much\s+as\s+)?$/i.exec(gap0)?.[0].length ?? 0), evEnd: nums[i].end };
        continue;
      }
      const andWhat = /(?:,\s*|\s)and\s+((?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2})\s+by\s*(?:up\s+to\s+|about\s+|roughly\s+)?$/i.exec(text.slice(nums[j].end, nums[i].start));
      // "accelerates VAR-d30 by 2.6× and VAR-d24 by 2.1×": the same speedup for another named model
      if (andWhat && nums[i].unit === "x" && /^[A-Za-z][\w.+-]*$/.test(andWhat[1]) && nameLike(andWhat[1]) && !/\b(?:while|whereas|but)\b/i.test(text.slice(nums[j].end, nums[i].start))) {
        dec[i] = { ...prev, inherited: true, evStart: nums[i].start - (text.slice(0, nums[i].start).length - text.slice(0, nums[i].start).lastIndexOf(andWhat[1])), evEnd: nums[i].end };
        continue;
      }
      if (andWhat && nums[i].unit === "x" && !/\b(?:while|whereas|but)\b/i.test(text.slice(nums[j].end, nums[i].start)) && !/\d/.test(andWhat[1])) {
        const what = andWhat[1];
        dec[i] = { ...prev, metric: specificAspect(what + " reduced") ?? (/speed|faster/i.test(what) ? "inference speed" : prev.metric), inherited: true, evStart: nums[i].start - (text.slice(0, nums[i].start).length - (text.slice(0, nums[i].start).lastIndexOf(what))), evEnd: nums[i].end };
        continue;
      }
      if (/^(?:[^.;]|\.(?=\d)){0,90}?(?:,\s*|\s)and\s+(?:up\s+to\s+)?by\s*(?:up\s+to\s+|as\s+much\s+as\s+|about\s+|roughly\s+)?$/i.test(text.slice(nums[j].end, nums[i].start)) && !/\b(?:while|whereas|but)\b/i.test(text.slice(nums[j].end, nums[i].start)))
        dec[i] = { ...prev, inherited: true, evStart: nums[i].start - (/by\s*(?:up\s+to\s+|as\s+much\s+as\s+|about\s+|roughly\s+)?$/.exec(text.slice(0, nums[i].start))?.[0].length ?? 0), evEnd: nums[i].end };
      continue;
    }
    if (/\bfrom\s*$/i.test(text.slice(Math.max(0, nums[i].start - 6), nums[i].start)) && !/\bup\s+from\s*$/i.test(text.slice(Math.max(0, nums[i].start - 9), nums[i].start))) continue;
    if (/^\s*(?:ms|s|sec|seconds?|minutes?|hours?|GB|MB)\b/.test(text.slice(nums[i].end, nums[i].end + 9))) continue;
    const gap = text.slice(nums[j].end, nums[i].start);
    // "+4.8 over BLIP-2 (ViT-g, 141.4)": a value in a name's parentheses is that method's, not another change
    if (gap.length <= 70 && !/[.;]|\bwhile\b|\bwhereas\b/.test(gap) && !/\([^()]*$/.test(gap) && !CHAIN_STOP.test(gap) && /,|\band\b|\/|\bvs\b|\bversus\b/.test(gap))
      dec[i] = { ...prev, inherited: true, evStart: nums[i].start, evEnd: nums[i].end };
  }
}

/** "2.9× on LlamaGen-XL and 2.1× on Lumina": the gap between parallel values, each with its own setting. */
const ON_EACH = /^\s*(?:on|for|with|in)\s+(?:[^,;.()]|\.(?=\d)){1,40}?(?:,\s*respectively)?(?:,\s*(?:and\s+)?|\s+and\s+)(?:of\s+)?(?:up\s+to\s+|as\s+much\s+as\s+)?[$]?$/i;
/** "3.2×–3.9× over vanilla decoding, and up to 4.4× on code": the same speedup for another setting, after its baseline */
const OVER_THEN = /^\s*(?:over|than|compared\s+(?:to|with)|relative\s+to)\s+(?:[^.;,]|\.(?=\d)){1,60}?,\s*(?:and|with)\s+(?:up\s+to\s+|as\s+much\s+as\s+|over\s+|nearly\s+|about\s+)?$/i;

export const NAMED_PAIR = /^\s*\)\s*(?:vs\.?|versus|and|,)\s*[A-Za-z][\w.+\/-]*\s*\(\s*$/;

export const CHAIN_STOP = /\b(?:adapts?|scor\w*|achiev\w*|outperform\w*|surpass\w*|requir\w*|using|uses?|trained|with|reach\w*|obtain\w*|deliver\w*|improv\w*|extends?|scal\w*|runs?|running|generat\w*|solv\w*|reduc\w*|lower\w*|cut\w*|boost\w*|increas\w*|takes?|needs?|handles?|processes|supports?|contains?|includes?|covers?|spans?)\b/i;

/** Substrings that can announce a number written in words (a cheap gate before the number-word scan). */
const WORD_CUES = ["times", "fold", "half", "third", "quarter", "fifth", "tenth", "point", "wice", "oubl", "ripl", "uadrupl", "alv", "factor", "magnitude", "percent", "per cent"];

export function hasWordNumber(s: string): boolean {
  for (const w of WORD_CUES) if (s.includes(w)) return true;
  return false;
}

export function mergeNums(a: NumMention[], b: NumMention[]): NumMention[] {
  if (!b.length) return a;
  const all = a.concat(b.filter((w) => !a.some((x) => x.start < w.end && w.start < x.end)));
  return all.sort((x, y) => x.start - y.start);
}

export const sameUnit = (a: NumMention, b: NumMention) => a.unit === b.unit || (a.unit === null && b.unit === "%") || (a.unit === "%" && b.unit === null);

/** "from 18.65 to 1.80" with a metric: the baseline's value, then the proposed one's. */
export function fromTo(text: string, ss: number, nums: NumMention[], dec: (Decision | null | undefined)[], mets: LexHit<MetricEntry>[], hint: ("baseline" | "proposed" | null)[], ds: DatasetHit[] = []): void {
  for (let i = 0; i + 1 < nums.length; i++) {
    const a = nums[i];
    // "from 36.2 (1024-step teacher) to 31.4": numbers inside an aside between the two ends are not the second end
    let bi = i + 1;
    const aside = /^\s*(?:for\s+[A-Za-z][\w.+-]*\s*)?\([^()]*\)/.exec(text.slice(a.end, a.end + 60));
    if (aside) while (bi < nums.length && nums[bi].start < a.end + aside[0].length) bi++;
    if (bi >= nums.length) continue;
    const b = nums[bi];
    // "reduces token usage from about 13.1K to 7.6K tokens": counts of generated tokens, written with K
    if (a.size && b.size && /^[Kk]$/.test(a.size) && /^[Kk]$/.test(b.size) && /\b(?:tokens?|token\s+(?:usage|count|consumption)|response\s+length|output\s+length|reasoning\s+length)\b[^.;]{0,30}\bfrom\s*(?:about\s+|roughly\s+|around\s+|~)?$/i.test(text.slice(Math.max(ss, a.start - 60), a.start))) {
      const head = /\bfrom\s*(?:about\s+|roughly\s+|around\s+|~)?$/i.exec(text.slice(Math.max(ss, a.start - 24), a.start))!;
      for (const x of [a, b]) { x.value = Math.round(x.value * 1000); x.size = null; }
      dec[i] = { kind: "result", unit: null, metric: "token count", metricHit: null, evStart: a.start - head[0].length, evEnd: a.end };
      const tail = /^\s*tokens?\b(?:\s+per\s+(?:problem|question|response|answer|sample))?/i.exec(text.slice(b.end, b.end + 30));
      dec[bi] = { ...dec[i]!, evEnd: b.end + (tail ? tail[0].length : 0) };
      hint[i] = "baseline";
      hint[bi] = "proposed";
      i = bi;
      continue;
    }
    if (a.unit === "x" || b.unit === "x" || a.size || b.size) continue;
    // "from 18.65 to 1.80", "(0.80 → 0.79)", "2.31 $\rightarrow$ 1.95"
    const arrow = ARROW.test(text.slice(a.end, b.start));
    if (!arrow && !/\bfrom\s*(?:roughly\s+|about\s+|around\s+|approximately\s+|~)?[$]?$/i.test(text.slice(Math.max(ss, a.start - 24), a.start))) continue;
    if (!arrow && !/^\s*(?:ms|s|sec|seconds?|minutes?|min|dB|points?|tokens?)?\s*(?:\([^()]{1,30}\)\s*|(?:with|using|under|for|in|on)\s+(?:[^,;.\d\s]+\s+){1,4}|for\s+[A-Za-z][\w.+-]*\s*(?:\([^()]{1,30}\)\s*)?)?to\s*$/i.test(text.slice(a.end, b.start))) continue;
    // "cuts the time to generate a clip from 31.2 minutes on one GPU to 4.6 minutes": a wall-clock time, latency
    const TIME = /^\s?(?:ms|milliseconds?|s|sec|seconds?|minutes?|min)\b/i;
    if (TIME.test(text.slice(a.end, a.end + 14)) && TIME.test(text.slice(b.end, b.end + 14)) && /\b(?:time|latency|takes?|taking|duration|wall-?clock|generat\w*|render\w*|synthes\w*)\b[^.;]{0,90}$/i.test(text.slice(Math.max(ss, a.start - 100), a.start)) && !mets.some((h) => h.end <= a.start && a.start - h.end <= 40)) {
      const base: Decision = { kind: "result", unit: null, metric: "latency", metricHit: null, evStart: a.start - /from\s*[$]?$/i.exec(text.slice(Math.max(ss, a.start - 8), a.start))![0].length, evEnd: a.end + TIME.exec(text.slice(a.end, a.end + 14))![0].length };
      dec[i] = base;
      dec[bi] = { ...base, evEnd: b.end + TIME.exec(text.slice(b.end, b.end + 14))![0].length };
      hint[i] = "baseline";
      hint[bi] = "proposed";
      i = bi;
      continue;
    }
    // "from 3.1 tokens to 4.7 tokens" is a count of setup things unless a metric (acceptance length) names it
    const metricNear = mets.some((h) => h.end <= a.start && a.start - h.end <= 40 && !/^(?:sampling steps|NFE\/steps|token count|memory)$/.test(h.entry.name));
    if (!metricNear && (/^\s*(?:[a-z-]+\s+)?(?:steps?|parameters|params|tokens|layers|hours|GPUs)\b/i.test(text.slice(a.end, b.start + 1)) || /^-?\s*(?:steps?|parameters|params|tokens(?!\s*(?:per|\/))|layers|hours)\b/i.test(text.slice(b.end, b.end + 14)))) continue;
    // "cuts the budget from 410 to 236 GPU hours": training cost in GPU hours
    const GPUH = /^\s?(?:(?:A100|H100|V100|H800|TPU)\s)?(?:GPU|TPU|A100|H100)[\s-]hours\b/i;
    if (GPUH.test(text.slice(b.end, b.end + 20)) && /^\s*(?:(?:A100\s|H100\s)?GPU[\s-]hours\s*)?to\s*$/i.test(text.slice(a.end, b.start))) {
      const base: Decision = { kind: "result", unit: null, metric: "training cost", metricHit: null, evStart: a.start - /from\s*(?:roughly\s+|about\s+|around\s+|approximately\s+|~)?[$]?$/i.exec(text.slice(Math.max(ss, a.start - 24), a.start))![0].length, evEnd: a.end };
      dec[i] = base;
      dec[bi] = { ...base, evEnd: b.end + GPUH.exec(text.slice(b.end, b.end + 20))![0].length };
      hint[i] = "baseline";
      hint[bi] = "proposed";
      i = bi;
      continue;
    }
    let m: LexHit<MetricEntry> | null = null;
    // a unit-like metric written right after the second value ("to 51.9 tokens per second") names both
    const unitAfter = mets.find((h) => h.start >= b.end && /^\s{0,2}$/.test(text.slice(b.end, h.start)));
    if (unitAfter) m = unitAfter;
    else for (const h of mets) if (h.end <= a.start && (a.start - h.end <= (arrow ? 80 : 40) || (a.start - h.end <= 75 && /^\s+(?:across|over|on|averaged\s+over)\s+[^,;.\d]*\bfrom\s*[$]?$/i.test(text.slice(h.end, a.start))) || (a.start - h.end <= 90 && /^\s+(?:of|for)\s+[^,;]*\bfrom\s*(?:roughly\s+|about\s+)?[$]?$/i.test(text.slice(h.end, a.start)) && !/(?<![\w.-])\d+(?:\.\d+)?(?![\w.%-])/.test(text.slice(h.end, a.start))))) m = h;
    if (!m) for (const h of mets) if (h.start >= b.end && h.start - b.end <= 12) { m = h; break; }
    if (m && /^(?:sampling steps|NFE\/steps|token count|memory)$/.test(m.entry.name)) continue;
    // no metric word: a generic noun ("Scores improve from") or a benchmark with a default metric ("... on GSM8K")
    let ev0 = m ? Math.min(m.start, a.start) : a.start;
    if (!m) {
      const noun = IMPLIED_NOUN.exec(text.slice(Math.max(ss, a.start - 45), a.start));
      const onDs = ds.some((d) => d.metric && ((d.start >= b.end && d.start - b.end <= 30) || (d.end <= a.start && a.start - d.end <= 60)));
      if (!noun && !onDs) continue;
      if (noun) ev0 = a.start - noun[0].length + noun.index;
    }
    // "from 160 ms to 1 s": times are latency, whatever metric word follows
    if (m && /^\s?(?:ms|s|sec|seconds?)\b/.test(text.slice(b.end, b.end + 9)) && !/latency|RTF|time/i.test(m.entry.name)) continue;
    const base: Decision = { kind: "result", unit: a.unit, metric: m?.entry.name ?? null, metricHit: m, evStart: ev0, evEnd: a.end };
    dec[i] = base;
    const tail = /^\s?(?:ms|s|sec|seconds?|dB|tokens?)\b/.exec(text.slice(b.end, b.end + 9));
    dec[bi] = { ...base, unit: b.unit, evEnd: Math.max(b.end + (tail ? tail[0].length : 0), m?.end ?? 0) };
    hint[i] = "baseline";
    hint[bi] = "proposed";
    i = bi;
  }
}

const ARROW = /^\s*\$?\s*(?:→|⟶|->|\\rightarrow|\\to(?![a-z])|\\longrightarrow)\s*\$?\s*$/;
const IMPLIED_NOUN = /\b(?:scores?|results?|performance|numbers?)\s+(?:\w+\s+){0,2}?(?:improv|ris|increas|climb|jump|go|grow|drop|fall|decreas|mov)\w*\s+(?:\w+\s+)?from\s*[$]?$/i;

export interface Group { first: number; last: number }

export function groupIndex(text: string, nums: NumMention[], dec: (Decision | null | undefined)[]): Group[] {
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

const RESULT_VERB = /\b(?:achiev\w*|obtain\w*|reach\w*|sets?|attain\w*|reports?|scor\w*|results?|records?|yields?|gets?|performance|resolv\w*|solv\w*)\b/i;
const SCORE_VERB = /\b(?:scores|scored|scoring|achiev\w*|obtain\w*|reach\w*|attain\w*|gets|got|records?|resolv\w*|solv\w*)\s+(?:an?\s+)?(?:average\s+of\s+)?[~$]?$/i;
const ON_GAP = /^[\s%\\)$]*(?:(?:overall|average|avg\.?|mean)\s+(?:scores?\s+)?)?(?:on|in)\s+(?:the\s+)?$/i;

/** "0.99 on enwik8": a value on a named benchmark, in a sentence that reports results. */
export function onBenchmark(text: string, ss: number, se: number, nums: NumMention[], dec: Dec[], ds: DatasetHit[], hasMetric: boolean): void {
  if (!RESULT_VERB.test(text.slice(ss, se))) return;
  for (let i = 0; i < nums.length; i++) {
    if (dec[i] !== undefined || nums[i].unit === "x") continue;
    const on = ds.find((d) => d.start >= nums[i].end && d.start - nums[i].end <= 30 && ON_GAP.test(text.slice(nums[i].end, d.start)));
    if (on && (on.metric || hasMetric || SCORE_VERB.test(text.slice(Math.max(ss, nums[i].start - 30), nums[i].start)))) dec[i] = { kind: "result", unit: nums[i].unit, metric: null, metricHit: null, evStart: nums[i].start, evEnd: on.end };
    // "On GSM8K and MATH, X scores 80.1% and 45.6%": a value right after a result verb, benchmarks named before
    else if (SCORE_VERB.test(text.slice(Math.max(ss, nums[i].start - 30), nums[i].start)) && ds.some((d) => d.end <= nums[i].start && d.metric))
      dec[i] = { kind: "result", unit: nums[i].unit, metric: null, metricHit: null, evStart: nums[i].start, evEnd: nums[i].end };
  }
}

/** "surpassing GPT-4 (61.3%)", "(62.1 vs. 62.4)", "up from 55.1%": values compared with a reported result. */
export function comparedValues(text: string, ss: number, nums: NumMention[], dec: Dec[], ds: DatasetHit[], hasMetric: boolean, roleHint: RoleHint[]): void {
  for (let i = 0; i < nums.length; i++) {
    // "compared with 2.5×–3.1× for EAGLE": a compared method's factor restates the sentence's speedup
    if (dec[i] === undefined && nums[i].unit === "x" && CMP_LEAD.test(text.slice(Math.max(ss, nums[i].start - 30), nums[i].start)) && CMP_TAIL.test(text.slice(nums[i].end, nums[i].end + 30))) {
      const sp = dec.find((d) => d && d.kind === "speedup");
      if (sp) { dec[i] = { ...sp, inherited: true, evStart: nums[i].start, evEnd: nums[i].end }; roleHint[i] = "baseline"; }
      continue;
    }
    // "outperforming Medusa-2 (2.58×)": a compared method's factor, attached to its name, restates the sentence's speedup
    if (dec[i] === undefined && nums[i].unit === "x") {
      const named = /([A-Za-zσ][\w.+\/-]*[\w+])\s*\(\s*$/.exec(text.slice(Math.max(ss, nums[i].start - 60), nums[i].start));
      const sp = dec.find((d) => d && d.kind === "speedup");
      if (named && nameLike(named[1]) && sp && /^\s*\)/.test(text.slice(nums[i].end, nums[i].end + 3))) {
        dec[i] = { ...sp, inherited: true, evStart: nums[i].start - named[0].length, evEnd: nums[i].end + 1 };
      }
      continue;
    }
    if (dec[i] !== undefined || nums[i].unit === "x") continue;
    const L = text.slice(Math.max(ss, nums[i].start - 40), nums[i].start);
    const after = text.slice(nums[i].end, nums[i].end + 2);
    const named = /([A-Za-zσ][\w.+\/-]*[\w+])\s*\(\s*(?:(?:\d+(?:\.\d+)?\s?[BMK]|[A-Za-z][\w.+\/-]{0,20})\s*[,;]\s*)?$/.exec(L);
    // "Name (1) improves …": a small whole number in parentheses enumerates, it reports nothing
    const enumerates = /^\d$/.test(text.slice(nums[i].numStart, nums[i].end)) && nums[i].unit === null;
    const attached = !enumerates && named !== null && /^\s*\)/.test(after) && nameLike(named[1]) && !findDataset(named[1]);
    const pairFirst = i + 1 < nums.length && /\(\s*$/.test(L) && /^\s*(?:vs\.?|versus)\s*$/i.test(text.slice(nums[i].end, nums[i + 1].start)) && /^\s*\)/.test(text.slice(nums[i + 1].end, nums[i + 1].end + 2));
    const pairSecond = i > 0 && /\(\s*$/.test(text.slice(Math.max(ss, nums[i - 1].start - 3), nums[i - 1].start)) && /^\s*(?:vs\.?|versus)\s*$/i.test(text.slice(nums[i - 1].end, nums[i].start)) && /^\s*\)/.test(after);
    const upFrom = /\b(?:up|down)\s+from\s*$/i.test(L);
    // "it reaches an FID of 3.30, whereas vanilla VAR reaches 3.55": a parallel clause restating the metric's value
    const parallel = /(?:\b(?:whereas|while|but|compared\s+(?:to|with))|,\s*and|;)\s+(?:[^;,\s]+\s+){0,5}?(?:reach\w*|achiev\w*|obtain\w*|attain\w*|scor\w*|gets?|got|stays?|remains?|yields?)\s+(?:an?\s+|only\s+)?[~$]?$/i.test(text.slice(Math.max(ss, nums[i].start - 80), nums[i].start))
      && lastResult(dec, nums, i);
    // "within 0.3% of the teacher's 82.4%": the compared method's own value
    // "7.4 points over Agentless (34.2%)": a compared method's value in parentheses after its plain name
    const cmpAttached = /^\s*\)/.test(after) && CMP_NAMED.test(L);
    const possessive = POSSESSIVE.test(L) && dec.some((d, j) => j < i && d && d.kind === "result" && sameUnit(nums[j], nums[i]));
    // "compared with 2.6 for Whisper-L"
    const cmpFor = cmpList(text, ss, nums, i, dec);
    if (enumerates && /\(\s*$/.test(L) && /^\s*\)/.test(after)) continue;
    if (!(attached || pairFirst || pairSecond || upFrom || cmpFor || parallel || possessive || cmpAttached || inNamedParens(text, ss, nums[i]))) continue;
    let ref: Decision | null = null;
    for (let j = 0; j < nums.length; j++) if (j !== i && dec[j] && dec[j]!.kind === "result" && (!ref || Math.abs(j - i) < 2 || (possessive && j < i))) ref = dec[j]!;
    // "a perplexity of 11.2, compared with 12.9 for X": the compared value takes the metric of the claim before it
    if (cmpFor) {
      let j = i - 1;
      while (j >= 0 && !dec[j]) j--;
      if (j >= 0 && (dec[j]!.kind === "result" || (dec[j]!.kind === "delta" && nums[j].unit === nums[i].unit))) ref = dec[j]!;
    }
    if (!ref && !hasMetric && !ds.some((d) => d.metric)) continue;
    dec[i] = { kind: cmpFor && ref?.kind === "delta" ? "delta" : "result", unit: cmpFor && ref?.kind === "delta" ? ref.unit : nums[i].unit, metric: ref?.metric ?? null, metricHit: null, evStart: nums[i].start, evEnd: nums[i].end, inherited: true };
    if (pairSecond || upFrom || possessive || (cmpAttached && !attached)) roleHint[i] = "baseline";
  }
}

/** The closest decided number before i is a result with a metric, in the same unit. */
function lastResult(dec: Dec[], nums: NumMention[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && !dec[j]) j--;
  return j >= 0 && dec[j]!.kind === "result" && !!dec[j]!.metric && sameUnit(nums[j], nums[i]);
}

export const CMP_NAMED = /\b(?:over|than|versus|vs\.?|outperform\w*|surpass\w*|beat\w*|exceed\w*|compared\s+(?:to|with))\s+(?:the\s+)?([A-Z][A-Za-z][\w.+-]*|(?:its|their|the)\s+(?:[a-z-]+\s+){0,2}(?:teacher|baseline|base\s+model|counterpart|predecessor))\s*\(\s*[~$]?$/;
export const POSSESSIVE = /\b(?:of|than|to|with|versus|vs\.?)\s+(?:the\s+)?([A-Za-z][\w.+-]*)['’]s\s+(?:own\s+)?[~$]?$/i;
const CMP_LEAD = /(?:compared\s+(?:to|with)|versus|vs\.?|against)\s*[~$]?$/i;
const CMP_TAIL = /^\s*(?:for|of|by|from)\s+(?:the\s+)?[A-Za-z]/;
const CMP_GAP = /^\s*%?\s*(?:(?:for|of|by)\s+[^,;.()\d]{1,40}?)?(?:,\s*(?:and\s+)?|\s+and\s+|\s*\/\s*)\s*[~$]?$/i;

/** "compared with 2.6 for X", "against 2.3% and 0.61 for X": a member of a compared list closed by "for X". */
function cmpList(text: string, ss: number, nums: NumMention[], i: number, dec: Dec[] = []): boolean {
  let a = i;
  while (a > 0 && nums[a - 1].unit !== "x" && CMP_GAP.test(text.slice(nums[a - 1].end, nums[a].start))) a--;
  let b = i;
  // (a later value with its own metric word, "…, and 41.5% pass@1", starts another claim)
  while (b + 1 < nums.length && nums[b + 1].unit !== "x" && !dec[b + 1] && CMP_GAP.test(text.slice(nums[b].end, nums[b + 1].start))) b++;
  return CMP_LEAD.test(text.slice(Math.max(ss, nums[a].start - 40), nums[a].start)) && CMP_TAIL.test(text.slice(nums[b].end, nums[b].end + 30));
}

const PAREN_OPEN = /([A-Za-zσ][\w.+\/-]*[\w+])\s*\(((?:\s*[\d.,]+\s*%?\s*(?:,|;|\/|and))*)\s*$/;
const PAREN_REST = /^(?:\s*(?:,|;|\/|and)\s*[\d.,]+\s*%?)*\s*\)/;

/** "outperforming SomeModel-1.5B (75.8% and 16.7%)": a number inside a list of values in parentheses after a name. */
export function inNamedParens(text: string, ss: number, n: NumMention): boolean {
  const L = PAREN_OPEN.exec(text.slice(Math.max(ss, n.start - 80), n.start));
  if (!L || !nameLike(L[1]) || findDataset(L[1])) return false;
  return PAREN_REST.test(text.slice(n.end, n.end + 60));
}
