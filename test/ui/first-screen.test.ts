// What a person meets first, as they would type it (issue "An honest first screen"): percentages as people write
// them, the payment months in order, and the right to a Good Faith Estimate for whoever pays themselves.
// Example center, 12 weeks x 9 hours = 36 days from Monday 2026-03-02; in network $450.00 a day, self-pay $350.00.
import { describe, it } from './mocha.ts';
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { initialState, nextStartDay } from '../../src/ui/form-state.ts';
import { EXAMPLE_CENTER } from '../../src/core/estimate.ts';
import { choose, knowMyNumbers, mount, q, qa, radios, record, selectEl, setStart, text, totalText, typeInto, type Estimator } from './helpers.ts';

async function widget(): Promise<Estimator> {
  const el = await mount(html`<iop-cost-estimator plan-type="private"></iop-cost-estimator>`);
  await setStart(el);
  return el;
}

describe('the first screen, as people write and read it', () => {
  it('reads a coinsurance written "20%" or "20 %" as 20', async () => {
    const el = await widget();
    await knowMyNumbers(el);
    await typeInto(el, 'deductible', '$1,500');
    await typeInto(el, 'oopMax', '5000');
    // $1,500.00 deductible, then 20% of (36 x $450.00 - $1,500.00) = $2,940.00: $4,440.00.
    for (const written of ['20%', '20 %']) {
      await typeInto(el, 'coinsurancePercent', written);
      expect(totalText(el), written).to.equal('$4,440.00');
      expect(q(el, 'input[name="coinsurancePercent"]').getAttribute('aria-invalid'), written).to.equal('false');
    }
  });

  it('lists the payment plan’s months in order, the center’s default chosen', async () => {
    const el = await widget();
    const months = selectEl(el, 'months');
    // The example center: 1 to 12 months, 6 by default.
    expect([...months.options].map((o) => o.textContent!.trim())).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    expect(months.selectedOptions[0]!.textContent!.trim()).to.equal('6');
  });

  it('tells a person who pays themselves of their right to a Good Faith Estimate, and no one else', async () => {
    const el = await widget();
    expect(el.shadowRoot!.querySelector('.gfe-right'), 'insured').to.equal(null);
    await choose(el, 'planType', 'uninsured');
    expect(text(q(el, '.gfe-right'))).to.equal(
      'Paying yourself, you have the right to a written Good Faith Estimate before you start: ask Example Recovery Center (fictional).',
    );
    expect(qa(el, '.gfe-right')).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});

describe('the default start date', () => {
  it('is the next Monday after today, when programs take new people', () => {
    // Saturday Dec 5, 2026 -> Monday Dec 7; a Monday -> the Monday after; Dec 31, 2026 (a Thursday) -> Jan 4, 2027.
    expect(['2026-12-05', '2026-12-06', '2026-12-07', '2026-12-31'].map((today) => nextStartDay(today))).to.deep.equal(['2026-12-07', '2026-12-07', '2026-12-14', '2027-01-04']);
    expect(initialState('2026-12-05').startDate).to.equal('2026-12-07');
  });

  it('is the next of the days a center takes new people on, when its file names them (startDays)', async () => {
    // Saturday Dec 5, 2026: the next Wednesday is Dec 9; of Tuesday and Thursday, Tuesday Dec 8; a Wednesday -> the next one.
    expect(nextStartDay('2026-12-05', [3])).to.equal('2026-12-09');
    expect(nextStartDay('2026-12-05', [2, 4])).to.equal('2026-12-08');
    expect(nextStartDay('2026-12-09', [3])).to.equal('2026-12-16');
    const center = { ...(EXAMPLE_CENTER as object), startDays: ['wednesday'] };
    const el = await mount(html`<iop-cost-estimator plan-type="private" .config=${center}></iop-cost-estimator>`);
    const start = q<HTMLInputElement>(el, 'input[name="startDate"]').value;
    expect(new Date(`${start}T00:00:00Z`).getUTCDay(), start).to.equal(3);
  });

  it('is a weekday in the widget, whatever today is', async () => {
    const el = await mount(html`<iop-cost-estimator plan-type="private"></iop-cost-estimator>`);
    const start = q<HTMLInputElement>(el, 'input[name="startDate"]').value;
    expect(new Date(`${start}T00:00:00Z`).getUTCDay(), start).to.equal(1);
    // After today in the person's own time zone (the widget's today), at most a week away.
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    expect(start).to.equal(nextStartDay(today));
  });
});

describe('a total that a field in error has not updated', () => {
  for (const [lang, note] of [
    ['en', 'Not updated: correct the field with a message above, and the total follows.'],
    ['es', 'Sin actualizar: corrija el campo con un mensaje arriba, y el total lo seguirá.'],
  ] as const) {
    it(`is marked as not updated, and said so, until the field is right (${lang})`, async () => {
      await import('../../src/translations/es.ts');
      const el = await mount(html`<iop-cost-estimator plan-type="private" language=${lang}></iop-cost-estimator>`);
      await setStart(el);
      await knowMyNumbers(el);
      await typeInto(el, 'deductible', '1500');
      await typeInto(el, 'oopMax', '5000');
      await typeInto(el, 'coinsurancePercent', '12');
      const good = totalText(el);
      // "120" is no percentage: the field says so, and the total (still that of "12") is struck through and marked.
      await typeInto(el, 'coinsurancePercent', '120');
      expect(q(el, 'input[name="coinsurancePercent"]').getAttribute('aria-invalid')).to.equal('true');
      expect(q(el, '[part="result"]').classList.contains('stale')).to.equal(true);
      expect(text(q(el, '.stale-note'))).to.equal(note);
      expect(totalText(el)).to.equal(good);
      expect(getComputedStyle(q(el, '[part="total"]')).textDecorationLine).to.equal('line-through');
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(text(q(el, '[role="status"][aria-live="polite"]'))).to.equal(note);
      await expect(el).to.be.accessible();
      await typeInto(el, 'coinsurancePercent', '20');
      expect(el.shadowRoot!.querySelector('.stale-note')).to.equal(null);
      expect(q(el, '[part="result"]').classList.contains('stale')).to.equal(false);
      // $1,500.00 + 20% of $14,700.00 = $4,440.00.
      expect(totalText(el)).to.equal('$4,440.00');
    });
  }
});

// Asked before it answers: a page without presets chooses nothing, and shows what is true for everyone.
// The example center: self-pay $350.00 a day, full charge $850.00; 12 weeks x 9 hours at 3 hours a day = 36 days,
// 36 x $350.00 = $12,600.00. A sliding scale, so a discount by household income may apply.
const WORDS = {
  en: {
    heading: 'This center’s prices, before you choose',
    lines: [
      ['Paying yourself, a day', '$350.00'],
      ['Paying yourself, 12 weeks (36 days)', '$12,600.00'],
      ['Full charge a day, before any insurance', '$850.00'],
    ],
    less: 'With insurance you usually pay much less. Paying yourself, a discount by household income may apply.',
    hint: 'A discount by household income may apply: answer the household questions to see it.',
    householdLegend: 'Your household: for a discount by income',
    programLegend: 'The program',
  },
  es: {
    heading: 'Los precios de este centro, antes de elegir',
    lines: [
      ['Pagando por su cuenta, por día', '$350.00'],
      ['Pagando por su cuenta, 12 semanas (36 días)', '$12,600.00'],
      ['Cargo completo por día, antes de cualquier seguro', '$850.00'],
    ],
    less: 'Con seguro, normalmente paga mucho menos. Si paga por su cuenta, puede haber un descuento según los ingresos de su hogar.',
    hint: 'Puede haber un descuento según los ingresos de su hogar: conteste las preguntas sobre su hogar para verlo.',
    householdLegend: 'Su hogar: para un descuento según sus ingresos',
    programLegend: 'El programa',
  },
} as const;

for (const width of [375, 1280]) {
  for (const lang of ['en', 'es'] as const) {
    const words = WORDS[lang];
    describe(`the first screen at ${width} px (${lang})`, () => {
      async function firstScreen(): Promise<Estimator> {
        await import('../../src/translations/es.ts');
        await setViewport({ width, height: 800 });
        return mount(html`<iop-cost-estimator language=${lang}></iop-cost-estimator>`);
      }

      it('chooses no coverage and shows the center’s prices, each named, not an insured range', async () => {
        const events = record(document);
        const el = await firstScreen();
        expect(radios(el, 'planType').filter((r) => r.checked)).to.have.length(0);
        expect(text(q(el, '.prices h3'))).to.equal(words.heading);
        expect(qa(el, '.prices .line').map((line) => [text(line.querySelector('dt')), text(line.querySelector('dd'))])).to.deep.equal(words.lines);
        expect(text(q(el, '.prices p'))).to.equal(words.less);
        // The program's length, which the prices depend on; its first day only once a coverage is chosen.
        expect(qa(el, 'input[name="weeks"]')).to.have.length(1);
        expect(qa(el, 'input[name="startDate"]')).to.have.length(0);
        // No total of anyone's, no range, no bar that keeps one in view, no details, no estimate sent to the page.
        expect(el.shadowRoot!.querySelector('.summary:not(.prices), .peek, .breakdown, [part="comparison"]')).to.equal(null);
        expect(events).to.have.length(0);
        await expect(el).to.be.accessible();
      });

      it('tells a person who pays themselves of the discount, and asks the household next', async () => {
        const events = record(document);
        const el = await firstScreen();
        await choose(el, 'planType', 'uninsured');
        expect(events).to.have.length(1);
        await setStart(el);
        expect(text(q(el, '.discount-hint'))).to.equal(words.hint);
        // The household comes right after the coverage, before the program, and is not "optional".
        const legends = qa(el, 'form > fieldset > legend').map((legend) => text(legend));
        expect(legends.slice(1, 3)).to.deep.equal([words.householdLegend, words.programLegend]);
        await typeInto(el, 'householdSize', '2');
        await typeInto(el, 'annualIncome', '20000');
        const state = qa<HTMLSelectElement>(el, 'select[name="state"]')[0]!;
        state.value = 'OH';
        state.dispatchEvent(new Event('change'));
        await el.updateComplete;
        // 2 people, $20,000 a year: 92% of the 2026 guideline ($15,960 + $5,680 = $21,640 for 2), the "Nominal fee" band, $25.00 a day: 36 x $25.00.
        expect(el.shadowRoot!.querySelector('.discount-hint')).to.equal(null);
        expect(totalText(el)).to.equal('$900.00');
        await expect(el).to.be.accessible();
      });
    });
  }
}

describe('a program that crosses a plan year', () => {
  it('says only the deductible starts over for Original Medicare, which has no maximum', async () => {
    const el = await mount(html`<iop-cost-estimator plan-type="medicare"></iop-cost-estimator>`);
    await setStart(el, '2026-11-02');
    // The example center's $250.00 per diem; the 2026 Part B deductible, $283.00, in both years (2027's is not out):
    // 2026, 27 days, $6,750.00: $283.00 + 20% x $6,467.00 = $1,576.40; 2027, 9 days, $2,250.00: $283.00 + 20% x $1,967.00 = $676.40.
    expect(totalText(el)).to.equal('$2,252.80');
    expect(text(q(el, '[part="summary"] .plan-years'))).to.equal('It crosses a plan year, and your deductible starts over: $1,576.40 from Nov 2, 2026; $676.40 from Jan 1, 2027.');
  });

  for (const [lang, line] of [
    ['en', 'It crosses a plan year, and your deductible and maximum start over: $3,630.00 from Nov 2, 2026; $2,010.00 from Jan 1, 2027.'],
    ['es', 'Abarca dos años del plan, y su deducible y su máximo empiezan de nuevo: $3,630.00 desde el 2 nov 2026; $2,010.00 desde el 1 ene 2027.'],
  ] as const) {
    it(`shows each year's amount in the headline (${lang})`, async () => {
      await import('../../src/translations/es.ts');
      await setViewport({ width: 375, height: 800 });
      const el = await mount(html`<iop-cost-estimator plan-type="private" language=${lang}></iop-cost-estimator>`);
      await setStart(el, '2026-11-02');
      await knowMyNumbers(el);
      await typeInto(el, 'deductible', '1500');
      await typeInto(el, 'coinsurancePercent', '20');
      await typeInto(el, 'oopMax', '5000');
      // Worked out in test/core/worked/private.test.ts: 27 days in 2026, $3,630.00; 9 in 2027, $2,010.00.
      expect(totalText(el)).to.equal('$5,640.00');
      expect(text(q(el, '[part="summary"] .plan-years'))).to.equal(line);
    });
  }
});

describe('paying over time: one question', () => {
  it('asks for months or an amount a month, never both, and keeps the monthly amount beside the total', async () => {
    await setViewport({ width: 375, height: 800 });
    const el = await mount(html`<iop-cost-estimator plan-type="uninsured"></iop-cost-estimator>`);
    await setStart(el);
    // Months first, in order; no amount a month asked.
    expect(el.shadowRoot!.querySelector('input[name="monthlyBudget"]')).to.equal(null);
    expect(text(q(el, '.peek span'))).to.equal('$12,600.00 before any discount by income');
    const months = selectEl(el, 'months');
    months.value = '9';
    months.dispatchEvent(new Event('change'));
    await el.updateComplete;
    // $12,600.00 over 9 months: $1,400.00 a month.
    expect(text(q(el, '.peek span'))).to.equal('$12,600.00 before any discount by income · $1,400.00 a month');
    // The other way: what I can pay each month. The months answer goes, so the two never disagree.
    await choose(el, 'paymentBy', 'budget');
    expect(el.shadowRoot!.querySelector('select[name="months"]')).to.equal(null);
    await typeInto(el, 'monthlyBudget', '1300');
    // $12,600.00 at $1,300.00 a month: 10 months, $1,260.00 each (the core spreads it evenly over the months it takes).
    expect(text(q(el, '[part="payment-plan"] .monthly'))).to.equal('$1,260.00 a month for 10 months');
    expect(text(q(el, '.peek span'))).to.equal('$12,600.00 before any discount by income · $1,260.00 a month');
    await choose(el, 'paymentBy', 'months');
    expect(selectEl(el, 'months').selectedOptions[0]!.textContent!.trim()).to.equal('6');
    await expect(el).to.be.accessible();
  });
});

describe('amounts written the way much of the world writes them', () => {
  it('are refused with how to write them, never read as another amount (en and es)', async () => {
    await import('../../src/translations/es.ts');
    for (const [lang, message] of [
      ['es', 'Escríbalo como en EE. UU.: 30,000.50 o 30000.50 (con punto solo antes de los centavos).'],
      ['en', 'Write it as in the US: 30,000.50 or 30000.50 (a dot only before the cents).'],
    ] as const) {
      const el = await mount(html`<iop-cost-estimator plan-type="uninsured" language=${lang}></iop-cost-estimator>`);
      await setStart(el);
      await typeInto(el, 'householdSize', '2');
      const state = selectEl(el, 'state');
      state.value = 'OH';
      state.dispatchEvent(new Event('change'));
      // "30.000" (thirty thousand with a dot), "30.000,00" and "1500,50" (a decimal comma): none is read.
      for (const written of ['30.000', '30.000,00', '1500,50']) {
        await typeInto(el, 'annualIncome', written);
        expect(q(el, 'input[name="annualIncome"]').getAttribute('aria-invalid'), written).to.equal('true');
        expect(text(q(el, '[id$="-annualIncome-error"]')), written).to.equal(message);
        expect(q(el, '[part="result"]').classList.contains('stale'), written).to.equal(true);
      }
      // As written in the US: 2 people at $30,000.00, 139% of the 2026 guideline ($21,640): the "60% off" band,
      // 36 x $350.00 x 40% = $5,040.00.
      await typeInto(el, 'annualIncome', '30,000');
      expect(totalText(el)).to.equal('$5,040.00');
    }
  });
});

describe('words of insurance explained', () => {
  it('Medigap, QMB and the Summary of Benefits and Coverage each have a "what is it?" beside the question', async () => {
    const medicare = await mount(html`<iop-cost-estimator plan-type="medicare"></iop-cost-estimator>`);
    const medigap = q<HTMLDetailsElement>(medicare, 'fieldset[part="step"] .whats-this');
    expect(text(medigap.querySelector('summary'))).to.equal('What are Medigap and QMB?');
    expect(medigap.open).to.equal(false);
    medigap.querySelector('summary')!.click();
    expect(medigap.open).to.equal(true);
    expect(text(medigap.querySelector('p'))).to.contain('QMB (Qualified Medicare Beneficiary) is a Medicaid program that pays Medicare’s deductible and coinsurance');
    await expect(medicare).to.be.accessible();
    const insured = await mount(html`<iop-cost-estimator plan-type="private"></iop-cost-estimator>`);
    const sbc = qa<HTMLDetailsElement>(insured, '.whats-this').map((d) => text(d.querySelector('summary')));
    expect(sbc).to.deep.equal(['What is a Summary of Benefits and Coverage?']);
  });
});
