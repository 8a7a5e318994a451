// The answer first: what the person pays, large, with the range when plan details are unknown.
import { html, nothing, type TemplateResult } from 'lit';
import type { EstimateResult } from '../core/schemas.ts';
import { formatMoney } from './format.ts';
import type { Messages } from './messages.ts';

/** The range to show, when plan details are unknown and it is one (low and high differ). */
export function shownRange(result: EstimateResult): { low: string; high: string } | undefined {
  return result.range && result.range.low !== result.range.high ? result.range : undefined;
}

export function renderSummary(result: EstimateResult, t: Messages, lang: string, weeks: number): TemplateResult {
  const money = (amount: string) => formatMoney(amount, lang);
  const range = shownRange(result);
  return html`
    <div class="summary" part="summary">
      ${range
        ? html`<p class="total-label">${t.youPayRange}</p>
            <p class="total" part="total"><span>${money(range.low)}</span> ${t.and} <span>${money(range.high)}</span></p>
            <p class="note">${t.rangeNote}</p>`
        : html`<p class="total-label">${t.youPay}</p>
            <p class="total" part="total">${money(result.patient.total)}</p>`}
      <p class="for-program">${t.forProgram(weeks, result.serviceDays)}</p>
      ${result.planPays !== '0.00' ? html`<p class="plan-pays">${t.planPays}: <strong>${money(result.planPays)}</strong></p>` : nothing}
    </div>
  `;
}

/** The sentence a screen reader hears when the total changes. */
export function announcement(result: EstimateResult, t: Messages, lang: string): string {
  const range = shownRange(result);
  return range ? t.announceRange(formatMoney(range.low, lang), formatMoney(range.high, lang)) : t.announce(formatMoney(result.patient.total, lang));
}
