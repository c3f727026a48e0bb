// Every benchmark × metric pair of result claims, biggest first; filter by domain and text (in the URL).
import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { listBoardPairs } from "@/db/queries/leaderboards";
import { filterPairs, pairDomains } from "@/lib/leaderboard/pairs";
import { PairFilters } from "@/components/leaderboard/pair-filters";
import { PairList } from "@/components/leaderboard/pair-list";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Leaderboards" };

const SHOWN = 200;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function LeaderboardsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sp = await searchParams;
  const all = listBoardPairs(getDb());
  const filter = { domain: one(sp.domain) || null, q: one(sp.q) || null };
  const pairs = filterPairs(all, filter);
  return (
    <div className="space-y-5">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Leaderboards</h1>
        <p className="mt-1 text-sm text-slate-600">
          Every benchmark × metric pair the abstracts report results on, the most methods first.
        </p>
      </header>
      <PairFilters domains={pairDomains(all)} />
      <p className="text-sm text-slate-600" role="status" data-testid="pair-count">
        {pairs.length === all.length ? `${all.length} leaderboards` : `${pairs.length} of ${all.length} leaderboards`}
        {pairs.length > SHOWN ? `; showing the first ${SHOWN}` : ""}.
      </p>
      {pairs.length ? (
        <PairList pairs={pairs.slice(0, SHOWN)} />
      ) : (
        <p className="rounded border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">
          {all.length ? "No leaderboard matches these filters." : "No results extracted yet: ingest and extract some abstracts first."}
        </p>
      )}
    </div>
  );
}
