// A claim kind as a small coloured badge (the same colours as the highlights in the abstract).
import type { Kind } from "./highlight-groups";

export const KIND_LABEL: Record<Kind, string> = { result: "result", speedup: "speedup", delta: "delta" };

export function KindBadge({ kind, children }: { kind: Kind; children?: React.ReactNode }) {
  return (
    <span className={`kind-${kind} inline-block whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-medium`}>
      {children ?? KIND_LABEL[kind]}
    </span>
  );
}
