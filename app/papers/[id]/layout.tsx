// Resolves /papers/[id] before the page's loading boundary (loading.tsx wraps the page, not this layout), so an
// unknown id is a real 404 and an external id a real 307, not a streamed fallback with status 200.
import type { ReactNode } from "react";
import { notFound, redirect } from "next/navigation";
import { resolvePaper } from "@/components/paper/resolve-paper";

export const dynamic = "force-dynamic";

export default async function PaperLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const r = resolvePaper((await params).id);
  if (!r) notFound();
  if ("redirectTo" in r) redirect(`/papers/${r.redirectTo}`);
  return children;
}
