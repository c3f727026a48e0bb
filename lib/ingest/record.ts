// The zod schema of one paper record in JSONL, JSON and CSV files (and the Atom parser's output),
// and a one-line description of what is wrong with a bad record.
import { z } from "zod";
import { normaliseText, type PaperInput } from "./types";

const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

const Text = (field: string) =>
  z.string({ error: (i) => (i.input === undefined || i.input === null ? `missing "${field}"` : `"${field}" must be text`) })
    .transform(normaliseText)
    .refine((s) => s.length > 0, { error: `empty "${field}"` });

const Id = z.union([z.string(), z.number()], { error: (i) => (i.input == null ? `missing "id"` : `"id" must be text or a number`) })
  .transform((v) => String(v).trim())
  .refine((s) => s.length > 0, { error: `empty "id"` });

const Url = z.preprocess(blankToNull, z.string({ error: `"url" must be text` }).trim().nullable().optional())
  .transform((v) => v ?? null);

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** Keeps ISO dates as given; turns other parseable dates into YYYY-MM-DD. */
const Published = z.preprocess(blankToNull, z.union([z.string(), z.number()], { error: `"published" must be a date` })
  .nullable().optional())
  .transform((v, ctx) => {
    if (v == null) return null;
    const s = String(v).trim();
    if (ISO_DATE.test(s)) return s;
    const t = Date.parse(s);
    if (Number.isNaN(t)) {
      ctx.addIssue({ code: "custom", message: `"published" is not a date: ${JSON.stringify(s)}` });
      return z.NEVER;
    }
    return new Date(t).toISOString().slice(0, 10);
  });

/** Array of names, or one string of names separated by semicolons (or else commas). */
const Authors = z.preprocess(blankToNull, z.union([z.array(z.string()), z.string()], { error: `"authors" must be a list of names or a string` })
  .nullable().optional())
  .transform((v) => {
    if (v == null) return [];
    const parts = Array.isArray(v) ? v : v.split(v.includes(";") ? ";" : ",");
    return parts.map(normaliseText).filter((s) => s.length > 0);
  });

export const PaperRecord = z.object(
  { id: Id, title: Text("title"), abstract: Text("abstract"), url: Url, published: Published, authors: Authors },
  { error: "not an object with id, title and abstract" },
);

/** Validates one raw record; returns the paper or a one-line reason. */
export function toPaper(raw: unknown): PaperInput | string {
  const r = PaperRecord.safeParse(raw);
  if (!r.success) return r.error.issues.map((i) => i.message).join("; ");
  const { id, title, abstract, url, published, authors } = r.data;
  return { externalId: id, title, abstract, url, published, authors };
}
