// GET /api/leaderboards?domain=&q=&limit= — every benchmark × metric pair of result claims with its counts, biggest first.
import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { listBoardPairs } from "@/db/queries/leaderboards";
import { BadParam, LeaderboardsQuery, parseQuery } from "@/lib/leaderboard/api-params";
import { filterPairs } from "@/lib/leaderboard/pairs";
import { findMetric } from "@/lib/vocab";

export const dynamic = "force-dynamic";

export function GET(req: NextRequest) {
  let q;
  try {
    q = parseQuery(LeaderboardsQuery, req.nextUrl.searchParams);
  } catch (e) {
    if (e instanceof BadParam) return NextResponse.json({ error: e.message, parameter: e.parameter }, { status: 400 });
    throw e;
  }
  const pairs = filterPairs(listBoardPairs(getDb()), q);
  const leaderboards = pairs.slice(0, q.limit ?? pairs.length).map((p) => ({
    ...p,
    direction: findMetric(p.metricSlug)?.direction ?? "higher",
    url: `/leaderboards/${p.datasetSlug}/${p.metricSlug}`,
  }));
  return NextResponse.json({ total: pairs.length, leaderboards });
}
