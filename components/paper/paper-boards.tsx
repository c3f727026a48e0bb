// The leaderboards this paper's result claims are on, with how many of its claims each holds.
import Link from "next/link";
import type { PaperClaim } from "@/db/queries/paper-pages";
import { boardHref } from "./claims-table";

export function PaperBoards({ claims }: { claims: readonly PaperClaim[] }) {
  const boards = new Map<string, { label: string; n: number }>();
  for (const c of claims) {
    const href = boardHref(c);
    if (!href) continue;
    const b = boards.get(href) ?? { label: `${c.metric} on ${c.dataset}`, n: 0 };
    b.n++;
    boards.set(href, b);
  }
  if (!boards.size) return null;
  return (
    <section aria-labelledby="boards-h">
      <h2 id="boards-h" className="text-sm font-semibold uppercase tracking-wide text-slate-500">On leaderboards</h2>
      <ul className="mt-2 flex flex-wrap gap-2" data-testid="paper-boards">
        {[...boards].map(([href, b]) => (
          <li key={href}>
            <Link href={href} className="inline-flex items-center gap-2 rounded-full border border-slate-300 bg-white px-3 py-1 text-sm text-blue-800 hover:border-blue-500 hover:bg-blue-50">
              {b.label}
              <span className="text-xs text-slate-500">{b.n} {b.n === 1 ? "claim" : "claims"}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
