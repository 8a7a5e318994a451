// RULES.md §19: the center's own ways to pay besides its prices (its configuration's `assistance`): state-funded
// treatment, scholarships and financing partners, each matched against what the person has said. Options only:
// nothing here changes the estimate's total.
import type Decimal from 'decimal.js';
import type { CenterConfig } from '../center/center-config.ts';
import { formatAmount, min, money, percentOf, toCents } from '../money.ts';
import type { EstimateRequest } from '../schemas.ts';

/** Why a person may not qualify: the state they live in, their income, their coverage, or the program track. */
export type Unmet = 'state' | 'income' | 'coverage' | 'track';

export interface StateFundedFinding {
  name: string;
  note?: string;
  /** The person may qualify: nothing they said rules it out. */
  mayQualify: boolean;
  /** What rules it out; `unknown` what was not said that it depends on (the state, the income). */
  unmet: Unmet[];
  unknown: ('state' | 'income')[];
  /** Qualifying as underinsured (the person has insurance). */
  asUnderinsured: boolean;
}

export interface ScholarshipFinding {
  name: string;
  conditions?: string;
  mayQualify: boolean;
  unmet: Unmet[];
  unknown: ('income')[];
  /** Off the person's self-pay total, to the cent: its amount (at most the total) or its percent of it. */
  off: string;
  /** The total it would leave. */
  totalAfter: string;
}

export interface FinancingFinding {
  name: string;
  url: string;
  note?: string;
}

export interface CenterAssistanceFinding {
  stateFunded: StateFundedFinding[];
  scholarships: ScholarshipFinding[];
  financing: FinancingFinding[];
}

/** The program track the request is, numbered from 1 as `tracks` counts them: same weeks and hours a week. */
function trackNumbers(center: CenterConfig, request: EstimateRequest): number[] {
  return (center.programs ?? []).flatMap((program, i) =>
    program.weeks === request.program.weeks && program.hoursPerWeek === request.program.hoursPerWeek ? [i + 1] : [],
  );
}

/**
 * The center's assistance for this person. `povertyPercent`: the household's income as a % of the guideline
 * (undefined: no household); `total`: what they would pay themselves, for a scholarship's share.
 */
export function centerAssistance(center: CenterConfig, request: EstimateRequest, povertyPercent: Decimal | undefined, total: Decimal): CenterAssistanceFinding {
  const assistance = center.assistance ?? {};
  const insured = request.coverage.planType !== 'uninsured';
  const state = request.household?.state.toUpperCase();
  const tracks = trackNumbers(center, request);
  const overIncome = (max: number | undefined) => max !== undefined && povertyPercent !== undefined && povertyPercent.greaterThan(max);
  const incomeUnknown = (max: number | undefined) => max !== undefined && povertyPercent === undefined;

  const stateFunded = (assistance.stateFunded ?? []).map((slot): StateFundedFinding => {
    const unmet: Unmet[] = [];
    const unknown: StateFundedFinding['unknown'] = [];
    const states = slot.states?.map((s) => s.toUpperCase());
    if (states && state && !states.includes(state)) unmet.push('state');
    if (states && !state) unknown.push('state');
    if (overIncome(slot.maxPovertyPercent)) unmet.push('income');
    if (incomeUnknown(slot.maxPovertyPercent)) unknown.push('income');
    if (!(slot.for ?? ['uninsured']).includes(insured ? 'underinsured' : 'uninsured')) unmet.push('coverage');
    if (slot.tracks && !slot.tracks.some((track) => tracks.includes(track))) unmet.push('track');
    return { name: slot.name, ...(slot.note ? { note: slot.note } : {}), mayQualify: unmet.length === 0, unmet, unknown, asUnderinsured: insured };
  });

  const scholarships = (assistance.scholarships ?? []).map((scholarship): ScholarshipFinding => {
    const unmet: Unmet[] = overIncome(scholarship.maxPovertyPercent) ? ['income'] : [];
    // Rounded where a bill would be: the share, to the cent, half-up; never more than the total.
    const off = min(scholarship.amount !== undefined ? money(scholarship.amount) : toCents(percentOf(total, scholarship.percent ?? 0)), total);
    return {
      name: scholarship.name,
      ...(scholarship.conditions ? { conditions: scholarship.conditions } : {}),
      mayQualify: unmet.length === 0,
      unmet,
      unknown: incomeUnknown(scholarship.maxPovertyPercent) ? ['income'] : [],
      off: formatAmount(off),
      totalAfter: formatAmount(total.minus(off)),
    };
  });

  const financing = (assistance.financing ?? []).map((lender) => ({ name: lender.name, url: lender.url, ...(lender.note ? { note: lender.note } : {}) }));
  return { stateFunded, scholarships, financing };
}
