// Sentence splitting with offsets into the original text (no copying of the abstract).
export interface Span {
  start: number;
  end: number;
}

// Abbreviations after which a period does not end a sentence.
const ABBREV = /(?:\b(?:e\.g|i\.e|et al|vs|cf|Fig|Figs|Eq|Sec|approx|resp|etc|incl|w\.r\.t|No|Tab)|\\eg|\\ie|\\etal)$/i;
// A candidate boundary: . ! ? followed by space(s) and a sentence start, or glued "word.Next" with a capital + lowercase.
const BOUNDARY = /[.!?](?=\s+["'(\[]?[A-Z0-9\\$*])|(?<=[a-z]{3})\.(?=[A-Z][a-z])/g;

/** Sentence spans of `text`, trimmed of surrounding white space. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(text))) {
    const end = m.index + 1;
    const head = text.slice(Math.max(start, m.index - 12), m.index);
    if (ABBREV.test(head)) continue;
    push(text, start, end, out);
    start = end;
  }
  push(text, start, text.length, out);
  return out;
}

function push(text: string, s: number, e: number, out: Span[]): void {
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e > s) out.push({ start: s, end: e });
}
