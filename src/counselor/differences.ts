// The differences between scenarios, in words: "$2,340.00 less than Out of network". Totals are compared at
// their high end, the amount to budget for, exactly (decimal strings, no float).
import { money } from '../core/money.ts';
import { formatMoney } from '../ui/format.ts';
import type { CounselorMessages } from './counselor-messages.ts';

export interface Compared {
  name: string;
  /** The person's total (the high end of a range); null while the scenario has errors. */
  total: string | null;
}

/** How `scenario` compares with each other scenario that has a total. */
export function differences(scenario: Compared, others: readonly Compared[], c: CounselorMessages, lang: string): string[] {
  if (scenario.total === null) return [];
  const own = money(scenario.total);
  return others
    .filter((other) => other !== scenario && other.total !== null)
    .map((other) => {
      const gap = own.minus(other.total!);
      const amount = formatMoney(gap.abs().toFixed(2), lang);
      return gap.isZero() ? c.sameAs(other.name) : gap.isNegative() ? c.lessThan(amount, other.name) : c.moreThan(amount, other.name);
    });
}
