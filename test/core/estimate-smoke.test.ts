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
