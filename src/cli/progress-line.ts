// One line on the terminal that follows a long import: how much of the file is read, the rows and IOP rows found so
// far, the time taken and the time left. It is written over itself (a carriage return, then "erase to the end of
// the line"), at most UPDATES_PER_SECOND times a second, only when the stream is a terminal and the file is large
// enough to take a while, and erased when the reading ends, so nothing of it stays in the output or in a log.
import type { PriceFileProgress } from '../import/types.ts';

const MB = 1024 * 1024;
/** Files smaller than this are read too fast for a progress line. */
export const MIN_BYTES = 5 * MB;
const UPDATES_PER_SECOND = 4;
const ERASE_LINE = '\r\u001b[K';

export interface ProgressLine {
  /** Takes the reader's progress (ReadPriceFileOptions.onProgress). */
  update: (progress: PriceFileProgress) => void;
  /** Erases the line, if one was written. Call it when the reading ends, however it ends. */
  done: () => void;
}

export interface ProgressLineOptions {
  /** Milliseconds since some fixed time (tests give their own clock). */
  now?: () => number;
  minBytes?: number;
}

function minutes(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The line for `progress`, `elapsed` milliseconds after the reading started. */
export function progressText(progress: PriceFileProgress, elapsed: number): string {
  const { bytesRead, totalBytes, rowsRead, iopRows } = progress;
  const share = totalBytes > 0 ? Math.min(1, bytesRead / totalBytes) : 0;
  const left = bytesRead > 0 && elapsed >= 1000 ? `, about ${minutes((elapsed * (totalBytes - bytesRead)) / bytesRead)} left` : '';
  return (
    `reading ${(bytesRead / MB).toFixed(1)} of ${(totalBytes / MB).toFixed(1)} MB (${Math.floor(share * 100)}%), ` +
    `${rowsRead.toLocaleString('en-US')} rows, ${iopRows.toLocaleString('en-US')} IOP, ${minutes(elapsed)} elapsed${left}`
  );
}

/**
 * A progress line on `stream` (process.stderr), shown only when `isTTY` (process.stderr.isTTY) and for a file of at
 * least MIN_BYTES. Wire it with: `const progress = progressLine(process.stderr, process.stderr.isTTY === true);`,
 * `readPriceFile(file, { onProgress: progress.update })` and `progress.done()` in a `finally`.
 */
export function progressLine(
  stream: NodeJS.WritableStream & { columns?: number },
  isTTY: boolean,
  options: ProgressLineOptions = {},
): ProgressLine {
  const now = options.now ?? (() => performance.now());
  const minBytes = options.minBytes ?? MIN_BYTES;
  const started = now();
  let last = -Infinity;
  let shown = false;
  return {
    update: (progress) => {
      if (!isTTY || progress.totalBytes < minBytes) return;
      const time = now();
      if (time - last < 1000 / UPDATES_PER_SECOND) return;
      last = time;
      let text = progressText(progress, time - started);
      // never wider than the terminal: a line that wraps can't be written over
      const width = stream.columns;
      if (width && text.length > width - 1) text = text.slice(0, Math.max(0, width - 1));
      stream.write(`${ERASE_LINE}${text}`);
      shown = true;
    },
    done: () => {
      if (shown) stream.write(ERASE_LINE);
      shown = false;
    },
  };
}
