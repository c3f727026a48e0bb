// GET /api/claims?dataset=&metric=&kind=&method=&paper=&q=&limit=&offset=
// dataset and metric accept a canonical name, slug or alias. Bad parameters → 400 {error, parameter}.
import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { apiClaims } from "@/db/queries/leaderboards";
import { BadParam, ClaimsQuery, parseQuery } from "@/lib/leaderboard/api-params";
import { datasetSlug, metricSlug } from "@/lib/vocab";

export const dynamic = "force-dynamic";

export function GET(req: NextRequest) {
  let q;
  try {
    q = parseQuery(ClaimsQuery, req.nextUrl.searchParams);
  } catch (e) {
    if (e instanceof BadParam) return NextResponse.json({ error: e.message, parameter: e.parameter }, { status: 400 });
    throw e;
  }
  const { claims, hasMore } = apiClaims(getDb(), {
    datasetSlug: q.dataset === undefined ? undefined : datasetSlug(q.dataset),
    metricSlug: q.metric === undefined ? undefined : metricSlug(q.metric),
    kind: q.kind,
    method: q.method,
    paper: q.paper,
    q: q.q,
    limit: q.limit,
    offset: q.offset,
  });
  return NextResponse.json({ claims, limit: q.limit, offset: q.offset, hasMore, nextOffset: hasMore ? q.offset + q.limit : null });
}
