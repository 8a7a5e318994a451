// Shared steps for the worked examples: run an estimate that must succeed, and check that the money balances.
import Decimal from 'decimal.js';
import { expect } from '../../harness.ts';
import { estimate, EXAMPLE_CENTER } from '../../../src/core/estimate.ts';
import type { EstimateResult } from '../../../src/core/schemas.ts';

/** The estimate for a request that is valid: a failure is reported with its field errors. */
export function run(request: unknown, center: unknown = EXAMPLE_CENTER): EstimateResult {
  const outcome = estimate(request, center);
  if (!outcome.ok) throw new Error(`estimate failed: ${JSON.stringify(outcome.errors)}`);
  return outcome.result;
}

/** The example center with some settings replaced (a deep copy: the shipped one is never touched). */
export function centerWith(change: (center: Record<string, any>) => void): unknown {
  const copy = JSON.parse(JSON.stringify(EXAMPLE_CENTER)) as Record<string, any>;
  change(copy);
  return copy;
}

/**
 * Every cent is accounted for:
 * patient.total + planPays + slidingScaleDiscount + paidInFullDiscount = allowed + balanceBilled.
 */
export function expectBalanced(result: EstimateResult): void {
  const p = result.patient;
  const left = new Decimal(p.total).plus(result.planPays).plus(p.slidingScaleDiscount).plus(p.paidInFullDiscount);
  const right = new Decimal(result.allowed).plus(p.balanceBilled);
  expect(left.toFixed(2), 'patient + plan + discounts = allowed + balance billed').to.equal(right.toFixed(2));
}

export function warningCodes(result: EstimateResult): string[] {
  return result.warnings.map((w) => w.code);
}

export function weeklyPatient(result: EstimateResult): string[] {
  return result.weekly.map((w) => w.patient);
}

export function weeklyPlanPays(result: EstimateResult): string[] {
  return result.weekly.map((w) => w.planPays);
}
