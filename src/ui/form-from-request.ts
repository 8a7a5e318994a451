// The form for a request: a shared link or file, or a counselor's scenario. The inverse of toRequest, in
// a module of its own because only pages that open a shared estimate (or counselor mode) need it.
import { networkFor } from '../core/claims/rates.ts';
import { separateNetworks } from '../core/compare.ts';
import type { CenterConfig } from '../core/center/center-config.ts';
import type { EstimateRequest } from '../core/schemas.ts';
import { initialState, type FormState } from './form-state.ts';

/**
 * The form for a request (a shared link or file, a counselor's scenario): the inverse of toRequest. The
 * plan's numbers are split into in- and out-of-network terms first, as the comparison does, so that
 * numbers that described the out-of-network terms stay out-of-network terms (RULES.md §5).
 */
export function fromRequest(request: EstimateRequest, center: CenterConfig, today: string): FormState {
  const text = (value: string | number | null | undefined) => (value === undefined || value === null ? '' : String(value));
  const { program, household, paymentPlan } = request;
  const planType = request.coverage.planType;
  const networked = planType === 'private' || planType === 'aca' || (planType === 'medicare' && request.coverage.medicarePlan === 'advantage');
  const c = networked ? (separateNetworks(request.coverage, center) as EstimateRequest['coverage']) : request.coverage;
  const oon = c.outOfNetwork ?? {};
  const planNumbers = [c.deductible, c.deductibleMet, c.coinsurancePercent, c.oopMax, c.oopMet, c.family, c.copayBeforeDeductible, c.coveredDaysPerYear, c.coveredDaysUsed, ...Object.values(oon)];
  return {
    ...initialState(today),
    planType,
    selfPay: c.selfPay === true,
    payer: c.payer ?? '',
    network: networked ? networkFor(c, center) : 'in',
    outOfNetworkCovered: c.outOfNetworkCovered !== false,
    metal: c.metal ?? '',
    medicarePlan: c.medicarePlan ?? 'original',
    supplement: c.supplement ?? 'none',
    weeks: text(program.weeks),
    hoursPerWeek: text(program.hoursPerWeek),
    daysPerWeek: text(program.daysPerWeek),
    track: text(program.track),
    startDate: program.startDate ?? today,
    knowsPlan: planNumbers.some((value) => value !== undefined) || (networked && c.copayPerUnit !== undefined),
    deductible: text(c.deductible),
    deductibleMet: text(c.deductibleMet),
    coinsurancePercent: text(c.coinsurancePercent),
    copayPerUnit: text(c.copayPerUnit),
    copayBeforeDeductible: c.copayBeforeDeductible === true,
    oopMax: text(c.oopMax),
    oopMet: text(c.oopMet),
    planYearStart: c.planYearStart ?? '',
    outOfNetworkAllowedPerUnit: text(c.outOfNetworkAllowedPerUnit),
    oonDeductible: text(oon.deductible),
    oonDeductibleMet: text(oon.deductibleMet),
    oonCoinsurance: text(oon.coinsurancePercent),
    oonCopay: text(oon.copayPerUnit),
    oonOopMax: text(oon.oopMax),
    oonOopMet: text(oon.oopMet),
    oonNoMax: oon.oopMax === null,
    oonShared: oon.accumulators === 'shared',
    familyKind: c.family?.kind ?? 'embedded',
    familyDeductible: text(c.family?.deductible),
    familyDeductibleMet: text(c.family?.deductibleMet),
    familyOopMax: text(c.family?.oopMax),
    familyOopMet: text(c.family?.oopMet),
    oonFamilyKind: oon.family?.kind ?? 'embedded',
    oonFamilyDeductible: text(oon.family?.deductible),
    oonFamilyDeductibleMet: text(oon.family?.deductibleMet),
    oonFamilyOopMax: text(oon.family?.oopMax),
    oonFamilyOopMet: text(oon.family?.oopMet),
    coveredDaysPerYear: text(c.coveredDaysPerYear),
    coveredDaysUsed: text(c.coveredDaysUsed),
    priorAuthorization: c.priorAuthorization ?? '',
    householdSize: text(household?.size),
    annualIncome: text(household?.annualIncome),
    state: household?.state ?? '',
    parent: household?.parent === true,
    months: text(paymentPlan?.months),
    monthlyBudget: text(paymentPlan?.monthlyBudget),
    paymentBy: paymentPlan?.monthlyBudget !== undefined ? 'budget' : 'months',
    downPayment: text(paymentPlan?.downPayment),
    aprPercent: text(paymentPlan?.aprPercent),
    paidInFull: request.paidInFull === true,
  };
}

