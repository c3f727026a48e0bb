"use client";
import { useSyncExternalStore } from "react";

const QUERY = "(max-width: 639px)";
function subscribe(cb: () => void) {
  const m = window.matchMedia(QUERY);
  m.addEventListener("change", cb);
  return () => m.removeEventListener("change", cb);
}

/** true on phone-width screens (below Tailwind's `sm`); false on the server. */
export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(QUERY).matches, () => false);
}
