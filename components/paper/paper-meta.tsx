// The paper's metadata as a definition list: external id, source file, published, authors, url.
import type { Paper } from "@/db/schema";

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="flex gap-3 py-1 sm:block">
      <dt className="w-28 shrink-0 text-xs font-medium uppercase tracking-wide text-slate-500">{term}</dt>
      <dd className="min-w-0 break-words text-sm text-slate-800">{children}</dd>
    </div>
  );
}

const baseName = (p: string) => p.split(/[\\/]/).at(-1) ?? p;

export function PaperMeta({ paper }: { paper: Paper }) {
  const authors = paper.authors ?? [];
  return (
    <dl className="grid gap-x-8 gap-y-1 sm:grid-cols-2 lg:grid-cols-4" data-testid="paper-meta">
      <Row term="External id"><span className="font-mono">{paper.externalId}</span></Row>
      <Row term="Source file"><span className="font-mono" title={paper.sourceFile}>{baseName(paper.sourceFile)}</span></Row>
      <Row term="Published">{paper.published ? <time dateTime={paper.published}>{paper.published.slice(0, 10)}</time> : <span className="text-slate-500">not given</span>}</Row>
      <Row term="Link">
        {paper.url ? (
          <a href={paper.url} className="break-all text-blue-700 underline underline-offset-2" rel="noreferrer">{paper.url}</a>
        ) : (
          <span className="text-slate-500">none</span>
        )}
      </Row>
      {authors.length > 0 && (
        <div className="py-1 sm:col-span-2 lg:col-span-4">
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">Authors</dt>
          <dd className="text-sm text-slate-800">{authors.join(", ")}</dd>
        </div>
      )}
    </dl>
  );
}
