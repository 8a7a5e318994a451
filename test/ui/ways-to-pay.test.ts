// What an uninsured person sees under "Other ways to pay": Medicaid in their state, a Marketplace plan, the
// center's own assistance and the helplines, in English and Spanish. The figures are worked in
// test/core/ways-to-pay.test.ts; what is asserted here does not depend on today's date (open enrollment does).
import { describe, it } from './mocha.ts';
import { expect, html } from '@open-wc/testing';
import '../../src/iop-cost-estimator.ts';
import '../../src/translations/es.ts';
import { EXAMPLE_CENTER } from '../../src/core/estimate.ts';
import { type Estimator, mount, pick, q, qa, setStart, settle, text, totalText, typeInto } from './helpers.ts';

/** An uninsured household of `size` in `state` earning `income` a year, at `center`. */
async function uninsured(size: string, income: string, state: string, { center = EXAMPLE_CENTER, language = 'en' } = {}): Promise<Estimator> {
  const el = await mount(html`<iop-cost-estimator plan-type="uninsured" language=${language} .config=${center}></iop-cost-estimator>`);
  await setStart(el);
  await typeInto(el, 'householdSize', size);
  await typeInto(el, 'annualIncome', income);
  await pick(el, 'state', state);
  await settle(el);
  return el;
}

const ways = (el: Estimator) => q(el, '[part="ways-to-pay"]');
const way = (el: Estimator, kind: string) => q(el, `[part="ways-to-pay"] .${kind}`);
const lines = (node: Element) => [...node.querySelectorAll('p, li')].map(text);
/** An element inside a part of the widget. */
const inside = <T extends Element = HTMLElement>(node: Element, selector: string) => node.querySelector<T>(selector)!;

describe('other ways to pay, for an uninsured person', () => {
  it('in Ohio at 112% of poverty: Medicaid likely, $0.00 here, where to apply; the Marketplace after it; the helplines', async () => {
    const el = await uninsured('1', '17875.20', 'OH');
    expect(text(inside(ways(el), 'h3'))).to.equal('Other ways to pay');
    const medicaid = lines(way(el, 'medicaid'));
    expect(medicaid[0]).to.equal('You may qualify for Ohio Medicaid. Your household’s income is 112.00% of the federal poverty guideline; Ohio Medicaid covers adults up to 138%.');
    expect(medicaid).to.include('With Medicaid, this program would cost you $0.00 at Example Recovery Center (fictional).');
    const apply = inside<HTMLAnchorElement>(way(el, 'medicaid'), 'a');
    expect([text(apply), apply.href, apply.target]).to.deep.equal(['Ohio Benefits', 'https://benefits.ohio.gov/', '_blank']);
    expect(lines(way(el, 'marketplace'))).to.deep.equal(['With Medicaid likely, a Marketplace tax credit is not for you: Medicaid comes first.']);
    expect(text(inside(ways(el), '.resources'))).to.match(/^More help: FindTreatment\.gov; SAMHSA National Helpline 1-800-662-4357/);
    // Options only: the self-pay total at 112% ("60% off", 36 days x $140.00) is unchanged.
    expect(totalText(el)).to.equal('$5,040.00');
    await expect(el).to.be.accessible();
  });

  it('in Alabama at 112%: no Medicaid for adults without children, a Marketplace tax credit instead', async () => {
    const el = await uninsured('1', '17875.20', 'AL');
    const medicaid = lines(way(el, 'medicaid'));
    expect(medicaid[0]).to.equal('By income alone, Alabama Medicaid is not likely to cover you. Your household’s income is 112.00% of the federal poverty guideline; Alabama Medicaid covers parents and caretakers up to 18%.');
    expect(medicaid).to.include('Alabama has not expanded Medicaid: it does not cover adults without children, whatever their income.');
    const marketplace = lines(way(el, 'marketplace'));
    expect(marketplace[0]).to.match(/^You may get a plan with a premium tax credit, which lowers its monthly cost: your income is 112\.00% of the poverty guideline, and 20\d\d credits are for incomes from 100% to 400%\. Not if a job offers you affordable coverage of your own\.$/);
    expect(inside<HTMLAnchorElement>(way(el, 'marketplace'), 'a').href).to.equal('https://www.healthcare.gov/');
    await expect(el).to.be.accessible();
  });

  it('a parent in South Carolina at 60%: "if you are a parent", then likely once they say so', async () => {
    // Household of 3: 60% of $27,320 = $16,392.00, under South Carolina's 67% for parents.
    const el = await uninsured('3', '16392.00', 'SC');
    expect(lines(way(el, 'medicaid'))[0]).to.match(/^You may qualify for South Carolina Medicaid if you are a parent or caretaker of a child under 19 who lives with you\./);
    const box = inside<HTMLInputElement>(way(el, 'medicaid'), 'input[type="checkbox"]');
    expect(box.labels?.[0]?.textContent?.trim()).to.equal('I’m a parent or caretaker of a child under 19 who lives with me');
    box.click();
    await settle(el);
    expect(lines(way(el, 'medicaid'))[0]).to.equal(
      'You may qualify for South Carolina Medicaid. Your household’s income is 60.00% of the federal poverty guideline; South Carolina Medicaid covers parents and caretakers up to 67%.',
    );
    expect(inside<HTMLInputElement>(way(el, 'medicaid'), 'input[type="checkbox"]').checked).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('without a household: asked for it, and the helplines', async () => {
    const el = await mount(html`<iop-cost-estimator plan-type="uninsured"></iop-cost-estimator>`);
    await settle(el);
    expect(lines(ways(el))).to.include('Enter your household’s size, income and state above to see whether Medicaid or a Marketplace plan may pay for this.');
    expect(qa(el, '[part="ways-to-pay"] .medicaid')).to.deep.equal([]);
  });

  it('not shown to an insured person at a center without assistance', async () => {
    const el = await mount(html`<iop-cost-estimator plan-type="private"></iop-cost-estimator>`);
    await settle(el);
    expect(qa(el, '[part="ways-to-pay"]')).to.deep.equal([]);
  });
});

describe('other ways to pay, in Spanish', () => {
  const cases = [
    ['1', '17875.20', 'OH', 'Podría calificar para Medicaid de Ohio. Los ingresos de su hogar son el 112.00% de la guía federal de pobreza; Medicaid de Ohio cubre a adultos hasta el 138%.'],
    ['1', '17875.20', 'AL', 'Solo por sus ingresos, no es probable que Medicaid de Alabama lo cubra. Los ingresos de su hogar son el 112.00% de la guía federal de pobreza; Medicaid de Alabama cubre a padres y cuidadores hasta el 18%.'],
    ['3', '16392.00', 'SC', 'Podría calificar para Medicaid de South Carolina si es padre, madre o cuidador de un menor de 19 años que vive con usted. Los ingresos de su hogar son el 60.00% de la guía federal de pobreza; Medicaid de South Carolina cubre a padres y cuidadores hasta el 67%.'],
  ] as const;
  for (const [size, income, state, headline] of cases) {
    it(`in ${state}: "${headline.slice(0, 60)}…"`, async () => {
      const el = await uninsured(size, income, state, { language: 'es' });
      expect(lines(way(el, 'medicaid'))[0]).to.equal(headline);
      expect(text(inside(way(el, 'marketplace'), 'h4'))).to.equal('Un plan del Mercado de Seguros');
      expect(text(inside(ways(el), '.resources'))).to.match(/^Más ayuda: FindTreatment\.gov/);
      await expect(el).to.be.accessible();
    });
  }

  it('in Alabama, the Marketplace’s tax credit', async () => {
    const el = await uninsured('1', '17875.20', 'AL', { language: 'es' });
    expect(lines(way(el, 'marketplace'))[0]).to.match(
      /^Podría obtener un plan con un crédito fiscal para la prima, que baja su costo mensual: sus ingresos son el 112\.00% de la guía de pobreza, y los créditos de 20\d\d son para ingresos del 100% al 400%\. No si un trabajo le ofrece una cobertura propia asequible\.$/,
    );
  });
});

describe('the center’s own assistance', () => {
  const center = {
    ...(EXAMPLE_CENTER as object),
    assistance: {
      stateFunded: [{ name: 'Ohio state-funded treatment', states: ['OH'], maxPovertyPercent: 200, note: 'A waiting list of about two weeks.' }],
      scholarships: [{ name: { en: 'Hope Scholarship', es: 'Beca Esperanza' }, amount: '1000.00', maxPovertyPercent: 300 }],
      financing: [{ name: 'Example Lending', url: 'https://lending.example/apply' }],
    },
  };

  it('what the person may qualify for, beside the total and not taken off it', async () => {
    const el = await uninsured('1', '17875.20', 'OH', { center });
    expect(text(inside(way(el, 'center-help'), 'h4'))).to.equal('From Example Recovery Center (fictional)');
    expect(lines(way(el, 'center-help'))).to.deep.equal([
      'Ohio state-funded treatment (State-funded treatment): A waiting list of about two weeks.',
      // $5,040.00 - $1,000.00 = $4,040.00.
      'Hope Scholarship: $1,000.00 off, which would leave $4,040.00 to pay.',
      'Financing: Example Lending A loan, at the lender’s terms: compare them with the center’s payment plan.',
    ]);
    expect(totalText(el)).to.equal('$5,040.00');
    await expect(el).to.be.accessible();
  });

  it('not the state-funded slot for someone from another state', async () => {
    const el = await uninsured('1', '17875.20', 'KY', { center });
    expect(lines(way(el, 'center-help'))[0]).to.equal('Hope Scholarship: $1,000.00 off, which would leave $4,040.00 to pay.');
  });

  it('in Spanish, with the center’s Spanish words', async () => {
    const el = await uninsured('1', '17875.20', 'OH', { center, language: 'es' });
    expect(text(inside(ways(el), 'h3'))).to.equal('Otras formas de pagar');
    expect(lines(way(el, 'medicaid'))[0]).to.equal(
      'Podría calificar para Medicaid de Ohio. Los ingresos de su hogar son el 112.00% de la guía federal de pobreza; Medicaid de Ohio cubre a adultos hasta el 138%.',
    );
    expect(lines(way(el, 'center-help'))).to.include('Beca Esperanza: $1,000.00 menos, lo que le dejaría $4,040.00 por pagar.');
    await expect(el).to.be.accessible();
  });
});
