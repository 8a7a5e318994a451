// In network, out of network and self-pay side by side, for the same program and person.
import { estimate, type EstimateOptions } from './estimate.ts';
import { money } from './money.ts';
import type { EstimateRequestInput, EstimateResult } from './schemas.ts';

export type OptionKind = 'in-network' | 'out-of-network' | 'self-pay';

export interface ComparedOption {
  kind: OptionKind;
  result: EstimateResult;
}

export interface Comparison {
  options: ComparedOption[];
  /** The option with the lowest total for the person (the high end of a range); ties go to the first. */
  cheapest: OptionKind;
}

/**
 * The ways this person could pay for the program. Plans with networks get in and out of network; every
 * insured person also gets self-pay, which can be cheaper than a high deductible. Null for a bad request.
 */
export function compareOptions(request: EstimateRequestInput, center?: unknown, options?: EstimateOptions): Comparison | null {
  const { paymentPlan: _ignored, ...base } = request;
  const coverage = base.coverage;
  const hasNetworks = coverage.planType === 'aca' || coverage.planType === 'private' || (coverage.planType === 'medicare' && coverage.medicarePlan === 'advantage');
  const variants: [OptionKind, EstimateRequestInput][] = [];
  if (coverage.planType !== 'uninsured') {
    const insured = { ...base, coverage: { ...coverage, selfPay: false } };
    if (hasNetworks) {
      variants.push(['in-network', { ...insured, coverage: { ...insured.coverage, network: 'in' } }]);
      variants.push(['out-of-network', { ...insured, coverage: { ...insured.coverage, network: 'out' } }]);
    } else {
      variants.push(['in-network', insured]);
    }
  }
  variants.push(['self-pay', { ...base, coverage: { ...coverage, selfPay: true } }]);

  const compared: ComparedOption[] = [];
  for (const [kind, variant] of variants) {
    const outcome = estimate(variant, center, options);
    if (!outcome.ok) return null;
    compared.push({ kind, result: outcome.result });
  }
  const cheapest = compared.reduce((best, option) => (money(option.result.patient.total).lessThan(best.result.patient.total) ? option : best));
  return { options: compared, cheapest: cheapest.kind };
}
