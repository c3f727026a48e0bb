// npm run bench [-- extract|all]: runs the benchmarks. Other benchmarks register here.
import { runExtractBench } from "./bench-extract";

const BENCHES: Record<string, () => unknown> = {
  extract: () => runExtractBench(),
};

const which = process.argv[2] ?? "all";
if (which !== "all" && !BENCHES[which]) {
  console.error(`bench: unknown benchmark "${which}" (expected one of ${[...Object.keys(BENCHES), "all"].join(", ")})`);
  process.exit(2);
}
for (const [name, run] of Object.entries(BENCHES)) if (which === "all" || which === name) run();
