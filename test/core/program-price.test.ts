// The first screen's figure: the program at the center's self-pay price, before any discount, without the rules
// of any coverage (src/core/claims/program-price.ts). It must be the self-pay estimate's starting price.
import fc from 'fast-check';
import { describe, expect, it } from '../harness.ts';
import { programPrice } from '../../src/core/claims/program-price.ts';
import { EXAMPLE_CENTER, estimate, parseCenterConfig } from '../../src/core/estimate.ts';
import type { CenterConfig } from '../../src/core/center/center-config.ts';

const center = (parseCenterConfig(EXAMPLE_CENTER) as { ok: true; center: CenterConfig }).center;
const TODAY = '2026-03-02';

describe('the program at the self-pay price', () => {
  it('is the days times the center’s self-pay price: 12 weeks x 3 days x $350.00 = $12,600.00', () => {
    expect(programPrice({ weeks: 12, hoursPerWeek: 9 }, center, TODAY)).to.deep.equal({ ok: true, price: { serviceDays: 36, weeks: 12, total: '12600.00' } });
  });

  it('bills an hourly center by the hour: 10 hours a week over 4 days, 6 weeks at $120.00 an hour = $7,200.00', () => {
    const hourly = { ...center, billing: { unit: 'hour' as const, hoursPerDay: 3 }, rates: { ...center.rates, chargePerUnit: '200.00', selfPayPerUnit: '120.00' } };
    // 10 hours at 3 a day: 4 days (2.50 hours each); 6 x 10 = 60 hours x $120.00.
    expect(programPrice({ weeks: 6, hoursPerWeek: 10 }, hourly, TODAY)).to.deep.equal({ ok: true, price: { serviceDays: 24, weeks: 6, total: '7200.00' } });
  });

  it('names the field of a program that is not right', () => {
    const outcome = programPrice({ weeks: 0, hoursPerWeek: 9 }, center, TODAY);
    expect(outcome.ok).to.equal(false);
    expect(!outcome.ok && outcome.errors.map((e) => e.field)).to.deep.equal(['program.weeks']);
  });

  it('equals what the self-pay estimate charges before any discount, for any program', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 52 }), fc.integer({ min: 4, max: 160 }), fc.option(fc.integer({ min: 1, max: 7 }), { nil: undefined }), (weeks, quarters, daysPerWeek) => {
        const program = { weeks, hoursPerWeek: quarters / 4, ...(daysPerWeek ? { daysPerWeek } : {}), startDate: TODAY };
        const priced = programPrice(program, center, TODAY);
        const outcome = estimate({ program, coverage: { planType: 'uninsured' } }, center);
        if (!priced.ok || !outcome.ok) throw new Error('both must price this program');
        expect(priced.price.total).to.equal(outcome.result.patient.total);
        expect(priced.price.serviceDays).to.equal(outcome.result.serviceDays);
      }),
      { numRuns: 200, seed: 20261205 },
    );
  });
});
