// GET /api/export/speedups?format=svg|csv|json&aspect=&min=&q=&theme=&layout=
import { loadSpeedups } from "@/lib/export/sources";
import { exportResponse } from "../respond";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  return exportResponse(req, (db, sp) => ({ kind: "speedups", data: loadSpeedups(db, sp) }));
}
