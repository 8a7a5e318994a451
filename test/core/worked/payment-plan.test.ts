// Worked examples, payment plans (src/core/RULES.md §15), computed by hand.
// Totals come from self-pay at the example center ($350/day, 3 days a week at 9 h/week): 1 week = 1050.00,
// 2 weeks = 2100.00. The center's terms: 1 to 12 months, default 6, at least $50.00 a month, 0% APR.
// Down payment on the start date, installments monthly after it.
import Decimal from 'decimal.js';
import { describe, expect, it } from '../../harness.ts';
import type { EstimateResult } from '../../../src/core/schemas.ts';
import { expectBalanced, run } from './worked.ts';

const selfPay = (weeks: number, paymentPlan: Record<string, unknown>) => ({
  program: { weeks, hoursPerWeek: 9, startDate: '2026-03-02' },
  coverage: { planType: 'uninsured' },
  paymentPlan,
});

function plan(result: EstimateResult): NonNullable<EstimateResult['paymentPlan']> {
  if (!result.paymentPlan) throw new Error('no payment plan in the result');
  return result.paymentPlan;
}

const amounts = (result: EstimateResult) => plan(result).installments.map((i) => i.amount);
const sumOf = (values: string[]) => values.reduce((total, v) => total.plus(v), new Decimal(0)).toFixed(2);

describe('worked examples: payment plan', () => {
  it('0%: 1050.00 over 9 months, the last installment adjusted', () => {
    const r = run(selfPay(1, { months: 9 }));
    // 1050 / 9 = 116.666... -> 116.67; 8 x 116.67 = 933.36; last 1050 - 933.36 = 116.64
    // Due 2026-04-02 .. 2026-12-02.
    const p = plan(r);
    expect(p.financed).to.equal('1050.00');
    expect(p.months).to.equal(9);
    expect(p.monthly).to.equal('116.67');
    expect(amounts(r)).to.deep.equal([...Array<string>(8).fill('116.67'), '116.64']);
    expect(sumOf(amounts(r))).to.equal('1050.00');
    expect(p.installments[0]?.due).to.equal('2026-04-02');
    expect(p.installments[8]?.due).to.equal('2026-12-02');
    expect(p.totalInterest).to.equal('0.00');
    expectBalanced(r);
  });

  it('0% with a down payment: 2100.00 - 500.00 over 6 months', () => {
    const r = run(selfPay(2, { months: 6, downPayment: '500.00' }));
    // Financed 2100 - 500 = 1600; 1600 / 6 = 266.666... -> 266.67; 5 x 266.67 = 1333.35; last 266.65
    const p = plan(r);
    expect(p.downPayment).to.equal('500.00');
    expect(p.financed).to.equal('1600.00');
    expect(p.monthly).to.equal('266.67');
    expect(amounts(r)).to.deep.equal(['266.67', '266.67', '266.67', '266.67', '266.67', '266.65']);
    expect(sumOf(amounts(r))).to.equal('1600.00');
    expectBalanced(r);
  });

  it('12% APR: 2000.00 over 12 months, amortized', () => {
    const r = run(selfPay(2, { months: 12, downPayment: '100.00', aprPercent: 12 }));
    // L = 2100 - 100 = 2000, i = 12% / 12 = 0.01, n = 12.
    // (1.01)^12 = 1.12682503; (1.01)^-12 = 0.88744922; payment = 2000 x 0.01 / 0.11255078 = 177.6976 -> 177.70
    // Month: interest (balance x 1%, to the cent) -> balance after paying 177.70
    //  1: 20.00 -> 1842.30   2: 18.42 -> 1683.02   3: 16.83 -> 1522.15   4: 15.22 -> 1359.67
    //  5: 13.60 -> 1195.57   6: 11.96 -> 1029.83   7: 10.30 ->  862.43   8:  8.62 ->  693.35
    //  9:  6.93 ->  522.58  10:  5.23 ->  350.11  11:  3.50 ->  175.91
    // 12: interest 1.76; last payment 175.91 + 1.76 = 177.67 -> 0.00
    // Total interest 132.37; payments 11 x 177.70 + 177.67 = 2132.37 = 2000 + 132.37
    const p = plan(r);
    expect(p.financed).to.equal('2000.00');
    expect(p.aprPercent).to.equal(12);
    expect(p.monthly).to.equal('177.70');
    expect(p.installments).to.have.length(12);
    expect(p.installments[0]).to.deep.include({ amount: '177.70', interest: '20.00' });
    expect(p.installments[11]).to.deep.include({ amount: '177.67', interest: '1.76' });
    expect(p.totalInterest).to.equal('132.37');
    expect(sumOf(amounts(r))).to.equal('2132.37');
    expectBalanced(r);
  });

  it('answers "I can pay $250 a month: how many months?"', () => {
    const r = run(selfPay(2, { monthlyBudget: '250.00' }));
    // 2100 / 250 = 8.4 -> 9 months (8 months would need 262.50 a month).
    // 2100 / 9 = 233.333... -> 233.33; 8 x 233.33 = 1866.64; last 233.36 (all within 250)
    const p = plan(r);
    expect(p.months).to.equal(9);
    expect(p.monthly).to.equal('233.33');
    expect(amounts(r)[8]).to.equal('233.36');
    expect(sumOf(amounts(r))).to.equal('2100.00');
    expectBalanced(r);
  });

  it('shortens the plan until each payment reaches the $50.00 minimum', () => {
    const r = run({
      program: { weeks: 2, hoursPerWeek: 9, startDate: '2026-03-02' },
      coverage: { planType: 'uninsured' },
      household: { size: 1, annualIncome: '10000.00', state: 'OH' },
      paymentPlan: { months: 6 },
    });
    // 10,000 / 15,960 = 62.66% -> band 1, $25 a day: 6 days = 150.00.
    // 6 months would be 25.00 a month (< 50): 5 -> 30.00, 4 -> 37.50, 3 -> 50.00: 3 months of 50.00
    const p = plan(r);
    expect(r.patient.total).to.equal('150.00');
    expect(p.months).to.equal(3);
    expect(amounts(r)).to.deep.equal(['50.00', '50.00', '50.00']);
    expectBalanced(r);
  });

  it('keeps the term within the center\'s 1-12 months', () => {
    const asked = run(selfPay(2, { months: 24 }));
    // 24 months asked -> 12 (the longest): 2100 / 12 = 175.00 each
    expect(plan(asked).months).to.equal(12);
    expect(amounts(asked)).to.deep.equal(Array<string>(12).fill('175.00'));

    const budget = run(selfPay(2, { monthlyBudget: '100.00' }));
    // 2100 / 100 = 21 months, more than 12 -> the 12-month plan, 175.00 a month
    expect(plan(budget).months).to.equal(12);
    expect(plan(budget).monthly).to.equal('175.00');

    const unset = run(selfPay(1, {}));
    // No months, no budget: the center's default 6 -> 1050 / 6 = 175.00
    expect(plan(unset).months).to.equal(6);
    expect(plan(unset).monthly).to.equal('175.00');
    expectBalanced(asked);
    expectBalanced(budget);
    expectBalanced(unset);
  });
});
