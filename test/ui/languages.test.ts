// Languages: English is built in; Spanish comes from its translation module (src/translations/es.ts), which a
// widget asked for Spanish loads by itself (test/ui/site-builders.test.ts) and a page may load itself; any other
// language from registerTranslation.
import { describe, it } from './mocha.ts';
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { estimate, EXAMPLE_CENTER } from '../../src/core/estimate.ts';
import type { EstimateRequestInput, EstimateResult, Warning } from '../../src/core/schemas.ts';
import { formatDate, formatMoney } from '../../src/ui/format.ts';
import { messagesFor } from '../../src/ui/messages.ts';
// Every English word, the answer's too (they load with it).
import '../../src/ui/answer-words.ts';
import '../../src/ui/ways-to-pay-words.ts';
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

describe('a language whose words are not there', () => {
  it('language="de" (no words given) shows English, marked lang="en", rather than English marked as German', async () => {
    const el = await mount(html`<iop-cost-estimator plan-type="private" language="de"></iop-cost-estimator>`);
    expect(text(q(el, '.header h2'))).to.equal('What would this program cost me?');
    expect(q(el, '.layout').getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('switches a widget already on the page when the page registers its words', async () => {
    const el = await mount(html`<iop-cost-estimator plan-type="private" language="de"></iop-cost-estimator>`);
    registerTranslation('de', { title: 'Was würde mich dieses Programm kosten?' });
    await el.updateComplete;
    expect(text(q(el, '.header h2'))).to.equal('Was würde mich dieses Programm kosten?');
    expect(q(el, '.layout').getAttribute('lang')).to.equal('de');
  });
});

describe('Spanish', () => {
  it('language="es" shows Spanish headings and marks the content lang="es"', async () => {
    const el = await mount(html`<iop-cost-estimator plan-type="private" language="es"></iop-cost-estimator>`);
    await setStart(el);
    expect(q(el, '.layout').getAttribute('lang')).to.equal('es');
    expect(text(q(el, '.header h2'))).to.equal('¿Cuánto me costaría este programa?');
    const legends = qa(el, 'fieldset[part="step"] > legend').map(text);
    expect(legends).to.deep.equal(['Su cobertura', 'El programa', 'Los números de su plan (opcional)', 'Su hogar (opcional)', 'Pagar a plazos']);
    const headings = qa(el, '.result h2, .result h3').map(text);
    expect(headings).to.deep.equal(['Su estimado', 'Por qué esta cantidad', 'Formas de pagar', 'Plan de pagos', 'Semana por semana', 'Para tener en cuenta']);
    expect(text(q(el, '.total-label'))).to.equal('Usted pagaría entre');
    const expected = core(request({}, { planType: 'private', network: 'in' }));
    // US dollars as written in the US, in Spanish: "$0.00 y $10,600.00".
    expect(totalText(el)).to.equal(shownTotal(expected, 'es', 'y'));
    expect(totalText(el)).to.equal('$0.00 y $10,600.00');
    await expect(el).to.be.accessible();
  });

  it("in Spanish, a field's error message is in Spanish (WCAG 3.1.2)", async () => {
    const el = await mount(html`<iop-cost-estimator plan-type="private" language="es"></iop-cost-estimator>`);
    await setStart(el);
    await typeInto(el, 'weeks', '0');
    const error = errorFor(el, 'weeks')!;
    expect(text(error)).to.equal('Escriba un número entero de semanas, de 1 a 52.');
    expect(error.closest('[lang]')?.getAttribute('lang')).to.equal('es');
  });

  it("marks the center's own English words (program names, call to action) lang=\"en\"", async () => {
    const el = await mount(html`<iop-cost-estimator plan-type="private" language="es"></iop-cost-estimator>`);
    expect(text(q(el, '.cta'))).to.equal('Verify my insurance');
    expect(q(el, '.cta').getAttribute('lang')).to.equal('en');
    const programs = qa(el, 'select[id$="-program"] option:not([value=""])');
    expect(programs.map((o) => o.getAttribute('lang'))).to.deep.equal(['en', 'en', 'en']);
    await expect(el).to.be.accessible();
  });

  it('leaves unmarked the words of a center that writes in Spanish, and marks them in an English widget', async () => {
    const center = { ...(EXAMPLE_CENTER as object), language: 'es', contact: { label: 'Verificar mi seguro', phone: '555-0100' } };
    const spanish = await mount(html`<iop-cost-estimator plan-type="private" language="es" .config=${center}></iop-cost-estimator>`);
    expect(text(q(spanish, '.cta'))).to.equal('Verificar mi seguro');
    expect(q(spanish, '.cta').hasAttribute('lang')).to.equal(false);
    const english = await mount(html`<iop-cost-estimator plan-type="private" language="en" .config=${center}></iop-cost-estimator>`);
    expect(q(english, '.cta').getAttribute('lang')).to.equal('es');
  });

  it('has Spanish for every word of the widget, nested choices included', () => {
    const english = messagesFor('en') as unknown as Record<string, unknown>;
    const spanish = translationFor('es') as unknown as Record<string, unknown>;
    const missing: string[] = [];
    for (const [key, words] of Object.entries(english)) {
      if (key === 'warnings' || key === 'fieldErrors') continue; // checked by the tests below
      if (!(key in spanish)) missing.push(key);
      else if (typeof words === 'object') {
        for (const inner of Object.keys(words as object)) if (!(inner in (spanish[key] as object))) missing.push(`${key}.${inner}`);
      }
    }
    expect(missing).to.deep.equal([]);
  });

  it("has Spanish for every message the core gives about the form's fields", () => {
    const spanish = translationFor('es')!.fieldErrors!;
    const good = { program: { weeks: 12, hoursPerWeek: 9, daysPerWeek: 3, startDate: START }, coverage: { planType: 'private', network: 'in' } };
    const bad: [section: string, field: string, values: unknown[]][] = [
      ['program', 'weeks', [0, 53, 1.5, 'twelve']],
      ['program', 'hoursPerWeek', [0, 41, 9.1, 'nine']],
      ['program', 'daysPerWeek', [0, 8, 2.5]],
      ['program', 'startDate', ['2026-02-30', 'March 2', 20260302]],
      ['coverage', 'deductible', ['-1', '1.234', 'lots', '99999999']],
      ['coverage', 'coinsurancePercent', [-1, 101, 'twenty']],
      ['coverage', 'copayPerUnit', ['-5', 'x']],
      ['coverage', 'oopMax', ['-1', '20000000']],
      ['coverage', 'coveredDaysPerYear', [0, 367, 2.5]],
      ['coverage', 'coveredDaysUsed', [-1, 367]],
      ['coverage', 'outOfNetwork', [{ deductible: 'x', coinsurancePercent: 101, oopMax: '-1' }, { deductible: '500.00', deductibleMet: '600.00' }]],
      ['coverage', 'family', [{ deductible: '-1', oopMax: '1.234' }, { oopMax: '400.00', oopMet: '450.00' }]],
      ['household', 'size', [0, 21, 2.5]],
      ['household', 'annualIncome', ['-1', '100000001', 'x']],
      ['household', 'state', ['ZZ', 5]],
      ['paymentPlan', 'months', [0, 121, 1.5]],
      ['paymentPlan', 'monthlyBudget', ['-1', 'x']],
      ['paymentPlan', 'downPayment', ['-1', 'x']],
    ];
    const household = { size: 2, annualIncome: '30000.00', state: 'OH' };
    const messages = new Set<string>();
    for (const [section, name, values] of bad) {
      for (const value of values) {
        const base = { ...good, household, paymentPlan: {} } as Record<string, Record<string, unknown>>;
        const request = { ...base, [section]: { ...base[section], [name]: value } };
        const outcome = estimate(request);
        expect(outcome.ok, `${section}.${name} = ${JSON.stringify(value)}`).to.equal(false);
        if (!outcome.ok) for (const e of outcome.errors) messages.add(e.message);
      }
    }
    const over = estimate({ ...good, coverage: { ...good.coverage, deductible: '500.00', deductibleMet: '600.00', oopMax: '400.00', oopMet: '450.00', coveredDaysPerYear: 20, coveredDaysUsed: 21 } });
    if (!over.ok) for (const e of over.errors) messages.add(e.message);
    expect(messages.size).to.be.greaterThan(15);
    for (const message of messages) expect(spanish[message], message).to.be.a('string');
  });

  it('takes the language of the page around it when there is no attribute', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"><iop-cost-estimator plan-type="private"></iop-cost-estimator></div>`);
    const el = wrapper.querySelector('iop-cost-estimator')!;
    await el.updateComplete;
    expect(text(q(el, '.header h2'))).to.equal('¿Cuánto me costaría este programa?');
  });
});

describe("the core's notes in Spanish", () => {
  it('are said in Spanish, with amounts and dates written for Spanish readers', async () => {
    const el = await mount(html`<iop-cost-estimator plan-type="private" language="es"></iop-cost-estimator>`);
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
    const el = await mount(html`<iop-cost-estimator plan-type="private" language="fr-CA"></iop-cost-estimator>`);
    expect(text(q(el, '.header h2'))).to.equal('Combien me coûterait ce programme ?');
    expect(q(el, '.layout').getAttribute('lang')).to.equal('fr-CA');
    expect(text(q(el, 'fieldset[part="step"] > legend'))).to.equal('Your coverage');
  });
});
