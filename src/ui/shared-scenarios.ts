// A shared estimate on the patient's page (README "Estimates that travel"): the note that it was opened from a
// link, and, when the counselor shared several scenarios, each of them by name and total, to choose which one the
// form shows. A scenario whose household the link left out (`about[i].householdLeftOut`) says that its price is the
// full one until the household is added. Loaded with the code that reads links (shared-link.ts), with its own words
// in English and Spanish, so that the first screen carries none of it.
import { css, html, nothing, type TemplateResult } from 'lit';
import type { CenterConfig } from '../core/center/center-config.ts';
import type { estimate as coreEstimate } from '../core/estimate.ts';
import type { EstimateRequest, EstimateResult } from '../core/schemas.ts';
import type { SharedEstimate } from '../core/sharing/shared-estimate.ts';
import { fromRequest } from './form-from-request.ts';
import { householdComplete, type FormState } from './form-state.ts';
import { formatMoney, localToday } from './format.ts';
import { baseLanguage, messagesFor } from './messages.ts';

const en = {
  prepared: (count: number) => `Your counselor prepared ${count} estimates`,
  unnamed: (n: number) => `Estimate ${n}`,
  householdLeftOut:
    'This estimate was shared without your household’s size and income, so it shows the full price. Add them below to see the sliding-scale discount.',
};

type SharedWords = typeof en;

const es: SharedWords = {
  prepared: (count: number) => `Su consejero preparó ${count} estimados`,
  unnamed: (n: number) => `Estimado ${n}`,
  householdLeftOut:
    'Este estimado se compartió sin el tamaño ni el ingreso de su hogar, así que muestra el precio completo. Agréguelos abajo para ver el descuento por escala móvil.',
};

/** These words in a language tag ("es-MX" counts as "es"); English otherwise. */
export function sharedWords(lang: string): SharedWords {
  return baseLanguage(lang) === 'es' ? es : en;
}

/** The shared estimate's scenarios in order: the first is always `request`, the one every mode opens. */
export function scenarioRequests(shared: SharedEstimate): EstimateRequest[] {
  return [shared.request, ...(shared.scenarios?.slice(1) ?? [])];
}

/** The form for scenario `index` of a shared estimate, as the center asks its questions. */
export function scenarioForm(shared: SharedEstimate, index: number, center: CenterConfig): FormState {
  return fromRequest(scenarioRequests(shared)[index] ?? shared.request, center, localToday());
}

/**
 * Which scenario of a shared estimate the form shows, once the person has chosen one (the first until then). Kept
 * with the estimate: a link opened again is a new estimate, and opens on its first scenario.
 */
const chosen = new WeakMap<SharedEstimate, number>();

/** Whether the link left out the household of scenario `index`, whose price depended on it. */
export function householdLeftOut(shared: SharedEstimate, index: number): boolean {
  return shared.about?.[index]?.householdLeftOut === true;
}

/** The counselor's name for scenario `index`, else "Estimate 2". */
export function scenarioName(shared: SharedEstimate, index: number, words: SharedWords): string {
  return shared.about?.[index]?.name?.trim() || words.unnamed(index + 1);
}

/** Each scenario's result as shared (null where the core refuses it), worked out once per estimate and center. */
const results = new WeakMap<SharedEstimate, { center: CenterConfig; results: (EstimateResult | null)[] }>();

function sharedResults(shared: SharedEstimate, center: CenterConfig, estimate: typeof coreEstimate): (EstimateResult | null)[] {
  const known = results.get(shared);
  if (known?.center === center) return known.results;
  const worked = scenarioRequests(shared).map((request) => {
    const outcome = estimate(request, center);
    return outcome.ok ? outcome.result : null;
  });
  results.set(shared, { center, results: worked });
  return worked;
}

/** A result's total as the widget shows it: one amount, or the range when the plan's numbers leave one. */
function shownTotal(result: EstimateResult, lang: string): string {
  const money = (amount: string) => formatMoney(amount, lang);
  const range = result.range;
  return range && range.low !== range.high ? `${money(range.low)} – ${money(range.high)}` : money(result.patient.total);
}

export interface SharedView {
  /** The estimate the page's link carried; its first scenario is in the form once it has opened. */
  shared: SharedEstimate;
  /** The patient's form; null in counselor mode, whose desk shows the scenarios itself. */
  form: FormState | null;
  center: CenterConfig;
  /** The widget's language, as its other words are shown in. */
  lang: string;
  /** The element's id prefix. */
  id: string;
  /** The core's estimate once the rules of coverage have loaded: the scenarios' totals show from then. */
  estimate: typeof coreEstimate | undefined;
  /** Puts a scenario's form in place of the form on screen. */
  open: (form: FormState) => void;
}

/**
 * "Opened from a shared estimate", then, on the patient's page, the scenarios to choose from (when there are
 * several) and the note of a scenario whose household the link left out, while the household is not filled in.
 * That note replaces "shared without personal details": the same thing is not said twice.
 */
export function renderShared(view: SharedView): TemplateResult {
  const { shared, form, center, lang, id } = view;
  const t = messagesFor(lang);
  const words = sharedWords(lang);
  const index = chosen.get(shared) ?? 0;
  const requests = scenarioRequests(shared);
  const leftOut = householdLeftOut(shared, index);
  const noteShown = form !== null && leftOut && !householdComplete(form);
  // On the patient's page, a scenario whose household was left out says so in its own note (while it is missing).
  const withoutPersonal = !(form && leftOut) && !requests[index]?.household;
  const opened = html`<p class="note shared-note" role="status">${t.sharedOpened} ${withoutPersonal ? t.sharedWithoutPersonal : nothing}</p>`;
  if (!form) return opened;
  const noteId = `${id}-household-left-out`;
  const results = view.estimate ? sharedResults(shared, center, view.estimate) : [];
  const choose = (i: number) => {
    chosen.set(shared, i);
    const next = scenarioForm(shared, i, center);
    // The household the person typed goes with them to a scenario the link shared without one: it is theirs, not
    // the scenario's (a sliding-scale discount then shows on each).
    const typed = householdComplete(form) && !householdComplete(next);
    view.open(typed ? { ...next, householdSize: form.householdSize, annualIncome: form.annualIncome, state: form.state, parent: form.parent } : next);
  };
  const list =
    requests.length > 1
      ? html`<div class="scenarios">
          <h3 id="${id}-scenarios">${words.prepared(requests.length)}</h3>
          <ul aria-labelledby="${id}-scenarios">
            ${requests.map((_, i) => {
              const result = results[i];
              const pressed = i === index;
              return html`<li>
                <button
                  type="button"
                  aria-pressed=${pressed ? 'true' : 'false'}
                  aria-describedby=${pressed && noteShown ? noteId : nothing}
                  @click=${() => !pressed && choose(i)}
                >
                  <span class="scenario-name">${scenarioName(shared, i, words)}</span>
                  ${result
                    ? html`<span class="scenario-total"
                        >${shownTotal(result, lang)}${householdLeftOut(shared, i) ? html` <small>${t.peekBeforeDiscount}</small>` : nothing}</span
                      >`
                    : nothing}
                </button>
              </li>`;
            })}
          </ul>
        </div>`
      : nothing;
  // A region of its own that stays on the page, so that the note is announced when a scenario brings it.
  const note = shared.about?.some((about) => about.householdLeftOut)
    ? html`<div role="status">${noteShown ? html`<p class="household-left-out" id=${noteId}>${words.householdLeftOut}</p>` : nothing}</div>`
    : nothing;
  return html`${opened}${list}${note}`;
}

export const sharedStyles = css`
  /* "Opened from a shared estimate" is for the screen, not the paper. */
  @media print {
    .shared-note {
      display: none;
    }
  }
  .scenarios ul {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12em), 1fr));
    gap: 0.5em;
    list-style: none;
    margin: 0 0 calc(var(--_space) / 2);
    padding: 0;
  }
  .scenarios button {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    width: 100%;
    height: 100%;
    min-height: 2.75em;
    padding: 0.5em 0.75em;
    font: inherit;
    text-align: start;
    color: var(--_text);
    background: var(--_background);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .scenarios button[aria-pressed='true'] {
    color: var(--_on-primary);
    background: var(--_primary);
    border-color: var(--_primary);
    cursor: default;
  }
  .scenario-name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .scenario-total small {
    font-size: 0.875em;
  }
  /* Where the note says it, the hint beside the total does not say it again (a browser without :has() shows both). */
  .layout:has(.household-left-out) .discount-hint {
    display: none;
  }
  .household-left-out {
    padding: 0.5em 0.75em;
    background: var(--_surface);
    border-inline-start: 4px solid var(--_primary);
    border-radius: var(--_radius);
  }
  @media (forced-colors: active) {
    .scenarios button[aria-pressed='true'] {
      border: 4px double Highlight;
    }
  }
`;
