// RULES.md §12: Medicaid's nominal copays within federal limits, and the 5% household cap.
import type Decimal from 'decimal.js';
import type { AdjudicatedDay } from './adjudicate.ts';
import type { PricedDay } from './allowed.ts';
import { min, percentOf, toCents, ZERO } from './money.ts';

export interface MedicaidTerms {
  /** The state's copay per billed unit (usually zero). */
  copayPerUnit: Decimal;
  /** Federal maximum per service day for the household's income band (42 CFR 447.52), if known. */
  perServiceLimit: ((allowed: Decimal) => Decimal) | null;
  /** All of the household's Medicaid cost sharing is capped at 5% of income per month or quarter (447.56(f)). */
  capPerPeriod: Decimal | null;
  capPeriod: 'month' | 'quarter';
}

function periodOf(date: string, period: 'month' | 'quarter'): string {
  if (period === 'month') return date.slice(0, 7);
  return `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
}

/** The household's cap for one period: 5% of annual income over 12 months or 4 quarters, to the cent. */
export function medicaidCap(annualIncome: Decimal, capPercent: number, period: 'month' | 'quarter'): Decimal {
  return toCents(percentOf(annualIncome, capPercent).dividedBy(period === 'month' ? 12 : 4));
}

/** Medicaid pays the state rate in full less the copay; the person is never balance billed. */
export function adjudicateMedicaid(days: readonly PricedDay[], terms: MedicaidTerms): AdjudicatedDay[] {
  const paidInPeriod = new Map<string, Decimal>();
  return days.map((day) => {
    let copay = min(toCents(terms.copayPerUnit.times(day.units)), day.allowed);
    if (terms.perServiceLimit) copay = min(copay, terms.perServiceLimit(day.allowed));
    if (terms.capPerPeriod) {
      const period = periodOf(day.date, terms.capPeriod);
      const paid = paidInPeriod.get(period) ?? ZERO;
      copay = min(copay, terms.capPerPeriod.minus(paid));
      paidInPeriod.set(period, paid.plus(copay));
    }
    return {
      ...day,
      balanceBilled: ZERO,
      deductible: ZERO,
      coinsurance: ZERO,
      copay,
      notCovered: ZERO,
      patient: copay,
      planPays: day.allowed.minus(copay),
    };
  });
}
