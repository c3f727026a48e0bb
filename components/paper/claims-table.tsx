// The paper's claims, in reading order. A table at desktop width; below md each row becomes a labelled card.
// Rows are link targets (#claim-ID) of the highlights in the abstract and link back to them.
import Link from "next/link";
import type { ReactNode } from "react";
import type { PaperClaim } from "@/db/queries/paper-pages";
import { formatClaimValue, formatNumber, qualifierLabel } from "@/lib/format/claim-value";
import { KindBadge } from "./kind-badge";
import { readableEvidence } from "@/lib/format/evidence-text";

const HEAD = ["Kind", "Metric", "Value", "Dataset", "Method", "Role", "vs", "Params", "Conf.", "Evidence"];

/** One cell; `empty` ones are left out of the phone-width cards (the table keeps its "—"). */
function Cell({ label, children, className = "", empty = false }: { label: string; children: ReactNode; className?: string; empty?: boolean }) {
  return (
    <td
      data-label={label}
      className={`px-3 py-2 align-top max-md:flex max-md:gap-3 max-md:px-0 max-md:py-0.5 max-md:before:w-20 max-md:before:shrink-0 max-md:before:text-xs max-md:before:font-medium max-md:before:uppercase max-md:before:leading-5 max-md:before:text-slate-500 max-md:before:content-[attr(data-label)] ${empty ? "max-md:hidden" : ""} ${className}`}
    >
      <div className="min-w-0">{children}</div>
    </td>
  );
}

const none = <span className="text-slate-500">—</span>;

export function boardHref(c: Pick<PaperClaim, "kind" | "datasetSlug" | "metricSlug">): string | null {
  return c.kind === "result" && c.datasetSlug && c.metricSlug ? `/leaderboards/${c.datasetSlug}/${c.metricSlug}` : null;
}

function Value({ c }: { c: PaperClaim }) {
  const q = qualifierLabel(c.qualifier);
  const inverse = c.kind === "speedup" && c.value > 0 && c.value < 1 && (c.valueHigh ?? c.value) < 1;
  return (
    <span className="whitespace-nowrap font-mono tabular-nums" title={q ? `${q} ${formatNumber(c.value)}` : undefined}>
      {formatClaimValue(c)}
      {inverse && <span className="block font-sans text-xs text-slate-500">= {formatNumber(Number((1 / c.value).toFixed(2)))}× less</span>}
    </span>
  );
}

export function ClaimsTable({ claims, anchors }: { claims: readonly PaperClaim[]; anchors: ReadonlyMap<number, string> }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white max-md:border-0 max-md:bg-transparent md:overflow-x-auto">
      <table className="w-full text-left text-sm max-md:block">
        <caption className="sr-only">Claims extracted from the abstract, in reading order</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600 max-md:hidden">
          <tr>
            {HEAD.map((h) => (
              <th key={h} scope="col" className="px-3 py-2 font-semibold">{h}</th>
            ))}
          </tr>
        </thead>
        <tbody className="max-md:block max-md:space-y-3">
          {claims.map((c) => {
            const board = boardHref(c);
            const anchor = anchors.get(c.id);
            return (
              <tr
                key={c.id}
                id={`claim-${c.id}`}
                data-claim-id={c.id}
                data-kind={c.kind}
                tabIndex={-1}
                className="scroll-mt-24 border-t border-slate-100 target:bg-amber-50 target:outline-2 target:outline-amber-400 max-md:block max-md:rounded-lg max-md:border max-md:border-slate-200 max-md:bg-white max-md:p-3 max-md:target:bg-amber-50"
              >
                <Cell label="Kind"><KindBadge kind={c.kind} /></Cell>
                <Cell label="Metric" empty={!c.metric}>{c.metric ?? none}</Cell>
                <Cell label="Value"><Value c={c} /></Cell>
                <Cell label="Dataset" empty={!c.dataset && !board}>
                  {c.dataset ?? none}
                  {board && (
                    <Link href={board} className="block text-xs text-blue-700 underline underline-offset-2" data-board-link>
                      leaderboard →
                    </Link>
                  )}
                </Cell>
                <Cell label="Method" empty={!c.method}>{c.method ? <span className="font-medium">{c.method}</span> : none}</Cell>
                <Cell label="Role">{c.role}</Cell>
                <Cell label="vs" empty={!c.vs}>{c.vs ?? none}</Cell>
                <Cell label="Params" empty={!c.params}>{c.params ?? none}</Cell>
                <Cell label="Conf."><span className="tabular-nums">{c.confidence.toFixed(2)}</span></Cell>
                <Cell label="Evidence" className="md:min-w-56">
                  <q className="italic text-slate-700" title={c.evidence}>{readableEvidence(c.evidence)}</q>{" "}
                  {anchor && (
                    <a href={`#${anchor}`} className="whitespace-nowrap text-xs text-blue-700 underline underline-offset-2">
                      in abstract ↑
                    </a>
                  )}
                </Cell>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
