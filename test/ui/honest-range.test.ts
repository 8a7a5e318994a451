// An honest range when the plan's numbers are unknown (issue 16, part): the range's middle figure for a typical plan
// of the person's kind, said in words; a breakdown that names the unknowns rather than calling the worst case
// "Deductible"; and a self-pay breakdown that adds up top to bottom. In English and Spanish.
// Example center, 12 weeks x 9 hours = 36 days of 3 hours from Monday 2026-03-02: in network $450.00 a day, out of
// network $510.00 allowed + $340.00 balance billed, self-pay $350.00 a day ($12,600.00).
import { describe, it } from './mocha.ts';
import { expect, html } from '@open-wc/testing';
import Decimal from 'decimal.js';
import '../../src/translations/es.ts';
import { choose, core, knowMyNumbers, mount, pick, q, qa, setStart, START, text, totalText, typeInto, type Estimator } from './helpers.ts';

async function widget(attributes: { planType: string; language?: string }): Promise<Estimator> {
  const el = await mount(html`<iop-cost-estimator plan-type=${attributes.planType} language=${attributes.language ?? 'en'}></iop-cost-estimator>`);
  await setStart(el);
  // Chosen as a person would, whatever the widget starts with.
  await choose(el, 'planType', attributes.planType);
  return el;
}

/** The breakdown's lines as [label, amount]. */
function lines(el: Estimator): [string, string][] {
  return qa(el, '[part="breakdown"] .line').map((line) => [text(line.querySelector('dt')), text(line.querySelector('dd'))]);
}

function breakdownNotes(el: Estimator): string[] {
  return qa(el, '[part="breakdown"] .note').map(text);
}

/** "$12,600.00" or "−$11,700.00" as a Decimal. */
function amountOf(shown: string): Decimal {
  const negative = shown.startsWith('−');
  const value = new Decimal(shown.replace(/[−$,]/g, ''));
  return negative ? value.negated() : value;
}

async function household(el: Estimator, size: string, income: string, state: string): Promise<void> {
  await typeInto(el, 'householdSize', size);
  await typeInto(el, 'annualIncome', income);
  await pick(el, 'state', state);
}

describe('the range with a typical plan in the middle', () => {
  it('says what a typical employer plan would cost, labelled, with its figures listed', async () => {
    const el = await widget({ planType: 'private' });
    await choose(el, 'network', 'in');
    // Nothing known: $0.00 (deductible met, 0%) to $10,600.00 (the 2026 legal limit). A typical employer PPO:
    // $1,886.00 + 20% x ($16,200.00 - $1,886.00) = $4,748.80, held to its $4,416.00 maximum.
    expect(totalText(el)).to.equal('$0.00 and $10,600.00');
    expect(text(q(el, '.summary .typical'))).to.equal(
      'With a typical employer plan (deductible $1,886.00, 20% coinsurance, maximum $4,416.00): about $4,416.00. ' +
        'Not your plan: its numbers and their sources are under “Figures used”.',
    );
    const figures = qa(el, '[part="notes"] .figures li').map(text);
    expect(figures.some((f) => f.startsWith('Typical plan, not yours: Employer PPO, single coverage, in network, deductible: $1,886.00 (2025).'))).to.equal(true);
    expect(figures.some((f) => f.startsWith('Typical plan, not yours: Employer PPO, single coverage, in network, out-of-pocket maximum: $4,416.00 (2018). AHRQ MEPS-IC 2018'))).to.equal(true);
    // A percentage is not an amount: no "$".
    expect(figures.filter((f) => f.includes('coinsurance (%)')).map((f) => f.split('. ')[0])).to.deep.equal(['Typical plan, not yours: Employer PPO, single coverage, in network, coinsurance (%): 20']);
    await expect(el).to.be.accessible();
  });

  it('lends only the numbers the person did not type', async () => {
    const el = await widget({ planType: 'private' });
    await choose(el, 'network', 'in');
    await knowMyNumbers(el);
    await typeInto(el, 'oopMax', '5000');
    // Deductible and coinsurance unknown, maximum $5,000: from $0.00 to $5,000.00. Typical: $1,886.00 + 20% of
    // $14,314.00 = $2,862.80: $4,748.80, under the person's $5,000.00.
    expect(totalText(el)).to.equal('$0.00 and $5,000.00');
    expect(text(q(el, '.summary .typical'))).to.contain(
      'With the numbers of a typical employer plan where yours are unknown (deductible $1,886.00, 20% coinsurance): about $4,748.80.',
    );
  });

  it('has no middle figure once the numbers are known', async () => {
    const el = await widget({ planType: 'private' });
    await knowMyNumbers(el);
    await typeInto(el, 'deductible', '1500');
    await typeInto(el, 'coinsurancePercent', '20');
    await typeInto(el, 'oopMax', '5000');
    expect(totalText(el)).to.equal('$4,440.00');
    expect(el.shadowRoot!.querySelector('.summary .typical')).to.equal(null);
  });

  it('Medicare Advantage: a typical Medicare Advantage plan', async () => {
    const el = await widget({ planType: 'medicare' });
    await choose(el, 'medicarePlan', 'advantage');
    await choose(el, 'network', 'in');
    // $0.00 to CMS's 2026 limit $9,250.00; typical: no deductible, 20% x $450.00 x 36 = $3,240.00.
    expect(totalText(el)).to.equal('$0.00 and $9,250.00');
    expect(text(q(el, '.summary .typical'))).to.contain('With a typical Medicare Advantage plan (deductible $0.00, 20% coinsurance, maximum $5,900.00): about $3,240.00.');
  });
});

describe('the breakdown of a range', () => {
  it('does not call the worst case a deductible, and says the law caps it', async () => {
    const el = await widget({ planType: 'private' });
    await choose(el, 'network', 'in');
    expect(lines(el).map(([label]) => label)).to.not.include('Deductible');
    expect(lines(el)).to.deep.include(['Your deductible, then your coinsurance — at most', '$10,600.00']);
    expect(breakdownNotes(el)).to.include(
      'Your plan’s deductible, coinsurance or copay and out-of-pocket maximum are unknown: you would pay up to your deductible, then your coinsurance, at most $10,600.00 a plan year by law.',
    );
    await expect(el).to.be.accessible();
  });

  it('says "your plan’s maximum" when the person typed it', async () => {
    const el = await widget({ planType: 'private' });
    await choose(el, 'network', 'in');
    await knowMyNumbers(el);
    await typeInto(el, 'oopMax', '5000');
    expect(lines(el)).to.deep.include(['Your deductible, then your coinsurance — at most', '$5,000.00']);
    expect(breakdownNotes(el)).to.include(
      'Your plan’s deductible and coinsurance or copay are unknown: you would pay up to your deductible, then your coinsurance, at most $5,000.00 a plan year, your plan’s maximum.',
    );
  });

  it('out of network: no "Deductible $18,360.00", balance billing kept as it is, and nothing caps it', async () => {
    const el = await widget({ planType: 'private' });
    await choose(el, 'network', 'out');
    // Every out-of-network number unknown: the worst case is 100% of 36 x $510.00 = $18,360.00, plus
    // 36 x $340.00 = $12,240.00 of balance billing: $30,600.00, with no maximum.
    expect(totalText(el)).to.contain('$30,600.00');
    const shown = lines(el);
    expect(shown.map(([label]) => label)).to.not.include('Deductible');
    expect(shown).to.deep.include(['Your deductible, then your coinsurance — at most', '$18,360.00']);
    expect(shown).to.deep.include(['Balance billing (out of network)', '$12,240.00']);
    expect(breakdownNotes(el).join(' ')).to.contain('with no maximum known out of network.');
  });
});

describe('the weeks and the payment plan of a range', () => {
  it('say they are its high end, and nothing of the kind once the numbers are known', async () => {
    const el = await widget({ planType: 'private' });
    const note = 'At most: these are the amounts at the high end of your range, with your plan’s unknown numbers at their costliest.';
    expect(text(q(el, '[part="chart"] .high-end'))).to.equal(note);
    expect(text(q(el, '[part="payment-plan"] .high-end'))).to.equal(note);
    // 36 days at $450.00 = $16,200.00, all of it the person's at worst, up to the $10,600.00 legal maximum.
    expect(text(q(el, '[part="payment-plan"] .monthly'))).to.equal('$1,766.67 a month for 6 months');
    await knowMyNumbers(el);
    await typeInto(el, 'deductible', '1500');
    await typeInto(el, 'coinsurancePercent', '20');
    await typeInto(el, 'oopMax', '5000');
    expect(el.shadowRoot!.querySelector('.high-end')).to.equal(null);
  });
});

describe('the self-pay breakdown', () => {
  it('adds up: price, sliding-scale discount, you pay; the band by its name and the percent whole', async () => {
    const el = await widget({ planType: 'uninsured' });
    // One person in Ohio earning $14,700: 2026 guideline $15,960, 92.11% -> 92%, the "Nominal fee" band: $25.00 a
    // day, 36 x $25.00 = $900.00 of the $12,600.00 price, a discount of $11,700.00.
    await household(el, '1', '14700', 'OH');
    expect(totalText(el)).to.equal('$900.00');
    const shown = lines(el);
    expect(shown.slice(0, 3)).to.deep.equal([
      ['Price (the center’s self-pay price)', '$12,600.00'],
      ['Sliding-scale discount', '−$11,700.00'],
      ['You pay', '$900.00'],
    ]);
    expect(amountOf(shown[0]![1]).plus(amountOf(shown[1]![1])).toFixed(2)).to.equal(amountOf(shown[2]![1]).toFixed(2));
    expect(breakdownNotes(el)).to.deep.equal(['Household income at 92% of the federal poverty guideline: sliding-scale band “Nominal fee”.']);
    await expect(el).to.be.accessible();
  });

  it('rounds the percent half-up: 120.50% reads 121%', async () => {
    const el = await widget({ planType: 'uninsured' });
    // $19,231.80 for one person: exactly 120.50% of $15,960 -> 121% ("60% off": $12,600.00 - $7,560.00 = $5,040.00).
    await household(el, '1', '19231.80', 'OH');
    expect(core({ program: { weeks: 12, hoursPerWeek: 9, startDate: START }, coverage: { planType: 'uninsured' }, household: { size: 1, annualIncome: '19231.80', state: 'OH' } }).slidingScale?.povertyPercent).to.equal('120.50');
    expect(breakdownNotes(el)).to.deep.equal(['Household income at 121% of the federal poverty guideline: sliding-scale band “60% off”.']);
    expect(lines(el).slice(0, 3)).to.deep.equal([
      ['Price (the center’s self-pay price)', '$12,600.00'],
      ['Sliding-scale discount', '−$7,560.00'],
      ['You pay', '$5,040.00'],
    ]);
  });

  it('without a household: the price and what you pay, the same amount', async () => {
    const el = await widget({ planType: 'uninsured' });
    expect(lines(el).slice(0, 2)).to.deep.equal([
      ['Price (the center’s self-pay price)', '$12,600.00'],
      ['You pay', '$12,600.00'],
    ]);
    expect(breakdownNotes(el)).to.deep.equal([]);
  });
});

describe('in Spanish', () => {
  it('the typical plan and the breakdown of a range', async () => {
    const el = await widget({ planType: 'private', language: 'es' });
    await choose(el, 'network', 'in');
    expect(totalText(el)).to.equal('$0.00 y $10,600.00');
    expect(text(q(el, '.summary .typical'))).to.equal(
      'Con un plan típico de empleador (deducible $1,886.00, coseguro del 20%, máximo $4,416.00): unos $4,416.00. ' +
        'No es su plan: sus cifras y sus fuentes están en “Cifras usadas”.',
    );
    expect(lines(el).map(([label]) => label)).to.not.include('Deducible');
    expect(lines(el)).to.deep.include(['Su deducible y luego su coseguro — como máximo', '$10,600.00']);
    expect(breakdownNotes(el)).to.include(
      'Sin el deducible, el coseguro o copago y el máximo de gastos de bolsillo de su plan, pagaría hasta su deducible y luego su coseguro, como máximo $10,600.00 por año del plan, por ley.',
    );
    await expect(el).to.be.accessible();
  });

  it('the self-pay breakdown adds up, with the band by its name and the percent whole', async () => {
    const el = await widget({ planType: 'uninsured', language: 'es' });
    await household(el, '1', '14700', 'OH');
    expect(lines(el).slice(0, 3)).to.deep.equal([
      ['Precio (el precio del centro si paga por su cuenta)', '$12,600.00'],
      ['Descuento por escala móvil', '−$11,700.00'],
      ['Usted paga', '$900.00'],
    ]);
    expect(breakdownNotes(el)).to.deep.equal(['Ingreso del hogar al 92% de la guía federal de pobreza: nivel “Nominal fee” de la escala móvil.']);
  });
});
