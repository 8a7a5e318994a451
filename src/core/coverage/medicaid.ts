// Medicaid (RULES.md §12): the state rate paid in full less a nominal copay, within the federal limits by income
// band (42 CFR 447.52) and the household's 5% cap (447.56(f)). Never balance billed.
import type Decimal from 'decimal.js';
import type { AdjudicatedDay } from '../claims/adjudicate.ts';
import { priceDays, type PricedDay } from '../claims/allowed.ts';
import { min, money, percentOf, toCents, ZERO } from '../money.ts';
import { addFigure, figure } from '../reference/figures.ts';
import { povertyLevel } from '../reference/poverty.ts';
import { asLines, centerFigure, unitName, type Context, type Priced } from './context.ts';

export function priceMedicaid(ctx: Context): Priced {
  const { request, center, warnings, figures } = ctx;
  const medicaid = center.medicaid!;
  const perUnit = money(medicaid.perUnit);
  centerFigure(ctx, `Medicaid rate per ${unitName(ctx)}`, perUnit);
  const priced = priceDays(ctx.schedule.days, center, perUnit, false);
  const copayPerUnit = money(request.coverage.copayPerUnit ?? medicaid.copayPerUnit ?? 0);
  const capPeriod = medicaid.capPeriod ?? 'month';
  const household = request.household;
  const startDate = priced[0]?.date ?? '';

  let perServiceLimit: ((allowed: Decimal) => Decimal) | null = null;
  let capPerPeriod: Decimal | null = null;
  if (household) {
    const entry = ctx.inForce('medicaidLimits', startDate);
    const level = povertyLevel(household, startDate, ctx);
    if (level.percent.lessThanOrEqualTo(100)) {
      if (entry.outpatientMaxAtOrBelow100Percent !== undefined) {
        const limit = money(entry.outpatientMaxAtOrBelow100Percent);
        perServiceLimit = () => limit;
        addFigure(figures, figure('Medicaid maximum copay per outpatient service (income at or below 100% of poverty line)', limit.toFixed(2), entry));
      } else if (copayPerUnit.greaterThan(0)) {
        warnings.push({ code: 'medicaid-limit-unconfirmed', message: "The current federal maximum Medicaid copay for incomes at or below the poverty line is not confirmed in our data, so the copay was not checked against it; it is small (about $4 a visit)." });
      }
    } else {
      const percent = level.percent.lessThanOrEqualTo(150) ? entry.outpatientPercentOfPayment101To150 : entry.outpatientPercentOfPaymentAbove150;
      perServiceLimit = (allowed) => toCents(percentOf(allowed, percent));
      addFigure(figures, figure(`Medicaid maximum copay (% of what Medicaid pays, income ${level.percent.lessThanOrEqualTo(150) ? '101-150' : 'above 150'}% of poverty line)`, String(percent), entry));
    }
    capPerPeriod = medicaidCap(money(household.annualIncome), entry.aggregateCapPercentOfIncome, capPeriod);
    addFigure(figures, figure(`Medicaid cost-sharing cap (% of household income per ${capPeriod})`, String(entry.aggregateCapPercentOfIncome), entry));
  } else if (copayPerUnit.greaterThan(0)) {
    warnings.push({
      code: 'household-needed',
      message: 'Medicaid copays are limited by household income, and all of a household\'s Medicaid cost sharing is capped at 5% of its income: enter household size and income to apply those limits.',
      params: { for: 'medicaid' },
    });
  }
  const days = adjudicateMedicaid(priced, { copayPerUnit, perServiceLimit, capPerPeriod, capPeriod });
  warnings.push({ code: 'medicaid-no-balance-billing', message: 'Centers that take Medicaid accept its payment in full: you can\'t be billed more than the Medicaid copay.' });
  return { lines: asLines(days), resets: [] };
}

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
