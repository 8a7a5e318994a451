// Why this amount: the parts of what the person pays, and what the center charges and the plan recognizes.
import { html, nothing, type TemplateResult } from 'lit';
import type { EstimateResult } from '../core/schemas.ts';
import { formatMoney } from './format.ts';
import type { Messages } from './messages.ts';

const PARTS = ['deductible', 'coinsurance', 'copay', 'balanceBilled', 'notCovered', 'selfPay', 'slidingScaleDiscount', 'paidInFullDiscount'] as const;
const DISCOUNTS = new Set<string>(['slidingScaleDiscount', 'paidInFullDiscount']);

/**
 * `idPrefix` keeps ids unique when several results share a page (the counselor's scenarios); the heading
 * `${idPrefix}heading` (the scenario's) then names the section too, so each one is told apart.
 */
export function renderBreakdown(result: EstimateResult, t: Messages, lang: string, idPrefix = ''): TemplateResult {
  const money = (amount: string) => formatMoney(amount, lang);
  const shown = PARTS.filter((part) => result.patient[part] !== '0.00');
  return html`
    <section class="breakdown" part="breakdown" aria-labelledby="${idPrefix && `${idPrefix}heading `}${idPrefix}breakdown-heading">
      <h3 id="${idPrefix}breakdown-heading">${t.breakdownHeading}</h3>
      <dl>
        ${shown.map(
          (part) => html`<div class="line ${DISCOUNTS.has(part) ? 'discount' : ''}">
            <dt>${t.parts[part]}</dt>
            <dd>${DISCOUNTS.has(part) ? '−' : ''}${money(result.patient[part])}</dd>
          </div>`,
        )}
        <div class="line subtle"><dt>${t.grossCharges}</dt><dd>${money(result.grossCharges)}</dd></div>
        ${result.planPays !== '0.00' ? html`<div class="line subtle"><dt>${t.allowed}</dt><dd>${money(result.allowed)}</dd></div>` : nothing}
      </dl>
      ${result.slidingScale ? html`<p class="note">${t.slidingBand(result.slidingScale.povertyPercent, result.slidingScale.band)}</p>` : nothing}
    </section>
  `;
}
