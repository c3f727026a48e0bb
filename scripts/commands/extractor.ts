// Loads the extractor (lib/extract/index.ts) when it exists; commands work without it and say so.
export interface Extractor {
  extract(paper: { id: string; title: string; abstract: string }): import("../../lib/extract/types").ExtractedClaim[];
  EXTRACTOR_VERSION: string;
}

export function loadExtractor(): Extractor | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require("../../lib/extract/index") as Partial<Extractor>;
    if (typeof mod.extract !== "function" || typeof mod.EXTRACTOR_VERSION !== "string") return null;
    return mod as Extractor;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "MODULE_NOT_FOUND" && /lib[\\/]extract[\\/]index/.test((e as Error).message)) {
      return null;
    }
    throw e;
  }
}
