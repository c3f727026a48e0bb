// "from X to Y": the baseline's value, then the proposed one's (metric from the words around, or a time, a GPU-hour budget, a token count).
import type { NumMention } from "./numbers";
import { findDataset, findMetric, type LexHit } from "./lexicon";
import type { MetricEntry } from "../vocab/index";
import type { Decision } from "./classify";
import type { DatasetHit } from "./datasets";

/** "from", "from roughly" right before the first value */
const FROM_LEAD = /\bfrom\s*(?:roughly\s+|about\s+|around\s+|approximately\s+|~)?[$]?$/i;
const TIME = /^\s?(?:ms|milliseconds?|s|sec|seconds?|minutes?|min)\b/i;
const GPUH = /^\s?(?:(?:A100|H100|V100|H800|TPU)\s)?(?:GPU|TPU|A100|H100)[\s-]hours\b/i;

/** Both ends of a from-to pair as results in one metric: evidence from `ev0`, the first ending at `aEnd`, the second at `bEnd`. */
function markEnds(dec: (Decision | null | undefined)[], hint: ("baseline" | "proposed" | null)[], i: number, bi: number, metric: string, ev0: number, aEnd: number, bEnd: number): number {
  dec[i] = { kind: "result", unit: null, metric, metricHit: null, evStart: ev0, evEnd: aEnd };
  dec[bi] = { ...dec[i]!, evEnd: bEnd };
  hint[i] = "baseline";
  hint[bi] = "proposed";
  return bi;
}

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
    if (a.size && b.size && /^[Kk]$/.test(a.size) && /^[Kk]$/.test(b.size) && /\b(?:tokens?|token\s+(?:usage|count|consumption)|response\s+length|output\s+length|reasoning\s+length)\b[^.;]{0,30}\bfrom\s*(?:about\s+|roughly\s+|around\s+|~)?$/i.test(text.slice(Math.max(ss, a.start - 60), a.start))
      // ("extends the response length budget from 4K to 8K": a limit that was set, not an outcome)
      && !/\b(?:budgets?|limits?|caps?|windows?|maximum)\b[^.;]{0,30}\bfrom\s*(?:about\s+|roughly\s+|around\s+|~)?$/i.test(text.slice(Math.max(ss, a.start - 60), a.start))) {
      const head = /\bfrom\s*(?:about\s+|roughly\s+|around\s+|~)?$/i.exec(text.slice(Math.max(ss, a.start - 24), a.start))!;
      for (const x of [a, b]) { x.value = Math.round(x.value * 1000); x.size = null; }
      const tail = /^\s*tokens?\b(?:\s+per\s+(?:problem|question|response|answer|sample))?/i.exec(text.slice(b.end, b.end + 30));
      i = markEnds(dec, hint, i, bi, "token count", a.start - head[0].length, a.end, b.end + (tail ? tail[0].length : 0));
      continue;
    }
    if (a.unit === "x" || b.unit === "x" || a.size || b.size) continue;
    // "from 18.65 to 1.80", "(0.80 → 0.79)", "2.31 $\rightarrow$ 1.95"
    const arrow = ARROW.test(text.slice(a.end, b.start));
    if (!arrow && !FROM_LEAD.test(text.slice(Math.max(ss, a.start - 24), a.start))) continue;
    if (!arrow && !/^\s*(?:ms|s|sec|seconds?|minutes?|min|dB|points?|tokens?)?\s*(?:\([^()]{1,30}\)\s*|(?:with|using|under|for|in|on)\s+(?:[^,;.\d\s]+\s+){1,4}|for\s+[A-Za-z][\w.+-]*\s*(?:\([^()]{1,30}\)\s*)?)?to\s*$/i.test(text.slice(a.end, b.start))) continue;
    // "cuts the time to generate a clip from 31.2 minutes on one GPU to 4.6 minutes": a wall-clock time, latency
    if (TIME.test(text.slice(a.end, a.end + 14)) && TIME.test(text.slice(b.end, b.end + 14)) && /\b(?:time|latency|takes?|taking|duration|wall-?clock|generat\w*|render\w*|synthes\w*)\b[^.;]{0,90}$/i.test(text.slice(Math.max(ss, a.start - 100), a.start)) && !mets.some((h) => h.end <= a.start && a.start - h.end <= 40)) {
      const from = FROM_LEAD.exec(text.slice(Math.max(ss, a.start - 24), a.start))![0];
      i = markEnds(dec, hint, i, bi, "latency", a.start - from.length, a.end + TIME.exec(text.slice(a.end, a.end + 14))![0].length, b.end + TIME.exec(text.slice(b.end, b.end + 14))![0].length);
      continue;
    }
    // "from 3.1 tokens to 4.7 tokens" is a count of setup things unless a metric (acceptance length) names it
    const metricNear = mets.some((h) => h.end <= a.start && a.start - h.end <= 40 && !/^(?:sampling steps|NFE\/steps|token count|memory)$/.test(h.entry.name));
    if (!metricNear && (/^\s*(?:[a-z-]+\s+)?(?:steps?|parameters|params|tokens|layers|hours|GPUs)\b/i.test(text.slice(a.end, b.start + 1)) || /^-?\s*(?:steps?|parameters|params|tokens(?!\s*(?:per|\/))|layers|hours)\b/i.test(text.slice(b.end, b.end + 14)))) continue;
    // "cuts the budget from 410 to 236 GPU hours": training cost in GPU hours
    if (GPUH.test(text.slice(b.end, b.end + 20)) && /^\s*(?:(?:A100\s|H100\s)?GPU[\s-]hours\s*)?to\s*$/i.test(text.slice(a.end, b.start))) {
      const from = FROM_LEAD.exec(text.slice(Math.max(ss, a.start - 24), a.start))![0];
      i = markEnds(dec, hint, i, bi, "training cost", a.start - from.length, a.end, b.end + GPUH.exec(text.slice(b.end, b.end + 20))![0].length);
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
      if (noun) ev0 = Math.max(ss, a.start - 45) + noun.index;
    }
    // "the average LongBench score moves from 48.7 to 48.3": a benchmark's own score
    let named: string | null = null;
    if (!m) {
      const bs = /(?:\b(average|mean|overall)\s+)?([A-Za-z][\w.+\/-]*[\w+])\s+scores?\s+(?:\w+\s+){0,2}?(?:improv|ris|increas|climb|jump|go|grow|drop|fall|decreas|mov)\w*\s+(?:\w+\s+)?from\s*[$]?$/i.exec(text.slice(Math.max(ss, a.start - 60), a.start));
      const bench = bs ? findDataset(bs[2]) : undefined;
      if (bs && bench) named = findMetric(bench.name)?.name ?? (bs[1] ? "average score" : bench.metric ?? `${bs[2]} score`);
    }
    // "from 160 ms to 1 s": times are latency, whatever metric word follows
    if (m && /^\s?(?:ms|s|sec|seconds?)\b/.test(text.slice(b.end, b.end + 9)) && !/latency|RTF|time/i.test(m.entry.name)) continue;
    const base: Decision = { kind: "result", unit: a.unit, metric: m?.entry.name ?? named, metricHit: m, evStart: ev0, evEnd: a.end };
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
