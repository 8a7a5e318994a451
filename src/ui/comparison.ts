// Ways to pay, side by side: in network, out of network, self-pay, with the cheapest marked in words; and why
// self-pay is missing when the person's Medicare or Medicaid rules it out.
import { html, nothing, type TemplateResult } from 'lit';

import type { Comparison } from '../core/compare.ts';
import { formatDate, formatMoney } from './format.ts';
import { planPaysRange, shownRange } from './summary.ts';
import { say } from './notes.ts';
import type { Messages } from './messages.ts';
// The words of a person's answer, which the first screen does not carry.
import './answer-words.ts';

export function renderComparison(comparison: Comparison | null, t: Messages, lang: string, coreInPageLanguage = true): TemplateResult | typeof nothing {
  const limit = comparison?.selfPayNotOffered;
  if (!comparison || (comparison.options.length < 2 && !limit)) return nothing;
  const money = (amount: string) => formatMoney(amount, lang);
  const translated = limit && say(limit, t, { money, date: (date) => formatDate(date, lang) });
  return html`
    <section class="comparison" part="comparison" aria-labelledby="compare-heading">
      <h3 id="compare-heading">${t.compareHeading}</h3>
      ${comparison.options.length < 2 ? nothing : table(comparison, t, money)}
      ${limit ? html`<p class="note" data-code=${limit.code} lang=${translated || coreInPageLanguage ? nothing : 'en'}>${translated ?? limit.message}</p>` : nothing}
    </section>
  `;
}

function table(comparison: Comparison, t: Messages, money: (amount: string) => string): TemplateResult {
  return html`
      <table>
        <thead>
          <tr><th scope="col"><span class="visually-hidden">${t.compareHeading}</span></th><th scope="col">${t.youPayColumn}</th><th scope="col">${t.planPaysColumn}</th></tr>
        </thead>
        <tbody>
          ${comparison.options.map((option) => {
            // Marked only when it costs least whatever the plan's unknown numbers are.
            const cheapest = option.kind === comparison.lowest;
            return html`<tr class=${cheapest ? 'cheapest' : ''}>
              <th scope="row">${t.options[option.kind]} ${cheapest ? html`<strong class="badge">${t.cheapest}</strong>` : nothing}</th>
              <td>${amountOrRange(option.result.patient.total, shownRange(option.result), money)}</td>
              <td>${amountOrRange(option.result.planPays, planPaysRange(option.result), money)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
      ${comparison.lowest ? nothing : html`<p class="note">${t.noClearLowest}</p>`}
  `;
}

/** One amount, or "low – high" while the plan's numbers are unknown. */
function amountOrRange(amount: string, range: { low: string; high: string } | undefined, money: (amount: string) => string): TemplateResult {
  return range
    ? html`<span class="amount">${money(range.low)}</span> – <span class="amount">${money(range.high)}</span>`
    : html`<span class="amount">${money(amount)}</span>`;
}
