// The extractor as the commands take it: passed in, so a test can hand them another one.
import { extract, EXTRACTOR_VERSION } from "../../lib/extract/index";
import type { ExtractedClaim } from "../../lib/extract/types";

export interface Extractor {
  extract(paper: { id: string; title: string; abstract: string }): ExtractedClaim[];
  EXTRACTOR_VERSION: string;
}

export const extractor: Extractor = { extract, EXTRACTOR_VERSION };
