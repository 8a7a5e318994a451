// Program tracks priced apart (programs[i].rates, issue 21): a person who chose a track is estimated at the track's
// rates where it gives them, the center's elsewhere; a program typed by hand at the center's. Worked by hand from
// the example center (self-pay $350.00, gross $850.00 a day; Aetna $520.00; 12 weeks x 3 days = 36 days).
import { describe, expect, it } from '../harness.ts';
import { EXAMPLE_CENTER, estimate, parseCenterConfig, parseRequest } from '../../src/core/estimate.ts';
import { goodFaithEstimate } from '../../src/core/documents/good-faith-estimate.ts';
import { programPrice } from '../../src/core/claims/program-price.ts';

const example = EXAMPLE_CENTER as { programs: Record<string, unknown>[] } & Record<string, unknown>;
/** The example center with its Day IOP (track 0) an addiction IOP priced apart: self-pay $300.00, gross $700.00, Aetna $400.00. */
const center = {
  ...example,
  programs: [
    { ...example.programs[0], rates: { chargePerUnit: '700.00', selfPayPerUnit: '300.00', negotiated: [{ payer: 'Aetna', perUnit: '400.00' }] } },
    ...example.programs.slice(1),
  ],
};
const program = { weeks: 12, hoursPerWeek: 9, daysPerWeek: 3, startDate: '2026-03-02' };
const aetna = { planType: 'private', payer: 'Aetna', network: 'in', deductible: '0', coinsurancePercent: 20, oopMax: '100000' } as const;

function total(request: unknown): string {
  const outcome = estimate(request, center, { today: '2026-02-20' });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result.patient.total;
}

describe('program tracks priced apart', () => {
  it('prices the chosen track at its own rates, and a program typed by hand at the center’s', () => {
    // Self-pay: 36 x $300.00 on the track; 36 x $350.00 without it, and on a track with no rates of its own.
    expect(total({ program: { ...program, track: 0 }, coverage: { planType: 'uninsured' } })).to.equal('10800.00');
    expect(total({ program, coverage: { planType: 'uninsured' } })).to.equal('12600.00');
    expect(total({ program: { ...program, track: 2 }, coverage: { planType: 'uninsured' } })).to.equal('12600.00');
    // Aetna in network, 20% of the allowed amount: 36 x 20% x $400.00 on the track, x $520.00 without.
    expect(total({ program: { ...program, track: 0 }, coverage: aetna })).to.equal('2880.00');
    expect(total({ program, coverage: aetna })).to.equal('3744.00');
    // Blue Cross is not in the track's list, which replaces the center's: the center's default in-network rate, $450.00.
    expect(total({ program: { ...program, track: 0 }, coverage: { ...aetna, payer: 'Blue Cross Blue Shield' } })).to.equal('3240.00');
  });

  it('prices the first screen’s program the same way', () => {
    const parsed = parseCenterConfig(center);
    if (!parsed.ok) throw new Error('bad center');
    const price = (track?: number) => {
      const outcome = programPrice({ ...program, ...(track === undefined ? {} : { track }) }, parsed.center, '2026-02-20');
      if (!outcome.ok) throw new Error('bad program');
      return outcome.price.total;
    };
    expect([price(0), price()]).to.deep.equal(['10800.00', '12600.00']);
  });

  it('names a track the center does not have', () => {
    const outcome = estimate({ program: { ...program, track: 7 }, coverage: { planType: 'uninsured' } }, center);
    expect(outcome).to.deep.equal({ ok: false, errors: [{ field: 'program.track', message: "is not one of the center's program tracks (it has 3)" }] });
    const typo = estimate({ program: { ...program, track: -1 }, coverage: { planType: 'uninsured' } }, center);
    expect(typo.ok ? [] : typo.errors.map((e) => e.field)).to.deep.equal(['program.track']);
  });

  it('gives the Good Faith Estimate the track’s price a day, its name and codes', () => {
    const request = { program: { ...program, track: 0 }, coverage: { planType: 'uninsured' } };
    const outcome = estimate(request, center, { today: '2026-02-20' });
    const c = parseCenterConfig(center);
    const r = parseRequest(request);
    if (!outcome.ok || !c.ok || !r.ok) throw new Error('bad test input');
    const gfe = goodFaithEstimate({ center: c.center, request: r.request, result: outcome.result, patient: { name: 'Jordan Example', birthDate: '1990-04-15' }, issuedOn: '2026-02-20' });
    if (!gfe.ok) throw new Error(gfe.message);
    expect(gfe.estimate.items.map((item) => [item.unitPrice, item.amount])).to.deep.equal([['300.00', '10800.00']]);
    expect(gfe.estimate.items[0]!.codes).to.deep.equal(['H0015', '0906']);
    expect(gfe.estimate.expectedTotal).to.equal('10800.00');
  });
});
