// Sentence splitting with offsets into the original text (no copying of the abstract).
export interface Span {
  start: number;
  end: number;
}

// Abbreviations after which a period does not end a sentence.
const ABBREV = /(?:\b(?:e\.g|i\.e|et al|vs|cf|Fig|Figs|Eq|Sec|approx|resp|etc|incl|w\.r\.t|No|Tab)|\\eg|\\ie|\\etal)$/i;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** Sentence spans of `text`, trimmed of surrounding white space. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text.charCodeAt(i);
    if (ch !== 46 && ch !== 33 && ch !== 63) continue; // . ! ?
    let boundary = false;
    let j = i + 1;
    if (j < n && isSpace(text.charCodeAt(j))) {
      while (j < n && isSpace(text.charCodeAt(j))) j++;
      let c = text.charCodeAt(j);
      if (c === 34 || c === 39 || c === 40 || c === 91) c = text.charCodeAt(j + 1); // " ' ( [
      boundary = isUpper(c) || isDigit(c) || c === 92 || c === 36 || c === 42; // \ $ *
    } else if (ch === 46 && j + 1 < n && isUpper(text.charCodeAt(j)) && isLower(text.charCodeAt(j + 1)) && i >= 3 &&
      isLower(text.charCodeAt(i - 1)) && isLower(text.charCodeAt(i - 2)) && isLower(text.charCodeAt(i - 3))) {
      boundary = true; // "practical.We evaluate"
    }
    if (!boundary) continue;
    if (ch === 46 && ABBREV.test(text.slice(Math.max(start, i - 12), i))) continue;
    push(text, start, i + 1, out);
    start = i + 1;
  }
  push(text, start, n, out);
  return out;
}

function push(text: string, s: number, e: number, out: Span[]): void {
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}
