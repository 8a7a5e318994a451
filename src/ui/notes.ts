// Good to know: the core's warnings in plain words, the figures used with their year and source, the disclaimer.
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { EstimateResult } from '../core/schemas.ts';
import type { Messages } from './messages.ts';

/** Codes the summary already says in its own words. */
const SHOWN_ELSEWHERE = new Set(['example-center', 'paid-in-full-offer']);

/** `coreInPageLanguage` false: the core's English warnings and figure names are marked lang="en". */
export function renderNotes(result: EstimateResult, t: Messages, coreInPageLanguage: boolean): TemplateResult {
  const coreLang = coreInPageLanguage ? undefined : 'en';
  const warnings = result.warnings.filter((w) => !SHOWN_ELSEWHERE.has(w.code));
  return html`
    <section class="notes" part="notes" aria-labelledby="notes-heading">
      <h3 id="notes-heading">${t.notesHeading}</h3>
      <ul lang=${ifDefined(coreLang)}>
        ${warnings.map((w) => html`<li data-code=${w.code}>${w.message}</li>`)}
      </ul>
      <details>
        <summary>${t.figuresHeading}</summary>
        <ul class="figures" lang=${ifDefined(coreLang)}>
          ${result.figures.map((f) => html`<li>${f.name}: ${f.value}${f.year ? ` (${f.year})` : ''}. <span class="source">${f.source}</span></li>`)}
        </ul>
      </details>
      <p class="disclaimer">${t.disclaimer}</p>
    </section>
  `;
}
