// The questions, in short steps: coverage, the program, the plan's numbers, the household, paying over time.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CenterConfig } from '../core/center/center-config.ts';
import { STATES } from '../core/schemas.ts';
import { coverageChosen, hasNetworks, householdComplete, priceByIncome, householdStarted, PLAN_CHOICES, supplementChoices, type FieldName, type FormState } from './form-state.ts';
import type { Messages } from './messages.ts';

export interface FormView {
  /** Prefix for ids, unique per element instance (ids are per shadow root, but labels in tests read better). */
  id: string;
  state: FormState;
  center: CenterConfig;
  errors: Partial<Record<FieldName, FieldMessage>>;
  t: Messages;
  /** The language of the center's words when it is not the widget's, so they are marked as such. */
  centerLang: string | undefined;
  set(field: FieldName, value: string | boolean): void;
  choosePayer(payer: string): void;
  chooseProgram(index: string): void;
}

/** A message beside a field; `lang` is set when it is not in the widget's language (the core speaks English). */
export interface FieldMessage {
  text: string;
  lang?: string;
}

function errorLine(id: string, error: FieldMessage): TemplateResult {
  return html`<p class="error" id="${id}-error" part="error" lang=${ifDefined(error.lang)}>${error.text}</p>`;
}

export interface TextOptions {
  help?: string;
  inputmode?: 'numeric' | 'decimal' | 'text';
  type?: 'text' | 'date';
  prefix?: string;
  autocomplete?: string;
}

export function textField(view: FormView, name: FieldName, label: string, options: TextOptions = {}): TemplateResult {
  const id = `${view.id}-${name}`;
  const error = view.errors[name];
  const describedBy = [options.help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`
    <div class="field" part="field">
      <label for=${id}>${label}</label>
      ${options.help ? html`<p class="help" id="${id}-help">${options.help}</p>` : nothing}
      <div class="input-wrap">
        ${options.prefix ? html`<span class="prefix" aria-hidden="true">${options.prefix}</span>` : nothing}
        <input
          part="input"
          id=${id}
          name=${name}
          type=${options.type ?? 'text'}
          inputmode=${ifDefined(options.inputmode)}
          autocomplete=${options.autocomplete ?? 'off'}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${ifDefined(describedBy || undefined)}
          .value=${String(view.state[name])}
          @input=${(event: Event) => view.set(name, (event.target as HTMLInputElement).value)}
        />
      </div>
      ${error ? errorLine(id, error) : nothing}
    </div>
  `;
}

export function selectField(view: FormView, name: FieldName, label: string, options: [string, string][], onChange?: (value: string) => void): TemplateResult {
  const id = `${view.id}-${name}`;
  const error = view.errors[name];
  const value = String(view.state[name]);
  return html`
    <div class="field" part="field">
      <label for=${id}>${label}</label>
      <select
        part="input"
        id=${id}
        name=${name}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${ifDefined(error ? `${id}-error` : undefined)}
        @change=${(event: Event) => (onChange ?? ((v: string) => view.set(name, v)))((event.target as HTMLSelectElement).value)}
      >
        ${options.map(([optionValue, text]) => html`<option value=${optionValue} ?selected=${optionValue === value}>${text}</option>`)}
      </select>
      ${error ? errorLine(id, error) : nothing}
    </div>
  `;
}

export function radioGroup(view: FormView, name: FieldName, legend: string, options: [string, string][], help?: string): TemplateResult {
  const value = String(view.state[name]);
  return html`
    <fieldset class="choices">
      <legend>${legend}</legend>
      ${help ? html`<p class="help">${help}</p>` : nothing}
      ${options.map(
        ([optionValue, text]) => html`
          <label class="choice">
            <input type="radio" name="${view.id}-${name}" .value=${optionValue} .checked=${optionValue === value} @change=${() => view.set(name, optionValue)} />
            <span>${text}</span>
          </label>
        `,
      )}
    </fieldset>
  `;
}

export function checkbox(view: FormView, name: FieldName, label: string, checked: boolean, onChange: (checked: boolean) => void): TemplateResult {
  const id = `${view.id}-${name}`;
  return html`
    <div class="field checkbox">
      <input type="checkbox" id=${id} .checked=${checked} @change=${(event: Event) => onChange((event.target as HTMLInputElement).checked)} />
      <label for=${id}>${label}</label>
    </div>
  `;
}

/** A short "what's this?" for a word of insurance a person may not know, folded away until asked. */
function whatsThis(question: string, answer: string): TemplateResult {
  return html`<details class="whats-this"><summary>${question}</summary><p>${answer}</p></details>`;
}

/** Payers the center names (contracts and negotiated rates), for the insurance company list. */
export function payerOptions(center: CenterConfig, t: Messages): [string, string][] {
  const names = new Set<string>();
  for (const payer of center.inNetworkPayers ?? []) if (!/^medica(re|id)$/i.test(payer)) names.add(payer);
  for (const rate of center.rates.negotiated ?? []) names.add(rate.payer);
  return [...[...names].sort().map((name): [string, string] => [name, name]), ['', t.payerOther]];
}

function coverageStep(view: FormView): TemplateResult {
  const { state, t } = view;
  return html`
    <fieldset part="step">
      <legend>${t.coverageLegend}</legend>
      ${radioGroup(view, 'planType', t.planTypeQuestion, PLAN_CHOICES.map((choice) => [choice, t.planTypes[choice]]))}
      ${state.planType === 'unsure' ? html`<p class="note">${t.unsureNote}</p>` : nothing}
      ${state.planType === 'medicare'
        ? html`
            ${radioGroup(view, 'medicarePlan', t.medicarePlan, [['original', t.medicarePlans.original], ['advantage', t.medicarePlans.advantage]])}
            ${selectField(view, 'supplement', state.medicarePlan === 'original' ? t.supplement : t.supplementAdvantage, supplementChoices(state.medicarePlan).map((s) => [s, t.supplements[s]]))}
            ${whatsThis(t.jargon.medigapQuestion, t.jargon.medigap)}
          `
        : nothing}
      ${state.planType === 'aca'
        ? selectField(view, 'metal', t.metal, [['', '—'], ...(['bronze', 'silver', 'gold', 'platinum', 'catastrophic'] as const).map((m): [string, string] => [m, t.metals[m]])])
        : nothing}
      ${hasNetworks(state) && state.planType !== 'unsure'
        ? html`
            ${selectField(view, 'payer', t.payer, payerOptions(view.center, t), (payer) => view.choosePayer(payer))}
            ${radioGroup(view, 'network', t.network, [['in', t.networkIn], ['out', t.networkOut]], t.networkHelp)}
            ${state.network === 'out' ? checkbox(view, 'outOfNetworkCovered', t.outOfNetworkCovered, state.outOfNetworkCovered, (c) => view.set('outOfNetworkCovered', c)) : nothing}
          `
        : nothing}
      ${state.planType === 'medicaid' ? textField(view, 'copayPerUnit', t.copay, { inputmode: 'decimal', prefix: '$' }) : nothing}
    </fieldset>
  `;
}

/** The program: its length always; its first day once a coverage is chosen (`withStart`), since only a person's
 * total depends on it (the plan year it falls in), not the center's prices shown before. A date field is also the
 * first screen's slowest control to build on a phone (about 0.08 s at 4x, README "Benchmark"). */
function programStep(view: FormView, withStart: boolean): TemplateResult {
  const { t, center } = view;
  const programs = center.programs ?? [];
  return html`
    <fieldset part="step">
      <legend>${t.programLegend}</legend>
      ${programs.length
        ? html`
            <div class="field" part="field">
              <label for="${view.id}-program">${t.programTrack}</label>
              <select id="${view.id}-program" part="input" @change=${(event: Event) => view.chooseProgram((event.target as HTMLSelectElement).value)}>
                <option value="">${t.programCustom}</option>
                ${programs.map(
                  (program, i) =>
                    html`<option value=${String(i)} lang=${ifDefined(view.centerLang)} ?selected=${view.state.track ? view.state.track === String(i) : String(program.weeks) === view.state.weeks && String(program.hoursPerWeek) === view.state.hoursPerWeek}>
                      ${program.name}
                    </option>`,
                )}
              </select>
            </div>
          `
        : nothing}
      <div class="row">
        ${textField(view, 'weeks', t.weeks, { inputmode: 'numeric', help: t.weeksHelp })}
        ${textField(view, 'hoursPerWeek', t.hoursPerWeek, { inputmode: 'decimal', help: t.hoursHelp })}
      </div>
      ${withStart ? textField(view, 'startDate', t.startDate, { type: 'date' }) : nothing}
    </fieldset>
  `;
}

function planNumbersStep(view: FormView): TemplateResult | typeof nothing {
  const { state, t } = view;
  if (!hasNetworks(state) || state.planType === 'unsure') return nothing;
  return html`
    <fieldset part="step">
      <legend>${t.planLegend}</legend>
      <p class="help">${t.planHelp}</p>
      ${whatsThis(t.jargon.sbcQuestion, t.jargon.sbc)}
      ${checkbox(view, 'knowsPlan', t.dontKnow, !state.knowsPlan, (dontKnow) => view.set('knowsPlan', !dontKnow))}
      ${state.knowsPlan
        ? html`
            <div class="row">
              ${textField(view, 'deductible', t.deductible, { inputmode: 'decimal', prefix: '$', help: t.deductibleHelp })}
              ${textField(view, 'deductibleMet', t.deductibleMet, { inputmode: 'decimal', prefix: '$' })}
            </div>
            <div class="row">
              ${textField(view, 'coinsurancePercent', t.coinsurance, { inputmode: 'decimal', help: t.coinsuranceHelp })}
              ${textField(view, 'copayPerUnit', t.copay, { inputmode: 'decimal', prefix: '$', help: t.copayHelp })}
            </div>
            <div class="row">
              ${textField(view, 'oopMax', t.oopMax, { inputmode: 'decimal', prefix: '$', help: t.oopMaxHelp })}
              ${textField(view, 'oopMet', t.oopMet, { inputmode: 'decimal', prefix: '$' })}
            </div>
            ${moreDetails(view)}
          `
        : nothing}
    </fieldset>
  `;
}

/**
 * What fewer people know, folded away so the usual questions stay short: the plan's own out-of-network
 * terms (open when the person chose out of network), family limits and covered days.
 */
function moreDetails(view: FormView): TemplateResult {
  const { state, t } = view;
  const money = { inputmode: 'decimal', prefix: '$' } as const;
  return html`
    <details class="more" ?open=${state.network === 'out'}>
      <summary>${t.moreDetails}</summary>
      <fieldset>
        <legend>${t.oonLegend}</legend>
        <div class="row">
          ${textField(view, 'oonDeductible', t.deductible, money)} ${textField(view, 'oonDeductibleMet', t.deductibleMet, money)}
        </div>
        <div class="row">
          ${textField(view, 'oonCoinsurance', t.coinsurance, { inputmode: 'decimal' })}
          ${state.oonNoMax ? nothing : textField(view, 'oonOopMax', t.oopMax, money)}
        </div>
        ${checkbox(view, 'oonNoMax', t.oonNoMax, state.oonNoMax, (c) => view.set('oonNoMax', c))}
        ${checkbox(view, 'oonShared', t.oonShared, state.oonShared, (c) => view.set('oonShared', c))}
      </fieldset>
      <fieldset>
        <legend>${t.familyLegend}</legend>
        <p class="help">${t.familyHelp}</p>
        ${selectField(view, 'familyKind', t.familyKind, [['embedded', t.familyKinds.embedded], ['aggregate', t.familyKinds.aggregate]])}
        <div class="row">
          ${textField(view, 'familyDeductible', t.familyDeductible, money)} ${textField(view, 'familyDeductibleMet', t.familyMet, money)}
        </div>
        <div class="row">
          ${textField(view, 'familyOopMax', t.familyOopMax, money)} ${textField(view, 'familyOopMet', t.familyMet, money)}
        </div>
      </fieldset>
      <div class="row">
        ${textField(view, 'coveredDaysPerYear', t.coveredDaysPerYear, { inputmode: 'numeric', help: t.coveredDaysHelp })}
        ${textField(view, 'coveredDaysUsed', t.coveredDaysUsed, { inputmode: 'numeric' })}
      </div>
    </details>
  `;
}

function householdStep(view: FormView): TemplateResult {
  const { t } = view;
  // When it decides their price, the household is asked next and not as optional.
  const forPrice = priceByIncome(view.state, view.center);
  return html`
    <fieldset part="step">
      <legend>${forPrice ? t.householdLegendSelfPay : t.householdLegend}</legend>
      <p class="help">${forPrice ? t.householdHelpSelfPay : t.householdHelp}</p>
      <div class="row">
        ${textField(view, 'householdSize', t.householdSize, { inputmode: 'numeric' })}
        ${textField(view, 'annualIncome', t.annualIncome, { inputmode: 'decimal', prefix: '$' })}
      </div>
      ${selectField(view, 'state', t.state, [['', t.chooseState], ...STATES.map((code): [string, string] => [code, code])])}
      ${householdStarted(view.state) && !householdComplete(view.state) ? html`<p class="note" role="status">${t.householdIncomplete}</p>` : nothing}
    </fieldset>
  `;
}

function paymentStep(view: FormView): TemplateResult | typeof nothing {
  const { t, center } = view;
  const terms = center.paymentPlan;
  if (!terms) return nothing;
  // In order; the center's default is the one with no value, chosen until the person picks another (a shared
  // estimate that names the default number of months shows it chosen too).
  const byDefault = terms.defaultMonths ?? terms.maxMonths;
  const months: [string, string][] = [];
  for (let m = terms.minMonths; m <= terms.maxMonths; m++) months.push([m === byDefault ? '' : String(m), String(m)]);
  // One question, asked one way or the other: months and an amount a month would disagree (choosing one empties
  // the other's answer).
  const byBudget = view.state.paymentBy === 'budget';
  return html`
    <fieldset part="step">
      <legend>${t.paymentLegend}</legend>
      ${radioGroup(view, 'paymentBy', t.paymentBy, [['months', t.paymentByOptions.months], ['budget', t.paymentByOptions.budget]])}
      <div class="row">
        ${byBudget
          ? textField(view, 'monthlyBudget', t.monthlyAmount, { inputmode: 'decimal', prefix: '$', help: t.monthlyBudgetHelp })
          : selectField(view.state.months === String(byDefault) ? { ...view, state: { ...view.state, months: '' } } : view, 'months', t.paymentMonths, months)}
        ${textField(view, 'downPayment', t.downPayment, { inputmode: 'decimal', prefix: '$' })}
      </div>
    </fieldset>
  `;
}

export function renderForm(view: FormView): TemplateResult {
  return html`
    <form part="form" @submit=${(event: Event) => event.preventDefault()} novalidate>
      ${coverageStep(view)}
      ${!coverageChosen(view.state)
        ? // Asked first: how they would pay. Only the program's length, which the prices shown depend on, comes with it.
          programStep(view, false)
        : priceByIncome(view.state, view.center)
          ? html`${householdStep(view)} ${programStep(view, true)} ${paymentStep(view)}`
          : html`${programStep(view, true)} ${planNumbersStep(view)} ${householdStep(view)} ${paymentStep(view)}`}
    </form>
  `;
}
