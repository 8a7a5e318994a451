// Every bad value gets a message naming its field; nothing throws.
import { describe, expect, it } from '../harness.ts';
import { EXAMPLE_CENTER, estimate } from '../../src/core/estimate.ts';

const good = {
  program: { weeks: 12, hoursPerWeek: 9, startDate: '2026-03-02' },
  coverage: { planType: 'private', deductible: '1500.00', coinsurancePercent: 20, oopMax: '4000.00' },
  household: { size: 2, annualIncome: '40000.00', state: 'OH' },
};

type Json = Record<string, unknown>;
function withField(section: 'program' | 'coverage' | 'household', patch: Json): Json {
  return { ...good, [section]: { ...(good[section] as Json), ...patch } };
}

function errorsFor(request: unknown, center: unknown = EXAMPLE_CENTER) {
  const outcome = estimate(request, center);
  expect(outcome.ok, 'the estimate should be refused').to.equal(false);
  return outcome.ok ? [] : outcome.errors;
}

function expectError(request: unknown, field: string, message: RegExp, center?: unknown) {
  const errors = errorsFor(request, center);
  const error = errors.find((e) => e.field === field);
  expect(error, `an error on ${field}; got ${JSON.stringify(errors)}`).to.not.equal(undefined);
  expect(error!.message).to.match(message);
}

describe('bad requests', () => {
  it('accepts the good request the others are variations of', () => {
    expect(estimate(good).ok).to.equal(true);
  });

  it('refuses negative, zero, huge and fractional weeks', () => {
    for (const weeks of [-1, 0, 53, 1000, 2.5]) {
      expectError(withField('program', { weeks }), 'program.weeks', /whole number of weeks from 1 to 52/);
    }
  });

  it('refuses hours over 40, zero hours and hours that are not quarter hours', () => {
    expectError(withField('program', { hoursPerWeek: 41 }), 'program.hoursPerWeek', /from 1 to 40/);
    expectError(withField('program', { hoursPerWeek: 0 }), 'program.hoursPerWeek', /from 1 to 40/);
    expectError(withField('program', { hoursPerWeek: 9.1 }), 'program.hoursPerWeek', /quarter hours/);
    expectError(withField('program', { hoursPerWeek: '9' }), 'program.hoursPerWeek', /number of hours/);
  });

  it('refuses malformed and impossible dates', () => {
    for (const startDate of ['2026-02-30', '03/02/2026', '2026-3-2', '']) {
      expectError(withField('program', { startDate }), 'program.startDate', /real date written YYYY-MM-DD/);
    }
    // Far years are slips of the keyboard, and past what the calendar arithmetic is for (issue 17, item 7).
    for (const startDate of ['9999-12-28', '0999-03-02', '1999-12-31', '2100-01-04']) {
      expectError(withField('program', { startDate }), 'program.startDate', /^must be a date from 2000 to 2099$/);
    }
    expectError(withField('coverage', { planYearStart: '13-01' }), 'coverage.planYearStart', /month and day/);
  });

  it('refuses coinsurance over 100 and negative or malformed amounts', () => {
    expectError(withField('coverage', { coinsurancePercent: 120 }), 'coverage.coinsurancePercent', /from 0 to 100/);
    expectError(withField('coverage', { coinsurancePercent: -5 }), 'coverage.coinsurancePercent', /from 0 to 100/);
    expectError(withField('coverage', { deductible: '-100.00' }), 'coverage.deductible', /no minus sign/);
    expectError(withField('coverage', { deductible: '12.345' }), 'coverage.deductible', /at most two decimals/);
    expectError(withField('coverage', { deductible: 'lots' }), 'coverage.deductible', /dollars and cents/);
    expectError(withField('coverage', { deductible: '99999999.00' }), 'coverage.deductible', /at most 10,000,000/);
  });

  it('refuses met amounts above the deductible or the maximum', () => {
    expectError(withField('coverage', { deductibleMet: '2000.00' }), 'coverage.deductibleMet', /more than the deductible/);
    expectError(withField('coverage', { oopMet: '5000.00' }), 'coverage.oopMet', /more than the out-of-pocket maximum/);
    expectError(withField('coverage', { deductible: '5000.00' }), 'coverage.deductible', /more than the out-of-pocket maximum/);
    // Each said once, next to its field (they were said twice).
    expect(errorsFor(withField('coverage', { deductibleMet: '2000.00', oopMet: '5000.00' }))).to.deep.equal([
      { field: 'coverage.deductibleMet', message: "can't be more than the deductible" },
      { field: 'coverage.oopMet', message: "can't be more than the out-of-pocket maximum" },
    ]);
  });

  it('refuses an unknown plan type, network or state', () => {
    expectError(withField('coverage', { planType: 'tricare' }), 'coverage.planType', /one of: aca, medicare, medicaid, private, uninsured/);
    expectError(withField('coverage', { network: 'maybe' }), 'coverage.network', /one of: in, out/);
    expectError(withField('household', { state: 'XX' }), 'household.state', /two-letter US state code/);
    expectError(withField('household', { size: 0 }), 'household.size', /whole number of people from 1 to 20/);
  });

  it('names a missing required field', () => {
    expectError({ coverage: good.coverage }, 'program', /required/);
    expectError({ program: good.program, coverage: {} }, 'coverage.planType', /required/);
  });

  it('refuses a request that is not an object at all', () => {
    for (const request of [null, 42, 'estimate please', []]) {
      expect(errorsFor(request).length).to.be.greaterThan(0);
    }
  });
});

describe('bad center configurations', () => {
  const center = EXAMPLE_CENTER as Json;
  const scale = (bands: unknown[]) => ({ ...center, slidingScale: { bands } });
  const band = (overPercent: number, upToPercent: number | null, discountPercent = 10) => ({ overPercent, upToPercent, discountPercent });

  it('refuses a sliding scale with a gap between bands', () => {
    expectError(good, 'center.slidingScale.bands.1.overPercent', /leaves a gap.*\(100%\)/, scale([band(0, 100), band(150, null)]));
  });

  it('refuses a sliding scale whose bands overlap', () => {
    expectError(good, 'center.slidingScale.bands.1.overPercent', /overlaps the band before it/, scale([band(0, 100), band(90, null)]));
  });

  it('refuses a sliding scale with no open-ended last band', () => {
    expectError(good, 'center.slidingScale.bands.1.upToPercent', /last band must be open-ended/, scale([band(0, 100), band(100, 200)]));
  });

  it('refuses a band with both or neither of a discount and a fee', () => {
    expectError(good, 'center.slidingScale.bands.0', /either discountPercent or feePerUnit/, scale([{ overPercent: 0, upToPercent: null }]));
  });

  it('names a missing or malformed rate', () => {
    const rates = (center.rates as Json);
    expectError(good, 'center.rates.chargePerUnit', /dollars and cents/, { ...center, rates: { ...rates, chargePerUnit: 'free' } });
    expectError(good, 'center.rates.selfPayPerUnit', /required/, { ...center, rates: { ...rates, selfPayPerUnit: undefined } });
  });

  it('says which setting is missing for a plan type the center has not configured', () => {
    const medicareRequest = { ...good, coverage: { planType: 'medicare' } };
    expectError(medicareRequest, 'center.medicare', /per day/, { ...center, medicare: undefined });
    const medicaidRequest = { ...good, coverage: { planType: 'medicaid' } };
    expectError(medicaidRequest, 'center.medicaid', /Medicaid rate/, { ...center, medicaid: undefined });
  });
});
