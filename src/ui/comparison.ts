// Ways to pay, side by side: in network, out of network, self-pay, with the cheapest marked in words.
import { html, nothing, type TemplateResult } from 'lit';
import type { Comparison } from '../core/compare.ts';
import { formatMoney } from './format.ts';
import { shownRange } from './summary.ts';
import type { Messages } from './messages.ts';

export function renderComparison(comparison: Comparison | null, t: Messages, lang: string): TemplateResult | typeof nothing {
  if (!comparison || comparison.options.length < 2) return nothing;
  const money = (amount: string) => formatMoney(amount, lang);
  return html`
    <section class="comparison" part="comparison" aria-labelledby="compare-heading">
      <h3 id="compare-heading">${t.compareHeading}</h3>
      <table>
        <thead>
          <tr><th scope="col"><span class="visually-hidden">${t.compareHeading}</span></th><th scope="col">${t.youPayColumn}</th><th scope="col">${t.planPaysColumn}</th></tr>
        </thead>
        <tbody>
          ${comparison.options.map((option) => {
            const cheapest = option.kind === comparison.cheapest;
            const range = shownRange(option.result);
            return html`<tr class=${cheapest ? 'cheapest' : ''}>
              <th scope="row">${t.options[option.kind]} ${cheapest ? html`<strong class="badge">${t.cheapest}</strong>` : nothing}</th>
              <td>
                ${range
                  ? html`<span class="amount">${money(range.low)}</span> – <span class="amount">${money(range.high)}</span>`
                  : html`<span class="amount">${money(option.result.patient.total)}</span>`}
              </td>
              <td><span class="amount">${money(option.result.planPays)}</span></td>
            </tr>`;
          })}
        </tbody>
      </table>
    </section>
  `;
}
