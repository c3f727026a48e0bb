// Phrases that say which quantity a number measures or how it moved (extractor 1.7): helpers of classify.ts's decide().
// Each returns a decision for the number, or null when its phrase is not there.
import type { NumMention } from "./numbers";
import { findMetric, findDataset, type LexHit } from "./lexicon";
import type { MetricEntry } from "../vocab/index";
import type { Decision } from "./classify";
import { specificAspect } from "./kinds";

type Mets = LexHit<MetricEntry>[];
const speedup = (metric: string, evStart: number, evEnd: number): Decision => ({ kind: "speedup", unit: "x", metric, metricHit: null, evStart, evEnd });

/** "its acceptance length is 0.7 tokens longer than EAGLE-2"; "an acceptance length of 4.1, 0.7 tokens longer than EAGLE". */
export function tokenLengthDelta(n: NumMention, text: string, R: string, mets: Mets): Decision | null {
  if (n.unit !== null || !/^\s*tokens?\s+(?:longer|shorter|more|fewer)\s+than\b/i.test(R)) return null;
  const m = mets.filter((h) => h.end <= n.start && n.start - h.end <= 60 && /length|tokens/i.test(h.entry.name)).pop();
  if (!m) return null;
  return { kind: "delta", unit: null, metric: m.entry.name, metricHit: m, evStart: /\d/.test(text.slice(m.end, n.start)) ? n.start : m.start, evEnd: n.end + /^\s*tokens?\s+\w+/.exec(R)![0].length };
}

const MOVES = /^\s+(?:(?:only|just|slightly|moderately|marginally|further|then|also)\s+)*(?:ris|drop|fall|fell|increas|decreas|improv|grow|grew|climb|declin|degrad|go|went|mov|chang|shrink|shrank)\w*\s+(?:(?:only|just|slightly|moderately|marginally|further)\s+)*to\s*[$~]?$/i;

/** "FID rises only moderately to 1.97": the value a quantity moves to. */
export function movesTo(n: NumMention, text: string, mets: Mets): Decision | null {
  if (n.unit === "x") return null;
  const m = mets.filter((h) => h.end <= n.start && n.start - h.end <= 50 && MOVES.test(text.slice(h.end, n.start))).pop();
  return m ? { kind: "result", unit: n.unit, metric: m.entry.name, metricHit: m, evStart: m.start, evEnd: n.end } : null;
}

/** "the decoder accepts 87% of drafted tokens", "86% of the drafted tokens are accepted". */
export function acceptanceRate(n: NumMention, L: string, R: string): Decision | null {
  if (n.unit !== "%") return null;
  const accepts = /\baccept\w*\s+(?:about\s+|roughly\s+|nearly\s+|over\s+|~)?[$]?$/i.exec(L);
  if (!((accepts && /^\s*of\s+(?:the\s+|all\s+)?(?:draft(?:ed)?|proposed|speculated|guessed)\s+tokens\b/i.test(R)) || /^\s*of\s+(?:the\s+|all\s+)?(?:draft(?:ed)?|proposed|speculated)\s+tokens\s+(?:are|were|get|is)\s+accepted\b/i.test(R))) return null;
  const tail = /^\s*of\s+(?:the\s+|all\s+)?\w+\s+tokens(?:\s+(?:are|were|get|is)\s+accepted)?/i.exec(R)!;
  return { kind: "result", unit: "%", metric: "acceptance rate", metricHit: null, evStart: accepts ? n.start - L.length + accepts.index : n.start, evEnd: n.end + tail[0].length };
}

/** "the first audio packet is produced after 148 ms": a time to the first output is a latency. */
export function firstOutputLatency(n: NumMention, L: string, R: string): Decision | null {
  if (n.unit !== null) return null;
  const first = /\bfirst\s+(?:audio\s+|video\s+|speech\s+|output\s+)?(?:packet|token|frame|chunk)\b[^.;,]{0,40}?\b(?:after|in|within)\s+(?:only\s+|just\s+|about\s+|roughly\s+)?[$~]?$/i.exec(L);
  if (!first || !/^\s*(?:ms|milliseconds?|s|seconds?)\b/i.test(R)) return null;
  return { kind: "result", unit: null, metric: "latency", metricHit: null, evStart: n.start - L.length + first.index, evEnd: n.end + /^\s*\w+/.exec(R)![0].length };
}

/** "reduces the number of visual tokens by 77.8% and prefill FLOPs by 3.1×": the verb is shared by the list (`l`: the words after the previous number). */
export function sharedCut(n: NumMention, L: string, l: string): Decision | null {
  const m = l !== L.slice(-70) ? /^\S*\s*and\s+((?:[\w-]+\s+){0,3}?)by\s*(?:up\s+to\s+|about\s+|roughly\s+|nearly\s+)?[$~]?$/i.exec(l) : null;
  if (!m || /\b(?:rais|increas|improv|boost|reduc|cut|lower|decreas|accelerat|speed|shrink|compress)\w*/i.test(m[1])) return null;
  if (!/\b(?:reduc|cut|lower|decreas|shrink|compress|trim)\w*\b(?:[^.;]|\.(?=\d))*$/i.test(L.slice(0, L.length - l.length))) return null;
  const aspect = specificAspect(`${m[1]} reduced`);
  return aspect ? speedup(aspect, n.start - l.length + l.indexOf(m[1]), n.end) : null;
}

/** "halves the number of denoising steps", "halving latency": a cost cut by two (not a step of a procedure, "at each round"). */
export function halving(n: NumMention, raw: string, R: string): Decision | null {
  const h = /^halv(?:es|ed|ing)$/i.test(raw) ? /^\s+(?:the\s+|its\s+|their\s+)?(?:number\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:steps|forward\s+passes|function\s+evaluations|latency|memory(?:\s+footprint)?|cost|compute|tokens|time|FLOPs|GPU\s+hours|KV\s+cache)\b/i.exec(R) : null;
  if (!h || /^\s*(?:at\s+|in\s+)?(?:each|every|per)\s+(?:time|round|stage|iteration|step|phase|generation)\b/i.test(R.slice(h[0].length))) return null;
  return speedup(specificAspect(h[0] + " reduced") ?? "compute", n.start, n.end + h[0].length);
}

/** "runs at 6.5× the control frequency of X", "raises its control rate to six times that of X" (`cued`: a speed word is already near). */
export function rateMultiple(n: NumMention, L: string, R: string, cued: boolean): Decision | null {
  const of = cued ? null : /^\$?\s*(?:times\s+)?the\s+(?:(?:control\s+)?(?:frequency|rate)|frame\s+rate|throughput|speed|decoding\s+speed|generation\s+speed)\s+of\b/i.exec(R)
    ?? (/\b(?:control\s+(?:frequency|rate)|frame\s+rate|throughput|speed)\s+to\s+(?:about\s+|roughly\s+|nearly\s+)?[$]?$/i.test(L) ? /^\s*(?:times\s+)?(?:that|those)\s+of(?:\s+[\w.+\/-]*[\w+])?/i.exec(R) : null);
  if (of) return speedup(/throughput/i.test(of[0] + L.slice(-40)) ? "throughput" : "inference speed", n.start, n.end + of[0].length);
  // "a 5.3× higher control frequency than X"
  const higher = /^\s*(?:higher|greater)\s+(?:control\s+frequency|control\s+rate|frequency|frame\s+rate|fps|(?:decoding|generation|sampling|inference)\s+(?:rate|speed))\b/i.exec(R);
  return higher ? speedup("inference speed", n.start, n.end + higher[0].length) : null;
}

/** The quantity a change names after the number: "by 6.3 and 2.1 points in average score", "a 1.7% increase in average watch time". */
export function quantityAfter(n: NumMention, R: string, mets: Mets): string | null {
  const inWhat = /^\s*(?:and\s+[\d.]+\s*)?(?:points?|pts|pp|%|\\%)?\s*in\s+(?:the\s+)?((?:[\w-]+\s+){0,2}?(?:score|accuracy|success\s+rate|win\s+rate|error\s+rate))\b/i.exec(R);
  if (inWhat) {
    // ("in overall GEdit score": the benchmark's own score; "in average LongBench score": an average over its tasks)
    const bench = mets.find((m) => m.start >= n.end && m.end <= n.end + inWhat[0].length && findDataset(m.entry.name));
    const named = inWhat[1].replace(/\s+/g, " ").split(" ").filter((w) => !findDataset(w)).join(" ");
    return bench ? bench.entry.name : findMetric(named)?.name ?? named.toLowerCase();
  }
  const changeIn = /^\s*(?:relative\s+)?(?:increase|improvement|gain|reduction|decrease|drop|rise|boost|lift)\s+in\s+(?:the\s+)?(?:(?:average|mean|overall|total)\s+)?((?:[\w-]+\s+){0,2}?[\w-]+)(?=\s*(?:[,.;)]|$|\b(?:over|on|for|across|compared|relative|with|and|per|while|at|from|to|of|among|by)\b))/i.exec(R);
  if (!changeIn || /^(?:performance|quality|results?|the|number|amount|count|fraction|share|proportion|percentage)$/i.test(changeIn[1])) return null;
  return findMetric(changeIn[1])?.name ?? specificAspect(changeIn[1]) ?? changeIn[1].toLowerCase();
}
