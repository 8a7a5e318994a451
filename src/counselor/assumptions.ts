// What a scenario assumes, as the numbers entered: printed in place of the form, which paper cannot show.
import { html, type TemplateResult } from 'lit';
import { hasYearlyLimit } from '../core/schemas.ts';
import { hasNetworks, supplementChoices, type FieldName, type FormState } from '../ui/form-state.ts';
import { formatDate, formatMoney } from '../ui/format.ts';
import type { Messages } from '../ui/messages.ts';
import type { CounselorMessages } from './counselor-messages.ts';

type Kind = 'money' | 'percent' | 'text' | 'date';

export function renderAssumptions(form: FormState, t: Messages, c: CounselorMessages, lang: string, heading: string): TemplateResult {
  const rows: [string, string][] = [];
  const add = (field: FieldName, label: string, kind: Kind = 'text') => {
    const value = String(form[field]).trim();
    if (!value) return;
    const shown = kind === 'money' && /^\d+(\.\d+)?$/.test(value.replace(/[$,]/g, ''))
      ? formatMoney(value.replace(/[$,]/g, ''), lang)
      : kind === 'percent' ? `${value}%` : kind === 'date' ? formatDate(value, lang) : value;
    rows.push([label, shown]);
  };
  const yes = (on: boolean, label: string) => on && rows.push([label, '✓']);

  if (form.planType) rows.push([t.planTypeQuestion, t.planTypes[form.planType]]);
  yes(form.selfPay && form.planType !== 'uninsured', c.selfPay);
  if (form.planType === 'medicare') rows.push([t.medicarePlan, t.medicarePlans[form.medicarePlan]]);
  if (form.planType === 'medicare' && form.medicarePlan === 'original') {
    rows.push([t.supplement, t.supplements[form.supplement]]);
    add('deductibleMet', c.partBMet, 'money');
    if (hasYearlyLimit(form.supplement)) add('oopMet', c.medigapLimitMet, 'money');
  }
  if (form.planType === 'medicare' && form.medicarePlan === 'advantage' && form.supplement !== 'none' && supplementChoices('advantage').includes(form.supplement)) {
    rows.push([t.supplementAdvantage, t.supplements[form.supplement]]);
  }
  const networks = hasNetworks(form) && !form.selfPay;
  if (networks) {
    add('payer', t.payer);
    rows.push([t.network, form.network === 'in' ? t.networkIn : t.networkOut]);
  }
  add('weeks', t.weeks);
  add('hoursPerWeek', t.hoursPerWeek);
  add('daysPerWeek', c.daysPerWeek);
  add('startDate', t.startDate, 'date');
  if (networks) {
    add('deductible', `${c.inNetworkLegend}: ${t.deductible}`, 'money');
    add('deductibleMet', `${c.inNetworkLegend}: ${t.deductibleMet}`, 'money');
    add('coinsurancePercent', `${c.inNetworkLegend}: ${t.coinsurance}`, 'percent');
    add('copayPerUnit', `${c.inNetworkLegend}: ${t.copay}`, 'money');
    add('oopMax', `${c.inNetworkLegend}: ${t.oopMax}`, 'money');
    add('oopMet', `${c.inNetworkLegend}: ${t.oopMet}`, 'money');
    yes(form.copayBeforeDeductible, c.copayBeforeDeductible);
    add('oonDeductible', `${c.outOfNetworkLegend}: ${t.deductible}`, 'money');
    add('oonDeductibleMet', `${c.outOfNetworkLegend}: ${t.deductibleMet}`, 'money');
    add('oonCoinsurance', `${c.outOfNetworkLegend}: ${t.coinsurance}`, 'percent');
    add('oonCopay', `${c.outOfNetworkLegend}: ${t.copay}`, 'money');
    if (form.oonNoMax) rows.push([c.outOfNetworkLegend, t.oonNoMax]);
    else add('oonOopMax', `${c.outOfNetworkLegend}: ${t.oopMax}`, 'money');
    yes(form.oonShared, t.oonShared);
    add('outOfNetworkAllowedPerUnit', c.oonAllowed, 'money');
    add('familyDeductible', `${c.familyLegend}: ${t.familyDeductible}`, 'money');
    add('familyDeductibleMet', `${c.familyLegend}: ${t.familyMet}`, 'money');
    add('familyOopMax', `${c.familyLegend}: ${t.familyOopMax}`, 'money');
    add('oonFamilyDeductible', `${c.oonFamilyLegend}: ${t.familyDeductible}`, 'money');
    add('oonFamilyOopMax', `${c.oonFamilyLegend}: ${t.familyOopMax}`, 'money');
    add('planYearStart', c.planYearStart);
    add('coveredDaysPerYear', t.coveredDaysPerYear);
    add('coveredDaysUsed', t.coveredDaysUsed);
  }
  if (form.priorAuthorization) rows.push([c.priorAuthorization, c.priorAuthorizations[form.priorAuthorization]]);
  add('householdSize', t.householdSize);
  add('annualIncome', t.annualIncome, 'money');
  add('state', t.state);
  add('months', t.paymentMonths);
  add('downPayment', t.downPayment, 'money');
  add('monthlyBudget', t.monthlyBudget, 'money');
  yes(form.paidInFull, c.paidInFull);
  return html`
    <section class="assumptions">
      <h4>${heading}</h4>
      <dl>${rows.map(([label, value]) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`)}</dl>
    </section>
  `;
}
