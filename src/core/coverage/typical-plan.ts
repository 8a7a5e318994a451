// RULES.md §9 ("The middle figure"): a typical plan of the person's kind (data/typical-plans.json), whose numbers
// stand in for the ones the person does not know, to give a labelled figure between a range's two ends.
// It is not the person's plan: every number it uses is listed among the result's figures with its source and year.
import typicalPlans from '../../../data/typical-plans.json';
import { addFigure, cite, type Source } from '../reference/figures.ts';
import type { Figure } from '../schemas.ts';

export type TypicalPlanKind = 'employerPpo' | 'marketplaceSilver' | 'medicareAdvantage';

interface TypicalFigure<V> {
  value: V;
  year?: number;
  source: Source;
}

export interface TypicalTerms {
  deductible: TypicalFigure<string>;
  coinsurancePercent: TypicalFigure<number>;
  /** null: no maximum (allowed out of network in a price-list --plans file; data/ gives one). */
  oopMax: TypicalFigure<string | null>;
}

interface TypicalPlanEntry {
  label: string;
  inNetwork: TypicalTerms;
  outOfNetwork?: TypicalTerms;
}

const PLANS = typicalPlans.plans as Record<TypicalPlanKind, TypicalPlanEntry>;

export interface TypicalPlan {
  kind: TypicalPlanKind;
  network: 'in' | 'out';
  /** The data file's words for the plan ("Employer PPO, single coverage"). */
  label: string;
  terms: TypicalTerms;
}

/**
 * The typical plan that stands for a coverage in a network: an employer PPO for a private plan (in or out of
 * network), a Marketplace silver plan for an ACA plan and a Medicare Advantage plan, in network only. Null where
 * the data file has no figures for that network: then there is no middle figure.
 */
export function typicalPlanFor(planType: string, advantage: boolean, network: 'in' | 'out'): TypicalPlan | null {
  const kind: TypicalPlanKind = advantage ? 'medicareAdvantage' : planType === 'aca' ? 'marketplaceSilver' : 'employerPpo';
  const plan = PLANS[kind];
  const terms = network === 'in' ? plan.inNetwork : plan.outOfNetwork;
  return terms ? { kind, network, label: plan.label, terms } : null;
}

/** A stated assumption is not a "secondary source" of anything, so it is cited by its label alone (as the price list does). */
function citeTypical(source: Source): string {
  if (!/^stated assumption/i.test(source.label)) return cite(source);
  return source.url ? `${source.label} <${source.url}>` : source.label;
}

/** Lists the typical figures that stood in for unknown ones, each named as not the person's plan, with its source and year. */
export function listTypicalFigures(figures: Figure[], plan: TypicalPlan, used: { deductible: boolean; coinsurance: boolean; oopMax: boolean }): void {
  const name = (what: string) => `Typical plan, not yours: ${plan.label}, ${plan.network === 'in' ? 'in network' : 'out of network'}, ${what}`;
  const add = (what: string, value: string, figure: TypicalFigure<unknown>) =>
    addFigure(figures, { name: name(what), value, year: figure.year ?? null, source: citeTypical(figure.source) });
  const { deductible, coinsurancePercent, oopMax } = plan.terms;
  if (used.deductible) add('deductible', deductible.value, deductible);
  if (used.coinsurance) add('coinsurance (%)', String(coinsurancePercent.value), coinsurancePercent);
  if (used.oopMax) add('out-of-pocket maximum', oopMax.value ?? 'none', oopMax);
}
