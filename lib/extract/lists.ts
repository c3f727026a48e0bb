// Numbers that belong together: lists, chains, from–to pairs.
import type { NumMention } from "./numbers";
import type { LexHit } from "./lexicon";
import type { MetricEntry } from "../vocab/index";
import { LIST_GAP, type Decision } from "./classify";
import type { DatasetHit } from "./datasets";
import { findDataset } from "./lexicon";
import { nameLike } from "./methods";
import { specificAspect, CMP_THE_LEAD, CMP_THE_TAIL } from "./kinds";

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
  // "improves the GenEval score by 0.15 to 0.78": the value reached after the change
  // "a gFID of 1.97, and scaling to XL further lowers it to 1.62": the same quantity, reached again
  for (let i = 1; i < nums.length; i++) {
    if (dec[i] !== undefined) continue;
    const a = dec[i - 1];
    const gapTo = text.slice(nums[i - 1].end, nums[i].start);
    if (a && a.kind === "delta" && a.metric && (/^\s*(?:points?|pts|pp)\s+to\s*[$~]?$/i.test(gapTo) || (/^\s*to\s*[$~]?$/i.test(gapTo) && !/^\s*(?:points?|pts|pp|%)/i.test(text.slice(nums[i].end, nums[i].end + 8)))))
      dec[i] = { ...a, kind: "result", unit: nums[i].unit, evStart: a.evStart, evEnd: nums[i].end, inherited: true };
    else {
      const from = Math.max(0, nums[i].start - 40);
      const at = /\b(?:further\s+)?(?:lower|reduc|rais|improv|bring|push|boost|lift|cut|drop|decreas|increas)\w*\s+(?:it|this|them)\s+(?:further\s+)?to\s*[$~]?$/i.exec(text.slice(from, nums[i].start));
      const ref = at ? dec.slice(0, i).filter((d) => d && d.kind === "result" && d.metric).pop() : undefined;
      if (ref && at) dec[i] = { ...ref, unit: nums[i].unit, metricHit: null, evStart: from + at.index, evEnd: nums[i].end, inherited: true };
    }
  }
  // "improvements of 11.2% in Recall@10 and 9.7% in NDCG@10": parallel members, each naming its own metric
  for (let i = 0; i + 1 < nums.length; i++) {
    const a = dec[i];
    const b = dec[i + 1];
    if (!a || !b || a.kind !== "delta" || b.kind !== "result" || !a.metricHit || !b.metricHit || a.metricHit === b.metricHit || !sameUnit(nums[i], nums[i + 1])) continue;
    const inA = /^\s*(?:points?\s+)?in\s+(?:the\s+)?$/i.test(text.slice(nums[i].end, a.metricHit.start));
    const inB = /^\s*(?:points?\s+)?in\s+(?:the\s+)?$/i.test(text.slice(nums[i + 1].end, b.metricHit.start));
    if (inA && inB && /^\s*(?:,\s*)?(?:and\s+)?$/.test(text.slice(a.metricHit.end, nums[i + 1].start))) dec[i + 1] = { ...b, kind: "delta", unit: a.unit, inherited: true };
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
      if (nums[i].unit === "x" && (j === i - 1 || dec.slice(j + 1, i).every((d) => d === null)) && (LIST_GAP.test(gap0) || ON_EACH.test(gap0) || OVER_THEN.test(gap0) || /^\s*,\s*(?:and\s+)?(?:reaching|rising|climbing|growing|increasing|going)\s+(?:to\s+)?(?:up\s+to\s+|as\s+much\s+as\s+)?$/i.test(gap0))) {
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
const ON_EACH = /^\s*(?:(?:faster|speed-?ups?|acceleration)\s+)?(?:on|for|with|in|at)\s+(?:[^,;.()]|\.(?=\d)){1,40}?(?:,\s*respectively)?(?:,\s*(?:and\s+)?|\s+and\s+)(?:of\s+)?(?:up\s+to\s+|as\s+much\s+as\s+)?[$]?$/i;
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
    const L = text.slice(Math.max(ss, nums[i].start - 60), nums[i].start);
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
    const cmpAttached = (/^\s*\)/.test(after) && CMP_NAMED.test(L)) || (CMP_THE_LEAD.test(L) && CMP_THE_TAIL.test(text.slice(nums[i].end, nums[i].end + 60)));
    const possessive = POSSESSIVE.test(L) && dec.some((d, j) => j < i && d && d.kind === "result" && sameUnit(nums[j], nums[i]));
    // "compared with 2.6 for Whisper-L"
    const cmpFor = cmpList(text, ss, nums, i, dec);
    if (enumerates && /\(\s*$/.test(L) && /^\s*\)/.test(after)) continue;
    if (!(attached || pairFirst || pairSecond || upFrom || cmpFor || parallel || possessive || cmpAttached || inNamedParens(text, ss, nums[i]))) continue;
    let ref: Decision | null = null;
    for (let j = 0; j < nums.length; j++) if (j !== i && dec[j] && dec[j]!.kind === "result" && (!ref || Math.abs(j - i) < 2 || (possessive && j < i))) ref = dec[j]!;
    // "exceeding its counterpart X (83.96)": a compared method's value restates the result it is compared with, before it
    if (cmpAttached || (attached && /\b(?:exceed\w*|outperform\w*|surpass\w*|beat\w*|over|than|versus|vs\.?|compared\s+(?:to|with)|match\w*|rival\w*)\s/i.test(L))) for (let j = 0; j < i; j++) if (dec[j] && dec[j]!.kind === "result" && sameUnit(nums[j], nums[i])) ref = dec[j]!;
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

export const CMP_NAMED = /\b(?:over|than|versus|vs\.?|outperform\w*|surpass\w*|beat\w*|exceed\w*|match\w*|compared\s+(?:to|with)|close\s+to|approaching|on\s+par\s+with|comparable\s+to|of)\s+(?:the\s+)?([A-Z][A-Za-z][\w.+-]*|(?:its|their|the)\s+(?:[a-z-]+\s+){0,2}(?:teacher|baseline|base\s+model|counterpart|predecessor)|an?\s+(?:[\w-]+\s+){0,3}(?:model|baseline|teacher|counterpart)|(?:its|their|the)\s+(?:original|base|uncompressed|unpruned|dense|full(?:-precision)?|FP16|BF16|vanilla|standard)\s+(?:[a-z-]+\s+){0,1}(?:model|network|cache|transformer|policy))\s*\(\s*[~$]?$/;
export const POSSESSIVE = /\b(?:of|than|to|with|versus|vs\.?)\s+(?:the\s+)?([A-Za-z][\w.+-]*)['’]s\s+(?:own\s+)?[~$]?$/i;
const CMP_LEAD = /(?:compared\s+(?:to|with)|versus|vs\.?|against)\s*[~$]?$/i;
const CMP_TAIL = /^\s*(?:for|of|by|from|with|under|using)\s+(?:the\s+)?[A-Za-z]/;
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
