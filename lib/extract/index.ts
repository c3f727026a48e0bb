// The extractor: abstract text in, claims out. Pure, deterministic, one pass per sentence.
import type { ExtractedClaim, PaperText, Qualifier } from "./types";
import { splitSentences } from "./sentences";
import { scanNumbers, scanNumberWords } from "./numbers";
import { metricHits, findDataset, findMetric, type LexHit } from "./lexicon";
import type { MetricEntry } from "../vocab/index";
import { datasetHits, barePairs, hasBarePair, type DatasetHit } from "./datasets";
import { proposedMethod, nameLike } from "./methods";
import { qualifierBefore } from "./qualifiers";
import { decide, type Decision } from "./classify";
import { CMP_THE_LEAD, CMP_THE_TAIL } from "./kinds";
import { whoFor, vsFor } from "./attribution";
import { propagate, groupIndex, mergeNums, hasWordNumber, onBenchmark, comparedValues, POSSESSIVE, CMP_NAMED, type RoleHint } from "./lists";
import { fromTo } from "./from-to";
import { asideSpans, visibleFrom, settingShift } from "./scope";
import { assignDatasets, slashMetrics, nearResolution, pairedBaselines, distinct, EFFICIENCY, type Item } from "./assign";
import { inferMetric } from "./infer";
import { abstractDatasets } from "./abstract-datasets";
import { elidedMetrics } from "./elided-metrics";

export { CLAIM_FIELDS } from "./types";
export type { ExtractedClaim, PaperText } from "./types";

/** Bump when the rules change: claims record the version that made them. */
export const EXTRACTOR_VERSION = "1.7.0";

/** "Multiverse-32B" when it is the only variant of "Multiverse" the abstract names. */
function soleVariant(text: string, proposed: string | null): string | null {
  if (!proposed || !/^[\w.+-]+$/.test(proposed)) return null;
  // one scan with indexOf: "Name-XYZ" not glued to a word on either side
  const pre = proposed + "-";
  let found: string | null = null;
  for (let i = text.indexOf(pre); i >= 0; i = text.indexOf(pre, i + 1)) {
    if (i > 0 && /[\w-]/.test(text[i - 1])) continue;
    let j = i + pre.length;
    while (j < text.length && /[A-Za-z0-9.]/.test(text[j])) j++;
    while (j > i + pre.length && text[j - 1] === "." && !/[\w-]/.test(text[j] ?? " ")) j--;
    if (j === i + pre.length || /[\w-]/.test(text[j] ?? " ")) continue;
    const v = text.slice(i, j);
    if (found && found !== v) return null;
    found = v;
  }
  return found;
}

const CMP_CHAIN = /(?:compared\s+(?:to|with)|versus|vs\.?|against)\s*[~$]?(?:\d[\d.,]*\s*%?\s*(?:for|of)\s+[^,;.()]{1,40}?(?:,\s*(?:and\s+)?|\s+and\s+)[~$]?)*\s*$/i;
const MAY_ASIDE = /\(\s*(?:e\.|eg\b|\\eg|for\s|such\s|includ|like\s|notably)/i;
const TRAIN_LEAD = /\b(?:trained|pre-?trained|fine-?tuned|training|train)\s+(?:only\s+|solely\s+|exclusively\s+)?(?:on|with|using)\s+(?:the\s+)?$|\b(?:on|using|with|from)\s+(?:about\s+|roughly\s+|only\s+)?\d[\d.,]*\s?[KMB]?\s+$/i;

export function extract(paper: PaperText): ExtractedClaim[] {
  const text = paper.abstract ?? "";
  if (!text || !(/\d/.test(text) || hasWordNumber(text))) return [];
  const sents = splitSentences(text);
  const proposed = proposedMethod(paper.title ?? "", text);
  const own = soleVariant(text, proposed) ?? proposed;
  const out: ExtractedClaim[] = [];
  const sentDs: (DatasetHit[] | undefined)[] = new Array(sents.length);
  let pairCorpora: DatasetHit[] | undefined;
  const dsOf = (i: number) => (sentDs[i] ??= withBarePairs(evalDatasets(text, sents[i].start, sents[i].end), i));
  // "BLEU on En→De and En→Ro": bare pairs take the corpus the abstract named them with
  const withBarePairs = (hits: DatasetHit[], i: number): DatasetHit[] => {
    if (!hasBarePair(text, sents[i].start, sents[i].end)) return hits;
    pairCorpora ??= datasetHits(text, 0, text.length);
    const bare = barePairs(text, sents[i].start, sents[i].end, hits, pairCorpora);
    return bare.length ? hits.concat(bare).sort((a, b) => a.start - b.start) : hits;
  };
  const asideOf: ([number, number][] | undefined)[] = new Array(sents.length);
  const hasAside = MAY_ASIDE.test(text);
  const asides = (i: number) => (asideOf[i] ??= hasAside ? asideSpans(text, sents[i].start, sents[i].end) : []);
  /** dataset mentions of sentence i outside its "(e.g. …)" asides */
  const mainDs = (i: number) => visibleFrom(dsOf(i), asides(i), -1);
  let lastMetric: string | null = null;

  for (let si = 0; si < sents.length; si++) {
    // a rule that fails on one odd sentence costs that sentence's claims, never the paper's or the run's
    try {
    const { start: ss, end: se } = sents[si];
    const nums = mergeNums(scanNumbers(text, ss, se), hasWordNumber(text.slice(ss, se)) ? scanNumberWords(text, ss, se) : []);
    if (!nums.length) continue;
    const dsHere = dsOf(si);
    for (let i = nums.length - 1; i >= 0; i--) if (dsHere.some((d) => d.start <= nums[i].numStart && nums[i].numStart < d.end)) nums.splice(i, 1);
    const mets = metricHits(text, ss, se);
    const ctx = { text, ss, se, mets };
    const dec: (Decision | null | undefined)[] = nums.map((n) => decide(n, ctx));
    const roleHint: RoleHint[] = nums.map(() => null);
    fromTo(text, ss, nums, dec, mets, roleHint, dsHere);
    const ds = dsOf(si);
    propagate(text, nums, dec);
    onBenchmark(text, ss, se, nums, dec, ds, mets.length > 0);
    comparedValues(text, ss, nums, dec, ds, mets.length > 0, roleHint);
    propagate(text, nums, dec);
    const items: Item[] = [];
    const groups = groupIndex(text, nums, dec);
    for (let i = 0; i < nums.length; i++) {
      const d = dec[i];
      if (!d) continue;
      const n = nums[i];
      const who = whoFor(text, ss, n.start, proposed, own);
      let role = who.role;
      let method = who.method;
      let params = who.params;
      // "close to the 1.55 obtained by MAR-H (943M)", "close to the 83.0% of its AR source model": a compared method's own value
      const theOf = CMP_THE_LEAD.test(text.slice(Math.max(ss, n.start - 40), n.start)) ? CMP_THE_TAIL.exec(text.slice(n.end, Math.min(se, n.end + 60))) : null;
      if (d.kind === "result" && theOf) roleHint[i] = "baseline";
      if (roleHint[i] === "baseline") {
        role = "baseline";
        if (!who.attached) params = null;
        const f = /^(?:For|On|With|In)\s+([A-Za-zσ][\w.+\/-]*)\s*,/.exec(text.slice(ss, se));
        const of = /\bof\s+([A-Za-zσ][\w.+\/-]*[\w+])\s+(?:from|up\s+from)\s*$/.exec(text.slice(Math.max(ss, n.start - 50), n.start));
        // "from 4.96 for MeshGPT (350M) to 3.41"
        const forName = /^\s*(?:\\?%)?\s*(?:for|under|with)\s+((?:standard\s+|vanilla\s+|plain\s+|the\s+)?([A-Za-z][\w.+\/-]*[\w+]))\s*(?:\([^()]{1,30}\)\s*)?to\b/.exec(text.slice(n.end, Math.min(se, n.end + 60)));
        const poss = POSSESSIVE.exec(text.slice(Math.max(ss, n.start - 40), n.start)) ?? CMP_NAMED.exec(text.slice(Math.max(ss, n.start - 60), n.start));
        method = theOf ? theOf[1].replace(/^(?:its|their|the)\s+/i, "") : poss ? poss[1].replace(/^(?:its|their|the)\s+/i, "") : forName && nameLike(forName[2]) ? forName[1].replace(/^the\s+/i, "") : of && nameLike(of[1]) ? of[1] : f && f[1] !== proposed && !findDataset(f[1]) ? f[1] : who.attached ? who.method : null;
      } else if (roleHint[i] === "proposed") {
        role = "proposed";
      }
      // "compared to 45.8% and 20.7% for autoregressive models"
      const g = groups[i];
      const gLast = nums[g.last];
      const forBase = /^\s*(?:,\s*respectively,?)?\s*(?:for|of|by|with|under|using)\s+((?:the\s+)?[^,.;()]{2,60}?)(?=\s*(?:[,.;()]|$|\bon\b|\bin\b|\band\s+[~$]?\d))/.exec(text.slice(gLast.end, se));
      if (forBase && /(?:compared\s+(?:to|with)|versus|vs\.?|than|against)\s*[~$]?\s*$/i.test(text.slice(Math.max(ss, nums[g.first].start - 30), nums[g.first].start))) {
        role = "baseline";
        method = forBase[1].replace(/^the\s+/i, "");
        params = null;
      }
      // "compared with 72.9 for YaRN and 68.5 for LongRoPE": each compared value belongs to the method named after it
      const forName = /^\s*%?\s*(?:for|of)\s+((?:the\s+)?[A-Za-z][^,.;()]{1,40}?)(?=\s*(?:[,.;()]|$|\band\b))/.exec(text.slice(n.end, se));
      if (forName && d.kind === "result" && CMP_CHAIN.test(text.slice(Math.max(ss, n.start - 140), n.start))) {
        role = "baseline";
        method = forName[1].replace(/^the\s+/i, "");
        params = null;
      }
      let qualifier: Qualifier | null = qualifierBefore(text.slice(Math.max(ss, n.start - 60), n.start), n.symbol);
      if (i > g.first && (qualifier === null || qualifier === "about")) {
        const q0 = qualifierBefore(text.slice(Math.max(ss, nums[g.first].start - 60), nums[g.first].start), nums[g.first].symbol);
        if (q0) qualifier = q0;
      }
      if (qualifier !== "up to") {
        const p = items.filter((it) => it.claim.kind === d.kind).pop();
        const gap = p ? text.slice(p.n.end, n.start) : "";
        if (p && p.claim.qualifier && (p.claim.qualifier === "up to" || !qualifier) && /\band\b/.test(gap) && !/[,;]|\b(?:while|whereas|but)\b/.test(gap)) qualifier = p.claim.qualifier;
      }
      let evStart = Math.max(ss, Math.min(d.evStart, qualStart(text, ss, n.start, qualifier)));
      let evEnd = Math.min(se, Math.max(d.evEnd, n.end));
      // "Fréchet Inception Distance (FID) from 18.65 to 1.80": evidence does not start inside a parenthesis
      if (text[evStart - 1] === "(" && evStart - 1 > ss && /^[^()]*\)/.test(text.slice(evStart, evEnd))) {
        const outer = mets.find((h) => h.end <= evStart - 1 && evStart - 1 - h.end <= 1);
        // ("ELMER (29.92) vs BART (30.61)": or the name the parenthesis belongs to)
        const name = /([A-Za-zσ][\w.+\/-]*[\w+])\s?\($/.exec(text.slice(Math.max(ss, evStart - 40), evStart));
        evStart = outer ? outer.start : name ? evStart - name[0].length : evStart - 1;
      }
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
    let carried: string | null | undefined;
    const fallback = (): string | null => (carried === undefined ? (carried = carry()) : carried);
    const carry = (): string | null => {
      for (let k = si - 1; k >= 0; k--) {
        const names = distinct(mainDs(k));
        // a sentence that moves to another setting ("In text-to-image generation, ...") does not carry the dataset over
        if (names.length === 1) return settingShift(text.slice(ss, se), text.slice(sents[k].start, sents[k].end)) ? null : names[0];
        if (names.length > 1) return null;
      }
      return null;
    };
    assignDatasets(text, ss, se, items, ds, groups, nums, fallback, asides(si), () => (si > 0 ? mainDs(si - 1) : []));
    // "52.1 box AP" after a sentence on ImageNet: a detection or segmentation metric is not carried to a benchmark of another task
    for (const it of items) {
      const task = it.claim.metric ? findMetric(it.claim.metric)?.task : undefined;
      if (task && it.claim.dataset && (it.dsFrom === "fallback" || it.dsFrom === "sentence") && !findDataset(it.claim.dataset)?.tasks?.includes(task)) { it.claim.dataset = null; it.dsFrom = "none"; }
    }
    slashMetrics(text, items, groups, nums, mets);
    elidedMetrics(text, ss, items, groups, nums);
    pairedBaselines(items, groups, nums);
    nearResolution(text, ss, se, items, ds);
    // "At 512×512, the same model obtains an FID of 1.89, improving … by 0.34": a leading resolution sets the sentence's benchmark
    const lead = /^(?:At|On|For|With|Under)\s+(?:the\s+)?\$?(\d{2,4})\s?(?:[x×*]|\\times)\s?(\d{2,4})\$?(?:\s+resolution)?\s*,/.exec(text.slice(ss, se));
    if (lead && lead[1] === lead[2]) {
      for (const it of items) {
        if (it.claim.kind === "speedup") continue;
        const base = it.claim.dataset ?? (it.claim.kind === "delta" ? fallback() : null);
        if (base && /\d+x\d+$/.test(base)) it.claim.dataset = base.replace(/\d+x\d+$/, `${lead[1]}x${lead[1]}`);
      }
    }
    // metric words a value of the sentence owns, with the benchmark it is on
    const owned = new Map(items.flatMap((it) => (it.d.metricHit && !it.d.inherited ? [[it.d.metricHit, it.claim.dataset] as const] : [])));
    for (const it of items) {
      const c = it.claim;
      // "the gain grows to as much as 19.3×": the speedup reported before
      if (c.kind === "speedup" && !c.metric) {
        const before = out.filter((o) => o.kind === "speedup" && o.metric).pop();
        c.metric = before?.metric ?? "inference speed";
        // (and, when its own sentence names no benchmark, it is on the benchmark of the speedup it continues)
        if (!c.dataset && before?.dataset) { c.dataset = before.dataset; it.dsFrom = "sentence"; }
      }
      // "reduces the number of generated tokens … by 41.3% and 36.8%": later members of a list share the first one's metric
      if (c.kind !== "speedup" && !c.metric && it.d.inherited) {
        const g = groups[nums.indexOf(it.n)];
        const first = items.find((o) => o.n === nums[g.first]);
        if (first && first !== it && first.claim.kind === c.kind && first.claim.metric) c.metric = first.claim.metric;
      }
      if (c.kind !== "speedup" && !c.metric) {
        c.metric = inferMetric(text, ss, se, it, mets, lastMetric, owned, items);
        if (!c.metric) continue;
        c.confidence -= 0.25;
      }
      // "NDCG@10", "Recall@20": the cut-off is part of the metric
      const mh = it.d.metricHit ?? nearestHit(mets, c.metric, it.n.start);
      const at = mh && c.metric && !c.metric.includes("@") ? /@\s?(\d{1,4})$/.exec(text.slice(mh.start, mh.end)) : null;
      if (at && mh!.entry.name === c.metric) {
        // (as written when only the case differs: "Recall@10")
        const w = text.slice(mh!.start, mh!.end).replace(/\s?@\s?\d+$/, "");
        c.metric = `${w.toLowerCase() === c.metric.toLowerCase() ? w : c.metric}@${at[1]}`;
      }
      // "real-time factor", "bits-per-byte": a metric the vocabulary flags asWritten is named as the abstract writes it
      if (mh && mh.entry.name === c.metric && mh.entry.asWritten && c.kind !== "speedup") c.metric = text.slice(mh.start, mh.end).replace(/\s+/g, " ").replace(/\s+(?:accuracy|score)$/i, "");
      // "by 0.03 on GenEval and by 1.4 points on DPG-Bench": a score benchmark is not measured in another score benchmark
      if (c.kind !== "speedup" && c.dataset && c.metric && c.metric !== c.dataset && findMetric(c.dataset) && findDataset(c.dataset) && findDataset(c.metric) && findMetric(c.metric)) c.metric = findMetric(c.dataset)!.name;
      // "0.78 on GenEval and 41.7 on MMMU": a value on another benchmark is not in the score benchmark's own metric
      else if (c.kind !== "speedup" && c.dataset && c.metric && !c.dataset.includes(", ") && findDataset(c.metric) && findMetric(c.metric) && !findMetric(c.dataset) && findDataset(c.dataset)?.name !== findDataset(c.metric)?.name) c.metric = findDataset(c.dataset)?.metric ?? c.dataset;
      // "reduces decoding time by 37%": a percentage change of a time is a change of latency (a factor stays a speedup)
      if (c.kind === "delta" && c.metric === "inference speed" && /[\s-]time\b|\bruntime\b/i.test(c.evidence) && !/\bspeed\b|\bfaster\b/i.test(c.evidence)) c.metric = "latency";
      // "on VBench … the total score drops by 0.22": the overall score of a score benchmark is the benchmark's metric
      if (c.kind !== "speedup" && c.metric && /^(?:total|overall)\s+score$/i.test(c.metric) && c.dataset && !c.dataset.includes(", ") && findDataset(c.dataset)) c.metric = findMetric(c.dataset)?.name ?? findDataset(c.dataset)!.metric ?? findDataset(c.dataset)!.name;
      // "the VBench quality score": a named sub-score of a score benchmark is its own quantity
      const sub = c.kind !== "speedup" && c.metric && findDataset(c.metric) && findMetric(c.metric) ? /\b(quality|semantic)\s+scores?\b/i.exec(text.slice(Math.max(ss, it.n.start - 50), it.n.start)) : null;
      if (sub) c.metric = `${c.metric} ${sub[1].toLowerCase()} score`;
      // a change in the number of steps is NFE/steps (the speedup aspect is "sampling steps")
      if (c.kind !== "speedup" && c.metric === "sampling steps") c.metric = "NFE/steps";
      if (it.dsFrom === "fallback") c.confidence -= 0.2;
      else if (it.dsFrom === "sentence") c.confidence -= 0.05;
      if (!c.method) c.confidence -= 0.05;
      c.confidence = Math.round(Math.min(0.99, Math.max(0.05, c.confidence)) * 100) / 100;
      // "matching the speaker similarity of the original model (0.65)": the metric named before "of the … ("
      if (c.kind === "result" && c.role === "baseline" && !it.d.metricHit) {
        const of = /\s(?:of|matching)\s+(?:the|its|their)\s+(?:(?!of\s)[^,;()]){1,40}\(\s*[~$]?$/.exec(text.slice(Math.max(ss, it.n.start - 60), it.n.start));
        const at = of ? Math.max(ss, it.n.start - 60) + of.index : -1;
        const named = of ? mets.filter((h) => h.end <= at && at - h.end <= 3).pop() : undefined;
        if (named) c.metric = named.entry.name;
      }
      // "81.4, versus 72.9 for YaRN": a compared value is in the metric of the value it is compared with
      if (c.kind === "result" && c.role === "baseline" && it.d.inherited && !it.d.metric) {
        const ref = out.filter((o) => o.kind === "result" && o.role === "proposed" && o.start >= ss && (o.dataset === c.dataset || !c.dataset)).pop();
        if (ref?.metric) c.metric = ref.metric;
      }
      if (c.kind === "result" && !EFFICIENCY.has(c.metric!)) lastMetric = c.metric;
      out.push(c);
    }
    } catch {
      continue;
    }
  }
  abstractDatasets(text, out, () => (pairCorpora ??= datasetHits(text, 0, text.length)));
  return out;
}

/** The mention of a metric closest to a position, when the sentence names that metric. */
function nearestHit(mets: LexHit<MetricEntry>[], metric: string | null, pos: number): LexHit<MetricEntry> | null {
  let best: LexHit<MetricEntry> | null = null;
  for (const m of mets) if (m.entry.name === metric && (!best || Math.abs(m.start - pos) < Math.abs(best.start - pos))) best = m;
  return best;
}

function evalDatasets(text: string, ss: number, se: number): DatasetHit[] {
  // "trained on LibriTTS" names training data, not a benchmark; image-generation benchmarks and corpora whose own test split
  // is the benchmark ("trained on OpenWebText", vocabulary flag trainEval) are trained and evaluated on alike
  const hits = datasetHits(text, ss, se).filter((h) => !TRAIN_LEAD.test(text.slice(Math.max(ss, h.start - 40), h.start)) || findDataset(h.name)?.domain === "image" || !!findDataset(h.name)?.trainEval);
  return hits.concat(unknownOn(text, ss, se, hits)).sort((a, b) => a.start - b.start);
}

// "on Books-Long it achieves …": a capitalised hyphenated name the vocabulary does not know, opening a results clause
const ON_UNKNOWN = /\b[Oo]n\s+(?:the\s+)?((?:[A-Z]|[a-z]+[A-Z])[A-Za-z0-9]*(?:-[A-Za-z0-9]+)+)(?:\s+(?:benchmark|dataset|corpus))?\s*,?\s+(?:it|we|they|our\s+(?:model|method|approach|system)|the\s+model|[A-Z][\w.+-]*)\s+(?:achiev|obtain|reach|attain|scor|record|yield|deliver)\w*\s/g;

// "an AUROC of 0.81 on ClinVar": a value right before "on" and a name with an inner capital or digit
const VALUE_ON_UNKNOWN = /\d(?:\\?%|\s?(?:dB|points?|pp))?\s+on\s+(?:the\s+)?((?:[A-Z][a-z]+[A-Z]|[A-Z]{2,}[a-z]|[A-Z][a-z]+-?\d)[\w+-]*)(?=[\s,;)]|\.(?!\d)|$)/g;

// "raises accuracy on PMC-VQA from 54.2%", "and on OmniMedVQA by 12 points": the same kind of name right before the change
const ON_UNKNOWN_BY = /(?<!\b(?:improv\w*|build\w*|built|based|trained|tuned|gains?)\s+)\bon\s+(?:the\s+)?((?:[A-Z][a-z]+[A-Z]|[A-Z]{2,}[a-z]|[A-Z]{2,}-[A-Z]|[A-Z][a-z]+-?\d)[\w+-]*)(?=\s+(?:from|by)\s+(?:more\s+than\s+|over\s+|up\s+to\s+|about\s+|nearly\s+|roughly\s+|only\s+)?[~$]?\d)/g;

function unknownOn(text: string, ss: number, se: number, known: DatasetHit[]): DatasetHit[] {
  const seg = text.slice(ss, se);
  const out: DatasetHit[] = [];
  for (const re of [VALUE_ON_UNKNOWN, ON_UNKNOWN_BY]) for (let m = (re.lastIndex = 0, re.exec(seg)); m; m = re.exec(seg)) {
    const name = m[1];
    if (/-\d+(?:\.\d+)?[BMK]$/i.test(name) || /\d[BMK]$/.test(name) || /^(?:GPUs?|TPUs?|CPUs?)$/.test(name)) continue;
    const start = ss + m.index + m[0].lastIndexOf(name);
    const end = start + name.length;
    if (known.some((h) => h.start < end && start < h.end) || out.some((h) => h.start === start) || findMetric(name)) continue;
    out.push({ start, end, name, metric: null, known: false });
  }
  ON_UNKNOWN.lastIndex = 0;
  for (let m = ON_UNKNOWN.exec(seg); m; m = ON_UNKNOWN.exec(seg)) {
    const name = m[1];
    // sizes and numbered model names are not benchmarks ("Foo-7B", "GPT-4")
    if (/-\d+(?:\.\d+)?[BMK]?$/i.test(name) || /-(?:\d+)?[BMK]$/.test(name)) continue;
    const start = ss + m.index + m[0].indexOf(name, 2);
    const end = start + name.length;
    if (known.some((h) => h.start < end && start < h.end)) continue;
    out.push({ start, end, name, metric: null, known: false });
  }
  return out;
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
