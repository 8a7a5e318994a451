// Estimates that travel by link or file: the `#iop=` fragment (base64url of UTF-8 JSON, RFC 4648 section 5,
// no padding) and the .json file, read back exactly, with personal details only when asked for.
import { describe, expect, it } from '../harness.ts';
import { forLink, readFragment, readJson, toFragment, toJson, withoutPersonalDetails, type SharedEstimate } from '../../src/core/sharing/shared-estimate.ts';

const uninsured = { program: { weeks: 12, hoursPerWeek: 9, startDate: '2026-03-02' }, coverage: { planType: 'uninsured' as const } };
const withPatient: SharedEstimate = { v: 1, request: uninsured, patient: { name: 'José Núñez', birthDate: '1990-05-17' } };

// Produced by Node's own encoder, independently of ours:
//   Buffer.from(JSON.stringify(withPatient)).toString('base64url')
const WITH_PATIENT_FRAGMENT =
  'iop=eyJ2IjoxLCJyZXF1ZXN0Ijp7InByb2dyYW0iOnsid2Vla3MiOjEyLCJob3Vyc1BlcldlZWsiOjksInN0YXJ0RGF0ZSI6IjIwMjYtMDMtMDIifSwiY292ZXJhZ2UiOnsicGxhblR5cGUiOiJ1bmluc3VyZWQifX0sInBhdGllbnQiOnsibmFtZSI6Ikpvc8OpIE7DusOxZXoiLCJiaXJ0aERhdGUiOiIxOTkwLTA1LTE3In19';

describe('shared estimates: links and files', () => {
  it('writes the fragment as base64url of UTF-8 JSON, without padding (same bytes as an independent encoder)', () => {
    const fragment = toFragment(withPatient);
    expect(fragment).to.equal(WITH_PATIENT_FRAGMENT);
    expect(fragment.slice('iop='.length)).to.not.match(/[+/=]/);
  });

  it('reads a link back to the same estimate, accents included, with or without the #', () => {
    for (const fragment of [WITH_PATIENT_FRAGMENT, `#${WITH_PATIENT_FRAGMENT}`]) {
      const read = readFragment(fragment);
      expect(read).to.deep.equal({ ok: true, shared: withPatient });
    }
  });

  it('reads a downloaded file back to the same estimate, scenarios included', () => {
    const shared: SharedEstimate = {
      v: 1,
      request: uninsured,
      scenarios: [uninsured, { ...uninsured, coverage: { planType: 'private', network: 'out', outOfNetwork: { deductible: '3000.00', oopMax: null } } }],
    };
    expect(readJson(toJson(shared))).to.deep.equal({ ok: true, shared });
  });

  it('leaves out the name, birth date and household unless they are asked for', () => {
    const household = { size: 3, annualIncome: '41000.00', state: 'OH' };
    const full: SharedEstimate = { ...withPatient, request: { ...uninsured, household }, scenarios: [{ ...uninsured, household }] };
    const plain = withoutPersonalDetails(full);
    expect(plain).to.deep.equal({ v: 1, request: uninsured, scenarios: [uninsured] });
    expect(JSON.stringify(plain)).to.not.match(/José|1990|41000|household|patient/);
  });

  it('leaves out the person’s means and history too: budget, down payment, amounts met, days used, authorization (issue 17, item 6)', () => {
    const known = {
      program: { weeks: 12, hoursPerWeek: 9, startDate: '2026-03-02' },
      coverage: {
        planType: 'private' as const, network: 'out' as const, deductible: '1500.00', deductibleMet: '700.00', coinsurancePercent: 20,
        oopMax: '5000.00', oopMet: '900.00', coveredDaysPerYear: 30, coveredDaysUsed: 12, priorAuthorization: 'pending' as const,
        family: { kind: 'embedded' as const, deductible: '3000.00', deductibleMet: '1200.00', oopMax: '10000.00', oopMet: '1500.00' },
        outOfNetwork: { deductible: '3000.00', deductibleMet: '250.00', oopMax: null, family: { deductible: '6000.00', deductibleMet: '400.00' } },
      },
      household: { size: 2, annualIncome: '30000.00', state: 'OH' as const },
      paymentPlan: { months: 9, monthlyBudget: '300.00', downPayment: '500.00', aprPercent: 5 },
    };
    const link = toFragment(withoutPersonalDetails({ v: 1, request: known, scenarios: [known, known] }));
    // The keys a receiving page decodes, at every depth, in the request and each scenario.
    const read = readFragment(link);
    if (!read?.ok) throw new Error('the link did not read back');
    const keys = (value: unknown, path = ''): string[] =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.entries(value).flatMap(([key, inner]) => [`${path}${key}`, ...keys(inner, `${path}${key}.`)])
        : [];
    for (const request of [read.shared.request, ...read.shared.scenarios!]) {
      expect(keys(request).sort()).to.deep.equal([
        'coverage', 'coverage.coinsurancePercent', 'coverage.coveredDaysPerYear', 'coverage.deductible',
        'coverage.family', 'coverage.family.deductible', 'coverage.family.kind', 'coverage.family.oopMax',
        'coverage.network', 'coverage.oopMax', 'coverage.outOfNetwork', 'coverage.outOfNetwork.deductible',
        'coverage.outOfNetwork.family', 'coverage.outOfNetwork.family.deductible', 'coverage.outOfNetwork.oopMax',
        'coverage.planType', 'paymentPlan', 'paymentPlan.aprPercent', 'paymentPlan.months',
        'program', 'program.hoursPerWeek', 'program.startDate', 'program.weeks',
      ]);
    }
    expect(JSON.stringify(read.shared)).to.not.match(/Met|Used|priorAuthorization|monthlyBudget|downPayment|household|30000/);
  });

  it('says nothing of an address without an estimate in its fragment', () => {
    expect(readFragment('')).to.equal(null);
    expect(readFragment('#top')).to.equal(null);
    expect(readFragment('#verify-insurance')).to.equal(null);
  });

  it('gives one clear message for a link that was cut or changed', () => {
    const cases: [string, string][] = [
      ['#iop=not base64!', 'the link was cut short or changed (it is not base64url text)'],
      ['#iop=eyJ2IjoxL', 'the link was cut short or changed (it is not base64url text)'], // 9 characters: not whole bytes
      ['#iop=_-_-', 'the link was cut short or changed (its text is not UTF-8)'],
      ['#iop=bm90IGpzb24', 'it is not JSON'], // "not json"
      ['#iop=eyJ2IjoyLCJyZXF1ZXN0Ijp7fX0', 'v: must be 1 (the only version of this format)'], // {"v":2,"request":{}}
      [`#iop=${WITH_PATIENT_FRAGMENT.slice(4, 60)}`, 'it is not JSON'], // the end of the link lost
    ];
    for (const [fragment, message] of cases) expect(readFragment(fragment), fragment).to.deep.equal({ ok: false, message });
  });

  it('names the field of a file that is JSON but not a valid estimate', () => {
    expect(readJson('{"v":1}')).to.deep.equal({ ok: false, message: 'request: is required' });
    expect(readJson(JSON.stringify({ v: 1, request: { ...uninsured, program: { weeks: 0, hoursPerWeek: 9 } } }))).to.deep.equal({
      ok: false,
      message: 'request.program.weeks: must be a whole number of weeks from 1 to 52',
    });
    const four = { v: 1, request: uninsured, scenarios: [uninsured, uninsured, uninsured, uninsured] };
    expect(readJson(JSON.stringify(four))).to.deep.equal({ ok: false, message: 'scenarios: must hold 1 to 3 scenarios' });
    expect(readJson('[1, 2]')).to.deep.equal({ ok: false, message: '(top level): must be a JSON object' });
    expect(readJson(JSON.stringify({ request: uninsured }))).to.deep.equal({ ok: false, message: 'v: is required' });
    expect(readJson('null')).to.deep.equal({ ok: false, message: '(top level): must be a JSON object' });
  });

  it('keeps the whole intake record in a file, and reads it back exactly (issue 20)', () => {
    const file: SharedEstimate = {
      v: 1,
      request: uninsured,
      scenarios: [uninsured, { ...uninsured, coverage: { planType: 'private', network: 'in' } }],
      patient: { name: 'José Núñez', birthDate: '1990-05-17', phone: '614-555-0199', address: '12 Elm St', account: 'A-20931' },
      intake: { estimateNumber: 'E-0412', validUntil: '2027-01-04', counselor: { name: 'Dana Lee', phone: '555-0100' } },
      about: [{ name: 'Self-pay', diagnosisCodes: ['F10.20'] }, { name: 'Cigna', benefits: { insurer: 'Cigna', memberId: 'U1', verifiedOn: '2026-12-03', notes: 'auth pending' } }],
    };
    expect(readJson(toJson(file))).to.deep.equal({ ok: true, shared: file });
    expect(readJson(JSON.stringify({ ...file, about: [{}, {}, {}, {}] }))).to.deep.equal({ ok: false, message: 'about: must describe at most 3 scenarios' });
    expect(readJson(JSON.stringify({ ...file, intake: { validUntil: 'next month' } }))).to.deep.equal({ ok: false, message: 'intake.validUntil: must be a real date written YYYY-MM-DD, like 2026-03-02' });
  });

  it('gives a link only the scenarios, their names and, when asked, the household; says which lost a price that needed it', () => {
    const household = { size: 2, annualIncome: '30000.00', state: 'OH' as const };
    const selfPay = { ...uninsured, household };
    const file: SharedEstimate = {
      v: 1,
      request: selfPay,
      scenarios: [selfPay, { ...selfPay, coverage: { planType: 'private', network: 'in' } }],
      patient: { name: 'José Núñez', birthDate: '1990-05-17', account: 'A-20931' },
      intake: { estimateNumber: 'E-0412', counselor: { name: 'Dana Lee' } },
      about: [{ name: ' Self-pay ', diagnosisCodes: ['F10.20'] }, { benefits: { insurer: 'Cigna', memberId: 'U1' } }],
    };
    const plain = forLink(file, { householdPriced: [true, false] });
    expect(plain).to.deep.equal({
      v: 1,
      request: uninsured,
      scenarios: [uninsured, { ...uninsured, coverage: { planType: 'private', network: 'in' } }],
      about: [{ name: 'Self-pay', householdLeftOut: true }, {}],
    });
    const withHousehold = forLink(file, { household: true, householdPriced: [true, false] });
    expect(withHousehold).to.deep.equal({ v: 1, request: selfPay, scenarios: file.scenarios, about: [{ name: 'Self-pay' }, {}] });
    // Nothing to say: no `about` at all, as links were before.
    expect(forLink({ v: 1, request: uninsured })).to.deep.equal({ v: 1, request: uninsured });
    for (const link of [plain, withHousehold]) expect(JSON.stringify(link)).to.not.match(/José|1990|A-20931|E-0412|Dana|F10|Cigna|U1|patient|intake|benefits|diagnosis/);
  });

  it('still reads a link made before the record existed, with the name and birth date it then carried', () => {
    expect(readFragment(WITH_PATIENT_FRAGMENT)).to.deep.equal({ ok: true, shared: withPatient });
  });
});
