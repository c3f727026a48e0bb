// Query-string validation for the JSON API (zod): unknown or repeated parameters and bad values → a message naming the parameter.
import { z } from "zod";

export class BadParam extends Error {
  constructor(public parameter: string, message: string) {
    super(`${parameter}: ${message}`);
  }
}

const text = z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters");

export const ClaimsQuery = z.strictObject({
  dataset: text.optional(),
  metric: text.optional(),
  kind: z.enum(["result", "speedup", "delta"], { error: "must be one of result, speedup, delta" }).optional(),
  method: text.optional(),
  paper: text.optional(),
  q: text.optional(),
  limit: z.coerce.number({ error: "must be a number" }).int("must be an integer").min(1, "must be at least 1").max(1000, "must be at most 1000").default(100),
  offset: z.coerce.number({ error: "must be a number" }).int("must be an integer").min(0, "must be at least 0").max(10_000_000, "must be at most 10000000").default(0),
});

export const LeaderboardsQuery = z.strictObject({
  domain: text.optional(),
  q: text.optional(),
  limit: z.coerce.number({ error: "must be a number" }).int("must be an integer").min(1, "must be at least 1").max(100_000, "must be at most 100000").optional(),
});

/** Parses URLSearchParams with a schema; throws BadParam naming the first bad parameter. */
export function parseQuery<T extends z.ZodType>(schema: T, sp: URLSearchParams): z.infer<T> {
  const obj: Record<string, string> = {};
  for (const key of new Set(sp.keys())) {
    const all = sp.getAll(key);
    if (all.length > 1) throw new BadParam(key, "given more than once");
    // an empty value means "not given"
    if (all[0] !== "") obj[key] = all[0];
  }
  const r = schema.safeParse(obj);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  if (issue.code === "unrecognized_keys") throw new BadParam(issue.keys[0], "unknown parameter");
  throw new BadParam(String(issue.path[0] ?? "query"), issue.message);
}
