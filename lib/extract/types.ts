// The extraction contract (see PRODUCT.md "Extraction output contract").
export type ClaimKind = "result" | "speedup" | "delta";
export type Role = "proposed" | "baseline";
export type Qualifier = "up to" | "about" | "over" | "at least";

export interface PaperText {
  /** external id as given by the input (hf-NNN, arXiv id, JSONL id) */
  id: string;
  title: string;
  abstract: string;
}

export interface ExtractedClaim {
  paper: string;
  title: string;
  kind: ClaimKind;
  metric: string | null;
  value: number;
  value_high: number | null;
  unit: string | null;
  dataset: string | null;
  method: string | null;
  role: Role;
  qualifier: Qualifier | null;
  params: string | null;
  vs: string | null;
  evidence: string;
  start: number;
  end: number;
  confidence: number;
}

/** Field order of one JSON line printed by `npm run extract`. */
export const CLAIM_FIELDS = [
  "paper", "title", "kind", "metric", "value", "value_high", "unit", "dataset", "method", "role",
  "qualifier", "params", "vs", "evidence", "start", "end", "confidence",
] as const;
