// RULES.md §2: each service day's gross charge and the amount the payer allows for it, at a rate per unit
// (which rate applies: rates.ts).
import type Decimal from 'decimal.js';
import { min, money, toCents, ZERO } from '../money.ts';
import type { CenterConfig } from '../center/center-config.ts';
import type { ServiceDay } from './units.ts';

export interface PricedDay extends ServiceDay {
  /** The center's chargemaster price for the day's units. */
  charge: Decimal;
  /** What the payer recognizes: the base for deductible, coinsurance and the plan's payment. */
  allowed: Decimal;
  /** Out of network: charge - allowed, owed on top of cost sharing. */
  balanceBilled: Decimal;
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
