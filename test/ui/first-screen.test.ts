// What a person meets first, as they would type it (issue "An honest first screen"): percentages as people write
// them, the payment months in order, and the right to a Good Faith Estimate for whoever pays themselves.
// Example center, 12 weeks x 9 hours = 36 days from Monday 2026-03-02; in network $450.00 a day, self-pay $350.00.
import { describe, it } from './mocha.ts';
import { expect, html } from '@open-wc/testing';
import { initialState, nextMonday } from '../../src/ui/form-state.ts';
import { choose, knowMyNumbers, mount, q, qa, selectEl, setStart, text, totalText, typeInto, type Estimator } from './helpers.ts';

async function widget(): Promise<Estimator> {
  const el = await mount(html`<iop-cost-estimator></iop-cost-estimator>`);
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
    expect(['2026-12-05', '2026-12-06', '2026-12-07', '2026-12-31'].map(nextMonday)).to.deep.equal(['2026-12-07', '2026-12-07', '2026-12-14', '2027-01-04']);
    expect(initialState('2026-12-05').startDate).to.equal('2026-12-07');
  });

  it('is a weekday in the widget, whatever today is', async () => {
    const el = await mount(html`<iop-cost-estimator></iop-cost-estimator>`);
    const start = q<HTMLInputElement>(el, 'input[name="startDate"]').value;
    expect(new Date(`${start}T00:00:00Z`).getUTCDay(), start).to.equal(1);
    // After today in the person's own time zone (the widget's today), at most a week away.
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    expect(start).to.equal(nextMonday(today));
  });
});

describe('a total that a field in error has not updated', () => {
  for (const [lang, note] of [
    ['en', 'Not updated: correct the field with a message above, and the total follows.'],
    ['es', 'Sin actualizar: corrija el campo con un mensaje arriba, y el total lo seguirá.'],
  ] as const) {
    it(`is marked as not updated, and said so, until the field is right (${lang})`, async () => {
      await import('../../src/translations/es.ts');
      const el = await mount(html`<iop-cost-estimator language=${lang}></iop-cost-estimator>`);
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
