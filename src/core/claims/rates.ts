// RULES.md §2: which rate a payer allows per unit: the network the person is in, the center's negotiated or default
// in-network rate, and out of network the plan's, the center's figure for the payer, or its percentage of the charge.
// (Pricing the days at that rate: allowed.ts.)
import type Decimal from 'decimal.js';
import { min, money, percentOf, toCents, ZERO } from '../money.ts';
import type { CenterConfig } from '../center/center-config.ts';
import type { Coverage } from '../schemas.ts';

export type Network = 'in' | 'out';

/** The network the person is in: as given, else from the center's list of in-network payers. */
export function networkFor(coverage: Coverage, center: CenterConfig): Network {
  if (coverage.network) return coverage.network;
  if (coverage.payer && center.inNetworkPayers) {
    return center.inNetworkPayers.some((payer) => samePayer(payer, coverage.payer!)) ? 'in' : 'out';
  }
  return 'in';
}

function samePayer(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * In network: the rate negotiated with this payer for this kind of coverage (a rate for it by name, else
 * one for every kind), else the center's default in-network rate.
 */
export function inNetworkRate(center: CenterConfig, payer: string | undefined, planType: Coverage['planType']): { perUnit: Decimal; negotiated: boolean; plan?: string } {
  const rates = payer ? (center.rates.negotiated ?? []).filter((rate) => samePayer(rate.payer, payer)) : [];
  const negotiated = rates.find((rate) => rate.planTypes?.includes(planType as 'aca')) ?? rates.find((rate) => !rate.planTypes);
  return negotiated
    ? { perUnit: money(negotiated.perUnit), negotiated: true, ...(negotiated.plan ? { plan: negotiated.plan } : {}) }
    : { perUnit: money(center.rates.inNetworkPerUnit), negotiated: false };
}

/** Where an out-of-network allowed amount comes from: the plan's own figure, the center's for the payer, or its percentage. */
export type AllowedSource = 'plan' | 'payer' | 'percent';

/** Out of network: the plan's own allowed amount if known, else the center's figure for the payer, else its estimate (% of charge). */
export function outOfNetworkRate(center: CenterConfig, coverage: Coverage): { perUnit: Decimal; source: AllowedSource } {
  if (coverage.outOfNetworkCovered === false) return { perUnit: ZERO, source: 'plan' };
  const charge = money(center.rates.chargePerUnit);
  // The plan's own figure, else what the center knows this payer allows, else the center's percentage.
  const known = coverage.payer ? center.rates.outOfNetworkAllowed?.find((rate) => samePayer(rate.payer, coverage.payer!)) : undefined;
  const allowed = coverage.outOfNetworkAllowedPerUnit !== undefined
    ? money(coverage.outOfNetworkAllowedPerUnit)
    : known ? money(known.perUnit) : toCents(percentOf(charge, center.rates.outOfNetworkAllowedPercent));
  // A plan never allows more than was billed.
  return { perUnit: min(allowed, charge), source: coverage.outOfNetworkAllowedPerUnit !== undefined ? 'plan' : known ? 'payer' : 'percent' };
}
