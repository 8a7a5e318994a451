// Languages: English is built in; Spanish comes from its translation module (src/translations/es.ts), which a
// page may load before or after the widget; any other language from registerTranslation. The tests run in
// order: English only first, then the Spanish module arrives.
import { describe, it } from './mocha.ts';
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { estimate } from '../../src/core/estimate.ts';
import type { EstimateRequestInput, EstimateResult, Warning } from '../../src/core/schemas.ts';
import { formatDate, formatMoney } from '../../src/ui/format.ts';
import { registerTranslation, translationFor } from '../../src/ui/translations.ts';
import { randomRequest } from '../core/random-requests.ts';
import { choose, core, errorFor, mount, q, qa, setStart, shownTotal, START, text, totalText, typeInto, type Estimator } from './helpers.ts';

/** The widget's estimate events, newest last. */
function estimates(el: Estimator): EstimateResult[] {
  const seen: EstimateResult[] = [];
  el.addEventListener('iop-estimate', (event) => seen.push((event as CustomEvent<EstimateResult>).detail));
  return seen;
}

function note(el: Estimator, code: string): HTMLElement {
  return q(el, `.notes li[data-code="${code}"]`);
}

function warning(result: EstimateResult | undefined, code: string): Warning {
  const found = result?.warnings.find((w) => w.code === code);
  if (!found) throw new Error(`no ${code} warning`);
  return found;
}

function request(program: Partial<EstimateRequestInput['program']>, coverage: EstimateRequestInput['coverage']): EstimateRequestInput {
  return { program: { weeks: 12, hoursPerWeek: 9, startDate: START, ...program }, coverage, paymentPlan: {} };
}

describe('before the Spanish module is loaded', () => {
  it('language="es" shows English, marked lang="en", rather than English marked as Spanish', async () => {
    const el = await mount(html`<iop-cost-estimator language="es"></iop-cost-estimator>`);
    expect(text(q(el, '.header h2'))).to.equal('What would this program cost me?');
    expect(q(el, '.layout').getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('switches a widget already on the page to Spanish when the module arrives', async () => {
    const el = await mount(html`<iop-cost-estimator language="es"></iop-cost-estimator>`);
    await import('../../src/translations/es.ts');
    await el.updateComplete;
    expect(text(q(el, '.header h2'))).to.equal('¿Cuánto me costaría este programa?');
    expect(q(el, '.layout').getAttribute('lang')).to.equal('es');
  });
});

describe('Spanish', () => {
  it('language="es" shows Spanish headings and marks the content lang="es"', async () => {
    const el = await mount(html`<iop-cost-estimator language="es"></iop-cost-estimator>`);
    await setStart(el);
    expect(q(el, '.layout').getAttribute('lang')).to.equal('es');
    expect(text(q(el, '.header h2'))).to.equal('¿Cuánto me costaría este programa?');
    const legends = qa(el, 'fieldset[part="step"] > legend').map(text);
    expect(legends).to.deep.equal(['Su cobertura', 'El programa', 'Los números de su plan (opcional)', 'Su hogar (opcional)', 'Pagar a plazos']);
    const headings = qa(el, '.result h2, .result h3').map(text);
    expect(headings).to.deep.equal(['Su cálculo', 'Por qué esta cantidad', 'Formas de pagar', 'Plan de pagos', 'Semana por semana', 'Bueno saber']);
    expect(text(q(el, '.total-label'))).to.equal('Usted pagaría entre');
    const expected = core(request({}, { planType: 'private', network: 'in' }));
    // US dollars as written in the US, in Spanish: "$0.00 y $10,600.00".
    expect(totalText(el)).to.equal(shownTotal(expected, 'es', 'y'));
    expect(totalText(el)).to.equal('$0.00 y $10,600.00');
    await expect(el).to.be.accessible();
  });

  it('in Spanish, a field\'s error message is in Spanish or marked as English (WCAG 3.1.2)', async () => {
    const el = await mount(html`<iop-cost-estimator language="es"></iop-cost-estimator>`);
    await setStart(el);
    await typeInto(el, 'weeks', '0');
    const error = errorFor(el, 'weeks')!;
    expect(error).to.not.equal(null);
    const english = 'Must be a whole number of weeks from 1 to 52.';
    const lang = error.closest('[lang]')?.getAttribute('lang');
    expect({ text: text(error), lang }, 'an English message inside lang="es" is read with Spanish pronunciation').to.satisfy(
      (shown: { text: string; lang: string }) => shown.text !== english || shown.lang === 'en',
    );
  });

  it('takes the language of the page around it when there is no attribute', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"><iop-cost-estimator></iop-cost-estimator></div>`);
    const el = wrapper.querySelector('iop-cost-estimator')!;
    await el.updateComplete;
    expect(text(q(el, '.header h2'))).to.equal('¿Cuánto me costaría este programa?');
  });
});

describe("the core's notes in Spanish", () => {
  it('are said in Spanish, with amounts and dates written for Spanish readers', async () => {
    const el = await mount(html`<iop-cost-estimator language="es"></iop-cost-estimator>`);
    const seen = estimates(el);
    await setStart(el, '2026-11-02');
    await choose(el, 'network', 'out');
    const result = seen[seen.length - 1];
    const balance = warning(result, 'balance-billing').params!.amount as string;
    expect(text(note(el, 'balance-billing'))).to.equal(
      `Este centro está fuera de la red de su plan: puede cobrarle la diferencia entre su cargo y lo que su plan reconoce, unos ${formatMoney(balance, 'es')} aquí, además de su parte del costo. Ese saldo no cuenta para su máximo de gastos de bolsillo.`,
    );
    expect(text(note(el, 'plan-year-reset'))).to.contain(`Su año del plan empieza de nuevo el ${formatDate('2027-01-01', 'es')}`);
    for (const item of qa(el, '.notes li[data-code]')) expect(item.closest('[lang]')?.getAttribute('lang'), item.dataset.code).to.equal('es');
    await expect(el).to.be.accessible();
  });

  it('cover every warning the core gives, with every value filled in (300 random requests)', () => {
    const spanish = translationFor('es')!.warnings!;
    const shownElsewhere = ['example-center', 'paid-in-full-offer'];
    const format = { money: (amount: string) => formatMoney(amount, 'es'), date: (date: string) => formatDate(date, 'es') };
    fc.assert(
      fc.property(randomRequest, (req) => {
        const outcome = estimate(req);
        if (!outcome.ok) return;
        for (const w of outcome.result.warnings.filter((w) => !shownElsewhere.includes(w.code))) {
          const said = spanish[w.code]?.(w.params ?? {}, format);
          expect(said, `${w.code}: ${w.message}`).to.be.a('string').and.not.equal('');
          expect(said, w.code).to.not.match(/undefined|NaN|null|\[object/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('falls back to the English, marked lang="en", when a translation lacks a note or cannot say it', async () => {
    registerTranslation('pt', { title: 'Quanto custaria?', warnings: { 'medicaid-no-balance-billing': () => { throw new Error('no'); } } });
    const el = await mount(html`<iop-cost-estimator language="pt" plan-type="medicaid"></iop-cost-estimator>`);
    const li = note(el, 'medicaid-no-balance-billing');
    expect(text(li)).to.equal("Centers that take Medicaid accept its payment in full: you can't be billed more than the Medicaid copay.");
    expect(li.getAttribute('lang')).to.equal('en');
  });
});

describe('a language the page adds itself', () => {
  it('shows the words given, English for the rest, and marks the content with the language', async () => {
    registerTranslation('fr', { title: 'Combien me coûterait ce programme ?' });
    const el = await mount(html`<iop-cost-estimator language="fr-CA"></iop-cost-estimator>`);
    expect(text(q(el, '.header h2'))).to.equal('Combien me coûterait ce programme ?');
    expect(q(el, '.layout').getAttribute('lang')).to.equal('fr-CA');
    expect(text(q(el, 'fieldset[part="step"] > legend'))).to.equal('Your coverage');
  });
});
