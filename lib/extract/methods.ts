// The proposed method's name, its variants, and names attached to numbers.

/** A token that reads as a model/method name: xAR, ARINAR-B, d1, mGPT, LANTERN++, Fast-dLLM, KALL-E. */
export function nameLike(tok: string): boolean {
  if (tok.length < 2 || tok.length > 40) return false;
  if (!/^[A-Za-zσ]/.test(tok)) return false;
  if (/^(?:[AHVTLP]\d{2,4}[A-Za-z]*|RTX\w*|TPUv?\d*|GTX\w*)$/.test(tok)) return false;
  if (/^(?:non|semi|multi|pre|post|self|cross|sub|co|anti|bi|uni|de|re|fine|zero|few|one|two|long|short|high|low)-/.test(tok)) return false;
  if (/^(?:AR|NAR|LLMs?|MLLMs?|VLMs?|TTS|ASR|NLP|SOTA|GPUs?|FID|IS|WER|CER|BLEU|AI|KV|MDMs?|DLMs?|ARMs?|RL|SFT|CFG|VAE|2D|3D)$/.test(tok)) return false;
  if (!/[A-Z0-9σ]/.test(tok)) return false;
  // units are not names ("at 44.1 kHz is 6.5× faster")
  if (/^(?:[GT]PU-hours?|[kMG]?Hz|[kMG]bps|[KMGT]i?B|ms|fps|dB|[GTP]?FLOPs|G?MACs|mAP|kWh)$/.test(tok)) return false;
  return /[a-z][A-Z]|[A-Z].*[A-Z]|\d|-[A-Za-z0-9]|\+\+$|^[a-z]+[A-Z]/.test(tok);
}

const STOP_TITLE = /^(?:Beyond|Towards?|Rethinking|Revisiting|Understanding|Survey|Review|Position|Overview|Tutorial|Introduction|Why|How|When|What)$/;
const TITLE_PREFIX = /^\s*([^:]{1,40}?)\s*:/;

export function titleName(title: string): string | null {
  const m = TITLE_PREFIX.exec(title);
  if (!m) return null;
  const toks = m[1].trim().split(/\s+/);
  if (toks.length > 3) return null;
  if (toks.length === 1) return STOP_TITLE.test(toks[0]) || !/^[A-Za-zσ]/.test(toks[0]) ? null : toks[0];
  const versionish = (t: string) => /^(?:v?\d[\w.]*|[IVX]+|\+\+)$/.test(t);
  if (!(nameLike(toks[0]) || /^[A-Z][a-z]+$/.test(toks[0]))) return null;
  if (toks.slice(1).every((t) => versionish(t) || nameLike(t))) {
    if (!nameLike(toks[0]) && !toks.slice(1).every(versionish)) return null;
    return toks.join(" ");
  }
  return null;
}

const INTRO =
  /\b(?:we|this (?:paper|work|study)|our (?:work|paper))\s+(?:first\s+|further\s+|then\s+)?(?:propose|introduce|present|develop|design|build)s?d?\b,?\s+(?:here\s+)?((?:[^,.;:()]|\([^()]{0,80}\)){1,100})/gi;
const CALLED = /\b(?:termed|called|named|dubbed|which we (?:call|term|name|refer to as)|we call it|referred to as|we refer to as)\s+((?:[A-Z][\w+-]*\s){0,3}[A-Za-zσ][\w+-]*(?:\s(?:v?\d[\w.]*|\+\+))?)/g;
const OUR = /\b(?:[Oo]ur (?:[a-z-]+ )?(?:method|model|approach|framework|system)|[Tt]he proposed(?: method| model| approach| framework)?),?\s+([A-Za-zσ][\w+-]*)/g;
const LEAD = /^(?:(?:a|an|the)\s+)?(?:(?:novel|new|simple|general|generalized|unified|efficient|effective|lightweight|training-free|plug-and-play|family of|series of|yet|and|strong|fast|accurate|hybrid|scalable|principled)[\s,]+)*/i;

const INTRO_CUES = ["propose", "introduce", "present", "develop", "design", "build"];
const CALLED_CUES = ["termed", "called", "named", "dubbed", " call", "refer"];
const OUR_CUES = ["our ", "Our ", "proposed"];
function hasAny(s: string, cues: string[]): boolean {
  for (const c of cues) if (s.includes(c)) return true;
  return false;
}

/** The name of the paper's own method, from the title ("Name: ...") or "we propose Name". */
export function proposedMethod(title: string, abstract: string): string | null {
  const t = titleName(title);
  if (t) return t;
  let best: { pos: number; name: string } | null = null;
  const consider = (pos: number, name: string | null) => {
    if (name && (!best || pos < best.pos)) best = { pos, name };
  };
  let m: RegExpExecArray | null;
  if (hasAny(abstract, INTRO_CUES)) {
    INTRO.lastIndex = 0;
    while ((m = INTRO.exec(abstract))) consider(m.index, nameInPhrase(m[1]));
  }
  CALLED.lastIndex = 0;
  if (hasAny(abstract, CALLED_CUES)) while ((m = CALLED.exec(abstract))) if (nameLike(m[1].split(" ")[0]) || (/^[A-Z]/.test(m[1]) && m[1].split(" ").every((w) => /^[A-Z]/.test(w)))) consider(m.index, m[1]);
  OUR.lastIndex = 0;
  if (hasAny(abstract, OUR_CUES)) while ((m = OUR.exec(abstract))) if (nameLike(m[1])) consider(m.index, m[1]);
  return best ? (best as { name: string }).name : null;
}

function nameInPhrase(p: string): string | null {
  const s = p.replace(LEAD, "");
  // "Long Name (ACRO)" → ACRO;  "NAME (Long Name ...)" → NAME
  const paren = /^([^()]*?)\s*\(([^()]{1,80})\)/.exec(s);
  const first = /^([A-Za-zσ][\w+-]*(?:\s(?:v?\d[\w.]*|\d+B))?)/.exec(s)?.[1] ?? "";
  const firstTok = first.split(" ")[0];
  if (paren) {
    const inner = paren[2].trim();
    const head = paren[1].trim();
    if (nameLike(firstTok) && head.split(/\s+/).length === 1) return first;
    if (inner.split(/\s+/).length <= 2 && /[A-Z]/.test(inner) && (nameLike(inner.split(" ")[0]) || /^[A-Z]/.test(inner))) {
      if (head.split(/\s+/).length >= 2) return inner;
    }
  }
  if (nameLike(firstTok)) return first;
  return null;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Is `name` the proposed method or one of its variants ("xAR-B" of "xAR")? */
export function isOwn(name: string, proposed: string | null): boolean {
  if (!proposed) return false;
  const a = name.toLowerCase();
  const b = proposed.toLowerCase();
  return a === b || a.startsWith(b + "-") || a.startsWith(b + " ") || (a.startsWith(b) && /\d/.test(a[b.length] ?? ""));
}

export { esc };
