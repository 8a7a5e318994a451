// Week by week: a bar chart of what the person pays each week, marking when the deductible is met, the
// maximum reached and the plan's covered days run out, with the same numbers as a table for screen readers and anyone who prefers one.
import { html, nothing, svg, type TemplateResult } from 'lit';
import { money } from '../core/money.ts';
import type { EstimateResult } from '../core/schemas.ts';
import { formatDate, formatMoney } from './format.ts';
import type { Messages } from './messages.ts';

const WIDTH = 600;
const HEIGHT = 160;

/** The 0-based week whose days include `date`. */
function weekOf(weeks: EstimateResult['weekly'], date: string | undefined): number {
  if (!date) return -1;
  let index = -1;
  weeks.forEach((week, i) => {
    if (week.start <= date) index = i;
  });
  return index;
}

export function renderWeekChart(result: EstimateResult, t: Messages, lang: string): TemplateResult {
  const weeks = result.weekly;
  const highest = weeks.reduce((max, w) => (money(w.patient).greaterThan(max) ? money(w.patient) : max), money(0));
  const slot = WIDTH / weeks.length;
  const barWidth = Math.max(2, slot * 0.7);
  // Pixel geometry only: amounts stay exact in the labels and the table.
  const heightOf = (amount: string) => (highest.isZero() ? 0 : money(amount).dividedBy(highest).times(HEIGHT - 10).toNumber());
  const milestones = [
    { week: weekOf(weeks, result.milestones?.deductibleMet), label: result.milestones?.deductibleMet ? t.deductibleMetOn(formatDate(result.milestones.deductibleMet, lang)) : '' },
    { week: weekOf(weeks, result.milestones?.oopMaxReached), label: result.milestones?.oopMaxReached ? t.oopReachedOn(formatDate(result.milestones.oopMaxReached, lang)) : '' },
    { week: weekOf(weeks, result.milestones?.notCoveredFrom), label: result.milestones?.notCoveredFrom ? t.notCoveredFrom(formatDate(result.milestones.notCoveredFrom, lang)) : '' },
  ].filter((m) => m.week >= 0);

  return html`
    <section class="weeks" part="chart" aria-labelledby="weeks-heading">
      <h3 id="weeks-heading">${t.weeksHeading}</h3>
      <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label=${t.weekChartLabel} preserveAspectRatio="none">
        ${weeks.map((week, i) => {
          const height = heightOf(week.patient);
          return svg`<rect class="bar" x=${i * slot + (slot - barWidth) / 2} y=${HEIGHT - height} width=${barWidth} height=${height}>
            <title>${t.week} ${week.week}: ${formatMoney(week.patient, lang)}</title></rect>`;
        })}
        ${milestones.map((m) => svg`<line class="milestone" x1=${m.week * slot + 1} x2=${m.week * slot + 1} y1="0" y2=${HEIGHT}></line>`)}
        <line class="axis" x1="0" x2=${WIDTH} y1=${HEIGHT - 0.5} y2=${HEIGHT - 0.5}></line>
      </svg>
      ${milestones.length ? html`<ul class="milestones">${milestones.map((m) => html`<li>${t.week} ${m.week + 1}: ${m.label}</li>`)}</ul>` : nothing}
      <details>
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
      </details>
    </section>
  `;
}
