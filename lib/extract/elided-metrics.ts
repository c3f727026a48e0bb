// Elided metric pairs: "word and character error rates of 2.21 and 1.38" names one metric per member.
import { findMetric } from "./lexicon";
import type { Item } from "./assign";
import type { Group } from "./lists";
import type { NumMention } from "./numbers";

const ELIDED = /\b([a-z][\w-]*)\s+and\s+([a-z][\w-]*)\s+((?:[a-z][\w-]*\s+)?(?:error\s+rates?|scores?|binding|accurac(?:y|ies)|similarit(?:y|ies)|rates?|quality|consistency))\s+(?:of|by|are|were|is)\s*(?:up\s+to\s+|about\s+|only\s+)?[$~]?$/;

/** "word and character error rates of 2.21 and 1.38", "color and texture binding by 9.1% and 6.4%": one metric per member. */
export function elidedMetrics(text: string, ss: number, items: Item[], groups: Group[], nums: NumMention[]): void {
  for (const it of items) {
    const i = nums.indexOf(it.n);
    const g = groups[i];
    if (g.last - g.first !== 1 || it.claim.kind === "speedup") continue;
    const e = ELIDED.exec(text.slice(Math.max(ss, nums[g.first].start - 90), nums[g.first].start));
    if (!e) continue;
    const tail = e[3].replace(/ies$/, "y").replace(/(rate|score)s$/, "$1");
    // both members name a metric of the vocabulary ("word and character error rates"), or neither does and the tail is a score
    const known = [e[1], e[2]].map((w) => findMetric(`${w} ${tail}`));
    if (known[0] ? !known[1] : known[1] || !/^(?:binding|consistency|quality|score)$/.test(tail) || /^(?:a|an|the|set|test|data|model|training|and)$/.test(e[1])) continue;
    const word = i === g.first ? e[1] : e[2];
    it.claim.metric = findMetric(`${word} ${tail}`)?.name ?? `${word} ${tail}`.toLowerCase();
  }
}
