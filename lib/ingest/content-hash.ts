// A paper's identity: sha256 of its normalised title and abstract (lower-cased, whitespace collapsed).
import { createHash } from "node:crypto";

const norm = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();

export function contentHash(title: string, abstract: string): string {
  return createHash("sha256").update(`${norm(title)}\n${norm(abstract)}`).digest("hex");
}
