// `npm run bench`: the median time of one estimate, in Node, for a typical and a long program.
// Aim: under 1 ms for 12 weeks x 3 days, under 5 ms for 52 weeks x 7 days.
import { estimate } from '../src/core/estimate.ts';

const cases = [
  {
    name: '12 weeks, 3 days a week (36 service days)',
    aimMs: 1,
    request: {
      program: { weeks: 12, hoursPerWeek: 9, daysPerWeek: 3, startDate: '2026-11-02' },
      coverage: { planType: 'private', payer: 'Aetna', deductible: '1500.00', coinsurancePercent: 20, oopMax: '4000.00' },
      household: { size: 3, annualIncome: '52000.00', state: 'OH' },
      paymentPlan: { months: 12 },
    },
  },
  {
    name: '52 weeks, 7 days a week (364 service days)',
    aimMs: 5,
    request: {
      program: { weeks: 52, hoursPerWeek: 21, daysPerWeek: 7, startDate: '2026-11-02' },
      coverage: { planType: 'aca', metal: 'silver', deductible: '3000.00', coinsurancePercent: 30, oopMax: '9000.00' },
      household: { size: 3, annualIncome: '52000.00', state: 'OH' },
      paymentPlan: { monthlyBudget: '300.00', aprPercent: 9.9 },
    },
  },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

for (const { name, aimMs, request } of cases) {
  if (!estimate(request).ok) throw new Error(`${name}: the request was refused`);
  for (let i = 0; i < 200; i++) estimate(request); // warm up the JIT
  const samples: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const start = process.hrtime.bigint();
    estimate(request);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const ms = median(samples);
  console.log(`${name}: median ${ms.toFixed(3)} ms over ${samples.length} runs (aim < ${aimMs} ms) ${ms < aimMs ? 'ok' : 'OVER'}`);
}
