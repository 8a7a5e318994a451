// The Good Faith Estimate as a person reads it (src/counselor/good-faith-estimate-view.ts): every element of
// 45 CFR 149.610(c) found by the words on the page, in English and in Spanish, for the example center.
//
// Worked by hand from the example center (data/centers/example.json): self-pay $350.00 a day; the sliding
// scale by % of the poverty guideline (band 1 up to 100%: $25 a day; band 2 over 100 up to 150%: 60% off;
// band 3 over 150 up to 200%: 40% off; band 4: none). 2026 guideline: $15,960 for one person, $5,680 for each
// further person.
// - The Day IOP track (programs[0]): codes H0015, 0906; 12 weeks, 9 hours a week, 3 hours a day -> 3 days a
//   week (Mon-Wed) from Monday 2026-03-02: 36 days; the last week starts 03-02 + 77 days = 2026-05-18, its
//   third day is 2026-05-20.
// - Household of 3 earning $35,000.00: guideline 15,960 + 2 x 5,680 = 27,320; 35,000 / 27,320 = 128.11% ->
//   band 2, "60% off".
// - One line: 36 days x $350.00 = $12,600.00. Discount 60% x $350.00 = $210.00 a day x 36 = $7,560.00.
//   Total expected charges: 12,600.00 - 7,560.00 = $5,040.00 ($140.00 a day).
// - A bill may be disputed from $5,040.00 + $400.00 = $5,440.00.
// - Separately billed: psychiatric diagnostic evaluation 90792 $450.00, drug screening 80305 $35.00,
//   medication management 99214 $210.00.
import { describe, it } from '../ui/mocha.ts';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { LitElement, type TemplateResult } from 'lit';
import { EXAMPLE_CENTER, estimate, parseCenterConfig, parseRequest } from '../../src/core/estimate.ts';
import { goodFaithEstimate, type GoodFaithEstimate, type GoodFaithEstimateInput } from '../../src/core/documents/good-faith-estimate.ts';
import { gfeMessages } from '../../src/counselor/good-faith-estimate-messages.ts';
import { renderGoodFaithEstimate } from '../../src/counselor/good-faith-estimate-view.ts';
import { gfeStyles } from '../../src/counselor/good-faith-estimate.styles.ts';

/** A test-only host: the view in a shadow root with its styles, as the desk will show it. */
class GfeHost extends LitElement {
  static override styles = [gfeStyles];
  static override properties = { gfe: { attribute: false }, language: {}, centerLang: {} };
  gfe!: GoodFaithEstimate;
  language = 'en';
  centerLang: string | undefined = undefined;
  protected override render(): TemplateResult {
    return renderGoodFaithEstimate(this.gfe, this.language, 'test-', this.centerLang);
  }
}
customElements.define('gfe-test-host', GfeHost);

const REQUEST = {
  program: { weeks: 12, hoursPerWeek: 9, startDate: '2026-03-02' },
  coverage: { planType: 'uninsured' },
  household: { size: 3, annualIncome: '35000.00', state: 'OH' },
};

type Extra = Partial<Omit<GoodFaithEstimateInput, 'center' | 'request' | 'result'>>;

/** The core's GFE for the sliding-scale request, from the core's own estimate of it. */
function buildGfe(extra: Extra = {}, centerConfig: unknown = EXAMPLE_CENTER): GoodFaithEstimate {
  const outcome = estimate(REQUEST, centerConfig);
  const center = parseCenterConfig(centerConfig);
  const request = parseRequest(REQUEST);
  if (!outcome.ok || !center.ok || !request.ok) throw new Error('bad test input');
  const made = goodFaithEstimate({
    center: center.center,
    request: request.request,
    result: outcome.result,
    patient: { name: 'Jordan Example', birthDate: '1990-04-15' },
    issuedOn: '2026-02-20',
    programIndex: 0,
    diagnosisCodes: ['F10.20'],
    ...extra,
  });
  if (!made.ok) throw new Error(`no GFE: ${made.message}`);
  return made.estimate;
}

async function show(gfe: GoodFaithEstimate, language = 'en', centerLang?: string): Promise<ShadowRoot> {
  const el = await fixture<GfeHost>(html`<gfe-test-host .gfe=${gfe} language=${language} .centerLang=${centerLang}></gfe-test-host>`);
  return el.shadowRoot!;
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

function one(root: ShadowRoot, selector: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

/** A definition list's value by the words of its term, within a section found by its heading. */
function value(root: ShadowRoot, heading: string, term: string): string {
  const section = [...root.querySelectorAll('section')].find((s) => text(s.querySelector('h4')) === heading);
  if (!section) throw new Error(`no section headed ${heading}`);
  const dt = [...section.querySelectorAll('dt')].find((d) => text(d) === term);
  if (!dt) throw new Error(`no ${term} in ${heading}`);
  return text(dt.nextElementSibling);
}

/** The table's rows as the cells a person reads, left to right. */
function rows(root: ShadowRoot): string[][] {
  return [...root.querySelectorAll('.gfe-table tr')].map((tr) => [...tr.children].map((cell) => text(cell)));
}

const disclaimer = (root: ShadowRoot, code: string) => one(root, `p.gfe-disclaimer[data-code="${code}"]`);

describe('the Good Faith Estimate, in English', () => {
  const gfe = buildGfe();

  it('is headed "Good Faith Estimate" and gives the patient, the provider and the date issued', async () => {
    const root = await show(gfe);
    const heading = one(root, 'h3');
    expect(text(heading)).to.equal('Good Faith Estimate');
    expect(heading.id).to.equal('test-gfe-heading');
    expect(value(root, 'Patient', 'Name')).to.equal('Jordan Example');
    expect(value(root, 'Patient', 'Date of birth')).to.equal('Apr 15, 1990');
    expect(value(root, 'Provider', 'Name')).to.equal('Example Recovery Center (fictional)');
    expect(value(root, 'Provider', 'National Provider Identifier (NPI)')).to.equal('0000000000');
    expect(value(root, 'Provider', 'Tax Identification Number (TIN)')).to.equal('00-0000000');
    expect(value(root, 'Provider', 'Where the services are given')).to.equal('100 Example Street Columbus, OH 43215');
    expect(value(root, 'Provider', 'Phone')).to.equal('555-0100');
    expect(text(one(root, '.gfe-issued'))).to.equal('Issued on Feb 20, 2026');
    expect(text(one(root, '.gfe-deadlines'))).to.match(/within 1 business day of scheduling.*at least 10 business days ahead, within 3 business days.*within 3 business days of asking.*at least 1 business day before/);
    // Nothing is missing: no "to complete" list.
    expect(root.querySelector('.gfe-to-complete')).to.equal(null);
  });

  it('describes the primary service in plain words, with its dates, days and codes', async () => {
    const root = await show(gfe);
    const heading = 'The primary service and its expected dates';
    expect(value(root, heading, 'Program')).to.equal('Day IOP: 3 days a week, 3 hours a day');
    expect(value(root, heading, 'Service')).to.equal('Intensive outpatient program: 12 weeks, 3 days a week, 9 hours a week');
    expect(value(root, heading, 'Expected first day')).to.equal('Mar 2, 2026');
    expect(value(root, heading, 'Expected last day')).to.equal('May 20, 2026');
    expect(value(root, heading, 'Number of days')).to.equal('36 days of treatment over 12 weeks: 3 days a week, 9 hours a week');
    expect(value(root, heading, 'Service codes')).to.equal('H0015, 0906');
    expect(value(root, heading, 'Diagnosis codes (ICD-10)')).to.equal('F10.20');
  });

  it('itemizes the days with codes, quantity, unit price and amount, the discount as a negative line, and the total', async () => {
    const root = await show(gfe);
    const table = one(root, '.gfe-table');
    expect(text(table.querySelector('caption'))).to.not.equal('');
    expect([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    expect(rows(root)).to.deep.equal([
      ['Service', 'Codes', 'Quantity', 'Unit', 'Unit price', 'Amount'],
      // 36 days x $350.00 = $12,600.00
      ['Intensive outpatient program, per day of treatment (36 days)', 'H0015, 0906', '36', 'days', '$350.00', '$12,600.00'],
      ['Services before discounts', '$12,600.00'],
      ['Discounts'],
      // 36 x $210.00 = $7,560.00 off
      ['Sliding-scale discount (60% off): household income at 128.11% of the federal poverty guideline', '-$7,560.00'],
      // 12,600.00 - 7,560.00
      ['Total expected charges', '$5,040.00'],
    ]);
    const total = one(root, '.gfe-total td');
    expect(total.querySelector('strong'), 'the total is bold').to.not.equal(null);
    expect(Number(getComputedStyle(total).fontWeight)).to.be.at.least(700);
  });

  it('lists the items billed separately with their codes and charges, the separately-scheduled notice directly above', async () => {
    const root = await show(gfe);
    const section = one(root, '.gfe-separate');
    expect(text(section.querySelector('h4'))).to.equal('Items and services that may be billed separately');
    const list = one(root, '.gfe-separate-list');
    const notice = disclaimer(root, 'separately-scheduled');
    expect(list.previousElementSibling, 'the notice is directly above the list').to.equal(notice);
    expect(text(notice)).to.match(/Separate Good Faith Estimates will be given .* listed below/);
    expect(text(notice)).to.contain('call Example Recovery Center (fictional) at 555-0100');
    expect([...list.querySelectorAll('li')].map(text)).to.deep.equal([
      'Psychiatric diagnostic evaluation, code 90792: $450.00',
      'Drug screening (urine test), code 80305: $35.00',
      'Medication management visits with a psychiatric prescriber, code 99214: $210.00',
    ]);
  });

  it('says every disclaimer, each in its own paragraph by its code', async () => {
    const root = await show(gfe);
    expect([...root.querySelectorAll('p.gfe-disclaimer')].map((p) => p.getAttribute('data-code'))).to.deep.equal(
      gfe.disclaimers.map((d) => d.code),
    );
    const dispute = text(disclaimer(root, 'dispute-right'));
    expect(dispute).to.contain('at least $400.00 more than the $5,040.00 expected');
    expect(dispute).to.contain('$5,440.00 or more'); // 5,040.00 + 400.00
    expect(dispute).to.contain('within 120 calendar days');
    expect(dispute).to.contain('www.cms.gov/nosurprises');
    expect(dispute).to.contain('1-800-985-3059');
    expect(dispute).to.contain('will not affect the quality of the care');
    expect(text(disclaimer(root, 'not-a-contract'))).to.match(/is not a contract\. It does not require you to get these items or services from Example Recovery Center/);
    expect(text(disclaimer(root, 'keep-a-copy'))).to.match(/^Keep a copy or a picture of this Good Faith Estimate/);
    expect(text(disclaimer(root, 'additional-items'))).to.match(/other items or services .* recommends .* scheduled or requested separately\. They are not included/);
    expect(text(disclaimer(root, 'only-an-estimate'))).to.match(/only an estimate .* known on Feb 20, 2026\. Actual items, services or charges may differ/);
  });

  it('is accessible', async () => {
    const root = await show(gfe);
    await expect(root.host).to.be.accessible();
  });

  it('on paper: black on white, table borders, tables and disclaimers kept whole', async () => {
    const root = await show(gfe);
    await emulateMedia({ media: 'print' });
    try {
      const article = one(root, '.gfe');
      expect(getComputedStyle(article).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(article).backgroundColor).to.equal('rgb(255, 255, 255)');
      const cell = one(root, '.gfe-table td');
      expect(getComputedStyle(cell).borderTopStyle).to.equal('solid');
      expect(getComputedStyle(cell).borderTopColor).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(one(root, '.gfe-table')).breakInside).to.equal('avoid');
      expect(getComputedStyle(disclaimer(root, 'dispute-right')).breakInside).to.equal('avoid');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('the Good Faith Estimate, in Spanish', () => {
  const gfe = buildGfe();

  it('says the headings, the amounts, the dates and the disclaimers in Spanish', async () => {
    const root = await show(gfe, 'es');
    expect(one(root, '.gfe').getAttribute('lang')).to.equal('es');
    expect(text(one(root, 'h3'))).to.equal('Estimado de Buena Fe');
    expect(value(root, 'Paciente', 'Fecha de nacimiento')).to.equal('15 abr 1990');
    expect(value(root, 'El servicio principal y sus fechas previstas', 'Servicio')).to.equal(
      'Programa ambulatorio intensivo: 12 semanas, 3 días por semana, 9 horas por semana',
    );
    expect(value(root, 'El servicio principal y sus fechas previstas', 'Primer día previsto')).to.equal('2 mar 2026');
    expect(value(root, 'El servicio principal y sus fechas previstas', 'Último día previsto')).to.equal('20 may 2026');
    const table = rows(root);
    expect(table[0]).to.deep.equal(['Servicio', 'Códigos', 'Cantidad', 'Unidad', 'Precio por unidad', 'Monto']);
    expect(table[1]).to.deep.equal(['Programa ambulatorio intensivo, por día de tratamiento (36 días)', 'H0015, 0906', '36', 'días', '$350.00', '$12,600.00']);
    expect(table.at(-2)).to.deep.equal(['Descuento por escala móvil (60% off): ingreso del hogar al 128.11% de la línea de pobreza federal', '-$7,560.00']);
    expect(table.at(-1)).to.deep.equal(['Total de cargos previstos', '$5,040.00']);
    const dispute = text(disclaimer(root, 'dispute-right'));
    expect(dispute).to.contain('al menos $400.00 más que los $5,040.00 previstos');
    expect(dispute).to.contain('$5,440.00 o más');
    expect(dispute).to.contain('dentro de los 120 días calendario');
    expect(dispute).to.contain('www.cms.gov/nosurprises');
    expect(text(disclaimer(root, 'not-a-contract'))).to.contain('no es un contrato');
    expect(text(disclaimer(root, 'keep-a-copy'))).to.match(/^Guarde una copia o una foto/);
    expect(text(disclaimer(root, 'only-an-estimate'))).to.contain('es solo un estimado');
    expect(text(disclaimer(root, 'only-an-estimate'))).to.contain('el 20 feb 2026');
    expect(text(one(root, '.gfe-issued'))).to.equal('Emitido el 20 feb 2026');
    // No disclaimer falls back to the core's English.
    expect(root.querySelectorAll('.gfe-disclaimer[lang="en"]')).to.have.length(0);
    await expect(root.host).to.be.accessible();
  });

  it('marks the center’s own English words lang="en" when the center says so', async () => {
    const described = JSON.parse(JSON.stringify(EXAMPLE_CENTER)) as Record<string, any>;
    described.disclaimer = 'Prices valid for programs starting in 2026.';
    described.programs[0].description = 'Group and individual therapy for substance use, 3 hours a day, 3 days a week';
    const root = await show(buildGfe({}, described), 'es', 'en');
    const service = 'El servicio principal y sus fechas previstas';
    expect(value(root, service, 'Servicio')).to.equal('Group and individual therapy for substance use, 3 hours a day, 3 days a week');
    const dds = [...root.querySelectorAll('.gfe-service dd')];
    expect(dds[0]!.getAttribute('lang'), 'the program name').to.equal('en');
    expect(dds[1]!.getAttribute('lang'), 'the description').to.equal('en');
    const centerText = one(root, '.gfe-center-text');
    expect(text(centerText)).to.equal('Prices valid for programs starting in 2026.');
    expect(centerText.getAttribute('lang')).to.equal('en');
    expect(one(root, '.gfe-discount span').getAttribute('lang'), 'the band label').to.equal('en');
    // In English, nothing needs marking.
    const english = await show(buildGfe({}, described), 'en', 'en');
    expect(english.querySelectorAll('[lang]:not(.gfe)')).to.have.length(0);
    expect(text(one(english, '.gfe-center-text'))).to.equal('Prices valid for programs starting in 2026.');
  });

  it('gives English for any other language', () => {
    expect(gfeMessages('fr').title).to.equal('Good Faith Estimate');
    expect(gfeMessages('es-MX').title).to.equal('Estimado de Buena Fe');
  });
});

describe('an incomplete Good Faith Estimate', () => {
  it('leaves a blank for a missing date of birth and lists what to complete before giving it', async () => {
    const gfe = buildGfe({ patient: { name: 'Jordan Example' }, diagnosisCodes: [] });
    const root = await show(gfe);
    expect(value(root, 'Patient', 'Name')).to.equal('Jordan Example');
    expect(value(root, 'Patient', 'Date of birth')).to.equal('______');
    expect(value(root, 'The primary service and its expected dates', 'Diagnosis codes (ICD-10)')).to.equal('______');
    const box = one(root, '.gfe-to-complete');
    expect(text(box.querySelector('h4'))).to.equal('To complete before giving it:');
    expect([...box.querySelectorAll('li')].map((li) => li.getAttribute('data-field'))).to.deep.equal(['patient.birthDate', 'diagnosisCodes']);
    expect(text(box)).to.contain('The patient’s date of birth');
    await expect(root.host).to.be.accessible();

    const es = await show(gfe, 'es');
    expect(value(es, 'Paciente', 'Fecha de nacimiento')).to.equal('______');
    expect(text(one(es, '.gfe-to-complete h4'))).to.equal('Para completar antes de entregarlo:');
    expect(text(one(es, '.gfe-to-complete'))).to.contain('La fecha de nacimiento del paciente');
  });
});
