// What a site builder's page can do without uploading files or adding script tags (issue "On the center's own
// website"): the configuration written inside the tag, Spanish from `language="es"` alone, and a broken
// configuration that shows visitors the host's own fallback words, its problems going to the page's owner.
// This file never imports a translation itself: the Spanish words must come by themselves.
import { describe, it } from './mocha.ts';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/iop-cost-estimator.ts';
import { formatMoney } from '../../src/ui/format.ts';
import { type Estimator, q, setStart, shadow, text, totalText } from './helpers.ts';

const LAKESIDE = {
  name: 'Lakeside Recovery',
  billing: { unit: 'day', hoursPerDay: 3 },
  rates: { chargePerUnit: '500.00', inNetworkPerUnit: '250.00', outOfNetworkAllowedPercent: 50, selfPayPerUnit: '150.00' },
  contact: { phone: '555-0142' },
};

/** The tag as a site builder's HTML box writes it: attributes, an inline configuration, fallback words. */
async function place(attributes: string, inside: string): Promise<Estimator> {
  const el = await fixture<Estimator>(`<iop-cost-estimator ${attributes}>${inside}<p class="fallback">Call our intake team at 555-0142.</p></iop-cost-estimator>`);
  await waitUntil(() => el.shadowRoot?.querySelector('form, .config-error'), 'the widget did not render', { timeout: 3000 });
  await el.updateComplete;
  return el;
}

const inline = (config: unknown) => `<script type="application/json">${JSON.stringify(config)}</script>`;

describe('a configuration inside the tag', () => {
  it('is the center the widget prices with, and wins over config-src, which is not fetched', async () => {
    const asked: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => (asked.push(String(input)), realFetch(input, init));
    try {
      const el = await place('plan-type="uninsured" config-src="/test/ui/fixtures/center.json"', inline(LAKESIDE));
      await setStart(el);
      // 12 weeks x 3 days = 36 days at Lakeside's $150.00 self-pay price.
      expect(totalText(el)).to.equal('$5,400.00');
      expect(asked.filter((url) => url.includes('center.json'))).to.deep.equal([]);
      // Not shown: the script is data, and the fallback words are not slotted while the widget works.
      expect(shadow(el).querySelector('slot')).to.equal(null);
      expect(el.querySelector<HTMLElement>('.fallback')!.checkVisibility()).to.equal(false);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('that is not JSON: visitors read "unavailable" and the host’s own words; the owner gets the reason', async () => {
    let problems: string[] = [];
    document.addEventListener('iop-config-error', (event) => (problems = (event as CustomEvent<{ problems: string[] }>).detail.problems), { once: true });
    const el = await place('', '<script type="application/json">{ "name": "Lakeside", </script>');
    const box = q(el, '.config-error');
    expect(box.getAttribute('role')).to.equal('alert');
    expect(text(box)).to.equal('Estimates are unavailable right now.');
    // The host's fallback content shows in the widget's place.
    const fallback = el.querySelector<HTMLElement>('.fallback')!;
    expect(fallback.checkVisibility()).to.equal(true);
    expect(fallback.assignedSlot).not.to.equal(null);
    expect(problems).to.deep.equal(['the configuration inside the tag (<script type="application/json">) is not valid JSON.']);
    await expect(el).to.be.accessible();
  });

  it('that names a wrong field: the center’s phone for visitors, not the field', async () => {
    let problems: string[] = [];
    document.addEventListener('iop-config-error', (event) => (problems = (event as CustomEvent<{ problems: string[] }>).detail.problems), { once: true });
    const el = await place('', inline({ ...LAKESIDE, rates: { ...LAKESIDE.rates, selfPayPerUnit: 'free' } }));
    expect(text(q(el, '.config-error p'))).to.equal('Estimates are unavailable right now. Call for an estimate: 555-0142');
    expect(text(q(el, '.config-error'))).not.to.contain('selfPayPerUnit');
    expect(problems.join('\n')).to.contain('center.rates.selfPayPerUnit: must be an amount in dollars and cents');
  });
});

describe('language="es" alone', () => {
  it('loads the Spanish words by itself, with no translation script on the page', async () => {
    const el = await place('language="es" plan-type="uninsured"', inline(LAKESIDE));
    await waitUntil(() => text(shadow(el).querySelector('h2')) === '¿Cuánto me costaría este programa?', 'still not Spanish', { timeout: 3000 });
    expect(q(el, '.layout').getAttribute('lang')).to.equal('es');
    await setStart(el);
    // 36 days x $150.00 (amounts are written the US way in every language), under Spanish words.
    expect(totalText(el)).to.equal(formatMoney('5400.00', 'es'));
    expect(text(q(el, '.total-label'))).to.match(/^Usted pagaría/);
  });
});

describe('the center’s words per language', () => {
  const BILINGUAL = {
    ...LAKESIDE,
    name: { en: 'Lakeside Recovery', es: 'Recuperación Lakeside' },
    contact: { phone: '555-0142', label: { en: 'Talk to our intake team', es: 'Hable con nuestro equipo de admisión' } },
    programs: [
      { name: { en: 'Evening IOP', es: 'IOP vespertino' }, weeks: 8, hoursPerWeek: 9 },
      { name: { en: 'Day IOP', es: 'IOP de día' }, weeks: 6, hoursPerWeek: 15 },
    ],
  };
  const programNames = (el: Estimator) =>
    [...el.shadowRoot!.querySelectorAll<HTMLOptionElement>('select[id$="-program"] option:not([value=""])')].map((option) => [text(option), option.getAttribute('lang')]);

  it('are shown in the page’s language, unmarked as they are in it, and follow the page when it changes', async () => {
    const el = await place('language="es" plan-type="uninsured"', inline(BILINGUAL));
    await waitUntil(() => text(q(el, '.cta')) === 'Hable con nuestro equipo de admisión', 'the call to action is not in Spanish', { timeout: 3000 });
    // Every word of this center is given in Spanish: nothing is marked as another language.
    expect(q(el, '.cta').hasAttribute('lang')).to.equal(false);
    expect(programNames(el)).to.deep.equal([['IOP vespertino', null], ['IOP de día', null]]);
    el.setAttribute('language', 'en');
    await waitUntil(() => text(q(el, '.cta')) === 'Talk to our intake team', 'the call to action did not follow the page into English', { timeout: 3000 });
    expect(programNames(el)).to.deep.equal([['Evening IOP', null], ['Day IOP', null]]);
    await setStart(el);
    // The same prices in either language: 12 weeks x 3 days = 36 days at $150.00 (no track chosen).
    expect(totalText(el)).to.equal('$5,400.00');
    await expect(el).to.be.accessible();
  });

  it('in English only where Spanish is missing, marked lang="en" for screen readers', async () => {
    const partly = { ...BILINGUAL, name: 'Lakeside Recovery', contact: { phone: '555-0142', label: 'Talk to our intake team' } };
    const el = await place('language="es" plan-type="uninsured"', inline(partly));
    await waitUntil(() => text(shadow(el).querySelector('h2')) === '¿Cuánto me costaría este programa?', 'still not Spanish', { timeout: 3000 });
    expect(text(q(el, '.cta'))).to.equal('Talk to our intake team');
    expect(q(el, '.cta').getAttribute('lang')).to.equal('en');
  });
});

describe('in a theme’s content column', () => {
  for (const [column, columns] of [[650, 2], [610, 2], [560, 1]] as const) {
    it(`${column} px wide on a 1280 px screen: ${columns === 2 ? 'the result beside the questions' : 'one column, the total kept in view below'}`, async () => {
      await setViewport({ width: 1280, height: 800 });
      const page = await fixture<HTMLElement>(html`<main style="width: ${column}px"><iop-cost-estimator plan-type="uninsured"></iop-cost-estimator></main>`);
      const el = page.querySelector<Estimator>('iop-cost-estimator')!;
      // The person's total and the bar that keeps it in view (shown or not by the layout).
      await waitUntil(() => el.shadowRoot?.querySelector('[part="peek"]'), 'no total', { timeout: 3000 });
      const form = q(el, 'form').getBoundingClientRect();
      const result = q(el, '.result').getBoundingClientRect();
      expect(el.getBoundingClientRect().width).to.equal(column);
      if (columns === 2) {
        expect(result.left, 'the result to the right of the questions').to.be.greaterThan(form.right);
        expect(result.top, 'the result level with the first question').to.be.lessThan(form.top + 50);
        expect(getComputedStyle(q(el, '[part="peek"]')).display).to.equal('none');
      } else {
        expect(result.top, 'the result below the questions').to.be.greaterThan(form.bottom);
        expect(getComputedStyle(q(el, '[part="peek"]')).display).not.to.equal('none');
      }
      expect(el.scrollWidth, 'nothing scrolls sideways').to.be.at.most(el.clientWidth);
    });
  }
});
