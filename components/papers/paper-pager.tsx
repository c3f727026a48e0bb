// Previous / next links and the page position; the page lives in the URL (?page=).
import Link from "next/link";
import { papersHref } from "./list-params";

const btn = "rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:border-blue-500 hover:text-blue-800";
const off = "rounded-md border border-slate-200 bg-slate-50 px-3 py-1.5 text-slate-500";

export function PaperPager({ q, page, pages }: { q: string; page: number; pages: number }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pages of papers" className="flex items-center justify-between gap-2 text-sm">
      {page > 1 ? <Link href={papersHref(q, page - 1)} className={btn} rel="prev">← Previous</Link> : <span className={off} aria-hidden>← Previous</span>}
      <span className="text-slate-600" aria-current="page">Page {page} of {pages}</span>
      {page < pages ? <Link href={papersHref(q, page + 1)} className={btn} rel="next">Next →</Link> : <span className={off} aria-hidden>Next →</span>}
    </nav>
  );
}
