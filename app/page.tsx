import Link from "next/link";
import { getDb } from "@/db/client";
import { listBoardPairs } from "@/db/queries/leaderboards";
import { corpusCounts, largestBoards } from "@/db/queries/overview";
import { topSpeedups } from "@/db/queries/speedups";
import { speedupRows } from "@/lib/speedups/rows";
import { SearchForm } from "@/components/search/search-form";
import { MiniBoardChart } from "@/components/charts/mini-board-chart";
import { FlagBadges } from "@/components/speedups/speedup-flags";

export const dynamic = "force-dynamic";

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? "" : "s"}`;

function Count({ label, value, href, detail }: { label: string; value: number; href: string; detail?: string }) {
  return (
    <Link href={href} className="block rounded-lg border border-slate-200 bg-white p-4 hover:border-slate-400" data-count={label}>
      <div className="text-3xl font-semibold tabular-nums">{value.toLocaleString("en-US")}</div>
      <div className="text-sm font-medium text-slate-700">{label}</div>
      {detail && <div className="mt-1 text-xs text-slate-600">{detail}</div>}
    </Link>
  );
}

function FirstRun() {
  return (
    <section className="rounded-lg border border-dashed border-slate-300 bg-white p-6" data-empty="no-papers">
      <h2 className="text-lg font-semibold">No papers yet</h2>
      <p className="mt-2 text-sm text-slate-700">sotaboard reads abstracts, extracts every reported number and shows them here. To load some:</p>
      <ol className="mt-2 list-decimal space-y-1 pl-6 text-sm text-slate-700">
        <li>
          <code className="rounded bg-slate-100 px-1">npm start</code> loads the bundled corpus (<code>data/hf-papers-autoregressive.txt</code>) on first start.
        </li>
        <li>
          Or ingest your own file (Hugging Face papers text, JSONL, CSV or arXiv Atom XML):{" "}
          <code className="rounded bg-slate-100 px-1">npm run cli -- ingest FILE</code>, then{" "}
          <code className="rounded bg-slate-100 px-1">npm run cli -- extract</code>.
        </li>
      </ol>
    </section>
  );
}

export default function OverviewPage() {
  const db = getDb();
  const pairs = listBoardPairs(db);
  const counts = corpusCounts(db);
  const boards = counts.papers ? largestBoards(db, 6, 5, pairs) : [];
  const speedups = counts.papers ? speedupRows(topSpeedups(db, 10)) : [];

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-2xl font-semibold tracking-tight">Overview</h1>
        <p className="max-w-3xl text-sm text-slate-600">
          Every number reported in the abstracts, with its metric, benchmark, method and the sentence it came from.
        </p>
        <SearchForm />
      </header>

      {counts.papers === 0 ? (
        <FirstRun />
      ) : (
        <>
          <section aria-labelledby="counts-h">
            <h2 id="counts-h" className="sr-only">Corpus counts</h2>
            <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
              <Count label="papers" value={counts.papers} href="/papers" />
              <Count
                label="claims"
                value={counts.claims}
                href="/papers"
                detail={`${counts.byKind.result} results · ${counts.byKind.speedup} speedups · ${counts.byKind.delta} deltas`}
              />
              <Count label="leaderboards" value={counts.leaderboards} href="/leaderboards" detail="benchmark × metric pairs" />
              <Count label="speedup claims" value={counts.byKind.speedup} href="/speedups" />
            </div>
          </section>

          <section aria-labelledby="boards-h">
            <div className="mb-3 flex items-baseline justify-between gap-3">
              <h2 id="boards-h" className="text-lg font-semibold">Largest leaderboards</h2>
              <Link href="/leaderboards" className="text-sm text-blue-700 hover:underline">All {counts.leaderboards} leaderboards →</Link>
            </div>
            <p className="mb-2 flex gap-4 text-xs text-slate-600" aria-hidden>
              <span><span className="mr-1 inline-block h-2.5 w-2.5 rounded-sm bg-[#2563eb]" />proposed</span>
              <span><span className="mr-1 inline-block h-2.5 w-2.5 rounded-sm bg-[#94a3b8]" />baseline cited in another paper</span>
              <span>best value per method, best first</span>
            </p>
            {boards.length === 0 ? (
              <p className="text-sm text-slate-600">No result claims with both a benchmark and a metric yet.</p>
            ) : (
              <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
                {boards.map((b) => (
                  <li key={`${b.datasetSlug}/${b.metricSlug}`} className="rounded-lg border border-slate-200 bg-white p-3" data-board={`${b.datasetSlug}/${b.metricSlug}`}>
                    <h3 className="font-semibold">
                      <Link href={`/leaderboards/${b.datasetSlug}/${b.metricSlug}`} className="text-blue-700 hover:underline">
                        {b.metric} on {b.dataset}
                      </Link>
                    </h3>
                    <p className="text-xs text-slate-600">
                      {plural(b.methods, "method")} · {plural(b.claims, "claim")} · {plural(b.papers, "paper")} · {b.direction} is better
                    </p>
                    <div className="mt-2" aria-hidden>
                      <MiniBoardChart rows={b.top.map((t) => ({ label: t.method ?? "unnamed", value: t.value, role: t.role }))} metric={b.metric} direction={b.direction} animate={false} />
                    </div>
                    <p className="sr-only">
                      Best: {b.top.map((t) => `${t.method ?? "unnamed"} ${t.value}`).join(", ")}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="speedups-h">
            <div className="mb-3 flex items-baseline justify-between gap-3">
              <h2 id="speedups-h" className="text-lg font-semibold">Largest wall-clock speedups</h2>
              <Link href="/speedups" className="text-sm text-blue-700 hover:underline" title="also token, step, compute and memory savings">All {counts.byKind.speedup} speedup claims →</Link>
            </div>
            {speedups.length === 0 ? (
              <p className="text-sm text-slate-600">No speedup claims yet.</p>
            ) : (
              <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
                {speedups.map((r) => (
                  <li key={r.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-3 py-2 text-sm" data-speedup-id={r.id}>
                    <span className="w-32 shrink-0 font-mono font-semibold">{r.factorLabel}</span>
                    <span className="font-medium">{r.label}</span>
                    <span className="max-w-md truncate text-slate-600" title={r.vs ? `${r.aspect} vs ${r.vs}` : r.aspect}>
                      {r.aspect}
                      {r.vs ? ` vs ${r.vs}` : ""}
                    </span>
                    <FlagBadges flags={r.flags} />
                    <Link href={`/papers/${r.paperId}`} className="basis-full truncate text-xs text-blue-700 hover:underline md:ml-auto md:basis-auto md:max-w-xs">
                      {r.paperTitle}
                    </Link>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </>
      )}
    </div>
  );
}
