// A center whose program tracks are priced apart (programs[i].rates, issue 21), as a person sees it: choosing a
// track shows its prices before they say how they would pay, and prices their estimate; "Custom" goes back to the
// center's. Worked by hand: the Day IOP track is 12 weeks x 3 days = 36 days; its self-pay price $300.00 a day
// (the center's: $350.00).
import { describe, it } from './mocha.ts';
import { expect, html } from '@open-wc/testing';
import { EXAMPLE_CENTER } from '../../src/core/center/parse-center-config.ts';
import { choose, core, mount, q, qa, settle, text, totalText, type Estimator } from './helpers.ts';

const example = EXAMPLE_CENTER as { programs: Record<string, unknown>[] } & Record<string, unknown>;
const center = {
  ...example,
  programs: [{ ...example.programs[0], rates: { chargePerUnit: '700.00', selfPayPerUnit: '300.00' } }, ...example.programs.slice(1)],
};

async function pickTrack(el: Estimator, value: string): Promise<void> {
  const select = q<HTMLSelectElement>(el, 'select[id$="-program"]');
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await settle(el);
}

const prices = (el: Estimator) => qa(el, '.prices .line').map((line) => `${text(line.querySelector('dt'))} = ${text(line.querySelector('dd'))}`);

describe('program tracks priced apart, in the widget', () => {
  it('shows the chosen track’s prices and estimates at them; Custom goes back to the center’s', async () => {
    const el = await mount(html`<iop-cost-estimator .config=${center}></iop-cost-estimator>`);
    const words = (perDay: string, program: string, charge: string) => [
      `Paying yourself, a day = ${perDay}`,
      `Paying yourself, 12 weeks (36 days) = ${program}`,
      `Full charge a day, before any insurance = ${charge}`,
    ];
    // The center's prices (12 weeks of 9 hours, the widget's default: 36 days), then the track's.
    expect(prices(el)).to.deep.equal(words('$350.00', '$12,600.00', '$850.00'));
    await pickTrack(el, '0');
    expect(prices(el)).to.deep.equal(words('$300.00', '$10,800.00', '$700.00'));
    await choose(el, 'planType', 'uninsured');
    const start = q<HTMLInputElement>(el, 'input[name="startDate"]').value;
    const expected = core({ program: { weeks: 12, hoursPerWeek: 9, daysPerWeek: 3, track: 0, startDate: start }, coverage: { planType: 'uninsured' }, paymentPlan: {} }, center);
    expect(expected.patient.total).to.equal('10800.00');
    expect(totalText(el)).to.equal('$10,800.00');
    await pickTrack(el, '');
    expect(totalText(el)).to.equal('$12,600.00');
    expect(q<HTMLSelectElement>(el, 'select[id$="-program"]').value).to.equal('');
    await expect(el).to.be.accessible();
  });
});
