// The week-by-week chart, as a person reads it (issue 16): one sentence when every week costs the same; otherwise
// bars with the highest week and $0 written on the value axis, week numbers along the bottom and the milestones
// named, legible on a 320 px or 375 px screen and in forced-colors mode, with the table for screen readers.
//
// Example center (data/centers/example.json): 9 hours a week at 3 hours a day = 3 days a week, 12 weeks from
// Monday 2026-03-02. In network $450.00 a day, self-pay $350.00 a day, Medicaid copay $0.00.
import { afterEach, describe, it } from './mocha.ts';
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { EstimateResult } from '../../src/core/schemas.ts';
import { messagesFor } from '../../src/ui/messages.ts';
import { renderWeekChart, weekTicks } from '../../src/ui/week-chart.ts';
import { knowMyNumbers, mount, q, qa, setStart, shadow, text, totalText, typeInto, type Estimator } from './helpers.ts';

async function widget(planType: string, lang = 'en', weeks?: number): Promise<Estimator> {
  if (lang !== 'en') await import('../../src/translations/es.ts');
  const el = await mount(
    weeks
      ? html`<iop-cost-estimator plan-type=${planType} language=${lang} weeks=${weeks}></iop-cost-estimator>`
      : html`<iop-cost-estimator plan-type=${planType} language=${lang}></iop-cost-estimator>`,
  );
  await setStart(el);
  await el.updateComplete;
  return el;
}

/** A private plan: $1,500.00 deductible, 20% coinsurance, $5,000.00 out-of-pocket maximum. */
async function privatePlan(lang = 'en', weeks?: number): Promise<Estimator> {
  const el = await widget('private', lang, weeks);
  await knowMyNumbers(el);
  await typeInto(el, 'deductible', '1500');
  await typeInto(el, 'coinsurancePercent', '20');
  await typeInto(el, 'oopMax', '5000');
  await el.updateComplete;
  return el;
}

const chart = (el: Estimator) => q(el, '[part="chart"]');
const values = (el: Estimator) => qa(el, '[part="chart"] .values .value').map(text);
const ticks = (el: Estimator) => qa(el, '[part="chart"] .ticks text').map(text);
const marks = (el: Estimator) => qa(el, '[part="chart"] .marks text').map(text);

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

describe('the week chart when every week costs the same', () => {
  it('says it in one sentence, without a chart or a table (self-pay: 3 days x $350.00 = $1,050.00 a week)', async () => {
    const el = await widget('uninsured');
    expect(text(q(el, '[part="chart"] .every-week'))).to.equal('You pay $1,050.00 every week for 12 weeks.');
    expect(chart(el).querySelector('svg'), 'no chart').to.equal(null);
    // The plan pays nothing any week: a table of twelve equal rows would add nothing.
    expect(chart(el).querySelector('table'), 'no table').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says $0.00 for Medicaid, whose plan pays the same every week too: no table either', async () => {
    const el = await widget('medicaid');
    // The center's $0.00 Medicaid copay; Medicaid pays its $180.00 a day, 3 x $180.00 = $540.00 every week.
    expect(text(q(el, '[part="chart"] .every-week'))).to.equal('You pay $0.00 every week for 12 weeks.');
    expect(chart(el).querySelector('svg')).to.equal(null);
    expect(chart(el).querySelector('table')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keeps the table when the plan’s part changes from week to week', async () => {
    const weekly = ['2026-03-02', '2026-03-09', '2026-03-16'].map((start, i) => ({ week: i + 1, start, patient: '120.00', planPays: i ? '1230.00' : '0.00' }));
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    render(renderWeekChart({ weekly, planYearResets: [] } as unknown as EstimateResult, messagesFor('en'), 'en'), holder);
    expect(text(holder.querySelector('.every-week'))).to.equal('You pay $120.00 every week for 3 weeks.');
    expect(holder.querySelector('svg')).to.equal(null);
    expect([...holder.querySelectorAll('tbody tr')].map(text)).to.deep.equal([
      'Week 1 (Mar 2, 2026) $120.00 $0.00',
      'Week 2 (Mar 9, 2026) $120.00 $1,230.00',
      'Week 3 (Mar 16, 2026) $120.00 $1,230.00',
    ]);
  });

  it('in Spanish', async () => {
    const el = await widget('uninsured', 'es');
    expect(text(q(el, '[part="chart"] .every-week'))).to.equal('Usted paga $1,050.00 cada semana durante 12 semanas.');
    expect(chart(el).querySelector('svg')).to.equal(null);
  });
});

describe('the week chart when the weeks differ (private plan with a deductible)', () => {
  // Week 1: days 1-3, 3 x $450.00 = $1,350.00, all toward the $1,500.00 deductible: the highest week.
  // Week 2: day 4 finishes the deductible ($150.00) and pays 20% of the other $300.00 ($60.00), days 5-6 20%
  // of $450.00 ($90.00 each): $390.00; deductible met Monday Mar 9. Weeks 3-12: 3 x $90.00 = $270.00.
  // Total $1,350.00 + $390.00 + 10 x $270.00 = $4,440.00.
  it('writes $0 and the highest week on the value axis, the weeks along the bottom and names the milestone', async () => {
    const el = await privatePlan();
    expect(totalText(el)).to.equal('$4,440.00');
    expect(values(el)).to.deep.equal(['$1,350.00', '$0.00']);
    expect(ticks(el)).to.deep.equal(['1', '3', '6', '9', '12']);
    expect(text(q(el, '[part="chart"] .week-axis'))).to.equal('Week');
    expect(marks(el)).to.deep.equal(['Deductible met']);
    expect(qa(el, '[part="chart"] .milestones li').map(text)).to.deep.equal(['Week 2: Deductible met Mar 9, 2026']);
    expect(chart(el).querySelector('.every-week')).to.equal(null);

    const plot = q(el, '[part="chart"] svg[role="img"]');
    expect(plot.getAttribute('aria-label')).to.equal('What you pay each week: at most $1,350.00 (week 1), at least $270.00, over 12 weeks');
    // Each bar says its amount on hover; the highest reaches the top of the plot, a $270.00 week a fifth of it.
    const bars = qa<SVGRectElement>(el, '[part="chart"] rect.bar');
    expect(bars.map((bar) => text(bar.querySelector('title')))).to.deep.equal([
      'Week 1: $1,350.00', 'Week 2: $390.00', ...Array.from({ length: 10 }, (_, i) => `Week ${i + 3}: $270.00`),
    ]);
    const plotBox = plot.getBoundingClientRect();
    expect(bars[0]!.getBoundingClientRect().top).to.be.closeTo(plotBox.top, 0.5);
    expect(bars[2]!.getBoundingClientRect().height).to.be.closeTo(plotBox.height * 0.2, 0.5);
    // The table stays for screen readers.
    expect(qa(el, '[part="chart"] tbody tr').map(text)[1]).to.equal('Week 2 (Mar 9, 2026) $390.00 $960.00');
    await expect(el).to.be.accessible();
  });

  it('in Spanish', async () => {
    const el = await privatePlan('es');
    expect(values(el)).to.deep.equal(['$1,350.00', '$0.00']);
    expect(ticks(el)).to.deep.equal(['1', '3', '6', '9', '12']);
    expect(text(q(el, '[part="chart"] .week-axis'))).to.equal('Semana');
    expect(marks(el)).to.deep.equal(['Deducible cubierto']);
    expect(q(el, '[part="chart"] svg[role="img"]').getAttribute('aria-label')).to.equal(
      'Lo que paga cada semana: como máximo $1,350.00 (semana 1), como mínimo $270.00, durante 12 semanas',
    );
    expect(qa(el, '[part="chart"] .milestones li').map(text)).to.deep.equal(['Semana 2: Deducible cubierto el 9 mar 2026']);
    await expect(el).to.be.accessible();
  });

  it('numbers the first and last week and a few between, never crowded', () => {
    const shown = (count: number) => weekTicks(count).map((i) => i + 1);
    expect(shown(1)).to.deep.equal([1]);
    expect(shown(6)).to.deep.equal([1, 2, 3, 4, 5, 6]);
    expect(shown(12)).to.deep.equal([1, 3, 6, 9, 12]);
    expect(shown(16)).to.deep.equal([1, 3, 6, 9, 12, 16]);
    expect(shown(52)).to.deep.equal([1, 10, 20, 30, 40, 52]);
    for (let count = 1; count <= 52; count++) {
      const ticks = shown(count);
      expect(ticks.length, `${count} weeks`).to.be.at.most(8);
      expect(ticks[0]).to.equal(1);
      expect(ticks[ticks.length - 1]).to.equal(count);
    }
  });
});

describe('the week chart on a phone', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const width of [320, 375]) {
    for (const weeks of [12, 52]) {
      it(`is legible ${width} px wide, ${weeks} weeks: labels at their size, apart, inside the widget`, async () => {
        await setViewport({ width, height: 900 });
        const el = await privatePlan('es', weeks);
        const host = el.getBoundingClientRect();
        const texts = [...qa(el, '[part="chart"] .ticks text'), ...qa(el, '[part="chart"] .marks text'), ...qa(el, '[part="chart"] .value')];
        const heading = parseFloat(getComputedStyle(q(el, '[part="chart"] h3')).fontSize);
        for (const node of texts) {
          const box = node.getBoundingClientRect();
          // Not squashed by the chart's width: the text is drawn at its font size (13 px of 16).
          expect(box.height, text(node)).to.be.within(heading * 0.65, heading * 1.3);
          expect(box.left, text(node)).to.be.at.least(host.left);
          expect(box.right, text(node)).to.be.at.most(host.right);
        }
        const tickBoxes = qa(el, '[part="chart"] .ticks text').map((node) => node.getBoundingClientRect());
        for (let i = 1; i < tickBoxes.length; i++) {
          expect(tickBoxes[i]!.left - tickBoxes[i - 1]!.right, `space between week labels ${i} and ${i + 1}`).to.be.at.least(4);
        }
        const [top, zero] = qa(el, '[part="chart"] .value').map((node) => node.getBoundingClientRect());
        expect(overlaps(top!, zero!)).to.equal(false);
        // The value labels sit beside the plot, level with its top and its bottom.
        const plot = q(el, '[part="chart"] svg[role="img"]').getBoundingClientRect();
        expect(top!.right).to.be.at.most(plot.left);
        expect((top!.top + top!.bottom) / 2).to.be.closeTo(plot.top, 1.5);
        expect((zero!.top + zero!.bottom) / 2).to.be.closeTo(plot.bottom, 1.5);
        expect(plot.width, 'room left for the bars').to.be.at.least(width / 2 - 20);
        q<HTMLDetailsElement>(el, '[part="chart"] details').open = true;
        const past = qa(el, '[part="chart"] *').filter((node) => node.getBoundingClientRect().right > host.right + 0.5);
        expect(past.map((node) => `${node.tagName} ${text(node).slice(0, 30)}`), 'past the right edge').to.deep.equal([]);
        expect(document.documentElement.scrollWidth).to.be.at.most(width);
      });
    }
  }
});

describe('the week chart in forced-colors mode', () => {
  afterEach(() => executeServerCommand('emulate-forced-colors', { active: false }));

  it('draws bars, labels and lines in system colours', async () => {
    const el = await privatePlan();
    const tick = q(el, '[part="chart"] .ticks text');
    const bar = q(el, '[part="chart"] rect.bar');
    const themedBar = getComputedStyle(bar).fill;
    await executeServerCommand('emulate-forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const canvasText = getComputedStyle(q(el, '[part="chart"] h3')).color;
    expect(getComputedStyle(tick).fill, 'week numbers').to.equal(canvasText);
    expect(getComputedStyle(q(el, '[part="chart"] .marks text')).fill, 'milestone name').to.equal(canvasText);
    expect(getComputedStyle(q(el, '[part="chart"] .value')).color, 'value axis').to.equal(canvasText);
    expect(getComputedStyle(bar).fill).to.not.equal(themedBar);
    expect(getComputedStyle(q(el, '[part="chart"] line.milestone')).stroke).to.not.equal('none');
    expect(getComputedStyle(q(el, '[part="chart"] line.axis')).stroke).to.equal(canvasText);
    await expect(el).to.be.accessible();
  });
});

describe('the week chart follows the theme', () => {
  it('colours bars and labels from the custom properties', async () => {
    const el = await privatePlan();
    el.style.setProperty('--iop-color-primary', '#7c2d12');
    el.style.setProperty('--iop-color-text', '#111827');
    expect(getComputedStyle(q(el, '[part="chart"] rect.bar')).fill).to.equal('rgb(124, 45, 18)');
    expect(getComputedStyle(q(el, '[part="chart"] .ticks text')).fill).to.equal('rgb(17, 24, 39)');
    expect(shadow(el).querySelector('[part="chart"] svg[style]'), 'no style attributes (a strict CSP refuses them)').to.equal(null);
  });
});

describe('the week chart of a program that crosses a plan year', () => {
  it('marks the week the new plan year starts costing again', async () => {
    const el = await privatePlan();
    await setStart(el, '2026-11-02');
    await el.updateComplete;
    // Mondays from Nov 2, 2026: week 9 starts Dec 28 (its days end Dec 30), week 10 Jan 4, 2027, after the reset
    // on Jan 1. 2026: deductible met in week 2 (Nov 9); 2027: $1,350.00 in week 10 (3 x $450.00, deductible again).
    expect(qa(el, '[part="chart"] .milestones li').map(text)).to.deep.equal([
      'Week 2: Deductible met Nov 9, 2026',
      'Week 10: New plan year Jan 1, 2027: deductible and maximum start over',
    ]);
    expect(marks(el)).to.include('New plan year');
    expect(values(el)[0]).to.equal('$1,350.00');
  });
});
