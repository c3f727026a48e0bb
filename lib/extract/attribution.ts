// Who, where and against what: method, role, params, dataset and vs of a claim.
import { nameLike, isOwn } from "./methods";
import type { DatasetHit } from "./datasets";
import type { Role } from "./types";
import { findMetric, findDataset, metricHits } from "./lexicon";

const VERB =
  /^(?:\s*\([^()]{0,40}\))?(?:\s+(?:model|with\s+[\w.\s]{1,25}?parameters))?,?\s+(?:also\s+|further\s+|consistently\s+|significantly\s+|clearly\s+|even\s+|now\s+|still\s+)?(?:achiev|sets?\b|reach|attain|obtain|yield|deliver|improv|reduc|outperform|surpass|bring|accelerat|runs?\b|running|shows?\b(?!\s+that\b)|demonstrat|compress(?:es|ed)\b|shrinks?\b|halv(?:es|ed)\b|provid|offer|match|establish|enabl|record|scores\b|scored\b|scoring\b|exhibit|generat(?:es|ed|ing)\b|can\b|is\b|are\b|has\b|requir|lead|speed|boost|lower|cut|beat|exceed|gets?\b|reports?\b)/;
const TOKEN = /[A-Za-zσ][\w.+\/-]*[\w+]|[A-Za-z]/g;
const SIZE_IN = /\b(\d+(?:\.\d+)?\s?[BMK])\b/;

export interface Who {
  method: string | null;
  role: Role;
  params: string | null;
  attached: boolean; // the number sits in "Name (value)"
}

/** Method of a number at `pos` inside sentence [ss, pos). */
export function whoFor(text: string, ss: number, pos: number, proposed: string | null, own: string | null = proposed): Who {
  const left = text.slice(Math.max(ss, pos - 300), pos);
  // "MAR-B model (FID=2.31)", "ELMER (29.92)", "MAR-H (943M, 1.55)"
  const att = /([A-Za-zσ][\w.+\/-]*[\w+])(?:\s+(?:model|baseline))?\s*\(\s*([^()]{0,24}?(?:[,=:]|\b[A-Za-z][\w-]*)\s*)?[~$]?$/.exec(left.slice(-90));
  if (att && (nameLike(att[1]) || isOwn(att[1], proposed)) && !findDataset(att[1]) && !findMetric(att[1])) {
    const size = att[2] ? SIZE_IN.exec(att[2])?.[1] ?? null : null;
    const own = isOwn(att[1], proposed);
    return { method: att[1], role: own ? "proposed" : "baseline", params: size ?? paramsOfName(att[1]), attached: true };
  }
  // subject of the clause: "xAR-H sets ...", "ARINAR-B with 213M parameters achieves ..."
  let subj: { name: string; end: number } | null = null;
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(left))) {
    const tok = m[0];
    if (!(nameLike(tok) || isOwn(tok, proposed))) continue;
    // ("a 330M-parameter model": the tail of a size is not a name)
    if (m.index > 0 && /\d/.test(left[m.index - 1])) continue;
    if (findDataset(tok) || findMetric(tok) || findMetric(tok.split("/")[0])) continue;
    if (!VERB.test(left.slice(m.index + tok.length, m.index + tok.length + 70))) continue;
    // ("its advantage over EAGLE-2 still reaches 18%": what is compared with is not the subject)
    if (/\b(?:over|than|versus|vs\.?|against)\s+(?:the\s+)?$/i.test(left.slice(Math.max(0, m.index - 12), m.index))) continue;
    const prevTok = /([A-Za-zσ][\w.+\/-]*[\w+])\s$/.exec(left.slice(Math.max(0, m.index - 40), m.index));
    // the second word of a dataset name ("WMT16 En-Ro") is never a method
    if (prevTok && findDataset(`${prevTok[1]} ${tok}`)) continue;
    const name = /^v?\d[\w.]*$/.test(tok) && prevTok && nameLike(prevTok[1]) ? `${prevTok[1]} ${tok}` : tok;
    subj = { name, end: m.index + tok.length };
  }
  const our = /\bour\s+(?:(\d+(?:\.\d+)?[BMK])\s+)?(?:[a-z-]+\s+)?(?:model|method|approach|framework|system)\b/i.exec(left);
  // "whereas the baseline attains 3.5": a generic baseline as the subject of a result verb, after any named subject
  const tail = left.slice(-70);
  const gen = GENERIC_BASE.exec(tail);
  const genAt = gen ? left.length - tail.length + gen.index : -1;
  if (gen && (!subj || genAt >= subj.end) && !/\b(?:over|than|outperform\w*|surpass\w*|beat\w*|exceed\w*|to|with)\s*$/i.test(left.slice(Math.max(0, genAt - 30), genAt))) {
    return { method: gen[1].replace(/^the\s+/i, ""), role: "baseline", params: null, attached: false };
  }
  if (subj) {
    const after = left.slice(subj.end, subj.end + 60);
    const size = /^\s*\(\s*(\d+(?:\.\d+)?\s?[BMK])\s*\)/.exec(after)?.[1] ?? /^\s+with\s+(\d+(?:\.\d+)?\s?[BMK])\s+param/.exec(after)?.[1] ?? null;
    const baseline = /\b(?:baselines?|prior|existing|previous|vanilla|standard|original|conventional|plain|naive)\b/i.test(left.slice(Math.max(0, subj.end - 40), subj.end)) && !isOwn(subj.name, proposed);
    return { method: subj.name, role: baseline ? "baseline" : "proposed", params: size ?? paramsOfName(subj.name) ?? (our?.[1] ?? null), attached: false };
  }
  if (/\b(?:baseline|existing|prior)\s+(?:methods?|models?|approaches)\s+(?:\w+\s+){0,3}$/i.test(left.slice(-60))) {
    const b = /\b((?:baseline|existing|prior)\s+(?:methods?|models?|approaches))/i.exec(left.slice(-60))!;
    return { method: b[1], role: "baseline", params: null, attached: false };
  }
  return { method: own, role: "proposed", params: our?.[1] ?? (own ? paramsOfName(own) : null), attached: false };
}

const GENERIC_BASE = /\b((?:the\s+)?(?:(?:existing|prior|previous|competing|other|conventional|standard)\s+)?(?:baselines?|(?:existing|prior|previous|competing|other|conventional|standard)\s+(?:methods?|models?|approaches|systems)))\s+(?:only\s+|all\s+|still\s+|typically\s+|often\s+)?(?:achiev|attain|obtain|reach|scor|gets?\b|got\b|yield|record|collaps|fail|degrad|suffer|stall|plateau|remain|stay|produc)\w*\s+(?:with\s+|at\s+)?(?:an?\s+)?(?:[\w@-]+\s+){0,2}?(?:of\s+|[\w@-]+\s*[>≥<]?\s*)?[~$]?$/i;

export function paramsOfName(name: string): string | null {
  return /[-\s](\d+(?:\.\d+)?[BM])$/.exec(name)?.[1] ?? null;
}

const VS_AFTER =
  /^[^.;]*?\b(?:than|over|compared\s+(?:to|with)|relative\s+to|against|vs\.?|versus|(?:(?<=^\s*)|(?<=times\s+)|(?<=×\$?\s+))(?:that|those)\s+of)\s+(?:the\s+|their\s+|that\s+of\s+)?([^,.;()]+?)(?=\s*(?:,|\.|;|\(|$|\bwhile\b|\bwithout\b|\bwhen\b|\bon\b|\bin\b|\bacross\b|\bat\b|\bwith\b|\bfor\b|\bduring\b|\)|\band\s+(?:achiev|deliver|improv|reach|show|attain|obtain|yield|scor|surpass|exceed|remain|stay|cut|reduc|lower|rais|its|our|it|they|the|this|we|is|are|was|runs?|also|still|matches|outperforms)\w*\b|\band\s+[~$*]*\d))/i;
const VS_BEFORE = /\b(?:outperform\w*|surpass\w*|beat\w*|improv\w*|exceed\w*)\s+(?:the\s+)?([^,.;]+?)\s+by\s*[+~$]?\s*$/i;
const VS_LEAD = /\b(?:compared\s+(?:to|with)|relative\s+to|unlike|against)\s+(?:the\s+)?([^,.;()]+?)\s*,/i;

/** What a speedup or delta is compared against, as written. */
export function vsFor(text: string, ss: number, se: number, n0: number, n1: number): string | null {
  const before = VS_BEFORE.exec(text.slice(Math.max(ss, n0 - 80), n0));
  // ("improves the CLAP alignment score by": a quantity, not what it is compared with)
  if (before && !metricHits(before[1], 0, before[1].length).length && !/\b(?:scores?|accuracy|rates?|errors?|similarity|distance|quality|performance|length|time|latency|throughput|speed|binding|consistency|fidelity|success|robustness|efficiency)$/i.test(before[1])) return clean(before[1]);
  // "the gain over EAGLE-2 remains 1.18×"
  const gainOver = /\b(?:gains?|speed-?ups?|improvements?|advantages?)\s+over\s+(?:the\s+)?([^,.;]+?)\s+(?:still\s+)?(?:remains?|stays?|is|grows?|grew|reach\w*|rises?|rose|widens?)\b[^,.;]{0,25}$/i.exec(text.slice(Math.max(ss, n0 - 80), n0));
  if (gainOver) return clean(gainOver[1]);
  const after = VS_AFTER.exec(text.slice(n1, Math.min(se, n1 + 140)));
  if (after) return clean(after[1]);
  const lead = VS_LEAD.exec(text.slice(ss, n0));
  if (lead) return clean(lead[1]);
  return null;
}
function clean(s: string): string | null {
  if (/^\d/.test(s.trim())) return null;
  // "over seven understanding benchmarks": a scope, not a compared method
  if (/^(?:all\s+)?(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|diverse|various|all)\s+(?:[\w-]+\s+){0,2}?(?:benchmarks|datasets|tasks|languages|domains)\b/i.test(s.trim())) return null;
  const t = s.replace(/[\s—–-]+$/, "").replace(/^(?:over|upon|on|against)\s+/i, "").replace(/^(?:the|their|its|a|an)\s+/i, "").replace(/\s+(?:respectively|models?\s+by)$/i, "").trim();
  return t.length >= 2 && t.length <= 120 ? t : null;
}

/** Datasets listed together in a sentence ("on LM1B and OpenWebText"), when they form one coordinated list. */
export function coordinated(text: string, ds: DatasetHit[]): DatasetHit[] | null {
  if (ds.length < 2) return null;
  for (let i = 1; i < ds.length; i++) {
    const gap = text.slice(ds[i - 1].end, ds[i].start);
    if (!/^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*\/\s*)\s*$/.test(gap)) return null;
  }
  return ds;
}
