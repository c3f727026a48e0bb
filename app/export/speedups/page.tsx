// The speedups chart's export layout (one fixed-size SVG): what the Export menu and the CLI render.
// Same URL options as /speedups (aspect, min, q) plus theme=light|dark and layout=slide|chart.
import { getDb } from "@/db/client";
import { ExportCanvas } from "@/components/export/export-canvas";
import { loadSpeedups } from "@/lib/export/sources";

export const dynamic = "force-dynamic";
export const metadata = { title: "Export", robots: { index: false } };

export default async function Page(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sp = await props.searchParams;
  return <ExportCanvas searchParams={sp} load={() => ({ kind: "speedups", data: loadSpeedups(getDb(), sp) })} />;
}
