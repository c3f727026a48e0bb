// The abstract with every claim's evidence highlighted by kind. Each highlight group is a link to its claim row
// (#claim-ID): keyboard reachable, Enter follows it, the row is marked with :target. Nested spans show a
// stronger underline where they overlap.
import type { Piece } from "./highlight-groups";
import { KIND_LABEL } from "./kind-badge";

function groupLabel(p: Extract<Piece, { type: "group" }>): string {
  const n = p.claimIds.length;
  return n === 1 ? `${KIND_LABEL[p.kinds[0]]} claim` : `${n} claims: ${p.kinds.map((k) => KIND_LABEL[k]).join(", ")}`;
}

export function HighlightedAbstract({ pieces }: { pieces: readonly Piece[] }) {
  return (
    <p className="max-w-3xl text-[15px] leading-8 text-slate-800" data-testid="abstract">
      {pieces.map((p, i) =>
        p.type === "text" ? (
          <span key={i}>{p.text}</span>
        ) : (
          <a
            key={i}
            id={`hl-${p.claimIds[0]}`}
            href={`#claim-${p.claimIds[0]}`}
            data-highlight={p.claimIds.join(" ")}
            data-kinds={p.kinds.join(" ")}
            title={`${groupLabel(p)}: show in the claims table`}
            className="scroll-mt-24 rounded-sm underline decoration-slate-500/60 decoration-1 underline-offset-4 hover:decoration-2 target:ring-2 target:ring-amber-400"
          >
            {p.segments.map((s, j) => (
              <span key={j} className={`kind-${s.kind} ${s.depth > 1 ? "font-semibold" : ""} box-decoration-clone px-px py-0.5`}>
                {s.text}
              </span>
            ))}
            <span className="sr-only"> ({groupLabel(p)})</span>
          </a>
        ),
      )}
    </p>
  );
}
