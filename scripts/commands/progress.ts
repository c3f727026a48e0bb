// Progress for long steps: nothing for the first second; then a cli-progress bar on stderr when it is a
// terminal, or else one line every few seconds.
import { Presets, SingleBar } from "cli-progress";
import type { Io } from "./io";

export interface Progress {
  update(value: number): void;
  stop(): void;
}

export function progress(io: Io, label: string, unit: string, total: number | null): Progress {
  const t0 = Date.now();
  let last = t0;
  let bar: SingleBar | null = null;
  return {
    update(value) {
      const now = Date.now();
      if (now - t0 < 1000) return;
      if (io.tty) {
        if (!bar) {
          const format = total
            ? `${label} [{bar}] {percentage}% | {value}/{total} ${unit} | {eta_formatted} left`
            : `${label} {value} ${unit}`;
          bar = new SingleBar({ format, stream: process.stderr, hideCursor: true, clearOnComplete: true, etaBuffer: 50 },
            Presets.shades_classic);
          bar.start(total ?? 0, value);
        } else bar.update(value);
      } else if (now - last >= 5000) {
        last = now;
        const rate = Math.round(value / ((now - t0) / 1000));
        io.err(`${label}: ${value}${total ? `/${total}` : ""} ${unit} (${rate}/s)`);
      }
    },
    stop() {
      bar?.stop();
      bar = null;
    },
  };
}
