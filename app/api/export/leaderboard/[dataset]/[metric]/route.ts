// GET /api/export/leaderboard/:dataset/:metric?format=svg|csv|json&view=&best=&baselines=&theme=&layout=
// dataset and metric by canonical name, slug or alias.
import { loadBoard } from "@/lib/export/sources";
import { exportResponse } from "../../../respond";

export const dynamic = "force-dynamic";

export async function GET(req: Request, ctx: { params: Promise<{ dataset: string; metric: string }> }) {
  const { dataset, metric } = await ctx.params;
  return exportResponse(req, (db, sp) => ({ kind: "leaderboard", data: loadBoard(db, dataset, metric, sp) }));
}
