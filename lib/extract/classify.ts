// Per-number decision: is it a claim, and of which kind; which metric words are attached to it.
import type { NumMention } from "./numbers";
import type { LexHit } from "./lexicon";
import { tokenLengthDelta, movesTo, acceptanceRate, firstOutputLatency, sharedCut, halving, rateMultiple, quantityAfter } from "./quantity-phrases";
import type { MetricEntry } from "../vocab/index";
import {
  SETUP_NOUN, HYPHEN_ADJ, SIZE_COMPARATIVE, SPEED_WORD, QUALITY_X, DELTA_AFTER, DELTA_BEFORE, FACTOR_BEFORE, MARGIN_AFTER,
  TIME_UNIT, TIME_LEAD, speedAspect, specificAspect, CMP_THE_LEAD, CMP_THE_TAIL,
} from "./kinds";
import type { ClaimKind } from "./types";

export interface Decision {
  kind: ClaimKind;
  unit: string | null;
  metric: string | null;
  /** metric written right next to the number */
  metricHit: LexHit<MetricEntry> | null;
  /** where the evidence should reach, beyond the number */
  evStart: number;
  evEnd: number;
  /** a weak decision taken from a neighbour in a list */
  inherited?: boolean;
}

const LEFT_MET_GAP =
  /^\s*(?:scores?|values?|rates?|results?|(?:upper\s+)?bounds?|estimates?)?\s*(?:\(\s*)?(?:of|=|:|is|was|reaches|reached|to|at|at\s+most|(?:stay|remain|hold|keep|retain|maintain|sit)(?:s|ed|ing)?|stood|kept|held|unchanged|unaltered|identical|constant|stable|steady|(?:on\s+par|comparable|intact|preserved)(?=\s*(?:at|\())|\(|as\s+low\s+as|as\s+high\s+as|(?:improv|drop|reduc|decreas|increas|fall|rise|go)\w*\s+to|around|about|approximately|only|just|merely|a|an|the|up\s+to|over|below|under|above|nearly|roughly|[~∼≈<>≥≤*$\s)])*\s*$/i;
const RIGHT_MET_GAP = /^\s*(?:\)|,)?\s*(?:(?:overall|average|mean|absolute|relative|higher|lower|better|improved|fewer|less|smaller|more|in|on|of|(?:zero|one|few|two|three|four|five|eight|ten|\d+)-shot|top-\d|(?:avg|mean|maj|pass)@\d+|relaxed|strict|exact|balanced|macro|micro|weighted|normali[sz]ed|retrieval|classification|answer|linear-probe|validation|test|peak|end-to-end|wall-clock|per-token|per-chunk|per-step|per-frame|first-packet|first-token)\s+){0,3}$/i;
const UNIT_METRIC = /^(?:tokens per step|tokens\/s|throughput)$/;
const SPEED_WORD_G = new RegExp(SPEED_WORD.source, "gi");
const COUNT_METRIC = /^(?:sampling steps|NFE\/steps|token count)$/;
const YEAR = /^(?:19|20)\d\d$/;
const RTF_BEFORE = /(?:\breal[- ]?time\s+factors?(?:\s*\(RTF\))?|\bRTFs?)\s*(?:of|=|:|is|was|reaches|at)?\s*(?:only\s+|just\s+|about\s+|around\s+|approximately\s+|nearly\s+|~\s*)?$/i;

const ADDS_LEAD = /\b(?:adds?|adding)\s+(?:only\s+|just\s+)?(?:about\s+|roughly\s+|around\s+|less\s+than\s+|under\s+)?[$~]?$/i;
const COSTS_LEAD = /\bcost(?:s|ing)?\s+(?:only\s+|just\s+|about\s+|roughly\s+|less\s+than\s+|under\s+)?[$~]?$/i;

export interface Ctx {
  text: string;
  ss: number; // sentence start
  se: number; // sentence end
  mets: LexHit<MetricEntry>[];
}

/** A decision; `null` when the number is a setup figure (never a claim), `undefined` when nothing marks it as one. */
// "the memory overhead of the cache is 6% (of …)"
const OVERHEAD_IS = /\b(memory|compute|computational|latency|time|runtime|training|communication|storage)\s+overhead\b[^.;,]{0,30}?\b(?:is|was|remains|stays|amounts\s+to)\s+(?:only\s+|just\s+|about\s+|roughly\s+|under\s+|below\s+|less\s+than\s+)?[$~]?$/i;

export function decide(n: NumMention, c: Ctx): Decision | null | undefined {
  const { text, ss, se } = c;
  if (n.size) return null;
  const L = text.slice(Math.max(ss, n.start - 90), n.start);
  const R = text.slice(n.end, Math.min(se, n.end + 90));
  if (HYPHEN_ADJ.test(R)) return null;
  // "vocabularies exceeding 2^18", "10^{21} FLOPs": a power, not a value
  if (/^\s?\^/.test(R)) return null;
  // "500 hPa", "2.4 GHz", "6 kbps": physical quantities of the setting
  if (n.unit === null && /^\s?(?:hPa|GHz|MHz|kHz|kbps|Mbps|bps)\b/.test(R)) return null;
  const raw = text.slice(n.numStart, n.end);
  // "on a single RTX 4090": a number naming hardware
  if (n.unit === null && /\b(?:RTX|GTX|GeForce|Radeon|Titan|Quadro|Jetson|Snapdragon|Tesla|Xeon|EPYC)\s?$/.test(L)) return null;
  if (n.unit === null && !n.word && YEAR.test(raw.replace(/\D+$/, "")) && !/[:=]\s*$/.test(L)) return null;
  // "at batch size 16", "with a beam of 4", "k = 8": configuration, not an outcome
  if (n.unit === null && /\b(?:batch\s+sizes?|beam\s+(?:size|width)s?|beams?|top-?k|temperature|rank|window(?:\s+size)?|budget|k|n|d|r)\s*(?:of|=|:)?\s*[$]?$/i.test(L) && !/\b(?:FID|IS|WER|BLEU|accuracy|score)\b[^.;]{0,20}$/i.test(L)) return null;

  // "than VALL-E 2", "Stable Diffusion 3": a single digit after a capitalised name is its version
  if (n.unit === null && !n.word && /^\d$/.test(raw) && /(?<![.,;:]\s?)\b[A-Z][\w-]*[A-Za-z]\s$/.test(L) && !c.mets.some((m) => m.end === n.start - 1) && !/^\s*(?:points?|pts|pp|%|x\b|×|times)/i.test(R)) return null;
  let leftMet: LexHit<MetricEntry> | null = null;
  let rightMet: LexHit<MetricEntry> | null = null;
  for (let k = 0; k < c.mets.length; k++) {
    const m = c.mets[k];
    // "R-Precision (Top-1) of 0.548": a metric in parentheses right after another qualifies it
    if (k > 0 && /^\s?\(\s?$/.test(text.slice(c.mets[k - 1].end, m.start))) continue;
    // ("FAD$_{\text{VGGish}}$ of 1.47": a subscript is part of the metric's name)
    if (m.end <= n.start && n.start - m.end <= 40 && LEFT_MET_GAP.test(text.slice(m.end, n.start).replace(/^\$?_(?:\{(?:[^{}]|\{[^{}]*\})*\}|[A-Za-z0-9]+)\$?/, "").replace(/\s?\([^()]{0,30}\)/g, ""))) leftMet = m;
    if (!rightMet && m.start >= n.end && m.start - n.end <= 22 && RIGHT_MET_GAP.test(text.slice(n.end, m.start))) rightMet = m;
  }

  // "a fixed set of 256 memory tokens": a count of things the metric word only describes
  if (n.unit === null && rightMet && /^\s$/.test(text.slice(n.end, rightMet.start)) && /^\s(?:tokens|slots|vectors|entries|units|cells|banks|heads|layers|experts|codes|registers|queries)\b/i.test(text.slice(rightMet.end, rightMet.end + 12))) return null;
  const phrased = tokenLengthDelta(n, text, R, c.mets) ?? (leftMet ? null : movesTo(n, text, c.mets));
  if (phrased) return phrased;
  // "an acceptance length of 4.6 tokens per step": the named quantity, not its unit
  if (leftMet && rightMet && UNIT_METRIC.test(rightMet.entry.name) && !UNIT_METRIC.test(leftMet.entry.name)) rightMet = null;
  // "audio is represented at 25 tokens per second": a rate of the representation, setup
  // "50 to 75 tokens per second of audio": the rate of a representation
  if (n.unit === null && rightMet && rightMet.entry.name === "tokens/s" && /^\s*of\s+(?:audio|speech|video|music|motion)\b/i.test(text.slice(rightMet.end, rightMet.end + 12))) return null;
  // "a single codebook at 25 tokens per second", "codecs (typically 50 or 75 tokens per second)": a codec's token rate
  if (n.unit === null && rightMet && rightMet.entry.name === "tokens/s" && /\b(?:codecs?|codebooks?|frame\s+rates?|bitrates?|token\s+rates?)\b/i.test(text.slice(ss, se)) && !/^[^.;]{0,40}?\bon\s+(?:a\s+|one\s+|an\s+)?(?:single\s+)?[\w-]*\s*(?:GPUs?|CPUs?|A100|H100|RTX|TPU)/.test(R)) return null;
  // "with a lookahead of only 80 ms": a design window, not a measured time
  if (n.unit === null && /\b(?:look-?ahead|chunk|window|hop|stride|segment|frame\s+shift|context)(?:\s+size)?\s+(?:of\s+)?(?:only\s+|just\s+)?$/i.test(L) && /^\s*(?:ms|milliseconds?|s|sec|seconds?)\b/i.test(R)) return null;
  // "renders audio in 80 ms segments", "a 160 ms chunk": a size of the design, not a measured time
  if (n.unit === null && /^\s*(?:ms|milliseconds?|s|sec|seconds?)\s+(?:(?:audio|speech|input|context|look-?ahead)\s+)?(?:chunks?|segments?|windows?|hops?|strides?|blocks?|frames?|look-?ahead|of\s+(?:audio|speech|context|look-?ahead|right\s+context))\b/i.test(R)) return null;
  // "upscaling by ×4 is 38× faster": a scale setting written with a times sign
  if (n.unit === "x" && /^[×x]/.test(text.slice(n.start, n.start + 1)) && /\b(?:upscal\w*|upsampl\w*|super-?resol\w*|zoom\w*|magnif\w*)\b[^.;]{0,40}$/i.test(L)) return null;
  // "producing actions at 118 Hz", "the policy runs at nearly 50 Hz": a control frequency
  if (n.unit === null && /^\s?Hz\b/.test(R) && (/\b(?:actions?|control|polic(?:y|ies)|robots?|arm|manipulat\w*)\b[^.;]{0,40}$/i.test(L) || /^\s?Hz\s+on\s+(?:a\s+)?(?:single\s+)?[\w-]*\s*(?:GPU|RTX|A100|H100|Jetson|4090)/.test(R)) && /\b(?:runs?|running|produc\w*|generat\w*|infer\w*|reach\w*|achiev\w*|sustain\w*)\b[^.;]{0,25}$/i.test(L) && !/\b(?:sampl\w*|record\w*|audio|speech|signal|waveform|resampl\w*|codec|tokens?|frames?|latents?)\b[^.;]{0,40}$/i.test(L))
    return { kind: "result", unit: null, metric: "control frequency", metricHit: null, evStart: n.start, evEnd: n.end + /^\s?Hz/.exec(R)![0].length };
  if (rightMet && rightMet.entry.name === "tokens/s" && /\b(?:represent|encod|tokeni[sz]|compress|sampl|operat|quantiz|discretiz)\w*\b[^.;]{0,40}\bat\s*[$~]?$/i.test(L)) return null;
  // "a recurrent memory of 32 summary vectors": a size of the design, not a measured footprint
  if (leftMet && leftMet.entry.name === "memory" && n.unit === null && /^\s*(?:[a-z][a-z-]*\s+)?[a-z]+s\b/.test(R) && !/^\s*(?:GB|MB|KB|GiB|MiB|TB)\b/.test(R)) return null;
  // "a real-time factor of 0.05": a measured value (RTF), not a multiplicative claim
  const rtf = n.unit === null ? RTF_BEFORE.exec(L) : null;
  if (rtf) return { kind: "result", unit: null, metric: "RTF", metricHit: null, evStart: n.start - L.length + rtf.index, evEnd: n.end };
  // "a downsampling factor of 32", "16× downsampling", "by 4× in time and 8×8 in space": tokenizer geometry, not an outcome
  if ((n.unit === "x" || /\bfactor\s+of\s*$/i.test(L)) && (/\b(?:down-?sampling|up-?sampling|patchif\w*|stride|spatial|temporal|scaling|pooling)\s+(?:\w+\s+)?factor\s+of\s*$/i.test(L) || /\b(?:compress\w*|downsampl\w*|reduc\w*)\s+(?:the\s+)?(?:space|time|spatial|temporal|height|width|resolution)\s+(?:dimensions?\s+|axis\s+)?by\s*[$]?$/i.test(L) || /^\s*(?:down-?sampl|up-?sampl|spatial|temporal|in\s+(?:time|space|each\s+dimension)|along\s+(?:time|the\s+temporal))/i.test(R))) return null;
  // "than the 16× VQGAN", "on 8× H100": a factor naming a model or machine, not an outcome
  if (n.unit === "x" && !n.word && /^\s*[A-Z][A-Za-z]*[A-Z0-9][\w-]*\b/.test(R) && !SPEED_WORD.test(R.slice(0, 30))) return null;
  // "at a factor of 32, which shortens …": a setting of the design
  if (/\bat\s+(?:a\s+)?factor\s+of\s*$/i.test(L)) return null;
  // "re-encoding the image at 2×": a scale setting
  // (unless a rate of the system follows: "runs at 6.5× the control frequency of X")
  if (n.unit === "x" && /\bat\s*[$]?$/i.test(L) && !SPEED_WORD.test(R.slice(0, 30))) return rateMultiple(n, L, R, false);
  const multiplicative = n.unit === "x" || (n.unit === null && FACTOR_BEFORE.test(L));
  if (multiplicative) {
    // "throughput is 2.4× higher", "peak memory is three times smaller": the clause before names a cost
    const clause = L.slice(-60).split(/[,;]|\b(?:and|while|whereas)\b/).pop()!;
    const costClause = /\b(?:throughput|latency|speed|tokens?\s*(?:\/|per\s+)s|fps|memory|footprint|cache|storage|cost|flops|compute|decoding|inference|sampling|training\s+time)\b\s+(?:[^.;,\s]+\s+){0,6}?(?:is|are|was|were|becomes?|gets?)\s+(?:also\s+|now\s+|about\s+|roughly\s+|up\s+to\s+|nearly\s+|~)?[$]?$/i.test(clause);
    if (SIZE_COMPARATIVE.test(R) && !costClause) return null;
    // "need 16× more compute to reach …" is a cost; "trained with 4× more compute" is setup
    const moreCompute = /^\s*(?:[a-z-]+\s+)?more\s+(?:compute|flops|computation|training\s+compute)\b/i.exec(R);
    if (moreCompute) {
      if (!/\b(?:need|needs|needed|require|requires|required|cost|costs|consum\w*|spend\w*)\s+(?:about\s+|roughly\s+|nearly\s+|up\s+to\s+|over\s+|~)?[$]?$/i.test(L)) return null;
      return { kind: "speedup", unit: "x", metric: "compute", metricHit: null, evStart: n.start, evEnd: n.end + moreCompute[0].length };
    }
    // "6× shorter token sequences": shorter sequences are fewer tokens
    const shorterSeq = /^\s*shorter\s+(?:token\s+|output\s+|code\s+)?(?:sequences|outputs|responses|token\s+streams)\b/i.exec(R);
    if (shorterSeq) return { kind: "speedup", unit: "x", metric: "token count", metricHit: null, evStart: n.start, evEnd: n.end + shorterSeq[0].length };
    // "the chain is four times shorter": only shorter outputs are a saving
    if (/^\s*shorter\b/i.test(R) && !/\b(?:responses?|outputs?|reasoning|answers?|generations?|traces?|chains?[- ]of[- ]thought|cots?|completions?|(?:token\s+)?sequences|runtimes?|latency|(?:wall-?clock|inference|decoding|generation|sampling)\s+times?|time\s+to\s+(?:the\s+)?first)\b/i.test(L.slice(-50))) return null;
    // "a control frequency 3.8× higher than X": a rate of the system, a speedup
    const rateUp = /\b(?:control\s+frequency|frequency|frame\s+rate|fps|(?:decoding|generation|sampling|inference)\s+(?:rate|speed))\s*(?:is\s+|was\s+)?[$]?$/i.exec(L);
    if (rateUp && /^\s*(?:higher|greater|faster)\b/i.test(R)) return { kind: "speedup", unit: "x", metric: "inference speed", metricHit: null, evStart: n.start - L.length + rateUp.index, evEnd: n.end + /^\s*\w+/.exec(R)![0].length };
    if (QUALITY_X.test(R) && !costClause) {
      const m = rightMetAfter(c, n.end, 40);
      return { kind: "delta", unit: "x", metric: m?.entry.name ?? null, metricHit: m, evStart: n.start, evEnd: m ? m.end : n.end };
    }
    // ("raises throughput twofold at a small cost in quality": the cost is not what changed)
    const r = R.slice(0, 48).replace(/\bat\s+(?:a|the|some|little|no)\s+(?:[\w-]+\s+)?cost\b.*$/i, "").replace(/\b(?:without|with\s+no|at\s+no)\s+(?:any\s+)?(?:additional|extra|added)\b.*$/i, "");
    let l = L.slice(-70);
    // only the words after the previous number (digits inside names such as LLaMA-2-7B do not count)
    // (a factor glued to a machine, "8×A100", is part of a name)
    const prevNum = /(?<![\w.-])\d[\d,]*(?:\.\d+)?(?:[x×](?![A-Za-z0-9]))?(?![\w.-])(?!\s?[×x]\s?[A-Z])(?!.*(?<![\w.-])\d(?!\s?[×x]\s?[A-Z]))/.exec(l);
    if (prevNum) l = l.slice(prevNum.index + prevNum[0].length);
    const cut = sharedCut(n, L, l) ?? halving(n, raw, R);
    if (cut) return cut;
    const sr = SPEED_WORD.exec(r);
    let sl: RegExpExecArray | null = null;
    // word numbers read their cue on the right ("twice as fast"), except "by a factor of two", "an order of magnitude"
    if (!n.word || /\bfactor\s+of\s+(?:\w+\s+)?$/i.test(L) || /^(?:an?|one|two|three)\s+orders?\b/i.test(raw) || /\bby\s+(?:roughly\s+|about\s+|around\s+|nearly\s+|almost\s+|up\s+to\s+|over\s+)?$/i.test(L) || /\b(?:drop|fall|fell|shrink|shrank|decreas|reduc|cut|lower|improv|increas|rais|boost|accelerat|speed|shorten|compress|shrink)\w*\b[^,.;]{0,50}$/i.test(L) || /^(?:doubl|tripl|quadrupl|halv)(?:es|ed)$/i.test(raw)) {
      SPEED_WORD_G.lastIndex = 0;
      for (let m = SPEED_WORD_G.exec(l); m; m = SPEED_WORD_G.exec(l)) sl = m;
    }
    // "a 26× increase in control frequency": a rate that grew
    const incIn = !sr && !sl ? /^[-\s]*(?:increase|improvement|boost|gain|rise)\s+in\s+(?:[\w-]+\s+){0,2}?(throughput|speed|(?:control\s+)?frequency|control\s+rate|fps|frame\s+rate|tokens\s+per\s+second)\b/i.exec(R) : null;
    const rate = rateMultiple(n, L, R, !!(sr || sl));
    if (rate) return rate;
    if (incIn) return { kind: "speedup", unit: "x", metric: /throughput|tokens/i.test(incIn[1]) ? "throughput" : "inference speed", metricHit: null, evStart: n.start, evEnd: n.end + incIn[0].length };
    // "412 tokens/s, a 2.6-fold increase over AR decoding": an increase of the speed figure just before
    if (!sr && !sl && /^[-\s]*(?:increase|improvement|gain|boost|jump)\b/i.test(R) && /(?:tokens?\s*(?:\/|per\s+)s(?:ec(?:ond)?)?|throughput|speed|fps|frames\s+per\s+second|samples?\s+per\s+second)\b[^.;]{0,60}$/i.test(L)) {
      const w = /^[-\s]*\w+/.exec(R)![0];
      return { kind: "speedup", unit: "x", metric: /speed(?!\w)/i.test(L.slice(-70)) && !/tokens?|throughput|fps|per\s+second/i.test(L.slice(-70)) ? "inference speed" : "throughput", metricHit: null, evStart: n.start, evEnd: n.end + w.length };
    }
    // "throughput at batch size 16 is 1.6 times that of EAGLE-2"
    if (!sr && !sl && /^\s*(?:that|those)\s+of\b/i.test(R) && costClause) {
      return { kind: "speedup", unit: "x", metric: speedAspect(clause, "") ?? "inference speed", metricHit: null, evStart: n.start, evEnd: n.end + /^\s*(?:that|those)\s+of\s+[\w.+\/-]*[\w+]/i.exec(R)![0].length };
    }
    // "needs approximately 0.6 times the encoder compute of a dense model"
    const theCost = /^\s*(?:of\s+)?the\s+(?:[\w-]+\s+){0,2}?(compute|cost|memory|latency|flops|training\s+(?:time|cost|compute)|inference\s+time|gpu[\s-]hours)\b/i.exec(R);
    // "reduces the RL training compute needed to reach … by 3×": the verb sits further back
    if (!sr && !sl && /\bby\s*(?:up\s+to\s+|about\s+|roughly\s+)?[$]?$/i.test(L)) {
      const far = /\b(?:reduc\w*|cut\w*|lower\w*|decreas\w*|shrink\w*|accelerat\w*|speeds?\s+up)\s+(?:the\s+)?([^.;,]{0,100})\bby\s*(?:up\s+to\s+|about\s+|roughly\s+)?[$]?$/i.exec(text.slice(Math.max(ss, n.start - 150), n.start));
      if (far) return { kind: "speedup", unit: "x", metric: speedAspect(far[0], "") ?? "inference speed", metricHit: null, evStart: n.start - far[0].length, evEnd: n.end };
    }
    if (!sr && !sl && theCost) return { kind: "speedup", unit: "x", metric: specificAspect(theCost[0]) ?? (/latency|time/i.test(theCost[1]) ? "latency" : "compute"), metricHit: null, evStart: n.start, evEnd: n.end + theCost[0].length };
    // "the gain grows to as much as 19.3×": a larger value of the speedup just reported
    // ("the gain over EAGLE-2 remains 1.18×"; "… 4.05× over vanilla decoding and 1.31× over EAGLE-2": the list goes on)
    const grows = !sr && !sl ? /\b(?:gains?|speed-?ups?|improvements?|advantages?)(?:\s+over\s+[^,.;]{1,40}?)?\s+(?:(?:grows?|grew|increases?|increased|rises?|rose|climbs?|reach(?:es)?|widens?)\s+(?:further\s+)?to|remains?|stays?|is\s+still)\s+(?:as\s+much\s+as\s+|up\s+to\s+|nearly\s+|about\s+)?[$]?$/i.exec(L)
      ?? (/^\s*over\s/i.test(R) && /\b(?:speed-?ups?|faster|accelerat\w*)\b[^;]*?\d[^;]*\bover\s[^;]*\band\s+[$]?$/i.test(L) ? /$/.exec(L) : null) : null;
    // "accepts 1.8× more tokens per iteration": more work per step, a decoding speedup
    const perStep = !sr && !sl ? /^\s*more\s+(?:accepted\s+)?tokens\s+per\s+(?:step|iteration|forward\s+pass|verification(?:\s+step)?|decoding\s+step)\b/i.exec(R) : null;
    if (perStep) return { kind: "speedup", unit: "x", metric: "tokens per step", metricHit: null, evStart: n.start, evEnd: n.end + perStep[0].length };
    // "handles four times as many concurrent conversations per GPU": serving capacity, a throughput gain
    const asMany = !sr && !sl ? /^\s*as\s+many\s+(?:concurrent\s+|real-time\s+|parallel\s+|simultaneous\s+)*(?:requests|streams|conversations|users|queries|sessions|clients)\b/i.exec(R) : null;
    if (asMany) return { kind: "speedup", unit: "x", metric: "throughput", metricHit: null, evStart: n.start, evEnd: n.end + asMany[0].length };
    if (grows) return { kind: "speedup", unit: "x", metric: null, metricHit: null, evStart: n.start - L.length + grows.index, evEnd: n.end, inherited: true };
    if (!sr && !sl) return undefined;
    // the words between the number and the end of the aspect phrase
    let evEnd = n.end;
    let evStart = n.start;
    const byLeft = sl !== null && /\bby\s*(?:up\s+to\s+|about\s+|around\s+|an?\s+average\s+of\s+|roughly\s+|~\s*|a\s+factor\s+of\s+)?$/i.test(l);
    const rightNear = sr !== null && !byLeft && ((sr.index <= 16 && !/\band\b|,/.test(r.slice(0, sr.index))) || !sl);
    if (!rightNear && sl) {
      evStart = n.start - l.length + sl.index;
    } else if (sr) {
      const tail = /^[^,.;()]*?(?:faster|speed-?ups?|accelerations?|throughput|tokens?\s+per\s+second|tokens?\/s|latency|cheaper|cost|reduction|compression|fewer\s+[\w-]+|less\s+[\w-]+|lower\s+[\w-]+)(?:\s+(?:speed|inference|sampling|decoding|generation|in\s+[\w-]+(?:\s+(?!and\b|or\b|while\b|with\b|on\b|for\b|at\b|than\b)[\w-]+)?|than\s+[^,.;()]{1,40}?(?=[,.;()]|\s(?:and|while|whereas|but|with|on|at|across|without)\s|$)))?/i.exec(R);
      evEnd = tail ? n.end + tail[0].length : n.end + sr.index + sr[0].length;
    }
    // (what follows "than" is the baseline, not the aspect: "2.4× fewer tokens than a GRPO baseline trained …")
    const near = rightNear ? r.split(/\s(?:than|compared\s+(?:to|with)|relative\s+to|versus|vs\.?|(?:and|while|whilst)\s+(?:reduc|lower|cut|rais|improv|increas|boost|keep|maintain|preserv)\w*)\s/)[0] : l.slice(-70).split(/[,;]/).pop()!;
    // a plain "speedup" or "faster" next to the number is inference speed; only a bare factor looks at the whole sentence
    // "in only 24 steps, 10.7× fewer than …": a bare "fewer" counts the thing just named
    // ("fine-tuning converges 2.5 times faster in wall-clock time": the speed of training)
    const aspect = (/\bconverg\w*\s+(?:[\w-]+\s+){0,3}$/i.test(l.slice(-50)) ? "training cost" : null) ?? speedAspect(near, rightNear ? (/^\s*(?:fewer|less)\s+than\b/i.test(r) ? l.slice(-40) + " fewer" : l.slice(-40).split(/[,;]|\band\b|\bwhile\b|\bwhereas\b/).pop()!) : r.split(/[,;]/)[0], !rightNear) ?? (/speed|faster|accelerat|quicker/i.test(near) ? null : speedAspect(text.slice(ss, se), "")) ?? "inference speed";
    return { kind: "speedup", unit: "x", metric: aspect, metricHit: null, evStart: Math.max(ss, evStart), evEnd: Math.min(evEnd, se) };
  }

  // percent or plain numbers
  // "processes 2.3 pages per second", "streams video at 17 frames per second": throughput
  // ("75 codec frames per second", "frames per second of motion", "clips at 24 frames per second": the rate of a representation or of the data, setup)
  const plain = n.unit === null && !leftMet && !rightMet;
  const measured = () => /^[^.;]{0,40}?\b(?:on\s+(?:a\s+|one\s+|an\s+)?(?:single\s+)?[\w-]*\s*(?:GPUs?|H100|A100|RTX|4090)|in\s+real\s+time)/i.test(R) || /\b(?:runs?|running|streams?|streaming|sustains?|sustaining|real-time)\b[^.;]{0,40}$/i.test(L);
  const codecRate = plain && ((/\b(?:clips?|videos?|frames|footage|sequences)\s+at\s*$/i.test(L) && !measured()) || /\b(?:codec|codebook|acoustic|latent|token)s?\b/i.test(R.slice(0, 60)) || /^\s*(?:[a-z-]+\s+)?frames\s+per\s+second\s+of\s/i.test(R));
  const fps = plain && !codecRate ? /^\s?(?:FPS|fps)\b/.exec(R) : null;
  if (fps && (/^\s?(?:FPS|fps)\s+(?:(?:at\s+\d+p\s+)?on\s+(?:a\s+|one\s+|an\s+)?(?:single\s+)?[A-Z]*\d*\s*(?:GPU|H100|A100|H800|RTX|4090|consumer)|in\s+real\s+time)/.test(R) || /\b(?:runs?|running|streams?|streaming|sustains?|sustaining)\b[^.;]{0,30}$/i.test(L))) return { kind: "result", unit: null, metric: "throughput", metricHit: null, evStart: n.start, evEnd: n.end + fps[0].length };
  const rate = plain && !codecRate ? /^\s*(?:[a-z-]+\s+)?(?:pages|images|frames|samples|videos|requests|queries|utterances)\s*(?:per\s+second|\/\s?s(?:ec)?\b)/.exec(R) : null;
  if (rate && !/\([^()]*$/.test(L) && /\b(?:runs?|running|generat\w*|produc\w*|stream\w*|process\w*|achiev\w*|reach\w*|deliver\w*|render\w*|decod\w*|synthesi[sz]\w*|sustain\w*|serv\w*|throughput\s+of)\b[^.;]{0,40}$/i.test(L)) return { kind: "result", unit: null, metric: "throughput", metricHit: null, evStart: n.start, evEnd: n.end + rate[0].length };
  // "a century of simulation takes 3.5 hours on a single H100": a wall-clock time, measured
  const hoursOn = plain && /\btak(?:es?|ing)\s+(?:only\s+|just\s+|about\s+|roughly\s+|under\s+)?$/i.test(L) ? /^\s*(?:hours?|h)\s+on\s+(?:a\s+|one\s+)?(?:single\s+)?[\w-]*\s*(?:GPUs?|H100|A100|TPU|CPU)/i.exec(R) : null;
  if (hoursOn) return { kind: "result", unit: null, metric: "latency", metricHit: null, evStart: n.start, evEnd: n.end + /^\s*(?:hours?|h)/i.exec(R)![0].length };
  if (n.unit === null && !leftMet && !rightMet && SETUP_NOUN.test(R)) return null;
  if (n.unit === "%" && !leftMet && !rightMet && SETUP_NOUN.test(R) && !DELTA_AFTER.test(R)) return null;
  // "retains 98.7% of the full-cache accuracy": a result relative to a reference
  const keeps = n.unit === "%" && !leftMet ? /\b(?:retain|preserv|recover|maintain|keep|achiev|reach|match)\w*\s+(?:over\s+|nearly\s+|about\s+|around\s+|approximately\s+|up\s+to\s+|more\s+than\s+|~\s*)?[$]?$/i.exec(L) : null;
  const ofWhat = keeps ? /^\s*of\s+(?:the\s+|its\s+|their\s+)?((?:[\w-]+(?:'s)?\s+){0,5}?(?:performance|accuracy|score|quality)\b)/i.exec(R) : null;
  // "preferred over all baselines in 71.4% of pairwise comparisons", "raters preferred X 68% of the time"
  if (n.unit === "%" && /\bprefer\w*\b[^.;]{0,80}$/i.test(L) && /^\s*(?:and\s+[\d.]+\s*%\s*)?of\s+(?:the\s+)?(?:time|cases|comparisons|pairwise\s+comparisons|trials|samples|pairs|prompts|votes|judgments|judgements)\b/i.test(R)) {
    const at = /\bprefer\w*\b[^.;]{0,80}$/i.exec(L)!;
    return { kind: "result", unit: "%", metric: "preference rate", metricHit: null, evStart: n.start - L.length + at.index, evEnd: n.end + (/^\s*of\s+(?:the\s+)?\w+(?:\s+comparisons)?/i.exec(R)?.[0].length ?? 0) };
  }
  // "99.2% valid molecules", "valid molecules 99.2% of the time": validity
  if (n.unit === "%" && !leftMet && (/^\s*(?:chemically\s+|syntactically\s+)?valid\b/i.test(R) || (/\bvalid\s+[\w-]+\s*$/i.test(L) && /^\s*of\s+the\s+time\b/i.test(R))))
    return { kind: "result", unit: "%", metric: "validity", metricHit: null, evStart: n.start, evEnd: n.end + (/^\s*(?:chemically\s+|syntactically\s+)?valid(?:\s+[\w-]+)?/i.exec(R)?.[0].length ?? 0) };
  const accepted = acceptanceRate(n, L, R);
  if (accepted) return accepted;
  // "resolves 52.8% of instances", "solves 41% of the problems": a rate named by its verb
  const rateVerb = n.unit === "%" && !leftMet ? /\b(resolv|solv|pass|complet|succeed)\w*\s+(?:in\s+|on\s+)?(?:over\s+|nearly\s+|about\s+|only\s+)?[$]?$/i.exec(L) : null;
  if (rateVerb && /^\s*(?:of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+)?(?:instances|issues|problems|tasks|questions|cases|puzzles|episodes|test\s+cases|trials|attempts|rollouts|runs)\b|on\s)/i.test(R)) {
    const v = rateVerb[1].toLowerCase();
    const metric = v === "resolv" ? "resolve rate" : v === "solv" ? "solve rate" : v === "pass" ? "pass rate" : v === "complet" ? "completion rate" : "success rate";
    return { kind: "result", unit: "%", metric, metricHit: null, evStart: n.start - L.length + rateVerb.index, evEnd: n.end };
  }
  if (keeps && ofWhat) {
    const m = c.mets.find((h) => h.start >= n.end && h.end <= n.end + ofWhat[0].length);
    return { kind: "result", unit: "%", metric: m?.entry.name ?? `relative ${ofWhat[1].split(/\s+/).pop()!.toLowerCase()}`, metricHit: null, evStart: n.start - L.length + keeps.index, evEnd: n.end + ofWhat[0].length };
  }
  // "removes 71% of the attention FLOPs", "skips 40% of the decoding steps": a saving
  const removes = n.unit === "%" ? /\b(?:remov|eliminat|sav|prun|skip|evict|discard|drop)\w*\s+(?:about\s+|roughly\s+|nearly\s+|up\s+to\s+|over\s+|~)?[$]?$/i.exec(L) : null;
  const ofWhat2 = removes ? /^\s*of\s+(?:the\s+|all\s+)?((?:[\w-]+\s+){0,3}?(?:flops|compute|computations?|operations|tokens|visual\s+tokens|kv\s+cache|cache|memory|latency|steps|layers|parameters|weights|heads))\b/i.exec(R) : null;
  if (removes && ofWhat2) {
    const metric = specificAspect(ofWhat2[1] + " reduced") ?? (/layers|parameters|weights|heads/i.test(ofWhat2[1]) ? null : "compute");
    if (!metric) return null;
    return { kind: "delta", unit: "%", metric: metric === "sampling steps" ? "NFE/steps" : metric, metricHit: null, evStart: n.start - L.length + removes.index, evEnd: n.end + ofWhat2[0].length };
  }
  if (n.unit === "%" && /^\s*of\b/i.test(R) && !leftMet && !OVERHEAD_IS.test(L) && !(CMP_THE_LEAD.test(L) && CMP_THE_TAIL.test(R)) && !/\bwithin\s+(?:only\s+|just\s+|about\s+|roughly\s+)?[$~]?$/i.test(L)) return null;
  if (n.unit === null && /^\s*(?:out\s+)?of\s+(?:the\s+)?\d/i.test(R)) return null;
  if (/^\s*(?:less|fewer|more)\s+(?:training\s+|labeled\s+|labelled\s+)?(?:data|parameters|params|examples|samples|labels|annotations|supervision)\b/i.test(R)) return null;
  const firstOut = leftMet ? null : firstOutputLatency(n, L, R);
  if (firstOut) return firstOut;
  const latencyOf = n.unit === null && !leftMet ? /^\s*(?:ms|milliseconds?|s|seconds?)\s+(?:of\s+)?(?:end-to-end\s+|average\s+|per-\w+\s+)?(?:latency|delay|lag)\b/i.exec(R) : null;
  if (latencyOf) return { kind: "result", unit: null, metric: "latency", metricHit: null, evStart: n.start, evEnd: n.end + latencyOf[0].length };
  if (n.unit === null && !leftMet && !rightMet && TIME_UNIT.test(R) && TIME_LEAD.test(L)) {
    const u = TIME_UNIT.exec(R)!;
    return { kind: "result", unit: null, metric: "latency", metricHit: null, evStart: n.start, evEnd: n.end + u[0].length };
  }
  // "by 1,900 artists", "exceeding 30 seconds": a number of things, not a change
  if (n.unit === null && !leftMet && !rightMet && /^\s*(?:seconds?|secs?|minutes?|hours?|days?|weeks?|kbps|kb\/s|bps|kbit\/s|khz|hz|[a-z]+\s+(?:artists|authors|people|users|speakers|annotators|contributors|workers|participants))\b/i.test(R)) return null;
  if (n.unit === null && !leftMet && !rightMet && /\bby\s*$/i.test(L) && !/\b(?:improv|reduc|increas|boost|lower|outperform|surpass|exceed|beat|cut|decreas|drop|rais|gain|faster|slower|better|higher|worse|degrad|shrink|narrow|accelerat|lead|trail|margin|change|differ|fall|rise|grow|declin|enhanc|advanc|shorten|lift|elevat|push|widen|clos)\w*/i.test(text.slice(Math.max(ss, n.start - 180), n.start).split(";").pop()!)) return undefined;
  let da = DELTA_AFTER.exec(R);
  // "a length of 512, SlideCache lowers …": a name after the comma starts a new clause
  if (da && /^\s*,\s*[A-Z][\w-]*\s/.test(R)) da = null;
  // "a perplexity of 6.87, lower than X's": the value, compared afterwards, is a result
  if (da && leftMet && /^\s*,/.test(R) && /\bof\s+(?:only\s+|just\s+)?[~$]?$/i.test(text.slice(leftMet.end, n.start))) da = null;
  // "adds less than 1% parameters relative to the target model": a size of the design, not an outcome
  if (n.unit === "%" && /^\s*(?:(?:extra|additional|more|fewer|trainable|new)\s+)?param(?:eter)?s?\b/i.test(R)) return null;
  // "adds fewer than 1% extra FLOPs": a small added cost
  // "adds only about 6% to per-token latency"
  const addsLead = n.unit === "%" ? ADDS_LEAD.exec(L) : null;
  const addsTo = addsLead ? /^\s*to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(latency|time|memory|compute|FLOPs|cost|runtime)\b/i.exec(R) : null;
  if (addsTo) return { kind: "delta", unit: "%", metric: /memory/i.test(addsTo[1]) ? "memory" : /\btraining\s+(?:time|cost|steps?)\b/i.test(addsTo[0]) ? "training cost" : /compute|flops|cost/i.test(addsTo[1]) ? "compute" : "latency", metricHit: null, evStart: n.start - L.length + addsLead!.index, evEnd: n.end + addsTo[0].length };
  const extra = n.unit === "%" ? /^\s*(?:extra|additional|more)\s+(FLOPs|compute|computation|latency|memory|(?:inference|decoding|generation|wall-clock|training)\s+time|training\s+(?:compute|FLOPs|cost))\b/i.exec(R) : null;
  if (extra) return { kind: "delta", unit: "%", metric: /training/i.test(extra[1]) ? "training cost" : /time|latency/i.test(extra[1]) ? "latency" : specificAspect(extra[1]) ?? "compute", metricHit: null, evStart: n.start, evEnd: n.end + extra[0].length };
  // "the memory overhead of the cache is 6%"
  const overheadIs = n.unit === "%" ? OVERHEAD_IS.exec(L) : null;
  if (overheadIs) {
    const w = overheadIs[1].toLowerCase();
    return { kind: "delta", unit: "%", metric: w === "memory" || w === "storage" ? "memory" : /comput/.test(w) ? "compute" : w === "training" ? "training cost" : "latency", metricHit: null, evStart: n.start - L.length + overheadIs.index, evEnd: n.end };
  }
  const overhead = /^\s*(?:[a-z-]+\s+)?overhead/i.exec(R);
  if (overhead) {
    const w = overhead[0].toLowerCase();
    const metric = /memory/.test(w) ? "memory" : /comput/.test(w) ? "compute" : /\btrain/i.test(L.slice(-60)) || /^\s*(?:[a-z-]+\s+)?overhead\s+(?:per|in|during|for)\s+(?:each\s+)?training\b/i.test(R) ? "training cost" : "latency";
    return { kind: "delta", unit: n.unit, metric, metricHit: null, evStart: n.start, evEnd: n.end + overhead[0].length };
  }
  const afterMet = rightMet ? text.slice(rightMet.end, Math.min(se, rightMet.end + 40)) : "";
  // "costs only 1.2 points of MMLU accuracy": a loss paid for a saving
  const costsLead = COSTS_LEAD.exec(L);
  const costsOf = costsLead && /^\s*(?:points?|pts|pp|%)\s+(?:of\s+)?/i.exec(R);
  if (costsOf) {
    const m = c.mets.find((h) => h.start >= n.end && h.start - n.end <= 30);
    return { kind: "delta", unit: /^\s*%/.test(R) ? n.unit : "points", metric: m?.entry.name ?? null, metricHit: m ?? null, evStart: n.start - L.length + costsLead.index, evEnd: m ? m.end : n.end };
  }
  const deltaCue = n.sign === "+" || !!da || DELTA_BEFORE.test(L) || /\b(?:gains?|improvements?|reductions?|increases?|drops?)\b[^.;,]{0,40}\brang\w*\s+(?:from\s+|between\s+)?[$~]?$/i.test(L) || MARGIN_AFTER.test(R) || (rightMet !== null && /^\s*(?:improvements?|gains?|reductions?|increases?|decreases?|drops?|boosts?)/i.test(afterMet));
  let unit: string | null = n.unit;
  if (unit === null && /^\s*(?:points?|pts|pp)\b/i.test(R)) unit = "points";
  if (unit === null && /^\s*percentage\s+points?/i.test(R)) unit = "points";
  if (deltaCue) {
    let metric: string | null = (rightMet ?? leftMet)?.entry.name ?? null;
    let evStart = leftMet ? Math.min(leftMet.start, n.start) : n.start;
    if (!leftMet && DELTA_BEFORE.test(L)) {
      // evidence from the verb: "reduces hallucination rates by 30%", "outperforming AR-LLMs by 1.87%"
      const tail = L.slice(-60);
      const vre = /\b(?:improv|reduc|increas|boost|lower|cut|decreas|outperform|surpass|exceed|beat|rais|enhanc|gain|drop)\w*/gi;
      let at = -1;
      for (let v = vre.exec(tail); v; v = vre.exec(tail)) if (!/(?<![\w.-])\d/.test(tail.slice(v.index))) at = v.index;
      if (at >= 0) evStart = n.start - tail.length + at;
    }
    if (!metric && DELTA_BEFORE.test(L)) {
      // "cuts latency by 35%", "improves BLEU by 2.1"
      // (not a budget: "at the same memory budget it outperforms X by 3.7")
      for (const m of c.mets) if (m.end <= n.start && n.start - m.end <= 50 && (!/\d/.test(text.slice(m.end, n.start).replace(/\d{2,4}\s?(?:[x×]|\\times)\s?\d{2,4}/g, "")) || /^\s+of\s+(?:the\s+)?[A-Za-z][\w.+\/-]*\s+by\s*$|^\s+(?:advantage|gain|lead|margin)\s+over\s+[A-Za-z][\w.+\/-]*\s+(?:still\s+)?(?:is|reaches|remains|stays)\s*$/.test(text.slice(m.end, n.start))) && !/^\s*(?:budgets?|constraints?|limits?)\b/i.test(text.slice(m.end, m.end + 12)) && !(m.entry.onlyAttached && /[:;,]/.test(text.slice(m.end, n.start)))) { metric = m.entry.name; evStart = m.start; }
    }
    if (!metric) metric = quantityAfter(n, R, c.mets);
    // "its first-packet latency on a single GPU is 41% lower than …": the subject of the comparison names the quantity
    if (!metric && da && /^\s*(?:\)|,)?\s*(?:lower|higher|smaller|larger|less|more|faster|slower|better|worse)\b/i.test(R)) {
      for (const m of c.mets) if (m.end <= n.start && n.start - m.end <= 60 && /^[^,;.]{0,45}?\b(?:is|are|was|were|becomes?|remains?)\s+(?:about\s+|roughly\s+|nearly\s+|up\s+to\s+|only\s+|~\s*)?[$]?$/i.test(text.slice(m.end, n.start))) { metric = m.entry.name; evStart = m.start; }
      // (a cost the vocabulary has no entry for: "its time-to-first-audio is 37% lower")
      const subj = metric ? null : /\b(?:its|the|their)\s+([\w-]+(?:\s[\w-]+)?)\s[^,;.]{0,40}?\b(?:is|are|was|were)\s+(?:about\s+|roughly\s+|nearly\s+|only\s+|~\s*)?[$]?$/i.exec(L);
      const aspect = subj ? specificAspect(subj[1]) : null;
      if (subj && aspect) { metric = aspect; evStart = n.start - L.length + subj.index; }
    }
    let evEnd = rightMet ? rightMet.end : n.end;
    if (da) {
      evEnd = Math.max(evEnd, n.end + da[0].length);
      // ("25% less inference compute": what follows "less" is what was reduced)
      const lessWhat = !rightMet && /\b(?:fewer|less)\b/i.test(da[0]) ? specificAspect(R.split(/,|;|\band\b|\bthan\b/)[0]) : null;
      if (lessWhat) metric = lessWhat;
      if (!metric && /shorter/i.test(da[0])) metric = "token count";
      // "keeps 64 of the 576 visual tokens (an 88.9% reduction)": the reduced quantity is named just before
      if (!rightMet && !lessWhat && /reduction|decrease|fewer|less/i.test(da[0])) metric = specificAspect(L.slice(-70) + " reduction") ?? metric;
      if (/faster|slower|speed-?up/i.test(da[0])) metric = speedAspect(R.slice(0, 48).split(/[,;—–(]|\s(?:than|without|while|whereas|but|and|at\s+(?:equal|the\s+same|matched|comparable|similar)|with\s+(?:equal|the\s+same|no|comparable|similar)|under)\s/)[0], "") ?? "inference speed";
    }
    if (rightMet && /^\s*(?:improvements?|gains?|reductions?|increases?|decreases?|drops?|boosts?)/i.test(afterMet)) {
      evEnd = rightMet.end + /^\s*\w+/.exec(afterMet)![0].length;
    }
    if (unit === "points") evEnd = Math.max(evEnd, n.end + /^\s*\w+/.exec(R)![0].length);
    const margin = /^\s*(?:points?\s+|pts\s+|pp\s+)?(?:below|above)\s+(?:the\s+|that\s+of\s+)?[\w.+\/-]*[\w+]/i.exec(R);
    if (margin && MARGIN_AFTER.test(R)) evEnd = Math.max(evEnd, n.end + margin[0].length);
    return { kind: "delta", unit, metric, metricHit: rightMet ?? leftMet, evStart, evEnd };
  }
  if (leftMet || rightMet) {
    const m = rightMet ?? leftMet!;
    // step and token counts are configuration ("8 sampling steps", "NFE = 4"), not outcomes
    if (COUNT_METRIC.test(m.entry.name)) return null;
    return { kind: "result", unit: unit === "points" ? null : unit, metric: m.entry.name, metricHit: m, evStart: Math.min(m.start, n.start), evEnd: Math.max(m.end, n.end) };
  }
  // "achieves a match rate of 71.3%", "a realism meta-metric of 0.78": a named score the vocabulary does not know
  const named = !leftMet && !rightMet ? /\b(?:achiev\w*|reach\w*|attain\w*|obtain\w*|record\w*|report\w*|with|yield\w*|deliver\w*|and)\s+(?:an?\s+|the\s+)(?:(?:average|mean|overall)\s+)?((?:[a-z][\w-]*\s+){0,2}(?:rate|ratio|meta-metric|index|coefficient|fidelity|consistency))\s+of\s*[~$]?$/i.exec(L) : null;
  if (named && !/^(?:error|success|win|pass|resolve|solve|completion|acceptance|hit|hallucination|word error|character error)\s+rate$/i.test(named[1]) && !/\b(?:learning|sampling|frame|bit|token|code|compression|dropout|mask(?:ing)?|aspect|mixing|warm-?up|drop)\s+(?:rate|ratio)$/i.test(named[1]))
    return { kind: "result", unit, metric: named[1].toLowerCase(), metricHit: null, evStart: n.start - L.length + named.index, evEnd: n.end };
  // "an average completed-task length of 4.21", "a mean episode return of 312": the average of a named quantity
  const avgOf = /\b(average|mean|median)\s+(?:[\w-]+\s+){0,2}?(length|reward|return|rate|ratio|distance|error)\s+(?:of|is|was|reaches)\s*[~$]?$/i.exec(L);
  if (avgOf && !leftMet) return { kind: "result", unit, metric: `${avgOf[1].toLowerCase()} ${avgOf[2].toLowerCase()}`, metricHit: null, evStart: n.start - L.length + avgOf.index, evEnd: n.end };
  // a benchmark score without a metric word: "AIME24 & 25 scores of 54%", "0.77 overall score"
  const sc = /^\s*(?:overall\s+|average\s+|total\s+)?scores?\b/i.exec(R);
  // ("On RULER it scores 84.1": the verb)
  const scL = /\bscores?\s+of\s*$/i.exec(L) ?? (n.unit !== "x" ? /\b(?:it|we|model|[A-Z][\w.+-]*)\s+(?:also\s+|still\s+)?(?:scores|scored)\s+(?:about\s+|nearly\s+|around\s+|over\s+)?[$~]?$/.exec(L) : null);
  if (sc || scL) {
    return { kind: "result", unit, metric: null, metricHit: null, evStart: scL ? n.start - scL[0].length : n.start, evEnd: sc ? n.end + sc[0].length : n.end };
  }
  return undefined;
}

function rightMetAfter(c: Ctx, from: number, within: number): LexHit<MetricEntry> | null {
  for (const m of c.mets) if (m.start >= from && m.start - from <= within) return m;
  return null;
}

/** Gap between two numbers of one list: "91.5% and 100%", "16%/8%", "25.5% (MIMIC-CXR), 8.8%". */
export const LIST_GAP = /^\s*(?:\([^()]{0,40}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*\/\s*|\s+or\s+|\s*&\s*|,?\s+vs\.?\s+|,?\s+versus\s+)\s*$/i;
