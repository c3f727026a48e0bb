// One paper: /papers/{db id}. An external id (hf-007, an arXiv id) that names exactly one paper redirects to it.
// The abstract with every claim's evidence highlighted and linked to its row in the claims table.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { paperClaims } from "@/db/queries/paper-pages";
import { resolvePaper } from "@/components/paper/resolve-paper";
import { highlightAnchors, highlightPieces, type Kind } from "@/components/paper/highlight-groups";
import { HighlightedAbstract } from "@/components/paper/highlighted-abstract";
import { ClaimsTable } from "@/components/paper/claims-table";
import { KindLegend } from "@/components/paper/kind-legend";
import { PaperBoards } from "@/components/paper/paper-boards";
import { PaperMeta } from "@/components/paper/paper-meta";

export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const r = resolvePaper((await params).id);
  return { title: r && "paper" in r ? r.paper.title : "Paper not found" };
}

export default async function PaperPage({ params }: { params: Params }) {
  const r = resolvePaper((await params).id);
  // the layout has already answered unknown ids (404) and external ids (redirect)
  if (!r) notFound();
  if ("redirectTo" in r) redirect(`/papers/${r.redirectTo}`);
  const { paper } = r;
  const claims = paperClaims(getDb(), paper.id);
  const pieces = highlightPieces(paper.abstract, claims);
  const anchors = highlightAnchors(pieces);
  const counts: Record<Kind, number> = { result: 0, speedup: 0, delta: 0 };
  for (const c of claims) counts[c.kind]++;

  return (
    <article className="space-y-6" data-paper-id={paper.id}>
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/papers" className="text-blue-700 underline-offset-2 hover:underline">← All papers</Link>
      </nav>
      <header className="space-y-4">
        <h1 className="text-2xl font-semibold leading-tight tracking-tight text-slate-900 text-balance">{paper.title}</h1>
        <PaperMeta paper={paper} />
      </header>

      <section aria-labelledby="abstract-h" className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <h2 id="abstract-h" className="text-sm font-semibold uppercase tracking-wide text-slate-500">Abstract</h2>
          {claims.length > 0 && <KindLegend counts={counts} />}
        </div>
        <HighlightedAbstract pieces={pieces} />
        {claims.length > 0 && (
          <p className="mt-3 text-xs text-slate-500">Highlighted: the sentence part each number was read from. Select one to see its claim.</p>
        )}
      </section>

      <PaperBoards claims={claims} />

      <section aria-labelledby="claims-h" className="space-y-2">
        <h2 id="claims-h" className="text-lg font-semibold text-slate-900">
          Claims <span className="font-normal text-slate-500">({claims.length})</span>
        </h2>
        {claims.length ? (
          <ClaimsTable claims={claims} anchors={anchors} />
        ) : (
          <p className="rounded border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600" data-empty="no-claims">
            No claims: the extractor found no reported numbers in this abstract.
          </p>
        )}
      </section>
    </article>
  );
}
