// Counts what a price file read left out, by reason, keeping the first few examples of each.
import type { SkipCount, SkipReason } from './types.ts';

export const EXAMPLES_PER_REASON = 3;
const EXAMPLE_LENGTH = 160;

export class SkipTally {
  private readonly counts = new Map<SkipReason, SkipCount>();

  /** `example` is only called for the first few of each reason, so a long file pays nothing to describe its rows. */
  add(reason: SkipReason, example: () => string): void {
    let entry = this.counts.get(reason);
    if (!entry) {
      entry = { reason, count: 0, examples: [] };
      this.counts.set(reason, entry);
    }
    entry.count++;
    if (entry.examples.length < EXAMPLES_PER_REASON) entry.examples.push(shorten(example()));
  }

  /** Most frequent reason first. */
  report(): SkipCount[] {
    return [...this.counts.values()].sort((a, b) => b.count - a.count);
  }
}

export function shorten(text: string, length = EXAMPLE_LENGTH): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= length ? oneLine : `${oneLine.slice(0, length - 1)}…`;
}
