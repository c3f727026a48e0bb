// One leaderboard: /leaderboards/{dataset-slug}/{metric-slug}. Names and aliases redirect to the slug URL.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { boardClaims, boardNames, boardStats } from "@/db/queries/leaderboards";
import { datasetSlug, findDataset, findMetric, metricDirection, metricSlug } from "@/lib/vocab";
import { BoardView } from "@/components/leaderboard/board-view";
import { EmptyBoard } from "@/components/leaderboard/empty-board";
import { metricAxisTitle, type LeaderboardMetric } from "@/components/charts/leaderboard-chart-utils";

export const dynamic = "force-dynamic";

type Params = Promise<{ dataset: string; metric: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The board's slugs, whatever name, slug or alias the URL used. */
function resolve(p: { dataset: string; metric: string }) {
  const ds = decode(p.dataset);
  const m = decode(p.metric);
  return { ds, m, dsSlug: datasetSlug(ds), mSlug: metricSlug(m) };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { dsSlug, mSlug } = resolve(await params);
  const names = boardNames(getDb(), dsSlug, mSlug);
  return { title: `${names.metric} on ${names.dataset}` };
}

function mostCommon(values: (string | null)[]): string | null {
  const n = new Map<string, number>();
  for (const v of values) if (v) n.set(v, (n.get(v) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

export default async function BoardPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const p = await params;
  const { ds, m, dsSlug, mSlug } = resolve(p);
  const db = getDb();
  const stats = boardStats(db, dsSlug, mSlug);
  // a benchmark and metric the vocabulary knows but no abstract reports yet: an empty board, not a 404
  if (!stats.claims && !(findDataset(ds) && findMetric(m))) notFound();
  if (dsSlug !== ds || mSlug !== m) {
    const sp = new URLSearchParams();
    for (const [k, v] of Object.entries(await searchParams)) for (const x of [v ?? []].flat()) sp.append(k, x);
    const qs = sp.toString();
    redirect(`/leaderboards/${dsSlug}/${mSlug}${qs ? `?${qs}` : ""}`);
  }
  const names = boardNames(db, dsSlug, mSlug);
  if (!stats.claims) return <EmptyBoard dataset={names.dataset} metric={names.metric} />;
  const vocab = findMetric(mSlug);
  const direction = vocab?.direction ?? metricDirection(names.metric);
  const claims = boardClaims(db, dsSlug, mSlug, direction);
  const metric: LeaderboardMetric = { name: names.metric, unit: vocab?.unit ?? mostCommon(claims.map((c) => c.unit)), direction };
  const domain = findDataset(dsSlug)?.domain ?? vocab?.domain;

  return (
    <div className="space-y-5">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
        <Link href="/leaderboards" className="text-blue-700 underline">Leaderboards</Link>
        <span aria-hidden> / </span>
        <span>{names.dataset}</span>
      </nav>
      <header>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">
          {names.metric} on {names.dataset}
        </h1>
        <p className="mt-1 text-sm text-slate-600">
          {stats.methods} method{stats.methods === 1 ? "" : "s"} · {stats.claims} claim{stats.claims === 1 ? "" : "s"} · {stats.papers} paper
          {stats.papers === 1 ? "" : "s"}
          {domain ? ` · ${domain}` : ""} · <span data-testid="direction">{metricAxisTitle(metric)}</span>
        </p>
        {stats.claims > claims.length ? (
          <p className="mt-1 text-xs text-slate-500">Showing the best {claims.length} of {stats.claims} claims.</p>
        ) : null}
      </header>
      <BoardView claims={claims} metric={metric} />
    </div>
  );
}
