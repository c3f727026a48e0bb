// Metric of a claim written without a metric word: a delta's verb phrase, nearby metric words, the benchmark's default.
import { findDataset, findMetric, findBenchmark, type LexHit } from "./lexicon";
import type { MetricEntry } from "../vocab/index";
import { EFFICIENCY, type Item } from "./assign";
import { specificAspect } from "./kinds";
import { nameLike } from "./methods";

export function inferMetric(text: string, ss: number, se: number, it: Item, mets: LexHit<MetricEntry>[], lastMetric: string | null, owned: Map<LexHit<MetricEntry>, string | null> = new Map(), peers: Item[] = []): string | null {
  const n = it.n;
  const c = it.claim;
  // "by 1.4 points on DPG-Bench": a benchmark that is itself a score names the value on it
  if (c.dataset && !c.dataset.includes(", ") && findMetric(c.dataset) && findDataset(c.dataset) && it.dsFrom === "post") return findMetric(c.dataset)!.name;
  if (c.kind === "delta") {
    // "52.4 on MMMU, 3.3 points above X": a margin right after a value is in that value's metric
    const prev = peers.filter((p) => p.n.end <= n.start && p.claim.metric && p.claim.kind === "result").pop();
    if (prev && /^[^.;\d]{0,30},\s*(?:or\s+|i\.e\.,?\s+)?$/.test(text.slice(prev.n.end, n.start)) && /^\s*(?:points?|pts|pp|%)?\s*(?:above|below|higher|lower|better|worse|ahead|over)\b/i.test(text.slice(n.end, se))) return prev.claim.metric;
    // "shortening responses by 41%", "cuts token usage by 30%"
    const lead = text.slice(Math.max(ss, n.start - 60), n.start);
    if (/\b(?:forward\s+passes|function\s+evaluations|NFEs?|(?:sampling|decoding|denoising|inference|generation)\s+steps|number\s+of\s+steps)\b[^.;,\d]*\bby\s*(?:up\s+to\s+|about\s+|around\s+|over\s+|nearly\s+)?[~$]*$/i.test(lead)) return "NFE/steps";
    if (/\bnumber\s+of\s+(?:[\w-]+\s+){0,2}tokens\b[^.;,]{0,50}\bby\s*(?:up\s+to\s+|about\s+|around\s+|over\s+|nearly\s+)?[~∼$]*$/i.test(text.slice(Math.max(ss, n.start - 110), n.start))) return "token count";
    if (/\b(?:shorten\w*|fewer\s+(?:generated\s+)?tokens|(?:generated|reasoning|output|thinking|response)\s+tokens|token\s+(?:usage|consumption|count)s?|(?:response|output|reasoning|generation)\s+lengths?)\b[^.;,]*?\bby\s*(?:up\s+to\s+|about\s+|around\s+|over\s+|nearly\s+)?[~∼$]*$/i.test(lead)) return "token count";
    // "by 47% on MATH-500 and by ~35% on AIME 2024": the same change again
    if (/(?:,\s*|\s)and\s+(?:up\s+to\s+|about\s+|around\s+)?by\s*[~∼≈$]*\s*$/i.test(lead)) {
      const prev = peers.filter((p) => p.claim.kind === "delta" && p.n.end <= n.start && p.claim.metric).pop();
      if (prev) return prev.claim.metric;
    }
    // "reduces hallucination rates by 30%", "by 12.4% in user preference"
    const np = /\b(?:reduc|improv|increas|boost|lower|cut|decreas|rais|enhanc|lift|elevat)\w*\s+(?:the\s+|its\s+)?((?:[A-Za-z][\w.–-]*\s){0,3}[A-Za-z][\w.–-]*(?:\s+per\s+[a-z]+)?)\s+by\s*(?:up\s+to\s+|about\s+|around\s+|over\s+|nearly\s+)?[~$]?$/i.exec(text.slice(Math.max(ss, n.start - 60), n.start));
    // (a model name is what improved, not the quantity: "improves LLaVA-1.5 by 5%")
    if (np && (!nameLike(np[1].split(/\s+/)[0]) || findMetric(np[1].split(/\s+/)[0]) || specificAspect(np[0]) || /\s(?:score|accuracy|rate|error|similarity|distance)$/i.test(np[1])) && !/^(?:it|them|this|that|performance)$/i.test(np[1]) && !/^(?:over|upon|on|against|than|from|to)\b/i.test(np[1]) && !/\b(?:baselines?|models?|methods?|counterparts?)$/i.test(np[1])) {
      const phrase = np[1].replace(/\s+(?:on|in|for|across|over)\s+.*$/i, "").replace(/\s+per\s+[a-z]+$/i, "").replace(/^(?:average|mean|overall|total)\s+(?=\S+\s+\S)/i, "");
      // "the average downstream KILT score": a benchmark's own score
      const bs = /([A-Za-z][\w.+\/-]*[\w+])\s+scores?$/.exec(phrase);
      if (bs && findDataset(bs[1])) return /\baverage\b/i.test(np[0]) ? "average score" : `${bs[1]} score`;
      // "the CLAP text-audio alignment score": the metric named by its first and last words
      const ends = phrase.split(/\s+/);
      if (ends.length > 2 && findMetric(`${ends[0]} ${ends[ends.length - 1]}`)) return findMetric(`${ends[0]} ${ends[ends.length - 1]}`)!.name;
      // ("generation FVD": the metric the phrase ends with)
      const lastWord = findMetric(ends[ends.length - 1]);
      if (!findMetric(phrase) && lastWord && ends.length <= 3 && !lastWord.onlyAttached) return lastWord.name;
      // ("improves success by 23 points": the success rate)
      if (/^(?:task\s+)?success$/i.test(phrase)) return "success rate";
      return findMetric(phrase) ? singular(phrase) : specificAspect(np[0]) ?? (/\bspeed\b/i.test(phrase) ? "inference speed" : singular(phrase));
    }
    // "the average accuracy over eight reasoning tasks falls by 1.9 points": a metric word qualified by where it was measured
    const over = mets.filter((m) => m.end <= n.start && n.start - m.end <= 110 && SUBJ_TAIL.test(text.slice(m.end, n.start))).pop();
    if (over) return over.entry.name;
    // "training GPU-hours drop by 58%": the subject of a change verb
    const subj = /((?:[\w-]+\s){0,2}[\w-]+)(?:\s\([^()]{0,30}\)\s+|,\s(?:measured|defined|computed|estimated|i\.e\.)[^,;.]{3,60},\s+|\s+)(?:(?:is|are|was|were)\s+(?:further\s+|also\s+)?(?:reduced|cut|lowered|decreased|increased|improved|boosted)|drops?|dropped|falls?|fell|decreases?|decreased|shrinks?|shrank|declines?|declined|rises?|rose|increases?|increased|grows?|grew|improves?|improved)\s+by\s*(?:up\s+to\s+|about\s+|around\s+|over\s+|nearly\s+|only\s+)?[~∼$]*$/i.exec(text.slice(Math.max(ss, n.start - 110), n.start));
    if (subj && !/\b(?:it|this|that|they|which|model|method|approach)$/i.test(subj[1]) && !/\b(?:model|method|approach|system|variant|ours|baseline)\b/i.test(subj[1])) {
      // "pass@1 accuracy on AIME 2024 improves by": the quantity, not its benchmark
      // ("the perplexity of Llama-3-8B increases by": the quantity, not the model it is measured on)
      subj[1] = subj[1].replace(/\s+(?:on|in|for|across|over)\s+.*$/i, "").replace(/\s+of\s+[A-Z][\w.-]*$/, "");
      const m = findMetric(subj[1].split(/\s+/).slice(-2).join(" ")) ?? findMetric(subj[1].split(/\s+/).pop()!);
      const a = specificAspect(subj[1]) ?? (/\bspeed-?ups?\b|\bfaster\b/i.test(subj[1]) ? "inference speed" : null);
      if (m) return m.name;
      if (a) return a;
      if (/^[a-z]/.test(subj[1]) && !/\b(?:the|a|an|of|it)$/i.test(subj[1])) return singular(subj[1].split(/\s+/).slice(-2).join(" "));
    }
    // "within 0.6 points of the full-cache average score"
    const ofScore = /^\s*(?:points?|pts|pp|%)?\s*of\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?((?:average\s+|mean\s+|overall\s+)?(?:score|accuracy|performance|quality))\b/i.exec(text.slice(n.end, se));
    if (ofScore) return singular(ofScore[1].toLowerCase());
    const inNp = /^\s*%?\s*(?:relative\s+|absolute\s+)?(?:(?:increase|improvement|gain|reduction|decrease|drop|boost|lift|uplift|rise)s?\s+)?in\s+((?:[a-z-]+\s){0,2}[a-z-]+)(?=\s*[,.;]|\s+(?:on|over|compared|than|while|across|for)\b|$)/i.exec(text.slice(n.end, se));
    if (inNp) return singular(inNp[1]);
  }
  // "an MT-Bench score of 8.3", "the average downstream KILT score by 6.2 points": a benchmark's own score
  const benchScore = /([A-Za-z][\w.+\/-]*[\w+])\s+(?:overall\s+|average\s+|total\s+)?scores?\s+(?:of\s+|by\s+|=\s*|:\s*)?(?:up\s+to\s+|about\s+|nearly\s+)?[~$]?$/.exec(text.slice(Math.max(ss, n.start - 60), n.start));
  // ("an average LongBench score of 41.8": the guide's short own words, "average score")
  if (benchScore && findDataset(benchScore[1])) return /\baverage\s+$/i.test(text.slice(Math.max(ss, n.start - benchScore[0].length - 9), n.start - benchScore[0].length)) || /\baverage\b/i.test(benchScore[0]) ? "average score" : `${benchScore[1]} score`;
  // "On RULER, it obtains an average score of 81.4": a score on a benchmark without a metric of its own is named by the benchmark
  if (c.kind === "result" && c.dataset && !c.dataset.includes(", ") && !findBenchmark(c.dataset)?.metric && /\bscores?\s+(?:of\s+)?[~$]?$/i.test(text.slice(Math.max(ss, n.start - 12), n.start))) return c.dataset;
  const quality = mets.filter((m) => !EFFICIENCY.has(m.entry.name) && !m.entry.onlyAttached);
  const after = quality.find((m) => m.start >= n.end && m.start - n.end <= 60);
  const before = quality.filter((m) => m.end <= n.start).pop();
  // the nearer metric word, unless the later one sits right after the number
  // "0.81 on GenEval … and 43.2 on MMMU": a metric that is itself a benchmark does not name a value on another one
  const foreign = (m: LexHit<MetricEntry> | undefined) => !!m && !!c.dataset && !!findDataset(m.entry.name) && findDataset(m.entry.name)!.name !== findBenchmark(c.dataset)?.name;
  if (foreign(after) || foreign(before)) {
    const dsm = c.dataset ? findBenchmark(c.dataset.split(", ")[0])?.metric : undefined;
    if (dsm) return dsm;
  }
  const near = after && before && after.start - n.end > 15 && n.start - before.end < after.start - n.end ? before : after ?? before;
  const dsMetric = c.dataset ? findBenchmark(c.dataset.split(", ")[0])?.metric ?? null : null;
  // "81.2 on VQAv2 and a CIDEr of 131.4": a later metric word owned by a value on another benchmark does not name this one
  if (near && !(near === after && dsMetric && owned.has(near) && owned.get(near) !== c.dataset && near.entry.name !== dsMetric)) return near.entry.name;
  // the metric this sentence already reports on the same benchmark, then the benchmark's own
  const same = c.dataset ? peers.find((p) => p.claim !== c && p.claim.dataset === c.dataset && p.claim.metric && !EFFICIENCY.has(p.claim.metric)) : undefined;
  if (same) return same.claim.metric;
  if (dsMetric) return dsMetric;
  if (c.kind === "result") {
    // "scoring 81.4 on RULER": a benchmark reported without a metric word names the score
    const dsDomain = c.dataset ? findBenchmark(c.dataset)?.domain : undefined;
    if (c.dataset && !c.dataset.includes(", ") && !/^(?:image|video|speech|audio|3d)$/.test(dsDomain ?? "")) return c.dataset;
    if (/^\s*(?:overall\s+)?scores?\b/i.test(text.slice(n.end, se)) || /\bscores?\s+of\s*$/i.test(text.slice(ss, n.start))) return "score";
    return null;
  }
  const R = text.slice(n.end, se);
  const forTask = /^[^.;]{0,90}?\bfor\s+((?:[a-z]+-)?[a-z]+(?:\s[a-z]+)?)\s+(?:on|in)\s/.exec(R);
  const inPhrase = /^[^.;]{0,40}?\bin\s+((?:[a-z-]+\s){0,2}?(?:scores?|rates?|quality|performance|accuracy|fidelity))\b/i.exec(R);
  if (inPhrase) return singular(inPhrase[1]);
  const onBench = /^[^.;]{0,30}?\bon\s+((?:(?!average\b|across\b|all\b|the\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|eleven\b|twelve\b|several\b|multiple\b|many\b)[a-z]+\s(?:and\s)?){1,3})(?:benchmarks|tasks)\b/.exec(R);
  if (onBench) return `${onBench[1].trim()} performance`;
  if (forTask && c.dataset) return forTask[1];
  if (lastMetric && !c.dataset) return lastMetric;
  // "an average degradation of 0.3 points on LongBench": a change on a benchmark without a metric of its own is in its score
  if (c.kind === "delta" && c.dataset && !c.dataset.includes(", ") && !findBenchmark(c.dataset)?.metric && /^(?:text|reasoning|code|multimodal|general)$/.test(findBenchmark(c.dataset)?.domain ?? "")) return /\baverage\b/i.test(text.slice(Math.max(ss, n.start - 60), Math.min(se, n.end + 60))) ? "average score" : `${c.dataset} score`;
  // another change reported in the same sentence names the quantity
  const prevDelta = peers.filter((p) => p.claim !== c && p.claim.kind === "delta" && p.claim.metric && p.claim.metric !== "performance" && !EFFICIENCY.has(p.claim.metric)).pop();
  if (prevDelta && c.kind === "delta") return prevDelta.claim.metric;
  return "performance";
}

const SUBJ_TAIL = /^\s+(?:on|over|across|for|in)\s+[^,;.]{1,70}?\s(?:drops?|dropped|falls?|fell|decreases?|decreased|declines?|declined|rises?|rose|increases?|increased|grows?|grew|improves?|improved)\s+by\s*(?:only\s+|just\s+|about\s+|up\s+to\s+|nearly\s+)?[~∼$]*$/i;

export function singular(s: string): string {
  const m = findMetric(s);
  if (m) return m.name;
  return s.replace(/\b(scores|rates|errors|metrics)$/i, (w) => w.slice(0, -1));
}
