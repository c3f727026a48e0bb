// Finding the numbers of a sentence: digits, separators, signs, %, LaTeX, Unicode, ranges, number words.
// Offsets always point into the original text; nothing is rewritten.

export type Unit = "x" | "%" | null;

export interface NumMention {
  start: number; // first character of the mention (sign / "times" prefix included)
  end: number; // one past the last character (suffix and range included)
  numStart: number; // first digit (or the number word)
  value: number;
  high: number | null;
  unit: Unit;
  /** "B", "M", "K", "billion"... : a size such as "7B" or "213M" (never a result, maybe params) */
  size: string | null;
  sign: "+" | "-" | null;
  word: boolean;
  /** qualifier symbol written right before the number: ~ ∼ ≈ > ≥ < */
  symbol: string | null;
}

const NUM = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?|\.\d+/g;
const LETTER = /[A-Za-z]/;
const SIZE_RE = /^(?:[BMKkT](?![A-Za-z])|\s?(?:billion|million|thousand|trillion)\b)/;
const TIMES_SUFFIX = /^(?:\\times(?![A-Za-z])|\\times|×|[xX](?![A-Za-z0-9])|\s?times(?![a-rt-z])|-?fold\b|\s-?fold\b)/;
const PCT_SUFFIX = /^(?:\\?%|\s%|\s?percent\b|\s?per cent\b)/;
const RANGE_CONN = /^\s*(?:-{2,3}|-|–|—|to\b|~|∼|\\sim|sim|and\b)\s*/;
const FMT = /^(?:\$|\*\*|\{|\}|\\,|\\!|\\;|\\ )+/;

function skipFmt(t: string, i: number, end: number): number {
  const m = FMT.exec(t.slice(i, Math.min(end, i + 8)));
  return m ? i + m[0].length : i;
}

interface Suffix {
  unit: Unit;
  size: string | null;
  next: number;
  embedded: boolean;
}

function readSuffix(t: string, j: number, end: number): Suffix {
  const raw = t.slice(j, Math.min(end, j + 16));
  // resolutions such as 256x256, 256×256, 256*256 are names, never values
  const res = /^\s?\$?\s?(?:[x×*]|\\times\s?)\s?\$?\s?\d{2,4}\b/.exec(raw);
  if (res && /^\d{2,4}/.test(t.slice(j - 3, j).replace(/^\D+/, "") || "0")) return { unit: null, size: null, next: j + res[0].length, embedded: true };
  const k = skipFmt(t, j, end);
  const rest = t.slice(k, Math.min(end, k + 12));
  let m: RegExpExecArray | null;
  if ((m = PCT_SUFFIX.exec(rest))) return { unit: "%", size: null, next: skipFmt(t, k + m[0].length, end), embedded: false };
  if ((m = TIMES_SUFFIX.exec(rest))) return { unit: "x", size: null, next: skipFmt(t, k + m[0].length, end), embedded: false };
  if ((m = SIZE_RE.exec(rest))) return { unit: null, size: m[0].trim(), next: k + m[0].length, embedded: false };
  if (LETTER.test(t[j] ?? "")) return { unit: null, size: null, next: j, embedded: true };
  return { unit: null, size: null, next: j, embedded: false };
}

const parse = (s: string) => Number(s.replace(/,/g, ""));

/** Numbers written in digits inside [from, to) of text. */
export function scanNumbers(t: string, from: number, to: number): NumMention[] {
  const out: NumMention[] = [];
  const seg = t.slice(from, to);
  NUM.lastIndex = 0;
  let consumed = 0;
  let m: RegExpExecArray | null;
  while ((m = NUM.exec(seg))) {
    const i = from + m.index;
    let j = i + m[0].length;
    if (i < consumed) continue;
    const before = t.slice(Math.max(from, i - 8), i);
    // x-prefix forms: "times 2.56", "×2.56", "$\times 2$"
    let timesPrefix = /(?:\\times|×|\btimes)\s?\$?\s?$/.exec(before);
    // "4× 5" or "20times 3": the sign belongs to the number before
    if (timesPrefix && /[\d%]\s?\$?\s?$/.test(t.slice(Math.max(from, i - timesPrefix[0].length - 3), i - timesPrefix[0].length))) timesPrefix = null;
    const prev = t[i - 1] ?? " ";
    if (!timesPrefix) {
      if (LETTER.test(prev) || prev === "@" || prev === "^" || prev === "_" || prev === "'") continue;
      if (prev === "/" && !/[\d%xX×]/.test(t[i - 2] ?? "")) continue;
      if ((prev === "-" || prev === "–") && /[A-Za-z0-9)]/.test(t[i - 2] ?? "")) continue;
      // "$t+6$h", "T+1": an offset inside an expression
      if (prev === "+" && /[A-Za-z0-9)]/.test(t[i - 2] ?? "")) continue;
      if (prev === "." && /\d/.test(t[i - 2] ?? "")) continue;
    }
    if (t[j] === "." && /\d/.test(t[j + 1] ?? "")) continue; // version numbers 2.5.1
    // "(×10³)", "10^{-3}": a power of ten is a scale, not a value
    if (m[0] === "10" && /^\s?(?:[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]|\^)/.test(t.slice(j, j + 3))) {
      consumed = j + /^\s?(?:[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]+|\^\{?[-−]?\d*\}?)/.exec(t.slice(j, to))![0].length;
      continue;
    }
    // "4×8×8", "2×2": a shape, never a value
    if (/^[x×*]\d/.test(t.slice(j, j + 2))) {
      consumed = j + /^(?:[x×*]\d+)+/.exec(t.slice(j, to))![0].length;
      continue;
    }
    const suf = readSuffix(t, j, to);
    if (suf.embedded) {
      consumed = suf.next;
      continue;
    }
    let unit: Unit = timesPrefix ? "x" : suf.unit;
    let end = suf.next;
    let high: number | null = null;
    // range "4.71x to 5.91x", "2.7x-3.5x", "32-64", "$25$-$75$\%", "100timessim600times", "between 2 and 3"
    if (!suf.size) {
      end = skipFmt(t, end, to);
      const conn = RANGE_CONN.exec(t.slice(end, Math.min(to, end + 8)));
      if (conn) {
        const word = conn[0].trim();
        const leftCtx = t.slice(Math.max(from, i - 30), i);
        const okConn =
          word === "and" ? /\bbetween\s*\$?$/.test(leftCtx) :
          word === "to" ? (!/\bfrom\b[^,;]*$/.test(leftCtx) && !/\bfrom\s*$/.test(leftCtx)) || /\brang\w*\s+from\s*\$?$/i.test(leftCtx) :
          true;
        let b = skipFmt(t, end + conn[0].length, to);
        const tp = /^(?:\\times|×|times)\s?/.exec(t.slice(b, b + 8));
        if (tp) b += tp[0].length;
        const nb = /^(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?)/.exec(t.slice(b, to));
        if (okConn && nb) {
          const sb = readSuffix(t, b + nb[0].length, to);
          const sameUnit = !sb.embedded && !sb.size && (sb.unit === unit || sb.unit === null || unit === null);
          const vb = parse(nb[0]);
          if (sameUnit && vb > parse(m[0]) && !(word === "-" && sb.unit === null && unit === null && LETTER.test(t[b + nb[0].length] ?? ""))) {
            // ("from 18.65 to 1.80" is a change; "gains range from 1.8 to 2.6" a range)
            // ("improves by 2.1 to 3.4 points" is a range of the change)
            if (!(word === "to" && unit === null && sb.unit === null) || /\brang\w*\s+from\s*\$?$/i.test(leftCtx) || (/\bby\s*\$?$/i.test(leftCtx) && /^\s*(?:points?|pts|pp|percentage\s+points?)\b/i.test(t.slice(sb.next, sb.next + 20)))) {
              high = vb;
              unit = unit ?? sb.unit;
              end = sb.next;
            }
          }
        }
      }
    }
    // sign and qualifier symbol before the number
    let s = timesPrefix ? i - timesPrefix[0].length : i;
    s = skipBackFmt(t, s, from);
    let sign: "+" | "-" | null = null;
    let symbol: string | null = null;
    const c = t[s - 1];
    if (c === "+" || ((c === "-" || c === "−") && !/[A-Za-z0-9]/.test(t[s - 2] ?? " "))) {
      sign = c === "+" ? "+" : "-";
      s--;
      s = skipBackFmt(t, s, from);
    }
    const c2 = t[s - 1];
    if (c2 && "~∼≈>≥<≤".includes(c2)) {
      symbol = c2;
      s--;
    } else if (t.slice(s - 4, s) === "\\sim" || t.slice(s - 4, s) === "\\geq") {
      symbol = t.slice(s - 4, s) === "\\sim" ? "~" : "≥";
      s -= 4;
    }
    s = skipBackFmt(t, s, from);
    consumed = end;
    // "$48.2\%$": the closing math delimiter belongs to the mention when it opened inside it
    let e = trimEnd(t, end);
    if (t[e] === "$" && (t.slice(s, e).split("$").length - 1) % 2 === 1) e++;
    out.push({ start: s, end: e, numStart: i, value: parse(m[0]), high, unit, size: suf.size, sign, word: false, symbol });
  }
  return out;
}

function skipBackFmt(t: string, s: number, from: number): number {
  while (s > from && (t[s - 1] === "$" || t[s - 1] === "*" || t[s - 1] === "{")) s--;
  return s;
}
function trimEnd(t: string, e: number): number {
  while (e > 0 && (t[e - 1] === " " || t[e - 1] === "$" || t[e - 1] === "*")) e--;
  return e;
}

const WORD_VALUES: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000,
};
const WORD_PCT = /\b(ten|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](one|two|three|four|five|six|seven|eight|nine))?\s+(?:percent|per\s+cent)\b/gi;
/** "by three points", "of two percentage points": a small change written in words */
const WORD_POINTS = /\b(?:by|of)\s+(?:about\s+|nearly\s+|roughly\s+|over\s+|almost\s+|around\s+|less\s+than\s+|more\s+than\s+|under\s+|at\s+most\s+)?(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)(?=\s+(?:full\s+)?(?:percentage\s+)?points?\b)/gi;
/** "half the GPU hours", "one fifth of the latency", "a quarter of the compute": a cost as a fraction of another's */
const WORD_FRACTION = /\b(?:(half)|(?:a|one)[\s-](third|quarter|fifth|sixth|eighth|tenth)|(two)[\s-]thirds|(three)[\s-]quarters)\b(?=\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:GPU[\s-]hours|compute|computation|FLOPs|cost|memory|latency|time|energy)\b)/gi;
const FRACTION: Record<string, number> = { third: 1 / 3, quarter: 0.25, fifth: 0.2, sixth: 1 / 6, eighth: 0.125, tenth: 0.1 };
const WORD_TIMES = /\b(?:(a|one)\s+)?(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)(?:\s*-\s*|\s+)?(times|fold)\b/gi;
/** "nine and a half times" */
const WORD_HALF = /\b(one|two|three|four|five|six|seven|eight|nine|ten)\s+and\s+a\s+half\s+times\b/gi;
/** "one hundred and twenty times", "twenty-five times": compound number words before times/fold */
const WORD_COMPOUND = /\b(?:(?:a|one|two|three|four|five)\s+hundred(?:\s+and)?\s+)?(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](one|two|three|four|five|six|seven|eight|nine))?\s*-?\s*(?:times|fold)\b|\b(a|one|two|three|four|five)\s+hundred(?:\s+and)?\s+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen)\s*-?\s*(?:times|fold)\b/gi;
const WORD_SINGLE = /\b(twice|doubl(?:es|ed|ing|e)|tripl(?:es|ed|ing|e)|quadrupl(?:es|ed|ing|e)|halv(?:es|ed|ing|e))\b/gi;

const WORD_FACTOR = /\bfactor\s+of\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|up\s+to\s+)?(two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty)\b/gi;
const WORD_MAGNITUDE = /\b(an?|one|two|three)\s+orders?\s+of\s+magnitude\b/gi;

/** Multiplicative number words: "ten times", "threefold", "twice", "doubles", "halves", "a factor of two", "an order of magnitude". */
export function scanNumberWords(t: string, from: number, to: number): NumMention[] {
  const seg = t.slice(from, to);
  const out: NumMention[] = [];
  let m: RegExpExecArray | null;
  WORD_TIMES.lastIndex = 0;
  while ((m = WORD_TIMES.exec(seg))) {
    const w = m[2].toLowerCase();
    let v = WORD_VALUES[w];
    if ((w === "hundred" || w === "thousand") && !m[1]) continue;
    const s = from + m.index + (m[1] && w !== "hundred" && w !== "thousand" ? m[1].length + 1 : 0);
    if (w === "one" && m[3].toLowerCase() === "times") continue;
    out.push({ start: s, end: from + m.index + m[0].length, numStart: s, value: v, high: null, unit: "x", size: null, sign: null, word: true, symbol: null });
  }
  WORD_COMPOUND.lastIndex = 0;
  while ((m = WORD_COMPOUND.exec(seg))) {
    const hundreds = /\b(a|one|two|three|four|five)\s+hundred/i.exec(m[0]);
    const h = hundreds ? (hundreds[1].toLowerCase() === "a" ? 1 : WORD_VALUES[hundreds[1].toLowerCase()]) * 100 : 0;
    const tens = m[1] ? WORD_VALUES[m[1].toLowerCase()] + (m[2] ? WORD_VALUES[m[2].toLowerCase()] : 0) : WORD_VALUES[m[4].toLowerCase()];
    if (!hundreds && !m[2]) continue; // plain "twenty times" is WORD_TIMES's
    const s = from + m.index;
    const e = s + m[0].length;
    for (let k = out.length - 1; k >= 0; k--) if (out[k].start < e && s < out[k].end) out.splice(k, 1);
    out.push({ start: s, end: e, numStart: s, value: h + tens, high: null, unit: "x", size: null, sign: null, word: true, symbol: null });
  }
  WORD_HALF.lastIndex = 0;
  while ((m = WORD_HALF.exec(seg))) {
    const s = from + m.index;
    const e = s + m[0].length;
    for (let k = out.length - 1; k >= 0; k--) if (out[k].start < e && s < out[k].end) out.splice(k, 1);
    out.push({ start: s, end: e, numStart: s, value: WORD_VALUES[m[1].toLowerCase()] + 0.5, high: null, unit: "x", size: null, sign: null, word: true, symbol: null });
  }
  WORD_PCT.lastIndex = 0;
  while ((m = WORD_PCT.exec(seg))) {
    const s = from + m.index;
    const v = WORD_VALUES[m[1].toLowerCase()] + (m[2] ? WORD_VALUES[m[2].toLowerCase()] : 0);
    out.push({ start: s, end: s + m[0].length, numStart: s, value: v, high: null, unit: "%", size: null, sign: null, word: true, symbol: null });
  }
  WORD_FRACTION.lastIndex = 0;
  while ((m = WORD_FRACTION.exec(seg))) {
    const s = from + m.index;
    const v = m[1] ? 0.5 : m[2] ? FRACTION[m[2].toLowerCase()] : m[3] ? 2 / 3 : 0.75;
    // ("two and a half times": the half belongs to the number already read)
    if (out.some((o) => o.start < s + m![0].length && s < o.end)) continue;
    out.push({ start: s, end: s + m[0].length, numStart: s, value: Math.round(v * 1000) / 1000, high: null, unit: "x", size: null, sign: null, word: true, symbol: null });
  }
  WORD_POINTS.lastIndex = 0;
  while ((m = WORD_POINTS.exec(seg))) {
    const e = from + m.index + m[0].length;
    const s = e - m[1].length;
    out.push({ start: s, end: e, numStart: s, value: WORD_VALUES[m[1].toLowerCase()], high: null, unit: null, size: null, sign: null, word: true, symbol: null });
  }
  WORD_FACTOR.lastIndex = 0;
  while ((m = WORD_FACTOR.exec(seg))) {
    const e = from + m.index + m[0].length;
    const s = e - m[1].length;
    out.push({ start: s, end: e, numStart: s, value: WORD_VALUES[m[1].toLowerCase()], high: null, unit: "x", size: null, sign: null, word: true, symbol: null });
  }
  WORD_MAGNITUDE.lastIndex = 0;
  while ((m = WORD_MAGNITUDE.exec(seg))) {
    const k = m[1].toLowerCase();
    const s = from + m.index;
    out.push({ start: s, end: s + m[0].length, numStart: s, value: 10 ** (k === "two" ? 2 : k === "three" ? 3 : 1), high: null, unit: "x", size: null, sign: null, word: true, symbol: null });
  }
  WORD_SINGLE.lastIndex = 0;
  while ((m = WORD_SINGLE.exec(seg))) {
    const w = m[1].toLowerCase();
    // "twice: once as …" counts occasions, not a factor
    if (/^\s*[:;,]\s*once\b/i.test(seg.slice(m.index + m[0].length, m.index + m[0].length + 10))) continue;
    const v = w.startsWith("tw") || w.startsWith("doubl") || w.startsWith("halv") ? 2 : w.startsWith("tripl") ? 3 : 4;
    const s = from + m.index;
    out.push({ start: s, end: s + m[0].length, numStart: s, value: v, high: null, unit: "x", size: null, sign: null, word: true, symbol: null });
  }
  return out;
}
