// The answer first: what the person pays, large, with the range when plan details are unknown.
import { html, nothing, type TemplateResult } from 'lit';
import { formatAmount, money as decimal } from '../core/money.ts';
import type { EstimateResult } from '../core/schemas.ts';
import { formatDate, formatMoney } from './format.ts';
import type { Messages } from './messages.ts';
// The words of a person's answer, which the first screen does not carry.
import './answer-words.ts';

/** The range to show, when plan details are unknown and it is one (low and high differ). */
export function shownRange(result: EstimateResult): { low: string; high: string } | undefined {
  return result.range && result.range.low !== result.range.high ? result.range : undefined;
}

/**
 * What the plan pays, beside a range a range too: where the person pays the low end the plan pays the most
 * (what the person pays less is the plan's), so the plan's range is its total up to that plus the range's width.
 */
export function planPaysRange(result: EstimateResult): { low: string; high: string } | undefined {
  const range = shownRange(result);
  if (!range) return undefined;
  return { low: result.planPays, high: formatAmount(decimal(result.planPays).plus(range.high).minus(range.low)) };
}

export function renderSummary(result: EstimateResult, t: Messages, lang: string, weeks: number): TemplateResult {
  const money = (amount: string) => formatMoney(amount, lang);
  const range = shownRange(result);
  const planPays = planPaysRange(result);
  return html`
    <div class="summary" part="summary">
      ${range
        ? html`<p class="total-label">${t.youPayRange}</p>
            <p class="total" part="total"><span>${money(range.low)}</span> ${t.and} <span>${money(range.high)}</span></p>
            ${typicalLine(result, t, money)}
            <p class="note">${t.rangeNote}</p>`
        : html`<p class="total-label">${t.youPay}</p>
            <p class="total" part="total">${money(result.patient.total)}</p>`}
      <p class="for-program">${t.forProgram(weeks, result.serviceDays)}</p>
      ${planYearsLine(result, t, lang, range !== undefined)}
      ${planPays
        ? html`<p class="plan-pays">${t.planPays}: <strong>${money(planPays.low)}</strong> – <strong>${money(planPays.high)}</strong></p>`
        : result.planPays !== '0.00' ? html`<p class="plan-pays">${t.planPays}: <strong>${money(result.planPays)}</strong></p>` : nothing}
    </div>
  `;
}

/**
 * Under a range, its middle figure in words: what a typical plan of the person's kind would cost, with the numbers
 * of it that stood in for theirs (RULES.md §9).
 */
function typicalLine(result: EstimateResult, t: Messages, money: (amount: string) => string): TemplateResult | typeof nothing {
  const typical = result.range?.typical;
  const plan = result.range?.typicalPlan;
  if (!typical || !plan) return nothing;
  // In dollars and cents, as every amount the widget shows (a page or a test can check them all alike).
  const shown = (amount: string | undefined) => amount && money(amount);
  const onlyUnknown = plan.deductible === undefined || plan.coinsurancePercent === undefined || plan.oopMax === undefined;
  const terms = t.typicalTerms(shown(plan.deductible), plan.coinsurancePercent, shown(plan.oopMax));
  return html`<p class="typical">${t.typicalLine(t.typicalPlans[plan.kind], plan.network === 'out', terms, money(typical), onlyUnknown)}
    <span class="note">${t.typicalNotYours}</span></p>`;
}

/**
 * A program that crosses a plan year: its parts by year beside the total, since the deductible and maximum start
 * over and the second year's share surprises people (RULES.md §4). Under a range the parts are its high end.
 */
function planYearsLine(result: EstimateResult, t: Messages, lang: string, ranged: boolean): TemplateResult | typeof nothing {
  const years = result.planYears;
  if (!years || years.length < 2) return nothing;
  // The core's reset warning says whether a maximum starts over too.
  const withMaximum = result.warnings.some((w) => w.code === 'plan-year-reset' && w.params?.withMaximum === true);
  return html`<p class="plan-years">${t.planYearsIntro(withMaximum, ranged)}
    ${years.map((year, i) => html`${i ? ' ' : ''}<span class="plan-year">${t.planYearPart(formatDate(year.from, lang), formatMoney(year.patient, lang), i === 0)}</span>`)}</p>`;
}

/** The sentence a screen reader hears when the total changes. */
export function announcement(result: EstimateResult, t: Messages, lang: string): string {
  const range = shownRange(result);
  return range ? t.announceRange(formatMoney(range.low, lang), formatMoney(range.high, lang)) : t.announce(formatMoney(result.patient.total, lang));
}
