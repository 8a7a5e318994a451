// Week by week: what the person pays each week. When every week costs the same, one sentence says so and no
// chart is drawn. Otherwise a bar chart a person can read: the highest week and $0 written on the value axis,
// week numbers along the bottom, the deductible met, the maximum reached and the covered days run out marked
// and named, each bar's amount on hover, and the same numbers as a table for screen readers and anyone who
// prefers one.
//
// Every position is a percentage of the SVG's own box (no viewBox), so that its text is never stretched
// however wide the chart is, and no `style` attribute is needed (a strict CSP refuses them). The value axis
// is HTML beside the plot: its labels are as wide as the amounts they write.
import { html, nothing, svg, type TemplateResult } from 'lit';
import type Decimal from 'decimal.js';
import { formatAmount, money } from '../core/money.ts';
import type { EstimateResult } from '../core/schemas.ts';
import { formatDate, formatMoney } from './format.ts';
import type { Messages } from './messages.ts';
import { shownRange } from './summary.ts';
// The words of a person's answer, which the first screen does not carry.
import './answer-words.ts';

type Weeks = EstimateResult['weekly'];
type MilestoneKind = keyof Messages['chartMarks'];

/** A percentage written for an SVG attribute (pixel geometry: a number is fine here, amounts never are). */
function pct(value: number): string {
  return `${Math.round(value * 1000) / 1000}%`;
}

/** The 0-based week whose days include `date`. */
function weekOf(weeks: Weeks, date: string | undefined): number {
  if (!date) return -1;
  let index = -1;
  weeks.forEach((week, i) => {
    if (week.start <= date) index = i;
  });
  return index;
}

/**
 * The weeks numbered along the bottom (0-based): the first, the last and, between them, multiples of a step
 * that leaves at most five in between, none closer to the first or last than 0.6 of a step. 12 weeks: 1, 3, 6,
 * 9, 12; 52 weeks: 1, 10, 20, 30, 40, 52. Sized for a chart about 140 px wide (320 px screens).
 */
export function weekTicks(count: number): number[] {
  if (count <= 8) return Array.from({ length: count }, (_, i) => i);
  const step = [2, 3, 4, 5, 10, 20].find((s) => Math.floor(count / s) <= 5) ?? 20;
  const ticks = [1];
  for (let n = step; n < count; n += step) {
    if (n - 1 >= step * 0.6 && count - n >= step * 0.6) ticks.push(n);
  }
  ticks.push(count);
  return ticks.map((n) => n - 1);
}

function equalAmounts(weeks: Weeks, pick: (week: Weeks[number]) => string): boolean {
  const first = money(pick(weeks[0]!));
  return weeks.every((week) => money(pick(week)).equals(first));
}

function renderTable(weeks: Weeks, t: Messages, lang: string): TemplateResult {
  return html`<details>
    <summary>${t.showTable}</summary>
    <table>
      <thead>
        <tr><th scope="col">${t.weekOf}</th><th scope="col">${t.youPayColumn}</th><th scope="col">${t.planPaysColumn}</th></tr>
      </thead>
      <tbody>
        ${weeks.map(
          (week) => html`<tr>
            <th scope="row">${t.week} ${week.week} (${formatDate(week.start, lang)})</th>
            <td>${formatMoney(week.patient, lang)}</td>
            <td>${formatMoney(week.planPays, lang)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </details>`;
}

interface Milestone {
  kind: MilestoneKind;
  week: number;
  label: string;
}

function milestonesOf(result: EstimateResult, t: Messages, lang: string): Milestone[] {
  const dates = result.milestones ?? {};
  const said: Record<MilestoneKind, (date: string) => string> = {
    deductibleMet: t.deductibleMetOn,
    oopMaxReached: t.oopReachedOn,
    notCoveredFrom: t.notCoveredFrom,
    planYearStarts: t.planYearStartsOn,
  };
  // A new plan year: the deductible and maximum start over, so the weeks after it cost more again.
  // Marked at the first week that starts on or after it (a week that ends before it costs the old year's).
  const reset = result.planYearResets[0];
  const resetWeek = reset ? result.weekly.findIndex((week) => week.start >= reset) : -1;
  const all = { ...dates, planYearStarts: reset };
  return (['deductibleMet', 'oopMaxReached', 'notCoveredFrom', 'planYearStarts'] as const)
    .map((kind) => ({ kind, week: kind === 'planYearStarts' ? resetWeek : weekOf(result.weekly, all[kind]), label: all[kind] ? said[kind](formatDate(all[kind]!, lang)) : '' }))
    .filter((m) => m.week >= 0);
}

function renderChart(weeks: Weeks, milestones: Milestone[], t: Messages, lang: string): TemplateResult {
  const count = weeks.length;
  const amounts = weeks.map((week) => money(week.patient));
  const highest = amounts.reduce((max, a) => (a.greaterThan(max) ? a : max));
  const lowest = amounts.reduce((min, a) => (a.lessThan(min) ? a : min));
  const highWeeks = weeks.filter((_, i) => amounts[i]!.equals(highest)).map((week) => week.week);
  const label = `${t.weekChartLabel}: ${t.weekChartSummary(formatMoney(formatAmount(highest), lang), highWeeks, formatMoney(formatAmount(lowest), lang), count)}`;

  const slot = 100 / count;
  const barWidth = slot * 0.7;
  // Pixel geometry only: amounts stay exact in the labels, the titles and the table.
  const heightOf = (amount: Decimal) => (highest.isZero() ? 0 : amount.dividedBy(highest).times(100).toNumber());
  const centre = (i: number) => (i + 0.5) * slot;
  // A milestone's line runs down the start of its week; its name sits beside it, on its own row above the
  // bars, on whichever side has more room.
  const ROW = 1.5; // em, of the chart's small text
  return html`
    <div class="chart">
      ${milestones.length
        ? html`<svg class="marks" aria-hidden="true" width="100%" height="${milestones.length * ROW}em">
            ${milestones.map((m, row) => {
              const x = m.week * slot;
              const before = x > 50;
              return svg`<line class="milestone" x1=${pct(x)} x2=${pct(x)} y1="${row * ROW + 0.25}em" y2="100%"></line>
                <text class="mark" data-kind=${m.kind} x=${pct(x)} dx=${before ? '-0.35em' : '0.35em'} y="${row * ROW + 1.05}em"
                  text-anchor=${before ? 'end' : 'start'}>${t.chartMarks[m.kind]}</text>`;
            })}
          </svg>`
        : nothing}
      <div class="values" aria-hidden="true">
        <span class="value">${formatMoney(formatAmount(highest), lang)}</span><span class="value">${formatMoney('0.00', lang)}</span>
      </div>
      <svg class="plot" role="img" aria-label=${label} width="100%">
        <line class="grid" x1="0" x2="100%" y1="0.5" y2="0.5"></line>
        ${weeks.map((week, i) => {
          const height = heightOf(amounts[i]!);
          return svg`<rect class="bar" x=${pct(i * slot + (slot - barWidth) / 2)} y=${pct(100 - height)} width=${pct(barWidth)} height=${pct(height)}>
            <title>${t.week} ${week.week}: ${formatMoney(week.patient, lang)}</title></rect>`;
        })}
        ${milestones.map((m) => svg`<line class="milestone" x1=${pct(m.week * slot)} x2=${pct(m.week * slot)} y1="0" y2="100%"></line>`)}
        <line class="axis" x1="0" x2="100%" y1="100%" y2="100%"></line>
      </svg>
      <svg class="ticks" aria-hidden="true" width="100%" height="1.5em">
        ${weekTicks(count).map((i) => svg`<text class="tick" x=${pct(centre(i))} y="1.1em" text-anchor="middle">${weeks[i]!.week}</text>`)}
      </svg>
      <p class="week-axis" aria-hidden="true">${t.week}</p>
    </div>
  `;
}

export function renderWeekChart(result: EstimateResult, t: Messages, lang: string): TemplateResult {
  const weeks = result.weekly;
  const milestones = milestonesOf(result, t, lang);
  // The same amount every week (Medicaid's $0, a flat self-pay price, a copay): a chart would say no more
  // than a sentence. The table stays only when the plan's part changes from week to week.
  const same = weeks.length > 0 && equalAmounts(weeks, (week) => week.patient);
  return html`
    <section class="weeks" part="chart" aria-labelledby="weeks-heading">
      <h3 id="weeks-heading">${t.weeksHeading}</h3>
      ${shownRange(result) ? html`<p class="note high-end">${t.highEndNote}</p>` : nothing}
      ${same
        ? html`<p class="every-week">${t.everyWeek(formatMoney(weeks[0]!.patient, lang), weeks.length)}</p>`
        : weeks.length
          ? renderChart(weeks, milestones, t, lang)
          : nothing}
      ${milestones.length
        ? html`<ul class="milestones">
            ${milestones.map((m) => html`<li>${t.week} ${weeks[m.week]!.week}: ${m.label}</li>`)}
          </ul>`
        : nothing}
      ${weeks.length && !(same && equalAmounts(weeks, (week) => week.planPays)) ? renderTable(weeks, t, lang) : nothing}
    </section>
  `;
}
