// The answer first: what the person pays, large, with the range when plan details are unknown.
import { html, nothing, type TemplateResult } from 'lit';
import { formatAmount, money as decimal } from '../core/money.ts';
import type { EstimateResult } from '../core/schemas.ts';
import { formatMoney } from './format.ts';
import type { Messages } from './messages.ts';

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
            <p class="note">${t.rangeNote}</p>`
        : html`<p class="total-label">${t.youPay}</p>
            <p class="total" part="total">${money(result.patient.total)}</p>`}
      <p class="for-program">${t.forProgram(weeks, result.serviceDays)}</p>
      ${planPays
        ? html`<p class="plan-pays">${t.planPays}: <strong>${money(planPays.low)}</strong> – <strong>${money(planPays.high)}</strong></p>`
        : result.planPays !== '0.00' ? html`<p class="plan-pays">${t.planPays}: <strong>${money(result.planPays)}</strong></p>` : nothing}
    </div>
  `;
}

/** The sentence a screen reader hears when the total changes. */
export function announcement(result: EstimateResult, t: Messages, lang: string): string {
  const range = shownRange(result);
  return range ? t.announceRange(formatMoney(range.low, lang), formatMoney(range.high, lang)) : t.announce(formatMoney(result.patient.total, lang));
}
