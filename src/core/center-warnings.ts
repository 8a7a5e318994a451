// What is unusual in a valid center configuration, for `npm run check-config` and the browser console:
// nothing here stops an estimate, but each is worth a look before the file goes live.
import { money } from './money.ts';
import type { CenterConfig } from './schemas.ts';

export interface ConfigWarning {
  field: string;
  value: unknown;
  message: string;
}

export function centerWarnings(center: CenterConfig): ConfigWarning[] {
  const warnings: ConfigWarning[] = [];
  const charge = money(center.rates.chargePerUnit);
  const aboveCharge = (field: string, amount: string | number) => {
    if (money(amount).greaterThan(charge)) {
      warnings.push({ field, value: amount, message: `is above the gross charge (rates.chargePerUnit, ${center.rates.chargePerUnit}): a plan seldom allows more than is billed, and estimates cap it at the charge` });
    }
  };
  aboveCharge('rates.inNetworkPerUnit', center.rates.inNetworkPerUnit);
  center.rates.negotiated?.forEach((rate, i) => aboveCharge(`rates.negotiated.${i}.perUnit`, rate.perUnit));
  // Medicare and Medicaid have rates of their own (medicare, medicaid); other payers need a negotiated one.
  const withRate = new Set((center.rates.negotiated ?? []).map((rate) => rate.payer.trim().toLowerCase()));
  center.inNetworkPayers?.forEach((payer, i) => {
    const name = payer.trim().toLowerCase();
    if (name === 'medicare' || name === 'medicaid' || withRate.has(name)) return;
    warnings.push({ field: `inNetworkPayers.${i}`, value: payer, message: `has no rate in rates.negotiated: its estimates use the default in-network rate (${center.rates.inNetworkPerUnit})` });
  });
  return warnings;
}
