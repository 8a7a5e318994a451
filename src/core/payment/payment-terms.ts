// The payment plan a person is offered: the request's wishes fitted to the center's terms.
import type Decimal from 'decimal.js';
import { dollars, formatAmount, money, ZERO } from '../money.ts';
import { installments, levelPayment, monthsForBudget } from './payment-plan.ts';
import type { CenterConfig } from '../center/center-config.ts';
import type { EstimateResult, PaymentPlanRequest, Warning } from '../schemas.ts';

/** No installment under a dollar: it keeps the last, adjusted installment positive. */
const SMALLEST_INSTALLMENT = money(1);

export function planPaymentSchedule(
  wish: PaymentPlanRequest,
  paidInFull: boolean,
  center: CenterConfig,
  total: Decimal,
  startDate: string,
  warnings: Warning[],
): EstimateResult['paymentPlan'] {
  const terms = center.paymentPlan;
  if (paidInFull) {
    warnings.push({ code: 'payment-plan-not-needed', message: 'Paying in full, there is no payment plan.' });
    return undefined;
  }
  if (!terms) {
    warnings.push({ code: 'no-payment-plan', message: `${center.name} has not set up payment plans: ask a financial counselor about paying over time.`, params: { center: center.name } });
    return undefined;
  }
  const adjusted = (message: string, params: Warning['params']) => warnings.push({ code: 'payment-plan-adjusted', message, params: { center: center.name, ...params } });

  let downPayment = money(wish.downPayment ?? 0);
  if (downPayment.greaterThan(total)) {
    adjusted(`The down payment (${dollars(downPayment)}) is more than the total; it is lowered to ${dollars(total)}.`, {
      reason: 'down-payment',
      downPayment: formatAmount(downPayment),
      total: formatAmount(total),
    });
    downPayment = total;
  }
  const financed = total.minus(downPayment);
  const aprPercent = wish.aprPercent ?? terms.aprPercent ?? 0;
  const minMonthly = money(terms.minMonthly);

  let months: number;
  if (financed.isZero()) {
    months = 0;
  } else if (wish.months !== undefined) {
    months = Math.min(Math.max(wish.months, terms.minMonths), terms.maxMonths);
    if (months !== wish.months) {
      adjusted(`${center.name}'s payment plans run from ${terms.minMonths} to ${terms.maxMonths} months; ${months} months is used.`, {
        reason: 'months',
        minMonths: terms.minMonths,
        maxMonths: terms.maxMonths,
        months,
      });
    }
  } else if (wish.monthlyBudget !== undefined) {
    const budget = money(wish.monthlyBudget);
    const needed = monthsForBudget(financed, budget, aprPercent);
    if (needed === null || needed > terms.maxMonths) {
      months = terms.maxMonths;
      adjusted(`At ${dollars(budget)} a month the balance would not be paid off within ${center.name}'s longest plan (${terms.maxMonths} months); the ${terms.maxMonths}-month payment is shown instead.`, {
        reason: 'budget',
        budget: formatAmount(budget),
        maxMonths: terms.maxMonths,
      });
    } else {
      months = Math.max(needed, terms.minMonths);
    }
  } else {
    months = terms.defaultMonths ?? terms.maxMonths;
  }

  // Fewer months until each payment reaches the center's minimum (and at least a dollar).
  const floor = minMonthly.greaterThan(SMALLEST_INSTALLMENT) ? minMonthly : SMALLEST_INSTALLMENT;
  const before = months;
  while (months > 1 && levelPayment(financed, months, aprPercent).lessThan(floor)) months--;
  if (months !== before && months < before) {
    adjusted(`${center.name}'s smallest monthly payment is ${dollars(minMonthly)}, so the plan runs ${months} month${months === 1 ? '' : 's'}.`, {
      reason: 'minimum-payment',
      minMonthly: formatAmount(minMonthly),
      months,
    });
  }

  const plan = months > 0 ? installments(financed, months, aprPercent, startDate) : { installments: [], totalInterest: ZERO, monthly: ZERO };
  return {
    downPayment: formatAmount(downPayment),
    financed: formatAmount(financed),
    months,
    aprPercent,
    monthly: formatAmount(plan.monthly),
    installments: plan.installments.map((i) => ({ due: i.due, amount: formatAmount(i.amount), interest: formatAmount(i.interest) })),
    totalInterest: formatAmount(plan.totalInterest),
  };
}
