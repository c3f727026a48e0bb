// The /speedups view state in the URL (?aspect=&min=&q=): shared by the server page and the client filters.
import { createLoader, parseAsFloat, parseAsString, parseAsStringLiteral } from "nuqs/server";
import { ASPECTS } from "@/lib/speedups/rows";

export const speedupParams = {
  aspect: parseAsStringLiteral(ASPECTS),
  min: parseAsFloat,
  q: parseAsString.withDefault(""),
};

export const loadSpeedupParams = createLoader(speedupParams);
