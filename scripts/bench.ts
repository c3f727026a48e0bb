// npm run bench [-- extract|store|all] [--abstracts N] [--runs N]: runs the benchmarks (default all).
import { z } from "zod";
import { runExtractBench } from "./bench-extract";
import { runStoreBench } from "./bench-store";

const Args = z.object({
  which: z.enum(["extract", "store", "all"]).default("all"),
  abstracts: z.coerce.number().int().min(1).optional(),
  runs: z.coerce.number().int().min(1).optional(),
});

function parseArgs(argv: string[]) {
  const raw: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--(abstracts|runs)(?:=(.*))?$/.exec(argv[i]);
    if (m) raw[m[1]] = m[2] ?? argv[++i];
    else raw.which = argv[i];
  }
  const r = Args.safeParse(raw);
  if (!r.success) {
    console.error(`bench: ${r.error.issues.map((i) => `${i.path.join(".") || "argument"}: ${i.message}`).join("; ")}`);
    console.error("usage: tsx scripts/bench.ts [extract|store|all] [--abstracts N] [--runs N]");
    process.exit(2);
  }
  return r.data;
}

const { which, ...opts } = parseArgs(process.argv.slice(2));
if (which === "extract" || which === "all") runExtractBench(opts);
if (which === "store" || which === "all") runStoreBench(opts);
