import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { speedupClaims, speedupCount } from "@/db/queries/speedups";
import { groupByAspect, speedupRows, type SpeedupFilter } from "@/lib/speedups/rows";
import { loadSpeedupParams } from "@/components/speedups/search-params";
import { SpeedupFilters } from "@/components/speedups/speedup-filters";
import { SpeedupLegend } from "@/components/speedups/speedup-flags";
import { SpeedupTable } from "@/components/speedups/speedup-table";
import { SpeedupChartPanel } from "@/components/speedups/speedup-chart-panel";
import { ExportMenu } from "@/components/export/export-menu";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Speedup claims" };

/** The chart shows at most this many claims (the largest); the table shows them all. */
const CHART_ROWS = 250;

export default async function SpeedupsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { aspect, min, q } = loadSpeedupParams(await searchParams);
  const filter: SpeedupFilter = { aspect, minFactor: min, text: q };
  const db = getDb();
  const total = speedupCount(db);
  const rows = speedupRows(speedupClaims(db, filter), filter);
  const chartRows = rows.slice(0, CHART_ROWS);
  const groups = groupByAspect(chartRows);
  const weak = rows.filter((r) => r.flags.qualifier || r.flags.noBaseline).length;

  return (
    <div className="space-y-5">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">Speedup claims</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          Every “N× faster / cheaper / fewer tokens” claim, on a log scale, grouped by what was sped up. Factors written
          below 1 (“to 0.6 times the cost”) are shown as the equivalent factor (1/0.6 ≈ 1.7×) and marked ↺.
        </p>
      </header>

      {total === 0 ? (
        <section className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center" data-empty="no-speedups">
          <h2 className="text-lg font-semibold">No speedup claims yet</h2>
          <p className="mt-2 text-sm text-slate-600">
            Ingest and extract abstracts first: <code className="rounded bg-slate-100 px-1">npm run cli -- ingest FILE</code>, then{" "}
            <code className="rounded bg-slate-100 px-1">npm run cli -- extract</code>. See the <Link href="/" className="text-blue-700 underline">overview</Link>.
          </p>
        </section>
      ) : (
        <>
          <SpeedupFilters />
          <p className="text-sm text-slate-700" aria-live="polite">
            <strong>{rows.length}</strong> of {total} speedup claims
            {rows.length > 0 && (
              <>
                {" "}· <strong>{weak}</strong> weak (qualified or without a named baseline)
                {rows.length > chartRows.length && <> · the chart shows the {chartRows.length} largest</>}
              </>
            )}
          </p>
          {rows.length === 0 ? (
            <section className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center" data-empty="no-match">
              <h2 className="text-lg font-semibold">No speedup claims match these filters</h2>
              <p className="mt-2 text-sm text-slate-600">
                Try another aspect, a lower minimum factor, or fewer words. <Link href="/speedups" className="text-blue-700 underline">Show all {total}</Link>.
              </p>
            </section>
          ) : (
            <>
              <section aria-labelledby="chart-h" className="rounded-lg border border-slate-200 bg-white p-3">
                <h2 id="chart-h" className="sr-only">Range plot of speedup factors</h2>
                <div className="flex items-start gap-3">
                  <div className="min-w-0 flex-1"><SpeedupLegend /></div>
                  <ExportMenu />
                </div>
                <SpeedupChartPanel groups={groups} count={chartRows.length} />
              </section>
              <section aria-labelledby="table-h">
                <h2 id="table-h" className="mb-2 text-lg font-semibold">All matching claims</h2>
                <SpeedupTable rows={rows} />
              </section>
            </>
          )}
        </>
      )}
    </div>
  );
}
