// From the IOP rates a hospital's price file holds (price-file.ts) to the start of a center configuration: what
// the file can say (name, address, billing unit and codes, gross charge, cash price, payers' negotiated rates),
// and, in words, what was used, what was not and why, and what only the center can add.
import { formatAmount, money, toCents } from '../core/money.ts';
import type { IopRate, PriceFileReport, UnitHint } from './types.ts';

type PlanType = 'aca' | 'private' | 'medicare';

export interface NegotiatedRate {
  payer: string;
  plan?: string;
  planTypes?: PlanType[];
  perUnit: string;
}

/** The configuration as far as the file goes: fields it cannot fill are left out, so check-config names them. */
export interface CenterSkeleton {
  name: string;
  address?: { street: string; city: string; state: string; postalCode: string };
  billing: { unit: UnitHint; codes: string[] };
  rates: {
    chargePerUnit?: string;
    inNetworkPerUnit?: string;
    negotiated?: NegotiatedRate[];
    selfPayPerUnit?: string;
  };
  inNetworkPayers?: string[];
  medicaid?: { perUnit: string };
}

export interface ImportResult {
  config: CenterSkeleton;
  /** Each line: where in the file, what, and the field it went to. */
  used: string[];
  /** Each line: where in the file, what, and why it was not used. */
  notUsed: string[];
  /** What the center has to add or check, by field. */
  toFill: string[];
}

/** Codes whose definition fixes the unit: S9480 is per diem, and so are the IOP per-diem APCs. */
function impliedUnit(rate: IopRate): UnitHint | null {
  if (rate.unit) return rate.unit;
  const perDiem = rate.codes.some(({ code, type }) => code.toUpperCase() === 'S9480' || (/apc/i.test(type) && /^58[56][12]$/.test(code)));
  return perDiem ? 'day' : null;
}

/** "S9480", "0905": revenue codes as four digits, as claims write them. */
function billingCode({ code, type }: { code: string; type: string }): string {
  const trimmed = code.trim().toUpperCase();
  return /^r/i.test(type.trim()) && /^\d{1,4}$/.test(trimmed) ? trimmed.padStart(4, '0') : trimmed;
}

/** A plan's kind of coverage when its name says it; otherwise the rate is for every kind. */
function planTypesOf(plan: string | undefined): PlanType[] | undefined {
  if (!plan) return undefined;
  if (/medicare/i.test(plan)) return ['medicare'];
  if (/marketplace|exchange|\baca\b|affordable care/i.test(plan)) return ['aca'];
  return undefined;
}

const isMedicaid = (rate: IopRate) => /medicaid/i.test(`${rate.payer ?? ''} ${rate.plan ?? ''}`);

/** The value most rates carry (first seen wins a tie), and the others with where they were seen. */
function mostCommon(values: { value: string; where: string }[]): { value: string; others: { value: string; where: string }[] } | null {
  if (values.length === 0) return null;
  const counts = new Map<string, number>();
  for (const { value } of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const best = [...counts.entries()].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  return { value: best, others: values.filter(({ value }) => value !== best) };
}

/** The middle rate, or half-way between the two middle ones rounded half-up to the cent. */
function median(amounts: string[]): string {
  const sorted = amounts.map(money).sort((a, b) => a.comparedTo(b));
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[middle]! : toCents(sorted[middle - 1]!.plus(sorted[middle]!).dividedBy(2));
  return formatAmount(value);
}

/** What the street may not hold: it is one line. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;
/** What follows the last comma: "ST 12345", "ST. 12345-6789". */
const STATE_AND_ZIP = /^([A-Za-z]{2})\.?\s+(\d{5}(?:-\d{4})?)$/;

/**
 * "street, city, ST 12345" as price files write addresses; null when it does not read that way. The street may
 * hold commas ("100 Main St, Suite 5"): the city is between the last two commas. Cut at those commas rather
 * than matched by one pattern: /^\s*(.+?),\s*([^,]+?),\s*.../ let its spaces be taken by two parts of the pattern
 * in every way, seconds for a 200 KB address of spaces.
 */
function readAddress(text: string): CenterSkeleton['address'] | null {
  const address = text.trim();
  const last = address.lastIndexOf(',');
  const before = last > 0 ? address.lastIndexOf(',', last - 1) : -1;
  if (before <= 0) return null;
  const street = address.slice(0, before);
  const city = address.slice(before + 1, last).trimStart();
  const end = STATE_AND_ZIP.exec(address.slice(last + 1).trimStart());
  if (!end || city === '' || LINE_BREAK.test(street)) return null;
  return { street, city, state: end[1]!.toUpperCase(), postalCode: end[2]! };
}

/** The object without its undefined fields, so it equals what its JSON says. */
function withoutAbsent<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

const unitWord = (unit: UnitHint) => (unit === 'day' ? 'a day' : 'an hour');
const payerPlan = (rate: IopRate) => [rate.payer, rate.plan].filter(Boolean).join(' | ');

/** What a negotiated charge is in dollars a unit: its dollar amount, or the estimated amount a v2 file gives. */
function dollars(rate: IopRate): { amount: string; from?: string } | null {
  const charge = rate.negotiated;
  if (!charge) return null;
  if (charge.kind === 'dollar') return { amount: charge.amount };
  if (charge.estimatedAmount === undefined) return null;
  const what = charge.kind === 'percentage' ? `${charge.percent}%` : `the algorithm "${charge.text}"`;
  return { amount: charge.estimatedAmount, from: `the file's estimated amount for ${what}` };
}

function notInDollars(rate: IopRate): string {
  const charge = rate.negotiated!;
  const what = charge.kind === 'percentage' ? `${charge.percent}% (a percentage)` : `"${charge.kind === 'algorithm' ? charge.text : ''}" (an algorithm)`;
  const allowed = rate.allowedAmounts?.median ? `; the median allowed amount was ${rate.allowedAmounts.median}${rate.allowedAmounts.count ? ` (${rate.allowedAmounts.count} claims)` : ''}` : '';
  return `${rate.where}: ${payerPlan(rate)} pays ${what}, with no estimated amount in the file${allowed}: not turned into dollars; add its rate ${unitWord(rate.unit ?? 'day')} to rates.negotiated if you know it`;
}

export function centerSkeleton(report: PriceFileReport): ImportResult {
  const used: string[] = [];
  const notUsed: string[] = [];
  const toFill: string[] = [];

  // The configuration bills one unit: the one most of the file's IOP rates are for (per diem on a tie).
  const units = report.rates.map(impliedUnit);
  const days = units.filter((unit) => unit === 'day').length;
  const hours = units.filter((unit) => unit === 'hour').length;
  const unit: UnitHint = hours > days ? 'hour' : 'day';
  const rates: IopRate[] = [];
  report.rates.forEach((rate, i) => {
    const rateUnit = units[i];
    if (rateUnit === unit) rates.push(rate);
    else if (rateUnit === null) notUsed.push(`${rate.where}: "${rate.description}": the file does not say whether it is per day or per hour`);
    else notUsed.push(`${rate.where}: "${rate.description}" is per ${rateUnit}; this configuration bills per ${unit}`);
  });

  const config: CenterSkeleton = {
    name: report.hospital.name ?? '',
    billing: { unit, codes: [...new Set(rates.flatMap((rate) => rate.codes.map(billingCode)))] },
    rates: {},
  };
  if (!report.hospital.name) toFill.push('name: the file gives no hospital name; write your center\'s');

  const [firstAddress] = report.hospital.addresses;
  const address = firstAddress ? readAddress(firstAddress) : null;
  if (address) config.address = address;
  else toFill.push(`address: ${firstAddress ? `"${firstAddress}" does not read as street, city, state and ZIP code` : 'the file gives none'}; write it as street, city, state and postalCode`);
  if (report.hospital.addresses.length > 1) toFill.push(`address: the file names ${report.hospital.addresses.length} locations; the first is used, so check it is where the program is given`);

  // The gross charge and the cash price are the item's, the same in every payer's row: take the one most rows carry.
  for (const [field, key, label] of [
    ['chargePerUnit', 'gross', 'gross charge'],
    ['selfPayPerUnit', 'discountedCash', 'discounted cash price'],
  ] as const) {
    const found = mostCommon(rates.flatMap((rate) => (rate[key] === undefined ? [] : [{ value: rate[key], where: rate.where }])));
    if (!found) {
      toFill.push(`rates.${field}: the file gives no ${label} ${unitWord(unit)} for IOP; write yours`);
      continue;
    }
    config.rates[field] = found.value;
    used.push(`${label}: ${found.value} ${unitWord(unit)} -> rates.${field}`);
    for (const other of found.others) notUsed.push(`${other.where}: another ${label}, ${other.value}: the configuration has one`);
  }

  // Negotiated rates: one for each payer and plan, in dollars a unit.
  const negotiated: NegotiatedRate[] = [];
  const medicaid: { amount: string; where: string }[] = [];
  const payers: string[] = [];
  for (const rate of rates) {
    if (!rate.payer || !rate.negotiated) continue;
    if (!payers.includes(rate.payer)) payers.push(rate.payer);
    const amount = dollars(rate);
    if (!amount) {
      notUsed.push(notInDollars(rate));
      continue;
    }
    const from = amount.from ? ` (${amount.from})` : '';
    if (isMedicaid(rate)) {
      medicaid.push({ amount: amount.amount, where: rate.where });
      continue;
    }
    const same = negotiated.find((known) => known.payer === rate.payer && known.plan === rate.plan);
    if (same) {
      if (same.perUnit !== amount.amount) notUsed.push(`${rate.where}: another rate for ${payerPlan(rate)}, ${amount.amount}: the first one found, ${same.perUnit}, is used`);
      continue;
    }
    const planTypes = planTypesOf(rate.plan);
    negotiated.push({ payer: rate.payer, ...(rate.plan ? { plan: rate.plan } : {}), ...(planTypes ? { planTypes } : {}), perUnit: amount.amount });
    used.push(`${rate.where}: ${payerPlan(rate)} ${amount.amount} ${unitWord(unit)}${from} -> rates.negotiated${planTypes ? ` for ${planTypes.join(', ')} coverage` : ''}`);
  }
  if (negotiated.length) config.rates.negotiated = negotiated;
  if (payers.length) {
    config.inNetworkPayers = payers;
    used.push(`payers with a negotiated charge: ${payers.join(', ')} -> inNetworkPayers`);
  }

  // A payer whose plans pay differently needs planTypes on each rate, or every plan gets the first one.
  for (const payer of new Set(negotiated.map((rate) => rate.payer))) {
    const plans = negotiated.filter((rate) => rate.payer === payer && !rate.planTypes);
    if (new Set(plans.map((rate) => rate.perUnit)).size > 1) {
      toFill.push(`rates.negotiated: ${payer}'s plans ${plans.map((rate) => `${rate.plan ?? '(no plan name)'} (${rate.perUnit})`).join(', ')} pay differently: add planTypes (aca, private, medicare) to each, or estimates use the first for every plan`);
    }
  }

  if (medicaid.length) {
    const found = mostCommon(medicaid.map(({ amount, where }) => ({ value: amount, where })))!;
    config.medicaid = { perUnit: found.value };
    used.push(`Medicaid: ${found.value} ${unitWord(unit)} -> medicaid.perUnit`);
    for (const other of found.others) notUsed.push(`${other.where}: another Medicaid rate, ${other.value}: the configuration has one`);
  }

  // The default in-network rate, for in-network payers with no rate of their own: the middle of the commercial rates.
  const commercial = negotiated.filter((rate) => !rate.planTypes?.includes('medicare')).map((rate) => rate.perUnit);
  if (commercial.length) {
    config.rates.inNetworkPerUnit = median(commercial);
    used.push(`the median of ${commercial.length} commercial rate${commercial.length === 1 ? '' : 's'}: ${config.rates.inNetworkPerUnit} -> rates.inNetworkPerUnit (change it to your usual contract rate if that differs)`);
  } else {
    toFill.push('rates.inNetworkPerUnit: the file gives no negotiated dollar rate; write what in-network plans usually allow');
  }

  // Fields in the order the README's table gives them.
  const { chargePerUnit, inNetworkPerUnit, negotiated: byPayer, selfPayPerUnit } = config.rates;
  const ordered: CenterSkeleton = {
    name: config.name,
    ...(config.address ? { address: config.address } : {}),
    billing: config.billing,
    rates: withoutAbsent({ chargePerUnit, inNetworkPerUnit, negotiated: byPayer, selfPayPerUnit }),
    ...(config.inNetworkPayers ? { inNetworkPayers: config.inNetworkPayers } : {}),
    ...(config.medicaid ? { medicaid: config.medicaid } : {}),
  };
  toFill.push(
    'rates.outOfNetworkAllowedPercent: what out-of-network plans usually allow, as a percentage of the gross charge (price files do not say)',
    'contact.phone (and contact.url): where a person calls to talk about cost; shown when an estimate cannot be made',
    'slidingScale: your discount bands by household income, if you have them',
    'paymentPlan and programs: your payment-plan terms and program tracks, if you offer them',
  );
  return { config: ordered, used, notUsed, toFill };
}
