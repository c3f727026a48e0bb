import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { search, type NameHit } from "@/db/queries/search";
import { SearchForm } from "@/components/search/search-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Search" };

function Group({ id, title, count, children }: { id: string; title: string; count: number; children: React.ReactNode }) {
  if (!count) return null;
  return (
    <section aria-labelledby={`${id}-h`} data-group={id}>
      <h2 id={`${id}-h`} className="mb-2 text-lg font-semibold">
        {title} <span className="text-sm font-normal text-slate-600">({count})</span>
      </h2>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">{children}</ul>
    </section>
  );
}

/** Names with leaderboards (or a speedup aspect) as items; vocabulary names without any on one line. */
function NameGroup({ id, title, hits, side }: { id: string; title: string; hits: NameHit[]; side: "metric" | "dataset" }) {
  const linked = hits.filter((h) => h.boards.length || h.aspect);
  const bare = hits.filter((h) => !h.boards.length && !h.aspect);
  return (
    <Group id={id} title={title} count={hits.length}>
      {linked.map((h) => <NameItem key={h.slug} h={h} side={side} />)}
      {bare.length > 0 && (
        <li className="px-3 py-2 text-sm text-slate-700" data-hit-bare>
          <span className="text-xs text-slate-600">Known, no leaderboard yet: </span>
          {bare.map((h, i) => (
            <span key={h.slug} data-hit={h.slug}>
              {i > 0 && ", "}
              <span className="font-medium">{h.name}</span>
              {h.matched && <span className="text-xs text-slate-600"> (“{h.matched}”)</span>}
            </span>
          ))}
        </li>
      )}
    </Group>
  );
}

function NameItem({ h, side }: { h: NameHit; side: "metric" | "dataset" }) {
  return (
    <li className="px-3 py-2 text-sm" data-hit={h.slug}>
      <span className="font-medium">{h.name}</span>
      {h.matched && <span className="ml-2 text-xs text-slate-600">matched “{h.matched}”</span>}
      {h.boards.length > 0 ? (
        <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
          {h.boards.slice(0, 12).map((b) => (
            <li key={`${b.datasetSlug}/${b.metricSlug}`}>
              <Link href={`/leaderboards/${b.datasetSlug}/${b.metricSlug}`} className="text-blue-700 hover:underline">
                {side === "metric" ? b.dataset : b.metric} leaderboard
              </Link>{" "}
              <span className="text-xs text-slate-600">({b.claims})</span>
            </li>
          ))}
        </ul>
      ) : h.aspect ? (
        <div className="mt-1">
          <Link href={`/speedups?aspect=${encodeURIComponent(h.aspect)}`} className="text-blue-700 hover:underline">
            {h.aspect} speedup claims
          </Link>
        </div>
      ) : (
        <div className="mt-1 text-xs text-slate-600">No leaderboard yet.</div>
      )}
    </li>
  );
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  const r = search(getDb(), q);
  const total = r.papers.length + r.methods.length + r.metrics.length + r.datasets.length;

  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <h1 className="text-2xl font-semibold tracking-tight">Search</h1>
        <SearchForm q={q} autoFocus={!q} />
        {r.q && (
          <p className="text-sm text-slate-700" aria-live="polite">
            {total === 0 ? <>Nothing matches “{r.q}”.</> : <>Results for “{r.q}”</>}
          </p>
        )}
      </header>
      {!r.q && <p className="text-sm text-slate-600">Search methods, paper titles, datasets and metrics, by name or alias (“Fréchet” finds FID).</p>}
      {r.q && total === 0 && (
        <p className="text-sm text-slate-600" data-empty="no-results">
          Try fewer or shorter words, a metric alias (“Inception Score”), or browse <Link href="/papers" className="text-blue-700 underline">papers</Link> and{" "}
          <Link href="/leaderboards" className="text-blue-700 underline">leaderboards</Link>.
        </p>
      )}
      <NameGroup id="metrics" title="Metrics" hits={r.metrics} side="metric" />
      <NameGroup id="datasets" title="Datasets" hits={r.datasets} side="dataset" />
      <Group id="methods" title="Methods" count={r.methods.length}>
        {r.methods.map((m) => (
          <li key={m.method} className="px-3 py-2 text-sm" data-hit={m.method}>
            <span className="font-medium">{m.method}</span>{" "}
            <span className="text-xs text-slate-600">
              {m.claims} claims in {m.papers} paper{m.papers === 1 ? "" : "s"}
            </span>
            <div>
              <Link href={`/papers/${m.paperId}`} className="text-blue-700 hover:underline">{m.paperTitle}</Link>
            </div>
          </li>
        ))}
      </Group>
      <Group id="papers" title="Papers" count={r.papers.length}>
        {r.papers.map((p) => (
          <li key={p.id} className="px-3 py-2 text-sm" data-hit={`paper-${p.id}`}>
            <Link href={`/papers/${p.id}`} className="font-medium text-blue-700 hover:underline">{p.title}</Link>{" "}
            <span className="text-xs text-slate-600">{p.externalId} · {p.claims} claims</span>
          </li>
        ))}
      </Group>
    </div>
  );
}
