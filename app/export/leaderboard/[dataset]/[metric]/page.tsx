// The leaderboard's export layout (one fixed-size SVG): what the Export menu and the CLI render.
// Same URL options as the page (view, best, baselines) plus theme=light|dark and layout=slide|chart.
import { getDb } from "@/db/client";
import { ExportCanvas } from "@/components/export/export-canvas";
import { loadBoard } from "@/lib/export/sources";

export const dynamic = "force-dynamic";
export const metadata = { title: "Export", robots: { index: false } };

export default async function Page(props: {
  params: Promise<{ dataset: string; metric: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ dataset, metric }, sp] = await Promise.all([props.params, props.searchParams]);
  return <ExportCanvas searchParams={sp} load={() => ({ kind: "leaderboard", data: loadBoard(getDb(), dataset, metric, sp) })} />;
}
