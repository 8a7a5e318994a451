// Why this amount: the parts of what the person pays, and what the center charges and the plan recognizes.
import { html, nothing, type TemplateResult } from 'lit';
import Decimal from 'decimal.js';
import { formatAmount, money as decimal } from '../core/money.ts';
import type { EstimateResult } from '../core/schemas.ts';
import { formatMoney } from './format.ts';
import type { Messages, WarningParams } from './messages.ts';
// The words of a person's answer, which the first screen does not carry.
import './answer-words.ts';

const PARTS = ['deductible', 'coinsurance', 'copay', 'balanceBilled', 'notCovered', 'selfPay', 'slidingScaleDiscount', 'paidInFullDiscount'] as const;
type Part = (typeof PARTS)[number];
const DISCOUNTS = new Set<string>(['slidingScaleDiscount', 'paidInFullDiscount']);
/** The cost sharing that a range's worst case counts as deductible (an unknown deductible) or coinsurance (at 100%). */
const COST_SHARING = new Set<string>(['deductible', 'coinsurance', 'copay']);

interface Line {
  label: string;
  amount: string;
  discount?: boolean;
  /** The last line, what the lines above come to. */
  total?: boolean;
}

/**
 * `idPrefix` keeps ids unique when several results share a page (the counselor's scenarios); the heading
 * `${idPrefix}heading` (the scenario's) then names the section too, so each one is told apart.
 */
export function renderBreakdown(result: EstimateResult, t: Messages, lang: string, idPrefix = ''): TemplateResult {
  const money = (amount: string) => formatMoney(amount, lang);
  const unknown = result.range ? result.warnings.find((w) => w.code === 'plan-details-unknown')?.params : undefined;
  const lines = unknown ? rangeLines(result, t) : result.patient.selfPay !== '0.00' ? selfPayLines(result, t) : partLines(result, t, PARTS);
  const scale = result.slidingScale;
  return html`
    <section class="breakdown" part="breakdown" aria-labelledby="${idPrefix && `${idPrefix}heading `}${idPrefix}breakdown-heading">
      <h3 id="${idPrefix}breakdown-heading">${t.breakdownHeading}</h3>
      <dl>
        ${lines.map(
          (line) => html`<div class="line ${line.discount ? 'discount' : ''} ${line.total ? 'total-line' : ''}">
            <dt>${line.label}</dt>
            <dd>${line.discount ? '−' : ''}${money(line.amount)}</dd>
          </div>`,
        )}
        <div class="line subtle"><dt>${t.grossCharges}</dt><dd>${money(result.grossCharges)}</dd></div>
        ${result.planPays !== '0.00' ? html`<div class="line subtle"><dt>${t.allowed}</dt><dd>${money(result.allowed)}</dd></div>` : nothing}
      </dl>
      ${unknown ? html`<p class="note">${t.unknownTermsNote(unknown, maximumOf(unknown, money))}</p>` : nothing}
      ${scale ? html`<p class="note">${t.slidingScaleNote(wholePercent(scale.povertyPercent), scale.band, scale.label)}</p>` : nothing}
    </section>
  `;
}

/** Each part of what the person pays that is not zero, in the order of PARTS. */
function partLines(result: EstimateResult, t: Messages, parts: readonly Part[]): Line[] {
  return parts.filter((part) => result.patient[part] !== '0.00').map((part) => ({ label: t.parts[part], amount: result.patient[part], discount: DISCOUNTS.has(part) }));
}

/**
 * Plan numbers unknown: the total is the worst case, which counts an unknown deductible as "everything until the
 * maximum" and an unknown coinsurance as 100%. No plan has those numbers, so the cost sharing is one line named for
 * what it is (the deductible, then the coinsurance, at most), and the other parts (balance billing, days not
 * covered) stay as they are: the lines still add up to the total.
 */
function rangeLines(result: EstimateResult, t: Messages): Line[] {
  const p = result.patient;
  const costSharing = decimal(p.deductible).plus(p.coinsurance).plus(p.copay);
  const rest = partLines(result, t, PARTS.filter((part) => !COST_SHARING.has(part)));
  return [...(costSharing.isZero() ? [] : [{ label: t.costSharingAtMost(p.copay !== '0.00'), amount: formatAmount(costSharing) }]), ...rest];
}

/**
 * Self-pay adds up top to bottom: the price before any discount, each discount, and what is left to pay.
 * `patient.selfPay` is the price after the sliding scale, so the price before it is that plus the discount.
 */
function selfPayLines(result: EstimateResult, t: Messages): Line[] {
  const p = result.patient;
  const price = decimal(p.selfPay).plus(p.slidingScaleDiscount);
  return [
    { label: t.priceBeforeDiscounts, amount: formatAmount(price) },
    ...partLines(result, t, ['slidingScaleDiscount', 'paidInFullDiscount']),
    { label: t.breakdownTotal, amount: p.total, total: true },
  ];
}

/** The maximum that caps the worst case, as the warning gives it; none when nothing caps it. */
function maximumOf(params: WarningParams, money: (amount: string) => string): string | undefined {
  return params.bounded && typeof params.maximum === 'string' ? money(params.maximum) : undefined;
}

/**
 * "91.52" -> "92": the poverty percentage as people read it, rounded half-up to a whole percent (as a person
 * rounds) from the core's string, with decimal.js, never a float. The rounding is for reading only: the band was
 * matched on the exact percentage (RULES.md §13), so at a band's edge the whole percent may read as the next band's
 * (100.40% reads "100%" in the band over 100%), which is why the band is named beside it. The core's string is
 * already rounded to the hundredth, so an exact 91.495 ("91.50") reads 92: rounding twice moves a figure by at most
 * half a hundredth of a percent more, and decides nothing.
 */
function wholePercent(percent: string): string {
  return decimal(percent).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0);
}
