// Where commands write: results on stdout, progress, warnings and errors on stderr (one line each).
export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** whether stderr is a terminal (progress bars) */
  tty: boolean;
}

export const processIo: Io = {
  out: (line) => void process.stdout.write(`${line}\n`),
  err: (line) => void process.stderr.write(`${line}\n`),
  tty: Boolean(process.stderr.isTTY),
};

export const quietIo: Io = { out: () => {}, err: () => {}, tty: false };
