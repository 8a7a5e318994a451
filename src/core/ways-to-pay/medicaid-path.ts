// RULES.md §19: whether an uninsured adult may qualify for Medicaid in their state, from the household's income
// as a percentage of the poverty guideline in force when they would apply. "May", never "does": the state decides,
// on rules (assets, immigration status, disability, pregnancy, age) the widget does not ask about.
import type Decimal from 'decimal.js';
import { byDate } from '../dates.ts';
import { cite } from '../reference/figures.ts';
import { formatPercent } from '../coverage/context.ts';
import type { MedicaidEligibilityData, StateMedicaid } from './ways-to-pay-data.ts';

export interface MedicaidFinding {
  state: string;
  stateName: string;
  /**
   * likely: income within the state's limit for this adult; likely-if-parent: within it only as a parent or
   * caretaker of a child living with them, which the person has not said; unlikely: above every limit.
   */
  outlook: 'likely' | 'likely-if-parent' | 'unlikely';
  /** The household's income as a % of the guideline (two decimals). */
  povertyPercent: string;
  expanded: boolean;
  adultLimitPercent: number;
  adultCondition?: string;
  parentLimitPercent: number;
  /** The limit that decided: adults' (none is 0), or parents' and caretakers' where only it could apply. */
  limit: { who: 'adults' | 'parents'; percent: number };
  /** Months before the month of application Medicaid can pay for, for an application made today. */
  retroactiveMonths: number;
  retroactiveNote?: string;
  /** A federal change to come: from `from`, an application reaches back `months`. */
  retroactiveChange?: { from: string; months: number };
  apply: { name: string; url: string };
  /** false where the state's figures could not be read in a source. */
  confirmed: boolean;
  sources: string[];
}

/** The state's figures in force on `date` (the newest table that started by then, else the first). */
export function stateMedicaid(data: MedicaidEligibilityData, state: string, date: string): StateMedicaid | undefined {
  const entries = [...data.entries].sort((a, b) => byDate(a.inForceFrom, b.inForceFrom));
  const entry = entries.filter((e) => e.inForceFrom <= date).pop() ?? entries[0];
  return entry?.states[state.toUpperCase()];
}

/** The federal limit on retroactive coverage for an application on `date`, and the next change after it. */
function federalRetroactive(data: MedicaidEligibilityData, date: string, expanded: boolean) {
  const rules = [...data.retroactive].sort((a, b) => byDate(a.inForceFrom, b.inForceFrom));
  const months = (rule: (typeof rules)[number]) => (expanded ? rule.expansionAdultsMonths : rule.otherAdultsMonths);
  const current = rules.filter((rule) => rule.inForceFrom <= date).pop() ?? rules[0]!;
  const next = rules.find((rule) => rule.inForceFrom > date);
  return { months: months(current), next: next && { from: next.inForceFrom, months: months(next) }, sources: [current, ...(next ? [next] : [])].map((r) => r.source) };
}

/**
 * What Medicaid may mean for this household in `state`, applying on `date`. `parent`: whether the person is a
 * parent or caretaker of a dependent child living with them (undefined: not said). Undefined for a state
 * (a territory) the data does not cover.
 */
export function medicaidFinding(
  data: MedicaidEligibilityData,
  state: string,
  date: string,
  povertyPercent: Decimal,
  parent: boolean | undefined,
): MedicaidFinding | undefined {
  const rules = stateMedicaid(data, state, date);
  if (!rules) return undefined;
  const asAdult = rules.adultPercent > 0 && povertyPercent.lessThanOrEqualTo(rules.adultPercent);
  const asParent = povertyPercent.lessThanOrEqualTo(rules.parentPercent);
  const outlook = asAdult || (parent === true && asParent) ? 'likely' : parent === undefined && asParent ? 'likely-if-parent' : 'unlikely';
  const byParent = !asAdult && (outlook !== 'unlikely' || rules.adultPercent === 0);
  const limit = byParent ? { who: 'parents' as const, percent: rules.parentPercent } : { who: 'adults' as const, percent: rules.adultPercent };
  const federal = federalRetroactive(data, date, rules.expanded);
  const retroactiveMonths = Math.min(rules.retroactiveMonths, federal.months);
  const change = federal.next && federal.next.months < retroactiveMonths ? federal.next : undefined;
  const sourceKeys = [...new Set([...rules.sources, ...federal.sources])];
  return {
    state: state.toUpperCase(),
    stateName: rules.name,
    outlook,
    povertyPercent: formatPercent(povertyPercent),
    expanded: rules.expanded,
    adultLimitPercent: rules.adultPercent,
    ...(rules.adultCondition ? { adultCondition: rules.adultCondition } : {}),
    parentLimitPercent: rules.parentPercent,
    limit,
    retroactiveMonths,
    ...(rules.retroactiveNote ? { retroactiveNote: rules.retroactiveNote } : {}),
    ...(change ? { retroactiveChange: change } : {}),
    apply: rules.apply,
    confirmed: rules.confirmed,
    sources: sourceKeys.flatMap((key) => (data.sources[key] ? [cite(data.sources[key])] : [])),
  };
}
