// Fuzzing estimate() with fast-check: malformed requests and mutated center configurations. Whatever comes in,
// it never throws, and it answers either { ok: false } with errors naming fields, or a result in the contract
// whose every amount is a decimal string with exactly two decimals, never negative, never NaN or Infinity.
// A fixed seed keeps CI reproducible; a failure prints the seed and the value that failed (FUZZ_SEED=n in
// Node tries others).
import fc from 'fast-check';
import { describe, expect, it } from '../harness.ts';
import exampleCenter from '../../data/centers/example.json';
import { EXAMPLE_CENTER, estimate } from '../../src/core/estimate.ts';
import { EstimateResultSchema } from '../../src/core/result-schema.ts';
import { edgeRequest, FUZZ_SEED, malformedRequest, mutated } from './malformed.ts';
import { randomRequest } from './random-requests.ts';

const RUNS = 2000;

const SECTIONS = ['program', 'coverage', 'household', 'paymentPlan', 'paidInFull'];

/** The result's amounts, by the keys the contract gives them (result-schema.ts). */
const AMOUNT_KEYS = new Set([
  'grossCharges', 'allowed', 'planPays', 'supplementPays', 'total', 'deductible', 'coinsurance', 'copay', 'balanceBilled', 'notCovered',
  'selfPay', 'slidingScaleDiscount', 'paidInFullDiscount', 'patient', 'low', 'high', 'discount', 'downPayment', 'financed', 'monthly',
  'amount', 'interest', 'totalInterest',
]);
const DATE_KEYS = new Set(['start', 'due', 'deductibleMet', 'oopMaxReached', 'notCoveredFrom']);

function describeValue(value: unknown): string {
  try {
    const json = JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? `${v}n` : typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));
    return json === undefined ? String(value) : json.length > 600 ? `${json.slice(0, 600)}…` : json;
  } catch {
    return String(value);
  }
}

function fail(message: string): never {
  throw new Error(message);
}

/** Every amount, date and number of a result, wherever it is, checked for what a person could be shown. */
function checkResult(result: unknown, where = 'result'): void {
  if (Array.isArray(result)) return result.forEach((item, i) => checkResult(item, `${where}[${i}]`));
  if (result === null || typeof result !== 'object') return;
  for (const [key, value] of Object.entries(result)) {
    const at = `${where}.${key}`;
    if (typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0))) fail(`${at} = ${value}`);
    if (typeof value === 'string') {
      const amount = AMOUNT_KEYS.has(key) && !where.includes('params') && !where.includes('milestones');
      if (amount && !/^\d+\.\d{2}$/.test(value)) fail(`${at} = ${JSON.stringify(value)}: not an amount in dollars and cents`);
      const date = DATE_KEYS.has(key) && /weekly|installments|milestones/.test(where);
      if (date && !/^\d{4}-\d{2}-\d{2}$/.test(value)) fail(`${at} = ${JSON.stringify(value)}: not a date`);
    }
    if (key === 'planYearResets') for (const date of value as string[]) if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail(`${at} has ${date}`);
    checkResult(value, at);
  }
}

/** The answer to any request: never a throw, field errors or a result in the contract. */
function checkOutcome(request: unknown, center: unknown = EXAMPLE_CENTER): ReturnType<typeof estimate> {
  let outcome: ReturnType<typeof estimate>;
  try {
    outcome = estimate(request, center);
  } catch (error) {
    throw new Error(`estimate() threw ${String(error)} for ${describeValue(request)}`);
  }
  if (!outcome.ok) {
    expect(outcome.errors.length, 'a refusal says why').to.be.greaterThan(0);
    for (const error of outcome.errors) {
      expect(error.field, `an error names its field: ${describeValue(error)}`).to.be.a('string');
      // "(estimate)" is what the core says when its own code threw: a bug, not a field.
      expect(error.field, `internal error for ${describeValue(request)}: ${error.message}`).not.to.equal('(estimate)');
      const [section] = error.field.split('.');
      expect(error.field === '(top level)' || section === 'center' || SECTIONS.includes(section!), `unknown field ${error.field}`).to.equal(true);
      expect(error.message, `a message for ${error.field}`).to.be.a('string').and.not.equal('');
      expect(error.message, `${error.field}'s message`).not.to.match(/NaN|Infinity|undefined|\[object/);
    }
    return outcome;
  }
  const parsed = EstimateResultSchema.safeParse(outcome.result);
  if (!parsed.success) throw new Error(`a result outside the contract for ${describeValue(request)}: ${JSON.stringify(parsed.error.issues)}`);
  checkResult(outcome.result);
  return outcome;
}

describe('estimate() fuzzed with malformed input', () => {
  it(`never throws on malformed requests, and answers with field errors or amounts in dollars and cents (${RUNS} requests)`, () => {
    fc.assert(
      fc.property(malformedRequest, (request) => void checkOutcome(request)),
      { numRuns: RUNS, seed: FUZZ_SEED, includeErrorInReport: true },
    );
  });

  it(`never throws on mutated center configurations (fields deleted, wrong types, negative, huge, hostile) (${RUNS} centers)`, () => {
    fc.assert(
      fc.property(mutated(exampleCenter, 4), randomRequest, (center, request) => void checkOutcome(request, center)),
      { numRuns: RUNS, seed: FUZZ_SEED, includeErrorInReport: true },
    );
  });

  it(`answers good requests at the edges of every range with amounts in dollars and cents (${RUNS / 2} requests)`, () => {
    fc.assert(
      fc.property(edgeRequest, (request) => void checkOutcome(request)),
      { numRuns: RUNS / 2, seed: FUZZ_SEED, includeErrorInReport: true },
    );
  });

  it('never throws when both are malformed', () => {
    fc.assert(
      fc.property(mutated(exampleCenter, 3), malformedRequest, (center, request) => void checkOutcome(request, center)),
      { numRuns: RUNS / 2, seed: FUZZ_SEED, includeErrorInReport: true },
    );
  });
});
