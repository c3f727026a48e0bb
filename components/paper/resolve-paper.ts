// The paper a /papers/[id] URL names: by db id, else by an external id that names exactly one paper (a redirect).
import { getDb } from "@/db/client";
import { getPaper } from "@/db/queries/papers";
import { paperIdsByExternalId } from "@/db/queries/paper-pages";
import type { Paper } from "@/db/schema";

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function resolvePaper(raw: string): { paper: Paper } | { redirectTo: number } | null {
  const db = getDb();
  const key = decode(raw).trim();
  if (/^\d{1,15}$/.test(key)) {
    const paper = getPaper(db, Number(key));
    if (paper) return { paper };
  }
  const ids = paperIdsByExternalId(db, key);
  return ids.length === 1 ? { redirectTo: ids[0] } : null;
}
