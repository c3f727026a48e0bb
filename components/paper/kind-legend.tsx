// Claim counts by kind, doubling as the legend of the highlight colours.
import type { Kind } from "./highlight-groups";
import { KindBadge } from "./kind-badge";

const KINDS: { kind: Kind; one: string; many: string; hint: string }[] = [
  { kind: "result", one: "result", many: "results", hint: "an absolute metric value" },
  { kind: "speedup", one: "speedup", many: "speedups", hint: "a multiplicative claim: faster, cheaper, fewer tokens" },
  { kind: "delta", one: "delta", many: "deltas", hint: "an additive or percentage change" },
];

export function KindLegend({ counts }: { counts: Record<Kind, number> }) {
  return (
    <ul className="flex flex-wrap gap-2 text-sm" aria-label="Claims by kind">
      {KINDS.filter((k) => counts[k.kind] > 0).map((k) => (
        <li key={k.kind} title={k.hint} data-kind-count={k.kind}>
          <KindBadge kind={k.kind}>
            {counts[k.kind]} {counts[k.kind] === 1 ? k.one : k.many}
          </KindBadge>
        </li>
      ))}
    </ul>
  );
}
