// What is unusual in a valid center configuration, for `npm run check-config` and the browser console:
// nothing here stops an estimate, but each is worth a look before the file goes live.
import { money } from '../money.ts';
import type { CenterConfig } from './center-config.ts';

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
  // Medicare and Medicaid (and payers named for them) have rates of their own (medicare, medicaid); others need a negotiated one.
  const withRate = new Set((center.rates.negotiated ?? []).map((rate) => rate.payer.trim().toLowerCase()));
  center.inNetworkPayers?.forEach((payer, i) => {
    const name = payer.trim().toLowerCase();
    if (/\bmedic(are|aid)\b/.test(name) || withRate.has(name)) return;
    warnings.push({ field: `inNetworkPayers.${i}`, value: payer, message: `has no rate in rates.negotiated: its estimates use the default in-network rate (${center.rates.inNetworkPerUnit})` });
  });
  // What a live center needs that the file's own rules cannot demand (the example and imported files leave them out).
  if (!center.contact?.phone) {
    warnings.push({ field: 'contact.phone', value: undefined, message: 'a person whose estimate cannot be made, or who wants to talk it over, is not told whom to call' });
  }
  if (!center.slidingScale) {
    warnings.push({ field: 'slidingScale', value: undefined, message: 'people without insurance see only the self-pay price, with no discount by income' });
  }
  return warnings;
}
