// Malformed values for fast-check: text of every kind, numbers a parser may misread, wrong types, and
// mutations of a whole JSON document (a request, a center configuration): fields deleted, replaced by any of
// those, made negative or huge. The core's fuzz (test/core/fuzz-requests.test.ts) and the widget's
// (test/ui/fuzz.test.ts) share them.
import fc from 'fast-check';
import { randomRequest } from './random-requests.ts';

/** One fixed seed, so that CI runs the same values every time; FUZZ_SEED (Node) explores others. */
export const FUZZ_SEED: number = (() => {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.FUZZ_SEED;
  return env && /^-?\d+$/.test(env) ? Number(env) : 20260302;
})();

/** Text a person, a page or a file could put where a number, a choice or a name belongs. */
export const TRICKY_TEXT: readonly string[] = [
  '', ' ', '   ', '\t\n', '\u00a0', '\u200b', '\ufeff',
  '0', '-0', '-1', '-12', '1', '12', '12.5', '9.25', '9.1', '52', '53', '366', '1000',
  '1e308', '-1e308', '1e309', '1e-7', '5e-324', '1e21', '9'.repeat(400), '0.1', '.5', '12.', '+12', ' 12 ', '012', '12abc', 'abc12',
  'NaN', 'Infinity', '-Infinity', '+Infinity', '0x10', '0b11', '0o17', '1_000', '1,000', '1.000,50', '$1,500.00', '$-5', '-$5', '1500.001', '1500.00.00',
  '١٢', '１２', '𝟏𝟐', 'Ⅻ', '½', '²',
  'null', 'undefined', 'true', 'false', '[]', '{}', '[object Object]', 'NaN.00', '$NaN',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty',
  'in', 'out', 'IN', 'private', 'medicare', 'medicaid', 'uninsured', 'unsure', 'counselor', 'COUNSELOR', 'en', 'es', 'EN', 'es-ES', 'es-MX', 'en-GB', 'en-IN',
  'en-', 'es-', 'en-!!', 'es-<b>', 'en-US-u-nu-arab', 'es-u-nu-deva', 'en_US', ' en', 'x-klingon',
  '2026-03-02', '2026-02-30', '9999-12-31', '0000-01-01', '02-29',
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '${alert(1)}', '{{constructor.constructor("alert(1)")()}}',
  '\u202Etxt.exe\u202C', 'zero\u200Bwidth', '\ud800', '\udfff\ud800', 'e\u0301\u0301\u0301', '👩‍👩‍👧‍👦', '𝕏', 'ﷺ', 'مرحبا', 'שלום',
  'x'.repeat(100_000),
];

export const TRICKY_NUMBERS: readonly number[] = [
  NaN, Infinity, -Infinity, -0, 0, -1, -0.01, 0.001, 0.1 + 0.2, 1.005, 9.1, 12.5, 1e21, 1e308, -1e308, Number.MIN_VALUE, Number.EPSILON,
  Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, 2 ** 53, 10_000_000.01, 100_000_000.01, 1, 12, 52, 53, 366, 367,
];

/** Text of every kind: the list above, random text in every unit, number-like text. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...TRICKY_TEXT), weight: 4 },
  { arbitrary: fc.string(), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 1 },
  { arbitrary: fc.string({ unit: fc.constantFrom(...'0123456789.,-+e $'), maxLength: 14 }), weight: 2 },
  { arbitrary: fc.double().map(String), weight: 1 },
  { arbitrary: fc.integer().map(String), weight: 1 },
);

export const anyNumber: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.constantFrom(...TRICKY_NUMBERS), weight: 3 },
  { arbitrary: fc.double(), weight: 1 },
  { arbitrary: fc.integer(), weight: 1 },
  { arbitrary: fc.integer({ min: -100, max: 400 }), weight: 1 },
);

/** A value of any type: what script on a host page could assign to a property. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: anyText, weight: 4 },
  { arbitrary: anyNumber, weight: 3 },
  { arbitrary: fc.constantFrom<unknown>(null, undefined, true, false, [], {}, [12], ['12'], { weeks: 12 }, 12n, -1n), weight: 2 },
  {
    arbitrary: fc.anything({ maxDepth: 2, maxKeys: 4, withBigInt: true, withDate: true, withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true, withSparseArray: true }),
    weight: 1,
  },
);

// ---- Mutations of a JSON document ----

type Path = (string | number)[];

/** What can be done to one value of a document. */
export type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'negative'; at: number }
  | { kind: 'huge'; at: number; value: unknown }
  | { kind: 'empty'; at: number }
  | { kind: 'add'; at: number; key: string; value: unknown };

const HUGE: readonly unknown[] = ['9999999999.99', '10000000.00', '10000000.01', '100000000.00', '999999999', 1e308, 10_000_000, 10_000_001, 2 ** 53, 1e21, '1e308'];

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: anyValue }),
  fc.record({ kind: fc.constant('negative' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('huge' as const), at: fc.nat(), value: fc.constantFrom(...HUGE) }),
  fc.record({ kind: fc.constant('empty' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), at: fc.nat(), key: fc.constantFrom('__proto__', 'constructor', 'extra', 'toString', ''), value: anyValue }),
);

/** Every path in a document, the document itself first (`[]`). */
function paths(value: unknown, path: Path = []): Path[] {
  const here = [path];
  if (Array.isArray(value)) return here.concat(...Array.from(value, (child, i) => paths(child, [...path, i])));
  if (isPlainObject(value)) return here.concat(...Object.entries(value).map(([key, child]) => paths(child, [...path, key])));
  return here;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function parentOf(doc: unknown, path: Path): Record<string | number, unknown> {
  return path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], doc) as Record<string | number, unknown>;
}

function negative(value: unknown): unknown {
  if (typeof value === 'number') return value === 0 ? -0.01 : -value;
  if (typeof value === 'string') return /^\d/.test(value) ? `-${value}` : '-1';
  return -1;
}

/**
 * The document with the mutations applied in turn, each at one of its paths (`at` modulo their count).
 * The document given is not changed; at the root, only an added key or a replacement applies.
 */
export function mutate<T>(document: T, mutations: readonly Mutation[]): unknown {
  let doc: unknown = structuredClone(document);
  for (const m of mutations) {
    const all = paths(doc);
    const path = all[m.at % all.length]!;
    const key = path[path.length - 1];
    const current = path.length ? parentOf(doc, path)[key!] : doc;
    const set = (value: unknown) => {
      if (path.length === 0) doc = value;
      else parentOf(doc, path)[key!] = value;
    };
    switch (m.kind) {
      case 'delete':
        if (path.length === 0) break;
        if (Array.isArray(parentOf(doc, path))) (parentOf(doc, path) as unknown as unknown[]).splice(key as number, 1);
        else delete parentOf(doc, path)[key!];
        break;
      case 'replace':
        set(m.value);
        break;
      case 'negative':
        set(negative(current));
        break;
      case 'huge':
        set(m.value);
        break;
      case 'empty':
        set(Array.isArray(current) ? [] : isPlainObject(current) ? {} : typeof current === 'string' ? '' : 0);
        break;
      case 'add':
        if (Array.isArray(current) || isPlainObject(current)) Object.defineProperty(current, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
        else set(m.value);
        break;
    }
  }
  return doc;
}

/** A document with one to `most` mutations. */
export function mutated<T>(document: fc.Arbitrary<T> | T, most = 4): fc.Arbitrary<unknown> {
  const documents = document instanceof fc.Arbitrary ? document : fc.constant(document);
  return fc.tuple(documents, fc.array(mutation, { minLength: 1, maxLength: most })).map(([doc, mutations]) => mutate(doc, mutations));
}

/** Requests that are anything but a good request: whole garbage, and good requests mutated. */
export const malformedRequest: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: anyValue, weight: 1 },
  { arbitrary: mutated(randomRequest, 5), weight: 8 },
  // Every section there, each field of any type.
  {
    arbitrary: fc.record(
      {
        program: fc.record({ weeks: anyValue, hoursPerWeek: anyValue, daysPerWeek: anyValue, startDate: anyValue }, { requiredKeys: [] }),
        coverage: fc.record({ planType: fc.oneof(fc.constantFrom('aca', 'medicare', 'medicaid', 'private', 'uninsured'), anyValue), network: anyValue, payer: anyValue, deductible: anyValue, coinsurancePercent: anyValue, oopMax: anyValue, oopMet: anyValue, planYearStart: anyValue, outOfNetwork: anyValue, family: anyValue }, { requiredKeys: [] }),
        household: fc.record({ size: anyValue, annualIncome: anyValue, state: anyValue }, { requiredKeys: [] }),
        paymentPlan: fc.record({ months: anyValue, monthlyBudget: anyValue, downPayment: anyValue, aprPercent: anyValue }, { requiredKeys: [] }),
        paidInFull: anyValue,
      },
      { requiredKeys: [] },
    ),
    weight: 3,
  },
);

// ---- Good requests at the edges: every amount, count and date at the ends of what the contract allows ----

const edgeAmount = (max: string) => fc.constantFrom('0', '0.00', '0.01', '1', '999.99', max, '9999999.99');
/**
 * Start dates from 1900 to 2999, leap days included. (Years up to 9999 pass the schema, but a program starting
 * late in 9999 runs into year 10000, whose dates the core cannot write: reported, not fuzzed here.)
 */
const edgeDate = fc.oneof(
  fc.constantFrom('2028-02-29', '2026-12-31', '2027-01-01', '1900-01-01', '2999-06-01'),
  fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

/** Valid requests whose values sit at the ends of their ranges (a result is expected, in dollars and cents). */
export const edgeRequest: fc.Arbitrary<unknown> = fc
  .record({
    weeks: fc.constantFrom(1, 2, 51, 52),
    hoursPerWeek: fc.constantFrom(1, 1.25, 8.75, 9, 19.75, 20, 39.75, 40),
    daysPerWeek: fc.option(fc.constantFrom(1, 7), { nil: undefined }),
    startDate: edgeDate,
    planType: fc.constantFrom('aca', 'medicare', 'medicaid', 'private', 'uninsured'),
    network: fc.constantFrom('in', 'out'),
    medicarePlan: fc.constantFrom('original', 'advantage'),
    supplement: fc.constantFrom('none', 'medigap-coinsurance', 'medigap-full', 'qmb'),
    metal: fc.constantFrom('bronze', 'catastrophic', 'platinum'),
    deductible: edgeAmount('10000000.00'),
    coinsurancePercent: fc.constantFrom(0, 0.01, 50, 99.99, 100),
    copayPerUnit: edgeAmount('10000000.00'),
    oopMax: fc.constantFrom('10000000.00', '9999999.99'),
    met: fc.boolean(),
    planYearStart: fc.constantFrom('01-01', '02-28', '03-01', '12-31'),
    oonNoMax: fc.boolean(),
    allowed: edgeAmount('10000000.00'),
    covered: fc.constantFrom(1, 366),
    household: fc.option(fc.record({ size: fc.constantFrom(1, 20), annualIncome: edgeAmount('100000000.00'), state: fc.constantFrom('OH', 'ak', 'Hi', 'PR', 'MP') }), { nil: undefined }),
    paymentPlan: fc.option(
      fc.record({ months: fc.constantFrom(1, 120), monthlyBudget: edgeAmount('10000000.00'), downPayment: edgeAmount('10000000.00'), aprPercent: fc.constantFrom(0, 0.01, 100) }, { requiredKeys: [] }),
      { nil: undefined },
    ),
    paidInFull: fc.boolean(),
    selfPay: fc.boolean(),
  })
  .map((r) => ({
    program: { weeks: r.weeks, hoursPerWeek: r.hoursPerWeek, daysPerWeek: r.daysPerWeek, startDate: r.startDate },
    coverage: {
      planType: r.planType,
      network: r.network,
      medicarePlan: r.planType === 'medicare' ? r.medicarePlan : undefined,
      supplement: r.planType === 'medicare' ? r.supplement : undefined,
      metal: r.planType === 'aca' ? r.metal : undefined,
      selfPay: r.selfPay,
      deductible: r.deductible,
      deductibleMet: r.met ? r.deductible : undefined,
      coinsurancePercent: r.coinsurancePercent,
      copayPerUnit: r.copayPerUnit,
      oopMax: r.oopMax,
      oopMet: r.met ? r.oopMax : undefined,
      planYearStart: r.planYearStart,
      outOfNetworkAllowedPerUnit: r.allowed,
      outOfNetwork: { oopMax: r.oonNoMax ? null : r.oopMax, coinsurancePercent: r.coinsurancePercent, deductible: r.deductible, family: { kind: 'aggregate', deductible: r.deductible } },
      coveredDaysPerYear: r.covered,
      coveredDaysUsed: r.met ? r.covered : 0,
    },
    household: r.household,
    paymentPlan: r.paymentPlan,
    paidInFull: r.paidInFull,
  }));
