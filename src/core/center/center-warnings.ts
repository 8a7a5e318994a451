// What is unusual in a valid center configuration, for `npm run check-config` and the browser console:
// nothing here stops an estimate, but each is worth a look before the file goes live.
import { money } from '../money.ts';
import type { CenterConfig } from './center-config.ts';

export interface ConfigWarning {
  field: string;
  value: unknown;
  message: string;
}

type Amount = string | number;
interface Rates {
  inNetworkPerUnit?: Amount;
  selfPayPerUnit?: Amount;
  perUnit?: Amount;
  negotiated?: { perUnit: Amount }[];
  outOfNetworkAllowed?: { perUnit: Amount }[];
}

/**
 * Rates implausible against the gross charge they are billed from: above it (a plan seldom allows more than is
 * billed), or under 5% of it: a placeholder ($1.00) or a slip, not a contract, which would estimate a 36-day
 * program at a few dollars (the price-file importer never writes one: src/import/rate-choice.ts).
 */
function rateWarnings(warnings: ConfigWarning[], prefix: string, rates: Rates, chargeField: string, chargeAmount: Amount): void {
  const charge = money(chargeAmount);
  const floor = charge.times(5).dividedBy(100);
  const check = (field: string, amount: Amount | undefined, above: boolean) => {
    if (amount === undefined) return;
    if (above && money(amount).greaterThan(charge)) {
      warnings.push({ field, value: amount, message: `is above the gross charge (${chargeField}, ${chargeAmount}): a plan seldom allows more than is billed, and estimates cap it at the charge` });
    } else if (money(amount).lessThan(floor)) {
      warnings.push({ field, value: amount, message: `is under 5% of the gross charge (${chargeField}, ${chargeAmount}): implausibly low for a day of treatment; a placeholder such as 1.00 would make every estimate that uses it wrong` });
    }
  };
  check(`${prefix}.inNetworkPerUnit`, rates.inNetworkPerUnit, true);
  rates.negotiated?.forEach((rate, i) => check(`${prefix}.negotiated.${i}.perUnit`, rate.perUnit, true));
  check(`${prefix}.selfPayPerUnit`, rates.selfPayPerUnit, false);
  rates.outOfNetworkAllowed?.forEach((rate, i) => check(`${prefix}.outOfNetworkAllowed.${i}.perUnit`, rate.perUnit, false));
  check(`${prefix}.perUnit`, rates.perUnit, false);
}

export function centerWarnings(center: CenterConfig): ConfigWarning[] {
  const warnings: ConfigWarning[] = [];
  // The center's rates against its gross charge, and each program track's own rates against the track's.
  rateWarnings(warnings, 'rates', center.rates, 'rates.chargePerUnit', center.rates.chargePerUnit);
  center.programs?.forEach(({ rates }, i) => {
    if (!rates) return;
    const own = rates.chargePerUnit !== undefined;
    rateWarnings(warnings, `programs.${i}.rates`, rates, own ? `programs.${i}.rates.chargePerUnit` : 'rates.chargePerUnit', rates.chargePerUnit ?? center.rates.chargePerUnit);
  });
  rateWarnings(warnings, 'rates', { outOfNetworkAllowed: center.rates.outOfNetworkAllowed }, 'rates.chargePerUnit', center.rates.chargePerUnit);
  if (center.medicaid) rateWarnings(warnings, 'medicaid', { perUnit: center.medicaid.perUnit }, 'rates.chargePerUnit', center.rates.chargePerUnit);
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
