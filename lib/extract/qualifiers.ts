// Hedges written before a number, normalised: "up to", "about", "over", "at least".
import type { Qualifier } from "./types";

const UP_TO = /(?:\bup\s+to|\bas\s+(?:much|many|high)\s+as|\bat\s+most|\bno\s+more\s+than|\bnot\s+exceeding|\bby\s+(?:less\s+than|under))\s*$/i;
const ABOUT = /(?:\b(?:about|around|approximately|approx\.?|roughly|nearly|almost|circa|some)|[~∼≈]|\\sim|\\approx)\s*$/i;
const OVER = /(?:\b(?:over|more\s+than|greater\s+than|above|exceeding|beyond|upwards\s+of)|>)\s*$/i;
const AT_LEAST = /(?:\b(?:at\s+least|no\s+less\s+than|no\s+fewer\s+than|a\s+minimum\s+of)|≥|\\geq)\s*$/i;
const FILLER = /(?:\s+|\b(?:a|an|the|of|average|on average|an average of|by|improvements?|gains?|speed-?ups?|ratio|reductions?|accelerations?|increases?|\*+|\$)\b|\*+|\$)*$/i;
const APPROX_NOUN = /\b(?:an?\s+)?(?:approximate(?:ly)?|estimated)\s+(?:[a-z-]+\s+){0,2}(?:of|by)\s*$/i;

/** Qualifier of a number, from the text before it (and the symbol written right before the digits). */
export function qualifierBefore(left: string, symbol: string | null): Qualifier | null {
  const tail = left.slice(-60);
  const bare = tail.replace(FILLER, "");
  for (const s of [tail, bare]) {
    if (UP_TO.test(s)) return "up to";
    if (AT_LEAST.test(s)) return "at least";
  }
  if (symbol === "≥") return "at least";
  if (symbol === ">") return "over";
  if (symbol === "~" || symbol === "∼" || symbol === "≈") return "about";
  for (const s of [tail, bare]) {
    if (ABOUT.test(s)) return "about";
    if (OVER.test(s)) return "over";
  }
  if (APPROX_NOUN.test(tail)) return "about";
  return null;
}
