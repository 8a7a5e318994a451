// Medicaid: the state rate paid in full less a nominal copay, within the federal limits by income band
// and the household's 5% cap. Never balance billed.
import type Decimal from 'decimal.js';
import { priceDays } from '../allowed.ts';
import { addFigure, addWarning, figure, inForceOn } from '../figures.ts';
import { adjudicateMedicaid, medicaidCap } from '../medicaid.ts';
import { money, percentOf, toCents } from '../money.ts';
import { povertyLevel } from '../poverty.ts';
import { asLines, centerFigure, unitName, type Context, type Priced } from './context.ts';

export function priceMedicaid(ctx: Context): Priced {
  const { request, center, data, warnings, figures } = ctx;
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
    const { entry, warning } = inForceOn(data.medicaidLimits, startDate);
    addWarning(warnings, warning);
    const level = povertyLevel(household, startDate, data, warnings, figures);
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
