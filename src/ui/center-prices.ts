// Before the person says how they would pay: what is true for everyone, the center's own prices, each named
// in words, and never a figure that looks like someone's bill. Their share comes once they choose.
import { html, nothing, type TemplateResult } from 'lit';
import type { CenterConfig } from '../core/center/center-config.ts';
import { formatAmount, money as decimal } from '../core/money.ts';
import type { ProgramPrice } from '../core/claims/program-price.ts';
import { formatMoney } from './format.ts';
import type { Messages } from './messages.ts';

/** `price`: the program at the center's self-pay price, before any discount. */
export function renderCenterPrices(price: ProgramPrice, center: CenterConfig, t: Messages, lang: string): TemplateResult {
  // The center's rates may be written as numbers: to cents first (money.ts), as every amount shown.
  const money = (amount: string | number) => formatMoney(formatAmount(decimal(amount)), lang);
  const per = t.perUnit[center.billing.unit];
  return html`
    <div class="summary prices" part="summary">
      <h3>${t.pricesHeading}</h3>
      <dl>
        <div class="line"><dt>${t.selfPayPrice(per)}</dt><dd>${money(center.rates.selfPayPerUnit)}</dd></div>
        <div class="line"><dt>${t.selfPayProgram(price.weeks, price.serviceDays)}</dt><dd part="total">${money(price.total)}</dd></div>
        <div class="line"><dt>${t.fullCharge(per)}</dt><dd>${money(center.rates.chargePerUnit)}</dd></div>
      </dl>
      <p>${t.insuranceLess} ${center.slidingScale ? t.discountMayApply : nothing}</p>
      <p class="choose"><strong>${t.chooseCoverage}</strong></p>
    </div>
  `;
}
