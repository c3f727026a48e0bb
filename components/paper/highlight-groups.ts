// Splits an abstract into plain text and highlight groups. Claims' evidence spans may overlap or nest; spans
// that overlap are merged into one group (one link, one tab stop), cut into segments at every span boundary:
// each segment knows how many spans cover it (depth) and the kind of the innermost one.
export type Kind = "result" | "speedup" | "delta";

export interface SpanClaim {
  id: number;
  kind: Kind;
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  kind: Kind;
  depth: number;
}

export type Piece =
  | { type: "text"; text: string }
  | { type: "group"; start: number; end: number; claimIds: number[]; kinds: Kind[]; segments: Segment[] };

/** Spans inside the abstract, in reading order (longer first at the same start); broken ones dropped. */
function validSpans(abstract: string, claims: readonly SpanClaim[]): SpanClaim[] {
  return claims
    .filter((c) => Number.isInteger(c.start) && Number.isInteger(c.end) && c.start >= 0 && c.end <= abstract.length && c.start < c.end)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.id - b.id);
}

function segmentsOf(abstract: string, start: number, end: number, spans: readonly SpanClaim[]): Segment[] {
  const cuts = [...new Set([start, end, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const cover = spans.filter((s) => s.start <= a && s.end >= b);
    if (!cover.length) continue;
    const inner = cover.reduce((m, s) => (s.end - s.start < m.end - m.start ? s : m));
    out.push({ text: abstract.slice(a, b), kind: inner.kind, depth: cover.length });
  }
  return out;
}

/** The abstract as text pieces and highlight groups, in order; concatenated, the pieces give back the abstract. */
export function highlightPieces(abstract: string, claims: readonly SpanClaim[]): Piece[] {
  const spans = validSpans(abstract, claims);
  const groups: { start: number; end: number; spans: SpanClaim[] }[] = [];
  for (const s of spans) {
    const g = groups.at(-1);
    if (g && s.start < g.end) {
      g.spans.push(s);
      g.end = Math.max(g.end, s.end);
    } else groups.push({ start: s.start, end: s.end, spans: [s] });
  }
  const pieces: Piece[] = [];
  let at = 0;
  for (const g of groups) {
    if (g.start > at) pieces.push({ type: "text", text: abstract.slice(at, g.start) });
    pieces.push({
      type: "group",
      start: g.start,
      end: g.end,
      claimIds: g.spans.map((s) => s.id),
      kinds: [...new Set(g.spans.map((s) => s.kind))],
      segments: segmentsOf(abstract, g.start, g.end, g.spans),
    });
    at = g.end;
  }
  if (at < abstract.length) pieces.push({ type: "text", text: abstract.slice(at) });
  return pieces;
}

/** Id of the element in the abstract that holds each claim's highlight. */
export function highlightAnchors(pieces: readonly Piece[]): Map<number, string> {
  const m = new Map<number, string>();
  for (const p of pieces) if (p.type === "group") for (const id of p.claimIds) m.set(id, `hl-${p.claimIds[0]}`);
  return m;
}
