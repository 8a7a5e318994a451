// RULES.md §2: each service day's gross charge and the amount the payer allows for it.
import type Decimal from 'decimal.js';
import { min, money, percentOf, toCents, ZERO } from '../money.ts';
import type { CenterConfig } from '../center/center-config.ts';
import type { Coverage } from '../schemas.ts';
import type { ServiceDay } from './units.ts';

export interface PricedDay extends ServiceDay {
  /** The center's chargemaster price for the day's units. */
  charge: Decimal;
  /** What the payer recognizes: the base for deductible, coinsurance and the plan's payment. */
  allowed: Decimal;
  /** Out of network: charge - allowed, owed on top of cost sharing. */
  balanceBilled: Decimal;
}

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

/** Prices every day at a per-unit allowed amount; balance billing only where `balanceBilling` is set. */
export function priceDays(days: readonly ServiceDay[], center: CenterConfig, allowedPerUnit: Decimal, balanceBilling: boolean): PricedDay[] {
  const chargePerUnit = money(center.rates.chargePerUnit);
  // Most days bill the same units: price each distinct quantity once.
  const byUnits = new Map<string, Omit<PricedDay, keyof ServiceDay>>();
  return days.map((day) => {
    const key = day.units.toString();
    let price = byUnits.get(key);
    if (!price) {
      const charge = toCents(chargePerUnit.times(day.units));
      const allowed = min(toCents(allowedPerUnit.times(day.units)), charge);
      price = { charge, allowed, balanceBilled: balanceBilling ? charge.minus(allowed) : ZERO };
      byUnits.set(key, price);
    }
    return { ...day, ...price };
  });
}

/**
 * Original Medicare pays a per diem by the day's intensity: 3 services, or 4 or more (one service per
 * hour of the day), whatever the center's billing unit. Participating centers accept it in full.
 */
export function priceMedicareDays(days: readonly ServiceDay[], center: CenterConfig, perDiem: { threeServices: Decimal; fourOrMoreServices: Decimal }): PricedDay[] {
  const chargePerUnit = money(center.rates.chargePerUnit);
  return days.map((day) => {
    const charge = toCents(chargePerUnit.times(day.units));
    const allowed = servicesThatDay(day).greaterThanOrEqualTo(4) ? perDiem.fourOrMoreServices : perDiem.threeServices;
    return { ...day, charge, allowed, balanceBilled: ZERO };
  });
}

/** One service per full hour of the day (RULES.md §10). */
export function servicesThatDay(day: ServiceDay): Decimal {
  return day.hours.floor();
}
