"use client";
// The range chart on the page: narrower labels and type on phone widths; a figure with a text alternative.
import { useEffect, useRef, useState } from "react";
import { SpeedupRangeChart } from "@/components/charts/speedup-range-chart";
import type { SpeedupGroup } from "@/lib/speedups/rows";

export function SpeedupChartPanel({ groups, count }: { groups: readonly SpeedupGroup[]; count: number }) {
  const ref = useRef<HTMLElement>(null);
  const [w, setW] = useState(1024);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(([e]) => setW(e.contentRect.width));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const narrow = w < 560;
  return (
    <figure
      ref={ref}
      className="mt-3"
      aria-label={`Range plot of ${count} speedup claims on a log scale, grouped by ${groups.map((g) => g.aspect).join(", ")}. The table below lists the same claims.`}
      data-testid="speedup-chart"
    >
      <SpeedupRangeChart groups={groups} labelWidth={narrow ? 104 : 200} fontSize={narrow ? 11 : 12} rowHeight={narrow ? 24 : 26} />
    </figure>
  );
}
