// One scenario's questions, every benefit field at once: what a counselor reads off the plan's Summary of
// Benefits and Coverage or an eligibility response. The fields are the patient form's own (src/ui/form.ts).
import { html, nothing, type TemplateResult } from 'lit';
import { STATES } from '../core/schemas.ts';
import { hasYearlyLimit } from '../core/schemas.ts';
import { hasNetworks, PLAN_CHOICES, supplementChoices, type FieldName } from '../ui/form-state.ts';
import { checkbox, payerOptions, selectField, textField, type FormView } from '../ui/form.ts';
import type { CounselorMessages } from './counselor-messages.ts';

const MONEY = { inputmode: 'decimal', prefix: '$' } as const;
const NUMBER = { inputmode: 'numeric' } as const;

function yesNo(view: FormView, name: 'selfPay' | 'copayBeforeDeductible' | 'oonNoMax' | 'oonShared' | 'outOfNetworkCovered' | 'paidInFull', label: string) {
  return checkbox(view, name, label, view.state[name], (checked) => view.set(name, checked));
}

function coverage(view: FormView, c: CounselorMessages): TemplateResult {
  const { state, t } = view;
  const networks = hasNetworks(state);
  return html`
    <fieldset>
      <legend>${c.coverageLegend}</legend>
      ${selectField(view, 'planType', t.planTypeQuestion, PLAN_CHOICES.filter((p) => p !== 'unsure').map((p) => [p, t.planTypes[p]]))}
      ${state.planType !== 'uninsured' ? yesNo(view, 'selfPay', c.selfPay) : nothing}
      ${state.planType === 'medicare'
        ? html`${selectField(view, 'medicarePlan', t.medicarePlan, [['original', t.medicarePlans.original], ['advantage', t.medicarePlans.advantage]])}
          ${selectField(view, 'supplement', state.medicarePlan === 'original' ? t.supplement : t.supplementAdvantage, supplementChoices(state.medicarePlan).map((s) => [s, t.supplements[s]]))}
          ${state.medicarePlan === 'original' ? textField(view, 'deductibleMet', c.partBMet, MONEY) : nothing}
          ${state.medicarePlan === 'original' && hasYearlyLimit(state.supplement) ? textField(view, 'oopMet', c.medigapLimitMet, MONEY) : nothing}`
        : nothing}
      ${state.planType === 'aca'
        ? selectField(view, 'metal', t.metal, [['', '—'], ...(['bronze', 'silver', 'gold', 'platinum', 'catastrophic'] as const).map((m): [string, string] => [m, t.metals[m]])])
        : nothing}
      ${networks
        ? html`${selectField(view, 'payer', t.payer, payerOptions(view.center, t), (payer) => view.choosePayer(payer))}
            ${selectField(view, 'network', t.network, [['in', t.networkIn], ['out', t.networkOut]])}
            ${yesNo(view, 'outOfNetworkCovered', t.outOfNetworkCovered)}`
        : nothing}
      ${state.planType === 'medicaid' ? textField(view, 'copayPerUnit', t.copay, MONEY) : nothing}
      ${state.planType !== 'uninsured'
        ? selectField(view, 'priorAuthorization', c.priorAuthorization, (['', 'approved', 'pending', 'unknown'] as const).map((p) => [p, c.priorAuthorizations[p]]))
        : nothing}
    </fieldset>
  `;
}

function program(view: FormView, c: CounselorMessages): TemplateResult {
  const { t, center, state } = view;
  const programs = center.programs ?? [];
  return html`
    <fieldset>
      <legend>${c.programLegend}</legend>
      ${programs.length
        ? html`<div class="field">
            <label for="${view.id}-program">${t.programTrack}</label>
            <select id="${view.id}-program" @change=${(event: Event) => view.chooseProgram((event.target as HTMLSelectElement).value)}>
              <option value="">${t.programCustom}</option>
              ${programs.map(
                (p, i) => html`<option value=${String(i)} lang=${view.centerLang ?? nothing} ?selected=${state.track ? state.track === String(i) : String(p.weeks) === state.weeks && String(p.hoursPerWeek) === state.hoursPerWeek}>${p.name}</option>`,
              )}
            </select>
          </div>`
        : nothing}
      <div class="row">
        ${textField(view, 'weeks', t.weeks, NUMBER)} ${textField(view, 'hoursPerWeek', t.hoursPerWeek, { inputmode: 'decimal' })}
        ${textField(view, 'daysPerWeek', c.daysPerWeek, NUMBER)}
      </div>
      ${textField(view, 'startDate', t.startDate, { type: 'date' })}
    </fieldset>
  `;
}

/** Whether any of these fields holds something: a folded part opens on what it holds. */
const holds = (view: FormView, fields: readonly FieldName[]) => fields.some((field) => String(view.state[field] ?? '').trim() !== '');

/** A group of fields under its legend. */
function group(legend: string, content: TemplateResult): TemplateResult {
  return html`<fieldset><legend>${legend}</legend>${content}</fieldset>`;
}

/**
 * A group most scenarios leave empty, folded until opened or filled: its summary names the group (for a screen
 * reader, once: no legend repeating it).
 */
function folded(view: FormView, key: string, summary: string, fields: readonly FieldName[], content: TemplateResult): TemplateResult {
  const id = `${view.id}-fold-${key}`;
  return html`<details class="more-terms" ?open=${holds(view, fields)}>
    <summary id=${id}>${summary}</summary>
    <div class="folded-group" role="group" aria-labelledby=${id}>${content}</div>
  </details>`;
}

const IN_NETWORK: FieldName[] = ['deductible', 'deductibleMet', 'coinsurancePercent', 'copayPerUnit', 'oopMax', 'oopMet'];
const OUT_OF_NETWORK: FieldName[] = ['oonDeductible', 'oonDeductibleMet', 'oonCoinsurance', 'oonCopay', 'oonOopMax', 'oonOopMet', 'outOfNetworkAllowedPerUnit'];
const FAMILY: FieldName[] = ['familyDeductible', 'familyDeductibleMet', 'familyOopMax', 'familyOopMet'];
const OON_FAMILY: FieldName[] = ['oonFamilyDeductible', 'oonFamilyDeductibleMet', 'oonFamilyOopMax', 'oonFamilyOopMet'];
const LIMITS: FieldName[] = ['planYearStart', 'coveredDaysPerYear', 'coveredDaysUsed'];

/**
 * The plan's terms for the network the scenario uses, open; the other network's, the family limits and the
 * plan year's limits folded, since most benefit checks leave them empty (open when they hold something).
 */
function networkTerms(view: FormView, c: CounselorMessages): TemplateResult {
  const { t, state } = view;
  const out = state.network === 'out';
  const inNetwork = html`
    <div class="row">
      ${textField(view, 'deductible', t.deductible, MONEY)} ${textField(view, 'deductibleMet', t.deductibleMet, MONEY)}
      ${textField(view, 'coinsurancePercent', t.coinsurance, { inputmode: 'decimal' })} ${textField(view, 'copayPerUnit', t.copay, MONEY)}
      ${textField(view, 'oopMax', t.oopMax, MONEY)} ${textField(view, 'oopMet', t.oopMet, MONEY)}
    </div>
    ${yesNo(view, 'copayBeforeDeductible', c.copayBeforeDeductible)}
  `;
  const outOfNetwork = html`
    <div class="row">
      ${textField(view, 'oonDeductible', t.deductible, MONEY)} ${textField(view, 'oonDeductibleMet', t.deductibleMet, MONEY)}
      ${textField(view, 'oonCoinsurance', t.coinsurance, { inputmode: 'decimal' })} ${textField(view, 'oonCopay', t.copay, MONEY)}
      ${state.oonNoMax ? nothing : html`${textField(view, 'oonOopMax', t.oopMax, MONEY)} ${textField(view, 'oonOopMet', t.oopMet, MONEY)}`}
      ${textField(view, 'outOfNetworkAllowedPerUnit', c.oonAllowed, MONEY)}
    </div>
    ${yesNo(view, 'oonNoMax', t.oonNoMax)} ${yesNo(view, 'oonShared', t.oonShared)}
  `;
  const limits = html`
    <div class="row">
      ${textField(view, 'planYearStart', c.planYearStart)}
      ${textField(view, 'coveredDaysPerYear', t.coveredDaysPerYear, NUMBER)} ${textField(view, 'coveredDaysUsed', t.coveredDaysUsed, NUMBER)}
    </div>
  `;
  return html`
    ${out ? group(c.outOfNetworkLegend, outOfNetwork) : group(c.inNetworkLegend, inNetwork)}
    ${out ? folded(view, 'in', c.inNetworkLegend, IN_NETWORK, inNetwork) : folded(view, 'out', c.outOfNetworkLegend, OUT_OF_NETWORK, outOfNetwork)}
    ${folded(view, 'family', c.familyLegend, FAMILY, familyLimits(view, ''))}
    ${folded(view, 'oon-family', c.oonFamilyLegend, OON_FAMILY, familyLimits(view, 'oon'))}
    ${folded(view, 'limits', c.limitsLegend, LIMITS, limits)}
  `;
}

function familyLimits(view: FormView, network: '' | 'oon'): TemplateResult {
  const { t } = view;
  const key = <K extends string>(name: K) => (network ? `oonFamily${name}` : `family${name}`) as `family${K}`;
  return html`
    ${selectField(view, key('Kind'), t.familyKind, [['embedded', t.familyKinds.embedded], ['aggregate', t.familyKinds.aggregate]])}
    <div class="row">
      ${textField(view, key('Deductible'), t.familyDeductible, MONEY)} ${textField(view, key('DeductibleMet'), t.familyMet, MONEY)}
      ${textField(view, key('OopMax'), t.familyOopMax, MONEY)} ${textField(view, key('OopMet'), t.familyMet, MONEY)}
    </div>
  `;
}

function household(view: FormView, c: CounselorMessages): TemplateResult {
  const { t } = view;
  return html`
    <fieldset>
      <legend>${c.householdLegend}</legend>
      <div class="row">
        ${textField(view, 'householdSize', t.householdSize, NUMBER)} ${textField(view, 'annualIncome', t.annualIncome, MONEY)}
        ${selectField(view, 'state', t.state, [['', t.chooseState], ...STATES.map((code): [string, string] => [code, code])])}
      </div>
    </fieldset>
  `;
}

function payment(view: FormView, c: CounselorMessages): TemplateResult | typeof nothing {
  const { t, center } = view;
  if (!center.paymentPlan) return nothing;
  return html`
    <fieldset>
      <legend>${c.paymentLegend}</legend>
      <div class="row">
        ${textField(view, 'months', t.paymentMonths, NUMBER)} ${textField(view, 'downPayment', t.downPayment, MONEY)}
        ${textField(view, 'monthlyBudget', t.monthlyBudget, MONEY)} ${textField(view, 'aprPercent', c.aprPercent, { inputmode: 'decimal' })}
      </div>
      ${yesNo(view, 'paidInFull', c.paidInFull)}
    </fieldset>
  `;
}

export function renderScenarioForm(view: FormView, c: CounselorMessages): TemplateResult {
  const networks = hasNetworks(view.state) && !view.state.selfPay;
  return html`
    <form class="scenario-form" @submit=${(event: Event) => event.preventDefault()} novalidate>
      ${coverage(view, c)} ${program(view, c)} ${networks ? networkTerms(view, c) : nothing} ${household(view, c)} ${payment(view, c)}
    </form>
  `;
}
