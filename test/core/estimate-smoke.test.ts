import { describe, expect, it } from '../harness.ts';
import { estimate } from '../../src/core/estimate.ts';

describe('estimate (smoke)', () => {
  it('loads the shipped data and the example center in this runtime', () => {
    const outcome = estimate({ program: { weeks: 1, hoursPerWeek: 9, startDate: '2026-03-02' }, coverage: { planType: 'uninsured' } });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    // 3 days x $350.00 self-pay
    expect(outcome.result.patient.total).to.equal('1050.00');
  });
});

describe('milestones', () => {
  it('dates the day the deductible is met and the day the maximum is reached', () => {
    const outcome = estimate({
      program: { weeks: 12, hoursPerWeek: 9, startDate: '2026-03-02' },
      coverage: { planType: 'private', payer: 'Aetna', deductible: '1500.00', coinsurancePercent: 20, oopMax: '4000.00' },
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    // Aetna $520.00 a day: Mar 2 and 3 pay $1,040.00 of the deductible, Mar 4 the last $460.00.
    // Then $104.00 a day: $1,512.00 in week 1, $312.00 a week; $4,000.00 - $1,512.00 - 7 x $312.00 = $304.00
    // left in week 9 (Apr 27, 28, 29): $104.00, $104.00, then $96.00 on Apr 29.
    expect(outcome.result.milestones).to.deep.equal({ deductibleMet: '2026-03-04', oopMaxReached: '2026-04-29' });
  });
});
