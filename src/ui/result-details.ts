// What the total rests on, below it: why this amount, the ways to pay side by side, the payment plan, the weeks
// and the notes. A module of its own (dist/result-details.js): the element shows the questions and the first
// total without waiting for it, and loads it right after.
import { nothing, html, type TemplateResult } from 'lit';
import type { CenterConfig } from '../core/center/center-config.ts';
import { compareOptions, type Comparison } from '../core/compare.ts';
import type { EstimateRequestInput, EstimateResult } from '../core/schemas.ts';
import { renderBreakdown } from './breakdown.ts';
import { renderComparison } from './comparison.ts';
import type { Messages } from './messages.ts';
import { renderNotes } from './notes.ts';
import { renderPaymentPlan } from './payment-plan.ts';
import { renderWeekChart } from './week-chart.ts';
import { breakdownStyles } from './breakdown.styles.ts';
import { comparisonStyles } from './comparison.styles.ts';
import { notesStyles } from './notes.styles.ts';
import { tableStyles } from './table.styles.ts';
import { weekChartStyles } from './week-chart.styles.ts';

/** The details' own styles, which the element adopts when it loads them. */
export const detailsStyles = [breakdownStyles, tableStyles, comparisonStyles, weekChartStyles, notesStyles];

export interface DetailsInput {
  result: EstimateResult;
  /** The request the result answers, priced again each other way to pay. */
  request: EstimateRequestInput;
  center: CenterConfig;
  t: Messages;
  lang: string;
  /** The page's language is English, so the core's English needs no lang="en". */
  english: boolean;
}

// Each result is compared once, however often it is drawn again (a language change, a translation loaded).
const comparisons = new WeakMap<EstimateResult, Comparison | null>();

function comparisonFor({ result, request, center }: DetailsInput): Comparison | null {
  if (!comparisons.has(result)) comparisons.set(result, compareOptions(request, center));
  return comparisons.get(result)!;
}

export function renderDetails(input: DetailsInput): TemplateResult | typeof nothing {
  const { result, t, lang, english } = input;
  return html`
    ${renderBreakdown(result, t, lang)} ${renderComparison(comparisonFor(input), t, lang, english)} ${renderPaymentPlan(result, t, lang)}
    ${renderWeekChart(result, t, lang)} ${renderNotes(result, t, lang, english)}
  `;
}
