// Local cues that decide what a number is: setup, result, speedup (multiplicative) or delta (additive / %).

/** Nouns that make a number a setup figure ("7 GPUs", "60 languages", "8 inference steps", "3 datasets"). */
export const SETUP_NOUN =
  /^\s*(?:(?!(?:on|in|of|for|with|and|than|to|at|by|over|across|among|under|per|their|its|fewer|less|more|lower|higher|faster|better|smaller|larger|points?|relative|absolute|percentage)\b)[a-z][a-z-]*\s+){0,2}(?:parameters?|entries|codewords|codes|kbps|bps|kb\/s|kbit\/s|khz|hz|hpa|km|mm|cm|ghz|mhz|°c|kelvin|params|trainable|tokens?(?!\s*(?:per|\/))|gpus?|tpus?|llms?|mllms?|vlms?|a100s?|h100s?|v100s?|a6000s?|hours?|hrs?|h|hr|days?|epochs?|languages?|language families|layers?|heads?|samples?|examples?|images?|image-text|pairs?|videos?|clips?|utterances?|speakers?|tasks?|datasets?|benchmarks?|stages?|steps?|iterations?|references?|papers?|models?|experts?|frames?|words?|sentences?|documents?|queries|questions|prompts?|categories|classes|domains|species|subjects|nodes?|blocks?|bits?|dimensions?|channels?|px|pixels?|vocabulary|minutes?|demonstrations?|annotations?|instructions?|rounds?|shots?|turns?|agents?|environments?|users?|participants?|years?|months?|seconds?-long|authors?|citations?|times(?: per)|steps? of|characters?|chars|lines?|files?|repositories|problems?|instances?|trajectories|runs?|seeds?|sources?)\b/i;

/** "-step", "-layer", "-second" glued after a number: an adjective, a setup figure. */
export const HYPHEN_ADJ = /^-(?:step|layer|shot|stage|way|bit|head|block|second|minute|hour|day|dim|d\b|token|frame|gram|level|billion|million|species|language|task|class|entry|element|channel|node|expert|bin|word|sample|dimensional|parameter|codebook|view|camera|turn|round|hop)/i;

/** Multiplicative claims about size, length or data — setup, not speed. */
export const SIZE_COMPARATIVE =
  /^\s*(?:[a-z-]+\s+)?(?:larger|bigger|deeper|wider|longer|(?:smaller|lighter|tinier)(?!\s+(?:peak\s+|gpu\s+)?(?:memory|footprint|kv|cache|latency|storage|activation))|more\s+(?:[\w-]+\s+)?(?:data|parameters|params|layers|training|gpus|experts|context|images|videos|examples)|higher\s+resolution|as\s+(?:large|deep|long|big)|as\s+many(?!\s+(?:concurrent\s+|real-time\s+|parallel\s+|simultaneous\s+)*(?:requests|streams|conversations|users|queries|sessions|clients))|the\s+(?:size|parameters|data)|fewer\s+(?:parameters|params))/i;

/** Words that make a multiplicative number a speed or cost claim. */
export const SPEED_WORD =
  /\b(?:faster|fast|speed-?ups?|speeds?\s+up|sped\s+up|speed(?:ing)?\s+up|accelerat\w*|quicker|throughput|(?:tokens?|requests?|queries|samples?|images?|frames?)[\s-]per[\s-]second|tokens?\/s|latency|cheaper|costs?|fewer|less|reduc\w*|cut(?:s|ting)?|compress\w*|lower|decreas\w*|drop(?:s|ped|ping)?|falls?|fell|shrink\w*|shr[ua]nk|declin\w*|lower(?:s|ed|ing)|shorten\w*|sooner|earlier|savings?|shorter|smaller|efficien\w*|speed)\b/i;

/** Multiplicative quality claims ("6-8x better perplexity") are deltas with unit x. */
export const QUALITY_X = /^\s*(?:[a-z-]+\s+)?(?:better|higher|improvements?\s+in|improved|more\s+accurate|lower\s+(?:perplexity|error|[rgs]?fid|fvd|wer|cer|loss|bpc|bpd|nll))(?!\s+(?:[a-z-]+\s+){0,3}(?:throughput|speed|efficiency|tokens|requests|fps|frame\s+rate|frequency|control\s+rate|decoding|inference|training|compression|acceptance|utili[sz]ation|bandwidth))/i;

/** Delta cues right after a number. */
export const DELTA_AFTER =
  /^\s*(?:\)|,)?\s*(?:(?:relative|absolute|average|overall|consistent|significant|substantial|notable|further|additional)\s+)*(?:(?!(?:and|or|with|while|on|in|of|at|for|to|the|a|an|than|over|across|from|have|has|had|are|were|is|was|get|gets|show|shows)\b)[A-Za-z-]+\s+)?(?:improvements?|gains?|increases?|boosts?|reductions?|decreases?|drops?|higher|lower|better|worse|fewer|less|smaller(?=\s+(?:peak\s+|gpu\s+)?(?:memory|footprint|kv|cache|storage|activation))|faster|slower|shorter|speed-?ups?|overhead|relative|absolute|margin|lift|uplift|advantage|points?\s+(?:higher|lower|better|improvement|gain|increase|above|below|ahead|over|of\s+improvement|more\s+accurate|less\s+accurate|more|fewer|less)|percentage\s+points?|pp\b)/i;

/** "0.63 below LlamaGen-XL", "2.1 points above the baseline": a margin written right after the number (no comma). */
export const MARGIN_AFTER = /^\s*(?:points?\s+|pts\s+|pp\s+|[A-Za-z][\w@-]*\s+)?(?:below|above|behind|ahead\s+of|short\s+of)\s+(?:the\s+|that\s+of\s+)?[A-Za-z]/i;

/** Delta cues right before a number. */
export const DELTA_BEFORE =
  /(?:\bby|\b(?:up|down)(?=\s*[+~$]?\s*$)|\blift\w*|\blos(?:es|e|t|ing)\b|\badds?\s+(?:another|an\s+additional|a\s+further|an\s+extra)|\b(?:improvement|gain|increase|reduction|drop|margin|advantage|lead)s?(?:\s+over\s+[^,.;\s]+(?:\s+[^,.;\s]+)?)?\s+(?:still\s+)?(?:is|was|reaches|remains|stays|amounts\s+to)|\b(?:change|difference|degradation|deterioration|increase|decrease|rise|loss)\s+(?:of|is)|\bat\s+(?:a|the)\s+(?:cost|price|expense)\s+of|\b(?:change|difference|drop|increase)\s+in\s+(?:[\w@-]+\s+){1,3}?(?:of|is)|\bimprov\w*|\bgains?|\bboost\w*|\bincreas\w*|\breduc\w*|\bdecreas\w*|\boutperform\w*|\bsurpass\w*|\bexceed\w*|\bbeat\w*|\blower\w*|\bcut\w*|\bdrops?|\bmargin|\bwithin|\bgap\s+(?:[^.;\s]+\s+){0,6}?to(?=\s+(?:just|only|about|roughly|under|below)?\s*[~$]?\s*$)|\bdegrad\w*|\bchang\w*\s+by|\bdeclin\w*|\bfalls?\s+by|\bdrops?\s+by|\bgap\s+(?:of|to)|\bbetter\s+by|\bhigher\s+by|\blead\s+of|\badvantage\s+of|\bsav\w*)(?:\s+(?:of|by|up\s+to|about|around|approximately|nearly|over|more\s+than|less\s+than|at\s+least|at\s+most|no\s+more\s+than|under|below|an\s+average\s+of|on\s+average|average|a|an|the|only|just|merely|barely|roughly|further|another|additional|extra|as\s+much\s+as|~|∼|≈|\*\*))*\s*[~∼≈$*]?\s*$/i;

/** "by a factor of 32-64", "a speed-up ratio of up to 3.2": multiplicative without an x. */
export const FACTOR_BEFORE = /(?:\bfactor\s+of|\bspeed-?up\s+ratio\s+of|\b(?:compression|reduction|acceleration)\s+ratio\s+of|\bspeed-?ups?\s+of)(?:\s+(?:up\s+to|about|around|approximately|nearly|over|more\s+than|at\s+least|roughly|~))*\s*$/i;

/** Time units for latency results. */
export const TIME_UNIT = /^\s*(?:seconds?|secs?|s|ms|milliseconds?|minutes?|min)\b/i;
export const TIME_LEAD = /(?:\bin|\bwithin|\btakes?|\btaking|\bonly|\bjust|\blatency\s+of|\bunder|\bin\s+(?:only|just)|\b(?:it|latency|time)\s+down\s+to|\b(?:latency|time|takes?)\b[^.;]{0,60},\s*to)\s*(?:only|just|about|around|approximately|roughly|nearly|under|~)?\s*$/i;

export type Aspect = "inference speed" | "throughput" | "training cost" | "compute" | "token count" | "latency" | "sampling steps" | "memory";

/** What a speedup speeds up: a specific aspect near the number first, then in the wider text, else speed. */
export function speedAspect(near: string, wider: string, nearFirst = false): Aspect | null {
  const generic = /faster|speed|accelerat|quicker|\bfast\b/i;
  // with nearFirst, a plain "speeds up X by N×" is not re-read through the next clause ("… and cuts FLOPs by 57%")
  if (nearFirst) return specificAspect(near) ?? (generic.test(near) ? "inference speed" : specificAspect(wider) ?? (generic.test(wider) ? "inference speed" : null));
  return specificAspect(near) ?? specificAspect(wider) ?? (generic.test(near + " " + wider) ? "inference speed" : null);
}

export function specificAspect(s: string): Aspect | null {
  const t = s.toLowerCase();
  // training speed of any sort is training cost
  if (/\btraining\s+(?:throughput|speed|time)\b/.test(t)) return "training cost";
  // "fine-tuning converges 2.5 times faster": convergence is training speed
  if (/\bconverg\w*\b/.test(t) && !/\b(?:sampl|decod|inference|generat)\w*\b/.test(t)) return "training cost";
  // "6× fewer tokens per second" is a shorter token stream, not a slower one
  if (/\b(?:fewer|less)\s+tokens?\s+per\s+second/.test(t)) return "token count";
  if (/tokens?[\s-]per[\s-]second|tokens?\/s|throughput|(?:requests?|queries|samples?|images?|frames?)\s+per\s+second|\bqps\b|\bfps\b/.test(t)) return "throughput";
  if (/latency|real-?time\s+factor|\brtf\b|\blagging\b|\bdelay\b|time-to-first-token|time-to-first-\w+|\bttft\b|\bsooner\b|first\s+(?:audio\s+)?(?:packet|token|frame|chunk)/.test(t)) return "latency";
  if (/\b(?:training|convergence|converges?|converged|trains?|trained|pre-?training|fine-?tuning|gpu[\s-]hours)\b/.test(t)) return "training cost";
  if (/\bmemory|kv[\s-]*cache|\bcache\b|model\s+size|storage/.test(t)) return "memory";
  if (/\b(?:steps|nfes?|function\s+evaluations|iterations|denoising\s+steps|forward\s+passes)\b/.test(t) && /fewer|reduc|less|decreas|factor|cut|magnitude|\bfalls?\b|\bfell\b|\bdrop|shrink|declin/.test(t)) return "sampling steps";
  if ((/\b(?:tokens?|token\s+count|(?:video\s+|input\s+)?frames|sequences?|sequence\s+length|compression|(?:response|output|reasoning|chain)s?\s+length)\b/.test(t) || (/\b(?:responses|outputs|answers|completions|chains|traces)\b/.test(t) && /shorter/.test(t))) && /fewer|reduc|less|decreas|compress|drop|shrink|shorte[nr]|cut/.test(t)) return "token count";
  if (/\b(?:input|sequence|context|prompt|prefix)(?:es|s)?\b/.test(t) && /shorten|compress/.test(t)) return "token count";
  if (/\b(?:flops|compute|computation|computational|rollouts|sampled\s+(?:programs|solutions|responses))\b/.test(t)) return "compute";
  if (/\b(?:wall-?clock|sampling|inference|generation|decoding|synthesis|run)[\s-]time\b|\bruntime\b/.test(t)) return "inference speed";
  if (/\bcost|cheaper/.test(t) && !/faster|speed/.test(t)) return "compute";
  return null;
}

/** "close to the 1.55 obtained by MAR-H", "versus the 83.0% of its AR source model": a compared method's own value. */
export const CMP_THE_LEAD = /\b(?:close\s+to|approaching|matching|rivall?ing|on\s+par\s+with|comparable\s+to|versus|vs\.?|compared\s+(?:to|with)|against)\s+the\s+[~$]?$/i;
export const CMP_THE_TAIL = /^\s*(?:\\?%)?\s*(?:(?:obtained|achieved|reported|reached|attained|scored)\s+by|of)\s+((?:its|their|the)\s+[^,;.()]{1,40}?|[A-Z][\w.+\/-]*[\w+])(?=\s*(?:[,;.()]|$|\b(?:with|on|at|in|and|while|using|under)\b))/i;
