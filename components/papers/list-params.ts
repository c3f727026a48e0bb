// The /papers view state in the URL (?q=&page=), validated: a bad page falls back to 1, q is trimmed and capped.
import { z } from "zod";

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);

export const PaperListParams = z.object({
  q: z.preprocess(one, z.string().trim().max(200).catch((c) => String(c.value ?? "").trim().slice(0, 200))).default(""),
  page: z.preprocess(one, z.coerce.number().int().min(1).max(1_000_000).catch(1)).default(1),
});
export type PaperListParams = z.infer<typeof PaperListParams>;

export const PAGE_SIZE = 50;

/** The /papers URL for a query and a page (page 1 and an empty q are left out). */
export function papersHref(q: string, page: number): string {
  const sp = new URLSearchParams();
  if (q) sp.set("q", q);
  if (page > 1) sp.set("page", String(page));
  const s = sp.toString();
  return s ? `/papers?${s}` : "/papers";
}
