// The board page's URL state (nuqs): view=bars|scatter|time, best=0|1, baselines=0|1, sort=[-]column.
// No "use client": the same parsers serve a server-side loader (export, links) and the client hooks.
import { createLoader, createParser, parseAsString, parseAsStringLiteral } from "nuqs/server";

export const BOARD_VIEWS = ["bars", "scatter", "time"] as const;

/** "1" / "0" ⇄ true / false */
export const parseAsBit = createParser<boolean>({
  parse: (v) => (v === "1" ? true : v === "0" ? false : null),
  serialize: (b) => (b ? "1" : "0"),
});

export const boardParams = {
  view: parseAsStringLiteral(BOARD_VIEWS).withDefault("bars"),
  best: parseAsBit.withDefault(true),
  baselines: parseAsBit.withDefault(true),
  /** "value" ascending, "-value" descending; "" = by rank */
  sort: parseAsString.withDefault(""),
};

export const loadBoardParams = createLoader(boardParams);
