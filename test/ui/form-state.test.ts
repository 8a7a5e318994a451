// The form and the request are one another's inverse: a request opened from a link, a file or a counselor's
// scenario becomes the form, and the form gives back a request with the same estimate.
import { describe, it } from './mocha.ts';
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { compareOptions } from '../../src/core/compare.ts';
import { EXAMPLE_CENTER, estimate, parseCenterConfig, parseRequest } from '../../src/core/estimate.ts';
import { toRequest } from '../../src/ui/form-state.ts';
import { fromRequest } from '../../src/ui/form-from-request.ts';
import { randomRequest } from '../core/random-requests.ts';

const center = (() => {
  const parsed = parseCenterConfig(EXAMPLE_CENTER);
  if (!parsed.ok) throw new Error('the example center is invalid');
  return parsed.center;
})();

/** What a person would see of an estimate: the totals, the range, the parts, the week by week. */
function seen(request: unknown) {
  const outcome = estimate(request, center);
  if (!outcome.ok) return outcome.errors;
  const { patient, planPays, range, weekly, paymentPlan } = outcome.result;
  return { patient, planPays, range, weekly, paymentPlan };
}

describe('the form and the request', () => {
  it('a request made into the form gives the same estimate and comparison back (1,000 random requests)', function (this: { timeout(ms: number): void }) {
    // 4,000 estimates in Lit's dev mode: a few seconds alone, past mocha's 10 s when CI's two cores are busy.
    this.timeout(60_000);
    fc.assert(
      fc.property(randomRequest, (random) => {
        const parsed = parseRequest(random);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
        const again = toRequest(fromRequest(parsed.request, center, '2026-03-02'));
        // The form always offers the center's payment plan: {} asks for its default terms.
        expect(seen(again), JSON.stringify(random)).to.deep.equal(seen({ ...random, paymentPlan: random.paymentPlan ?? {} }));
        const totals = (request: object) => compareOptions(request as never, center)?.options.map((o) => [o.kind, o.result.patient.total, o.result.range]);
        expect(totals(again)).to.deep.equal(totals(random));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps out-of-network numbers out of network when the request gave them as its only terms', () => {
    const request = {
      program: { weeks: 8, hoursPerWeek: 12, startDate: '2026-03-02' },
      coverage: { planType: 'private' as const, payer: 'Cigna', deductible: '3000.00', coinsurancePercent: 40, oopMax: '12000.00' },
    };
    const parsed = parseRequest(request);
    if (!parsed.ok) throw new Error('invalid');
    const form = fromRequest(parsed.request, center, '2026-03-02');
    // Cigna has no contract with the example center: out of network, and the numbers are its terms there.
    expect([form.network, form.oonDeductible, form.oonCoinsurance, form.oonOopMax, form.deductible]).to.deep.equal(['out', '3000.00', '40', '12000.00', '']);
    expect(form.knowsPlan).to.equal(true);
    // 32 days: $3,000.00 + 40% of (32 x $510.00 - $3,000.00) = $5,328.00, + 32 x $340.00 = $19,208.00
    expect(seen(toRequest(form))).to.deep.equal(seen({ ...request, paymentPlan: {} }));
  });
});
