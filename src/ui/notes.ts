// Good to know: the core's warnings in plain words, the figures used with their year and source, the disclaimer.
import { html, nothing, type TemplateResult } from 'lit';

import type { EstimateResult, Warning } from '../core/schemas.ts';
import { formatDate, formatMoney } from './format.ts';
import type { Formatters, Messages } from './messages.ts';
// The words of a person's answer, which the first screen does not carry.
import './answer-words.ts';

/** Codes the summary already says in its own words. */
const SHOWN_ELSEWHERE = new Set(['example-center', 'paid-in-full-offer']);

/** A warning in the widget's language when its translation has it; otherwise the core's English. */
export function say(warning: Warning, t: Messages, format: Formatters): string | undefined {
  const text = t.warnings[warning.code];
  if (!text) return undefined;
  try {
    const said = text(warning.params ?? {}, format);
    return said || undefined;
  } catch {
    return undefined; // a translation that does not fit these values: the English stays
  }
}

/** `idPrefix`: as for renderBreakdown. `coreInPageLanguage` false: the core's English (untranslated warnings, figure names) is marked lang="en". */
export function renderNotes(result: EstimateResult, t: Messages, lang: string, coreInPageLanguage: boolean, idPrefix = ''): TemplateResult {
  const coreLang = coreInPageLanguage ? undefined : 'en';
  const warnings = result.warnings.filter((w) => !SHOWN_ELSEWHERE.has(w.code));
  const format: Formatters = { money: (amount) => formatMoney(amount, lang), date: (date) => formatDate(date, lang) };
  return html`
    <section class="notes" part="notes" aria-labelledby="${idPrefix && `${idPrefix}heading `}${idPrefix}notes-heading">
      <h3 id="${idPrefix}notes-heading">${t.notesHeading}</h3>
      <ul>
        ${warnings.map((w) => {
          const translated = say(w, t, format);
          return html`<li data-code=${w.code} lang=${translated ? nothing : coreLang ?? nothing}>${translated ?? w.message}</li>`;
        })}
      </ul>
      <details>
        <summary>${t.figuresHeading}</summary>
        <ul class="figures" lang=${coreLang ?? nothing}>
          ${result.figures.map((f) => html`<li>${f.name}: ${AMOUNT.test(f.value) ? format.money(f.value) : f.value}${f.year ? ` (${f.year})` : ''}. <span class="source">${f.source}</span></li>`)}
        </ul>
      </details>
      <p class="disclaimer">${paysThemselves(result) ? t.disclaimerSelfPay : t.disclaimer}</p>
    </section>
  `;
}

/** Paid by the person, not a plan (self-pay): no plan's approval or numbers to speak of. */
function paysThemselves(result: EstimateResult): boolean {
  return result.planPays === '0.00' && (result.patient.selfPay !== '0.00' || result.slidingScale !== undefined);
}

/** A figure's value that is an amount of money (the core writes amounts with two decimals, percentages without). */
const AMOUNT = /^\d+\.\d{2}$/;
