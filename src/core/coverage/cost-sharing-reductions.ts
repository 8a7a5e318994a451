// RULES.md §8: legal out-of-pocket limits and silver-plan cost-sharing reductions.
import type Decimal from 'decimal.js';
import { money } from '../money.ts';
import { addFigure, addWarning, cite, figure } from '../reference/figures.ts';
import type { RequestFigures } from '../reference/in-force.ts';
import type { AcaLimitEntry } from '../reference/reference-data.ts';
import type { Figure, Warning } from '../schemas.ts';

/**
 * The legal maximum out-of-pocket for one person in network in the plan year starting `planYearStart`.
 * One person's costs are capped at the self-only limit even on a family plan (the embedded limit).
 */
export function legalOopLimit(planYearStart: string, { inForce, figures }: RequestFigures): { limit: Decimal; entry: AcaLimitEntry } {
  const entry = inForce('acaLimits', planYearStart);
  addFigure(figures, figure('ACA maximum out-of-pocket limit (self-only, in network)', money(entry.selfOnly).toFixed(2), entry));
  return { limit: money(entry.selfOnly), entry };
}

/**
 * The reduced limit of a silver cost-sharing-reduction variant for a household at `percent` of the
 * poverty guideline, or null when the household's income is outside 100-250% or no figure is known.
 */
export function costSharingReductionLimit(entry: AcaLimitEntry, percent: Decimal, figures: Figure[], warnings: Warning[]): Decimal | null {
  // CSR eligibility starts at 100% inclusive (45 CFR 155.305(g)); the first band is "100 up to 200".
  if (percent.lessThan(100) || percent.greaterThan(250)) return null;
  if (!entry.costSharingReductions) {
    addWarning(warnings, {
      code: 'figure-not-confirmed',
      message: `The lower out-of-pocket limits of silver plans with cost-sharing reductions for ${entry.year} are not confirmed in our data; the estimate uses the ordinary limit, so your real maximum is probably lower.`,
      params: { year: entry.year ?? '' },
    });
    return null;
  }
  const band = reductionBand(entry, percent);
  if (!band) return null;
  const source = entry.costSharingReductionSource ?? entry.source;
  addFigure(figures, {
    name: `Cost-sharing reduction out-of-pocket limit (${band.overPercent}-${band.upToPercent}% of poverty guideline, self-only)`,
    value: money(band.selfOnly).toFixed(2),
    year: entry.year ?? null,
    source: cite(source),
  });
  return money(band.selfOnly);
}

function reductionBand(entry: AcaLimitEntry, percent: Decimal) {
  return entry.costSharingReductions?.find((b) => percent.lessThanOrEqualTo(b.upToPercent) && (b.overPercent === 100 ? percent.greaterThanOrEqualTo(100) : percent.greaterThan(b.overPercent)));
}

/**
 * The legal maximum out-of-pocket for a whole family (other than self-only coverage) in network, reduced
 * for a silver cost-sharing-reduction variant when the household qualifies (RULES.md §6, §8).
 */
export function familyOopLimit(entry: AcaLimitEntry, csrPercent: Decimal | null, figures: Figure[]): Decimal {
  const band = csrPercent ? reductionBand(entry, csrPercent) : undefined;
  const limit = band ? band.otherThanSelfOnly : entry.otherThanSelfOnly;
  const name = band
    ? `Cost-sharing reduction out-of-pocket limit (${band.overPercent}-${band.upToPercent}% of poverty guideline, other than self-only)`
    : 'ACA maximum out-of-pocket limit (other than self-only, in network)';
  addFigure(figures, figure(name, money(limit).toFixed(2), entry, band ? (entry.costSharingReductionSource ?? entry.source) : entry.source));
  return money(limit);
}
