// Languages: English is built in; Spanish comes from its translation module (src/translations/es.ts), which a
// page may load before or after the widget; any other language from registerTranslation. The tests run in
// order: English only first, then the Spanish module arrives.
import { describe, it } from './mocha.ts';
import { expect, fixture, html } from '@open-wc/testing';
import type { EstimateRequestInput } from '../../src/core/schemas.ts';
import { registerTranslation } from '../../src/ui/translations.ts';
import { core, errorFor, mount, q, qa, setStart, shownTotal, START, text, totalText, typeInto } from './helpers.ts';

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

describe('a language the page adds itself', () => {
  it('shows the words given, English for the rest, and marks the content with the language', async () => {
    registerTranslation('fr', { title: 'Combien me coûterait ce programme ?' });
    const el = await mount(html`<iop-cost-estimator language="fr-CA"></iop-cost-estimator>`);
    expect(text(q(el, '.header h2'))).to.equal('Combien me coûterait ce programme ?');
    expect(q(el, '.layout').getAttribute('lang')).to.equal('fr-CA');
    expect(text(q(el, 'fieldset[part="step"] > legend'))).to.equal('Your coverage');
  });
});
