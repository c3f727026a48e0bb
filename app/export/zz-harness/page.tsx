// TEMPORARY harness (h6): removed before the report.
import { ExportMenu } from "@/components/export/export-menu";
export default function Page() {
  return <div className="p-8"><ExportMenu target={{ kind: "leaderboard", dataset: "imagenet-256x256", metric: "fid" }} /><div className="mt-40"><ExportMenu target={{ kind: "speedups" }} /></div></div>;
}
