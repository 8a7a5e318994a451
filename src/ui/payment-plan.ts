// The payment plan: the monthly amount first, then the schedule.
import { html, nothing, type TemplateResult } from 'lit';
import type { EstimateResult } from '../core/schemas.ts';
import { formatDate, formatMoney } from './format.ts';
import type { Messages } from './messages.ts';
import { shownRange } from './summary.ts';
// The words of a person's answer, which the first screen does not carry.
import './answer-words.ts';

/** `idPrefix`: as for renderBreakdown. */
export function renderPaymentPlan(result: EstimateResult, t: Messages, lang: string, idPrefix = ''): TemplateResult | typeof nothing {
  const plan = result.paymentPlan;
  const offer = result.paidInFullOffer;
  if ((!plan || plan.months === 0) && !offer) return nothing;
  const money = (amount: string) => formatMoney(amount, lang);
  return html`
    <section class="payment-plan" part="payment-plan" aria-labelledby="${idPrefix && `${idPrefix}heading `}${idPrefix}payment-heading">
      <h3 id="${idPrefix}payment-heading">${t.paymentHeading}</h3>
      ${plan && plan.months > 0 && shownRange(result) ? html`<p class="note high-end">${t.highEndNote}</p>` : nothing}
      ${plan && plan.months > 0
        ? html`
            <p class="monthly">
              <strong>${t.monthlyLine(money(plan.monthly), plan.months)}</strong>
              ${plan.downPayment !== '0.00' ? html` ${t.downPaymentLine(money(plan.downPayment))}` : nothing}
            </p>
            <p>${plan.totalInterest === '0.00' ? t.noInterest : t.interestLine(money(plan.totalInterest), plan.aprPercent)}</p>
            <details>
              <summary>${t.schedule}</summary>
              <table>
                <thead><tr><th scope="col">${t.due}</th><th scope="col">${t.amount}</th></tr></thead>
                <tbody>
                  ${plan.installments.map((i) => html`<tr><th scope="row">${formatDate(i.due, lang)}</th><td>${money(i.amount)}</td></tr>`)}
                </tbody>
              </table>
            </details>
          `
        : nothing}
      ${offer ? html`<p>${t.paidInFull(money(offer.total), offer.discountPercent)}</p>` : nothing}
    </section>
  `;
}
