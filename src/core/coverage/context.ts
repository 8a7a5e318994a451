// What every plan type's pricing shares: the validated inputs, the warnings and figures it adds to,
// and the shape of an adjudicated service day.
import type Decimal from 'decimal.js';
import type { AdjudicatedDay, Adjudication } from '../claims/adjudicate.ts';
import { usDate } from '../dates.ts';
import { addFigure } from '../reference/figures.ts';
import { dollars, money, toCents, ZERO } from '../money.ts';
import type { InForceLookup } from '../reference/in-force.ts';
import type { ReferenceData } from '../reference/reference-data.ts';
import type { CenterConfig } from '../center/center-config.ts';
import type { EstimateRequest, EstimateResult, Figure, Warning } from '../schemas.ts';
import type { Schedule } from '../claims/units.ts';

/** One priced and adjudicated service day, whatever the plan type. */
export interface Line extends AdjudicatedDay {
  selfPay: Decimal;
  slidingScaleDiscount: Decimal;
  /** What a Medigap plan or Medicaid (for a QMB) pays of the person's Medicare cost sharing. */
  supplementPays: Decimal;
}

export interface Context {
  request: EstimateRequest;
  center: CenterConfig;
  data: ReferenceData;
  /** The reference figures in force on a date, looked up once per request (reference/in-force.ts). */
  inForce: InForceLookup;
  schedule: Schedule;
  warnings: Warning[];
  figures: Figure[];
}

export interface Priced {
  lines: Line[];
  resets: string[];
  range?: { low: Decimal; high: Decimal; typical?: { total: Decimal; plan: NonNullable<NonNullable<EstimateResult['range']>['typicalPlan']> } };
  /** Service dates when the deductible was met and the out-of-pocket maximum reached, for the week chart. */
  milestones?: { deductibleMet?: string; oopMaxReached?: string; notCoveredFrom?: string };
  slidingScale?: EstimateResult['slidingScale'];
}

export function usesSelfPay(request: EstimateRequest): boolean {
  return request.coverage.planType === 'uninsured' || request.coverage.selfPay === true;
}

export function isOriginalMedicare(request: EstimateRequest): boolean {
  return request.coverage.planType === 'medicare' && request.coverage.medicarePlan !== 'advantage';
}

export function centerSource(center: CenterConfig): string {
  return `${center.name} configuration`;
}

export function centerFigure(ctx: Context, name: string, value: Decimal): void {
  addFigure(ctx.figures, { name, value: value.toFixed(2), year: null, source: centerSource(ctx.center) });
}

export function asLines(days: readonly AdjudicatedDay[]): Line[] {
  return days.map((day) => ({ ...day, selfPay: ZERO, slidingScaleDiscount: ZERO, supplementPays: ZERO }));
}

export function unitName(ctx: Context): string {
  return ctx.center.billing.unit === 'day' ? 'day' : 'hour';
}

export function reportAdjudication(ctx: Context, resets: readonly string[], oopMaxReachedOn: string | null, network: 'in' | 'out' | null): void {
  for (const reset of resets) {
    ctx.warnings.push({
      code: 'plan-year-reset',
      message: `Your plan year starts over on ${usDate(reset)}: the deductible${network ? ' and out-of-pocket maximum start' : ' starts'} again from zero, so some costs repeat.`,
      params: { date: reset, withMaximum: network !== null },
    });
  }
  if (oopMaxReachedOn) {
    ctx.warnings.push({
      code: 'oop-max-reached',
      message: `You would reach your out-of-pocket maximum on ${usDate(oopMaxReachedOn)}; after that the plan pays the whole allowed amount for the rest of the plan year.`,
      params: { date: oopMaxReachedOn },
    });
  }
}

/** A poverty-guideline percentage for display: two places, half-up. */
export function formatPercent(percent: Decimal): string {
  return toCents(percent).toFixed(2);
}

export function milestonesOf(adjudication: Adjudication): NonNullable<Priced['milestones']> {
  return {
    ...(adjudication.deductibleMetOn ? { deductibleMet: adjudication.deductibleMetOn } : {}),
    ...(adjudication.oopMaxReachedOn ? { oopMaxReached: adjudication.oopMaxReachedOn } : {}),
    ...(adjudication.notCoveredFrom[0] ? { notCoveredFrom: adjudication.notCoveredFrom[0] } : {}),
  };
}

/**
 * What was paid toward the deductible this plan year is cost sharing, so it counts toward the out-of-pocket maximum
 * too (45 CFR 156.130; the SBC glossary): an unknown amount paid toward the maximum is the deductible paid, and a
 * smaller one typed is raised to it, with a warning naming both fields (`path`, as "coverage.family").
 */
export function oopMetAtStart(ctx: Context, deductibleMet: Decimal, oopMet: Decimal.Value | null | undefined, path: string): Decimal {
  if (oopMet === null || oopMet === undefined) return deductibleMet;
  const typed = money(oopMet);
  if (typed.greaterThanOrEqualTo(deductibleMet)) return typed;
  ctx.warnings.push({
    code: 'oop-met-below-deductible-met',
    message: `What was paid toward the out-of-pocket maximum (${path}.oopMet, ${dollars(typed)}) can't be less than what was paid toward the deductible (${path}.deductibleMet, ${dollars(deductibleMet)}), which counts toward the maximum too: the estimate uses ${dollars(deductibleMet)}.`,
    params: { oopMet: typed.toFixed(2), deductibleMet: deductibleMet.toFixed(2), field: `${path}.oopMet` },
  });
  return deductibleMet;
}
