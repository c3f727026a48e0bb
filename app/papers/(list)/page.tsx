// Every paper, searchable by title and abstract words; ?q= and ?page= in the URL.
import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listPaperRows } from "@/db/queries/paper-pages";
import { PAGE_SIZE, PaperListParams, papersHref } from "@/components/papers/list-params";
import { PaperList } from "@/components/papers/paper-list";
import { PaperPager } from "@/components/papers/paper-pager";
import { PaperSearchForm } from "@/components/papers/paper-search-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Papers" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const fmt = (n: number) => n.toLocaleString("en-US");

export default async function PapersPage({ searchParams }: { searchParams: SearchParams }) {
  const { q, page: asked } = PaperListParams.parse(await searchParams);
  const db = getDb();
  let res = listPaperRows(db, { q, limit: PAGE_SIZE, offset: (asked - 1) * PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(res.total / PAGE_SIZE));
  const page = Math.min(asked, pages);
  if (page !== asked) res = listPaperRows(db, { q, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const first = (page - 1) * PAGE_SIZE + 1;
  const last = first + res.rows.length - 1;

  return (
    <div className="space-y-5">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Papers</h1>
        <p className="mt-1 text-sm text-slate-600">Every abstract in the corpus, with the numbers extracted from it.</p>
      </header>
      {res.all > 0 && <PaperSearchForm q={q} />}
      {res.all === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600" data-empty="no-papers">
          <p className="font-medium text-slate-800">The database has no papers yet.</p>
          <p className="mt-2">
            Load a file of abstracts (HF papers text, JSONL, CSV or arXiv Atom) with{" "}
            <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-800">npm run -s cli -- ingest FILE</code>
          </p>
        </div>
      ) : res.total === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600" data-empty="no-match">
          <p className="font-medium text-slate-800">No papers match “{q}”.</p>
          <p className="mt-2">
            Every word must appear in the title or the abstract. Try fewer words, or{" "}
            <Link href="/papers" className="text-blue-700 underline underline-offset-2">see all {fmt(res.all)} papers</Link>.
          </p>
        </div>
      ) : (
        <>
          <p className="text-sm text-slate-600" role="status" data-testid="paper-count" data-total={res.total}>
            {q ? (
              <><strong className="text-slate-900">{fmt(res.total)}</strong> of {fmt(res.all)} papers match “{q}”</>
            ) : (
              <><strong className="text-slate-900">{fmt(res.total)}</strong> papers</>
            )}
            {res.total > PAGE_SIZE && <>; showing <span className="whitespace-nowrap">{fmt(first)}–{fmt(last)}</span></>}.
          </p>
          <PaperList rows={res.rows} />
          <PaperPager q={q} page={page} pages={pages} />
          {page !== asked && <p className="sr-only">Page {asked} does not exist; showing the last page.</p>}
        </>
      )}
    </div>
  );
}
