// In network, out of network and self-pay side by side, for the same program and person.
import { networkFor } from './claims/rates.ts';
import { estimate, EXAMPLE_CENTER, parseCenterConfig, type EstimateOptions } from './estimate.ts';
import { money } from './money.ts';
import { advantageOutOfNetwork } from './coverage/medicare-advantage.ts';
import { selfPayLimitedBy, selfPayLimitWarning } from './center/participation.ts';
import type { CenterConfig } from './center/center-config.ts';
import type { Coverage, EstimateRequest, EstimateRequestInput, EstimateResult, Warning } from './schemas.ts';

export type OptionKind = 'in-network' | 'out-of-network' | 'self-pay';

export interface ComparedOption {
  kind: OptionKind;
  result: EstimateResult;
}

export interface Comparison {
  options: ComparedOption[];
  /** The option with the lowest total for the person (the high end of a range); ties go to the first. */
  cheapest: OptionKind;
  /**
   * The option that costs the person least whatever the unknown plan numbers turn out to be: its total (the high
   * end of its range) is at most every other option's low end. Absent when the ranges overlap (RULES.md §17).
   */
  lowest?: OptionKind;
  /** Self-pay is left out: the center takes this person's Medicare or Medicaid, which rules it out (RULES.md §13, §17). */
  selfPayNotOffered?: Warning;
}

/**
 * The ways this person could pay for the program. Plans with networks get in and out of network; every
 * insured person also gets self-pay, which can be cheaper than a high deductible. Null for a bad request.
 */
export function compareOptions(request: EstimateRequestInput, center?: unknown, options?: EstimateOptions): Comparison | null {
  const { paymentPlan: _ignored, ...base } = request;
  const coverage = base.coverage;
  const parsed = parseCenterConfig(center ?? EXAMPLE_CENTER);
  const limitedBy = parsed.ok ? selfPayLimitedBy(request as EstimateRequest, parsed.center) : null;
  const hasNetworks = coverage.planType === 'aca' || coverage.planType === 'private' || (coverage.planType === 'medicare' && coverage.medicarePlan === 'advantage');
  const variants: [OptionKind, EstimateRequestInput][] = [];
  if (coverage.planType !== 'uninsured') {
    const insured = { ...base, coverage: { ...coverage, selfPay: false } };
    if (hasNetworks) {
      const split = { ...insured, coverage: splitNetworks(insured.coverage, parsed.ok ? parsed.center : null) };
      variants.push(['in-network', { ...split, coverage: { ...split.coverage, network: 'in' } }]);
      const outOfNetwork = { ...split, coverage: { ...split.coverage, network: 'out' as const } };
      // Medicare Advantage out of network is priced at the center's Original Medicare rate: none set, no row.
      if (!parsed.ok || parsed.center.medicare || !advantageOutOfNetwork(outOfNetwork as EstimateRequest, parsed.center)) variants.push(['out-of-network', outOfNetwork]);
    } else {
      variants.push(['in-network', insured]);
    }
  }
  if (!limitedBy) variants.push(['self-pay', { ...base, coverage: { ...coverage, selfPay: true } }]);

  const compared: ComparedOption[] = [];
  for (const [kind, variant] of variants) {
    const outcome = estimate(variant, center, options);
    if (!outcome.ok) return null;
    compared.push({ kind, result: outcome.result });
  }
  const cheapest = compared.reduce((best, option) => (money(option.result.patient.total).lessThan(best.result.patient.total) ? option : best));
  const lowEnd = (result: EstimateResult) => money(result.range?.low ?? result.patient.total);
  const lowest = compared.find((option) => compared.every((other) => other === option || money(option.result.patient.total).lessThanOrEqualTo(lowEnd(other.result))));
  return { options: compared, cheapest: cheapest.kind, ...(lowest && compared.length > 1 ? { lowest: lowest.kind } : {}), ...(limitedBy && parsed.ok ? { selfPayNotOffered: selfPayLimitWarning(limitedBy, parsed.center) } : {}) };
}

type CoverageInput = EstimateRequestInput['coverage'];

/**
 * The request's plan numbers as in-network and out-of-network terms (RULES.md §5, §17): without
 * `outOfNetwork`, the flat numbers are the terms of the network the request is in, and the other network's
 * terms are unknown. One network's numbers are never lent to the other.
 */
export function separateNetworks(coverage: CoverageInput, center: unknown): CoverageInput {
  const parsed = parseCenterConfig(center ?? EXAMPLE_CENTER);
  return splitNetworks(coverage, parsed.ok ? parsed.center : null);
}

/** separateNetworks for a center already checked (null: one that is not valid, where "in" is assumed). */
function splitNetworks(coverage: CoverageInput, center: CenterConfig | null): CoverageInput {
  if (coverage.outOfNetwork) return coverage;
  const named = coverage.network ?? (center ? networkFor(coverage as Coverage, center) : 'in');
  if (named === 'in') return { ...coverage, outOfNetwork: {} };
  const { deductible, deductibleMet, coinsurancePercent, copayPerUnit, oopMax, oopMet, family, ...rest } = coverage;
  return { ...rest, outOfNetwork: { deductible, deductibleMet, coinsurancePercent, copayPerUnit, oopMax, oopMet, family } };
}
