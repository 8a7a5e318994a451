// RULES.md §13: a household's income as a percentage of the HHS poverty guideline.
import type Decimal from 'decimal.js';
import { byDate } from '../dates.ts';
import { addFigure, addWarning, figure } from './figures.ts';
import type { RequestFigures } from './in-force.ts';
import { money } from '../money.ts';
import type { PovertyGroup, PovertyGuidelineEntry } from './reference-data.ts';
import type { Household } from '../schemas.ts';

export type StateGroup = 'contiguous' | 'alaska' | 'hawaii';

const TERRITORIES = ['PR', 'GU', 'VI', 'AS', 'MP'];

export function stateGroup(state: string): StateGroup {
  const code = state.toUpperCase();
  return code === 'AK' ? 'alaska' : code === 'HI' ? 'hawaii' : 'contiguous';
}

export interface PovertyLevel {
  /** The guideline amount for this household (100%). */
  guideline: Decimal;
  /** Exact income / guideline x 100; compare with this, display it rounded. */
  percent: Decimal;
  entry: PovertyGuidelineEntry;
}

/** The guideline (100%) for a household of `size` in a state group's table; null where the table lacks it. */
export function guidelineFor(group: PovertyGroup, size: number): Decimal | null {
  if (size === 1) return money(group.firstPerson);
  if (group.perAdditionalPerson === undefined) return null;
  return money(group.firstPerson).plus(money(group.perAdditionalPerson).times(size - 1));
}

/**
 * The household's poverty-guideline percentage on `date`. Where the year in force lacks the figure for
 * this household (an amount not confirmed from HHS), the newest earlier year that has it is used, with a warning.
 */
export function povertyLevel(household: Household, date: string, { data, inForce: lookUp, warnings, figures }: RequestFigures): PovertyLevel {
  const group = stateGroup(household.state);
  const inForce = lookUp('povertyGuidelines', date);
  if (TERRITORIES.includes(household.state.toUpperCase())) {
    addWarning(warnings, {
      code: 'territory-poverty-guidelines',
      message: 'HHS poverty guidelines do not cover U.S. territories; the figures for the 48 contiguous states are used.',
    });
  }
  let entry = inForce;
  let guideline = guidelineFor(entry[group], household.size);
  if (guideline === null) {
    const earlier = [...data.povertyGuidelines.entries]
      .filter((e) => e.inForceFrom < inForce.inForceFrom && guidelineFor(e[group], household.size) !== null)
      .sort((a, b) => byDate(b.inForceFrom, a.inForceFrom))[0];
    if (!earlier) throw new Error(`poverty guidelines: no ${group} figure for a household of ${household.size}`);
    addWarning(warnings, {
      code: 'figure-out-of-date',
      message: `The ${inForce.year} poverty guideline for a household of ${household.size} in ${household.state.toUpperCase()} could not be confirmed; the ${earlier.year} figure is used.`,
      params: { year: inForce.year ?? '', used: earlier.year ?? '', householdSize: household.size, state: household.state.toUpperCase() },
    });
    entry = earlier;
    guideline = guidelineFor(earlier[group], household.size)!;
  }
  const percent = money(household.annualIncome).dividedBy(guideline).times(100);
  addFigure(figures, figure(`Poverty guideline, household of ${household.size} (${group === 'contiguous' ? '48 states and DC' : group === 'alaska' ? 'Alaska' : 'Hawaii'})`, guideline.toFixed(2), entry));
  return { guideline, percent, entry };
}
