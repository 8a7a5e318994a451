// Every way an uninsured person may pay (RULES.md §19), worked by hand on 2026-12-05 with the 2026 poverty
// guidelines (48 states and DC: $15,960 for one person, $5,680 for each more; 2025: $15,650 and $5,500) and
// data/medicaid-eligibility.json, data/marketplace.json as they stand.
import { describe, expect, it } from '../harness.ts';
import exampleCenter from '../../data/centers/example.json';
import { waysToPay, type WaysToPay } from '../../src/core/ways-to-pay/ways-to-pay.ts';

const TODAY = '2026-12-05';
/** A Monday, so that 12 weeks of 9 hours are 36 days of 3 hours in the 2026 guidelines' year. */
const START = '2026-12-07';

/** Household of `size` in `state` with `income`, uninsured, asking on 2026-12-05. */
function ways(size: number, income: string, state: string, extra: { parent?: boolean } = {}, center: unknown = exampleCenter, today = TODAY): WaysToPay {
  const outcome = waysToPay(
    { program: { weeks: 12, hoursPerWeek: 9, startDate: START }, coverage: { planType: 'uninsured' }, household: { size, annualIncome: income, state, ...extra } },
    center,
    { today },
  );
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.waysToPay;
}

describe('Medicaid for an uninsured adult', () => {
  it('in a state that expanded it, at 112% of poverty: likely, $0.00 at a center that takes it, 3 months back until 2027', () => {
    // One person: 112% of $15,960 = $17,875.20, under Ohio's 138% for adults.
    const { medicaid, marketplace } = ways(1, '17875.20', 'OH');
    expect(medicaid).to.include({ state: 'OH', stateName: 'Ohio', outlook: 'likely', povertyPercent: '112.00', expanded: true, retroactiveMonths: 3, confirmed: true });
    expect(medicaid?.limit).to.deep.equal({ who: 'adults', percent: 138 });
    // The example center takes Medicaid at $180.00 a day with no copay: nothing to pay.
    expect(medicaid?.centerTakesMedicaid).to.equal(true);
    expect(medicaid?.programCost).to.equal('0.00');
    // Applications from January 1, 2027 reach back 1 month for expansion adults (Pub. L. 119-21 sec. 71112).
    expect(medicaid?.retroactiveChange).to.deep.equal({ from: '2027-01-01', months: 1 });
    expect(medicaid?.apply).to.deep.equal({ name: 'Ohio Benefits', url: 'https://benefits.ohio.gov' });
    expect(medicaid?.sources.length).to.be.greaterThan(0);
    // Medicaid comes before a Marketplace tax credit.
    expect(marketplace?.outlook).to.equal('medicaid-instead');
  });

  it('in a state that has not expanded it, at 112%: not for an adult without children; a Marketplace tax credit instead', () => {
    const { medicaid, marketplace } = ways(1, '17875.20', 'AL', { parent: false });
    expect(medicaid).to.include({ stateName: 'Alabama', outlook: 'unlikely', expanded: false, adultLimitPercent: 0, parentLimitPercent: 18 });
    // No adult group: the only limit is the parents' 18%.
    expect(medicaid?.limit).to.deep.equal({ who: 'parents', percent: 18 });
    // In the 2027 open enrollment (Nov 1, 2026 to Jan 15, 2027 on HealthCare.gov), on the 2026 guidelines.
    expect(marketplace).to.include({ outlook: 'tax-credit', coverageYear: 2027, guidelinesYear: 2026, povertyPercent: '112.00' });
    expect(marketplace?.taxCredit).to.deep.equal({ fromPercent: 100, upToPercent: 400 });
    expect(marketplace?.openEnrollment).to.deep.equal({ start: '2026-11-01', end: '2027-01-15', now: true, coverageYear: 2027, enrollBy: '2026-12-15' });
    expect(marketplace?.exchange).to.deep.equal({ name: 'HealthCare.gov', url: 'https://www.healthcare.gov/' });
    expect(marketplace?.specialEnrollmentDays).to.equal(60);
  });

  it('a parent in a state with a parent limit: likely as a parent; "if a parent" when not said; the coverage gap when not one', () => {
    // Household of 3: $15,960 + 2 x $5,680 = $27,320; 60% is $16,392.00, under South Carolina's 67% for parents.
    const parent = ways(3, '16392.00', 'SC', { parent: true });
    expect(parent.medicaid).to.include({ outlook: 'likely', povertyPercent: '60.00', retroactiveMonths: 3 });
    expect(parent.medicaid?.limit).to.deep.equal({ who: 'parents', percent: 67 });
    // Not expanded: applications from 2027 reach back 2 months.
    expect(parent.medicaid?.retroactiveChange).to.deep.equal({ from: '2027-01-01', months: 2 });
    expect(parent.marketplace?.outlook).to.equal('medicaid-instead');

    expect(ways(3, '16392.00', 'SC').medicaid?.outlook).to.equal('likely-if-parent');

    const notParent = ways(3, '16392.00', 'SC', { parent: false });
    expect(notParent.medicaid?.outlook).to.equal('unlikely');
    // Under 100%: no tax credit either.
    expect(notParent.marketplace?.outlook).to.equal('coverage-gap');
  });

  it('a state where Medicaid pays only from the month of application says 0 months, and no change to come', () => {
    const { medicaid } = ways(1, '17875.20', 'MA');
    expect(medicaid).to.include({ outlook: 'likely', retroactiveMonths: 0 });
    expect(medicaid?.retroactiveChange).to.equal(undefined);
  });
});

describe('the Marketplace for an uninsured household', () => {
  it('at 250% of poverty: a tax credit, in open enrollment now, Medicaid not likely', () => {
    // Two people: $15,960 + $5,680 = $21,640; 250% is $54,100.00.
    const { medicaid, marketplace } = ways(2, '54100.00', 'OH');
    expect(medicaid?.outlook).to.equal('unlikely');
    expect(medicaid?.limit).to.deep.equal({ who: 'adults', percent: 138 });
    expect(marketplace).to.include({ outlook: 'tax-credit', povertyPercent: '250.00', coverageYear: 2027 });
  });

  it('outside open enrollment: this year’s coverage on last year’s guidelines, and the next open enrollment', () => {
    // June 1, 2026: a plan for 2026 (special enrollment), whose credits use the 2025 guidelines:
    // $54,100.00 / ($15,650 + $5,500 = $21,150) = 255.7919...%.
    const { marketplace } = ways(2, '54100.00', 'OH', {}, exampleCenter, '2026-06-01');
    expect(marketplace).to.include({ outlook: 'tax-credit', coverageYear: 2026, guidelinesYear: 2025, povertyPercent: '255.79' });
    expect(marketplace?.openEnrollment).to.deep.equal({ start: '2026-11-01', end: '2027-01-15', now: false, coverageYear: 2027, enrollBy: '2026-12-15' });
  });

  it('in a state with its own exchange: its name, address and last day', () => {
    const { marketplace } = ways(2, '54100.00', 'CA');
    expect(marketplace?.exchange).to.deep.equal({ name: 'Covered California', url: 'https://www.coveredca.com/' });
    // Covered California's own end; HealthCare.gov's January 1 date is not said for it.
    expect(marketplace?.openEnrollment).to.deep.equal({ start: '2026-11-01', end: '2026-12-31', now: true, coverageYear: 2027 });
  });

  it('above 400%: plans at full price, no credit', () => {
    // 450% of $15,960 = $71,820.00.
    expect(ways(1, '71820.00', 'OH').marketplace).to.include({ outlook: 'full-price', povertyPercent: '450.00' });
  });
});

describe('the center’s own assistance', () => {
  const center = {
    ...exampleCenter,
    assistance: {
      stateFunded: [{ name: 'Ohio state-funded treatment', states: ['OH'], maxPovertyPercent: 200, note: 'A waiting list of about two weeks.' }],
      scholarships: [
        { name: 'Hope Scholarship', amount: '1000.00', maxPovertyPercent: 300 },
        { name: 'Returning graduates', percent: 25, conditions: 'For a second program.' },
      ],
      financing: [{ name: 'Example Lending', url: 'https://lending.example/apply' }],
    },
  };

  it('a state-funded slot matched by residence and income, and not matched by either', () => {
    expect(ways(1, '17875.20', 'OH', {}, center).center.stateFunded).to.deep.equal([
      { name: 'Ohio state-funded treatment', note: 'A waiting list of about two weeks.', mayQualify: true, unmet: [], unknown: [], asUnderinsured: false },
    ]);
    // Kentucky: not a resident. 250% in Ohio: over 200%.
    expect(ways(1, '17875.20', 'KY', {}, center).center.stateFunded[0]).to.include({ mayQualify: false }).and.to.have.deep.property('unmet', ['state']);
    expect(ways(2, '54100.00', 'OH', {}, center).center.stateFunded[0]).to.have.deep.property('unmet', ['income']);
  });

  it('not for an insured person when it is for the uninsured only', () => {
    const outcome = waysToPay(
      { program: { weeks: 12, hoursPerWeek: 9, startDate: START }, coverage: { planType: 'private', deductible: '1500.00', coinsurancePercent: 20, oopMax: '5000.00' }, household: { size: 1, annualIncome: '17875.20', state: 'OH' } },
      center,
      { today: TODAY },
    );
    if (!outcome.ok) throw new Error('no estimate');
    expect(outcome.waysToPay.center.stateFunded[0]).to.include({ mayQualify: false, asUnderinsured: true }).and.to.have.deep.property('unmet', ['coverage']);
    // No scholarship toward a self-pay price they are not paying; no Medicaid or Marketplace finding; no helplines.
    expect(outcome.waysToPay.center.scholarships).to.deep.equal([]);
    expect(outcome.waysToPay.medicaid).to.equal(undefined);
    expect(outcome.waysToPay.resources).to.deep.equal([]);
  });

  it('a scholarship is an option beside the total, not taken off it', () => {
    // 112%: the example center's "60% off" band, $350.00 - $210.00 = $140.00 a day x 36 days = $5,040.00.
    const outcome = waysToPay(
      { program: { weeks: 12, hoursPerWeek: 9, startDate: START }, coverage: { planType: 'uninsured' }, household: { size: 1, annualIncome: '17875.20', state: 'OH' } },
      center,
      { today: TODAY },
    );
    if (!outcome.ok) throw new Error('no estimate');
    expect(outcome.result.patient.total).to.equal('5040.00');
    expect(outcome.waysToPay.center.scholarships).to.deep.equal([
      // $1,000.00 off: $4,040.00 left.
      { name: 'Hope Scholarship', mayQualify: true, unmet: [], unknown: [], off: '1000.00', totalAfter: '4040.00' },
      // 25% of $5,040.00 = $1,260.00 off: $3,780.00 left.
      { name: 'Returning graduates', conditions: 'For a second program.', mayQualify: true, unmet: [], unknown: [], off: '1260.00', totalAfter: '3780.00' },
    ]);
    expect(outcome.waysToPay.center.financing).to.deep.equal([{ name: 'Example Lending', url: 'https://lending.example/apply' }]);
  });

  it('without a household: what depends on the income or the state is said to depend on it', () => {
    const outcome = waysToPay({ program: { weeks: 12, hoursPerWeek: 9, startDate: START }, coverage: { planType: 'uninsured' } }, center, { today: TODAY });
    if (!outcome.ok) throw new Error('no estimate');
    expect(outcome.waysToPay.medicaid).to.equal(undefined);
    expect(outcome.waysToPay.marketplace).to.equal(undefined);
    expect(outcome.waysToPay.center.stateFunded[0]).to.include({ mayQualify: true }).and.to.have.deep.property('unknown', ['state', 'income']);
    // 36 days at $350.00 = $12,600.00; $1,000.00 off leaves $11,600.00.
    expect(outcome.waysToPay.center.scholarships[0]).to.include({ off: '1000.00', totalAfter: '11600.00' }).and.to.have.deep.property('unknown', ['income']);
  });

  it('says nothing of Medicaid or the Marketplace in a territory, which the data does not cover and HealthCare.gov does not serve', () => {
    const found = ways(1, '17875.20', 'PR');
    expect([found.medicaid, found.marketplace]).to.deep.equal([undefined, undefined]);
    expect(found.resources.length).to.be.greaterThan(0);
  });

  it('names the national helplines for the uninsured', () => {
    const names = ways(1, '17875.20', 'OH').resources.map((r) => r.name);
    expect(names).to.include.members(['FindTreatment.gov', 'SAMHSA National Helpline']);
  });
});
