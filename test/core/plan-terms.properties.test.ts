// Invariants of the plan terms of issue 7 (out-of-network terms, family limits, covered days, copay with
// coinsurance) over random requests (fast-check). Generators are this file's own.
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { describe, expect, it } from '../harness.ts';
import { estimate, EXAMPLE_CENTER } from '../../src/core/estimate.ts';
import { EstimateResultSchema, type EstimateResult } from '../../src/core/result-schema.ts';
import { centerWith, expectBalanced } from './worked/worked.ts';

const RUNS = 300;

type Req = { program: Record<string, unknown>; coverage: Record<string, unknown>; [key: string]: unknown };

function run(req: unknown, center: unknown = EXAMPLE_CENTER): EstimateResult {
  const outcome = estimate(req, center);
  if (!outcome.ok) throw new Error(`refused ${JSON.stringify(req)}: ${JSON.stringify(outcome.errors)}`);
  return outcome.result;
}

const d = (value: Decimal.Value) => new Decimal(value);
/** Whole cents -> "1234.56". */
const dollars = (cents: number) => d(cents).dividedBy(100).toFixed(2);
const centsUpTo = (maxDollars: number) => fc.integer({ min: 0, max: maxDollars * 100 });
const share = fc.integer({ min: 0, max: 100 });
const part = (cents: number, percent: number) => Math.floor((cents * percent) / 100);

const isoDate = fc
  .date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const program = fc.record({
  weeks: fc.integer({ min: 1, max: 52 }),
  hoursPerWeek: fc.integer({ min: 4, max: 160 }).map((quarters) => quarters / 4),
  startDate: isoDate,
});

/** The plan types adjudicated day by day with networks: private, ACA (no silver: no household question) and Medicare Advantage. */
const networked = fc.constantFrom<Record<string, unknown>>(
  { planType: 'private' },
  { planType: 'aca', metal: 'bronze' },
  { planType: 'aca', metal: 'gold' },
  { planType: 'medicare', medicarePlan: 'advantage' },
);

/** A covered-day limit (and the days already used, never above it), or none. */
const coveredDays = fc.option(
  fc.integer({ min: 1, max: 366 }).chain((limit) =>
    fc.record({ coveredDaysPerYear: fc.constant(limit), coveredDaysUsed: fc.integer({ min: 0, max: limit }) }, { requiredKeys: ['coveredDaysPerYear'] })),
  { nil: undefined },
);

// ---- 1. Out of network is never cheaper when its terms are no better ----

/**
 * In-network terms as whole cents, every one known (so neither network gives a range), with met amounts within
 * their limits and the deductible within the maximum (the request schema's rules).
 */
const inTerms = fc
  .record({
    deductible: centsUpTo(6000),
    deductibleMetShare: share,
    oopExtra: centsUpTo(9000),
    oopMetShare: share,
    // The share of the cost: a copay, a coinsurance, or both (at least one is known).
    shareKind: fc.constantFrom('copay', 'coinsurance', 'both'),
    copay: centsUpTo(200),
    coinsurance: fc.integer({ min: 0, max: 100 }),
    copayBeforeDeductible: fc.boolean(),
  })
  .map((t) => {
    const deductibleMet = part(t.deductible, t.deductibleMetShare);
    const oopMax = t.deductible + t.oopExtra;
    // A copay of 0 is no copay (spec, step 4): alone it would leave the share unknown, and the request a range.
    const copayOnly = t.shareKind === 'copay';
    return {
      deductible: t.deductible,
      deductibleMet,
      oopMax,
      oopMet: Math.max(deductibleMet, part(oopMax, t.oopMetShare)),
      copay: t.shareKind === 'coinsurance' ? undefined : copayOnly ? Math.max(1, t.copay) : t.copay,
      coinsurance: t.shareKind === 'copay' ? undefined : t.coinsurance,
      // Only with a real copay (> 0) in network: see the reasoning below.
      copayBeforeDeductible: t.copayBeforeDeductible && t.shareKind !== 'coinsurance' && t.copay > 0,
    };
  });
type InTerms = typeof inTerms extends fc.Arbitrary<infer T> ? T : never;

/** Out-of-network terms no better than `t`: deductible >=, met <=, coinsurance >=, copay >=, maximum >= or none, met <=. */
function noBetterThan(t: InTerms) {
  return fc
    .record({
      deductibleExtra: centsUpTo(4000),
      deductibleMetShare: share,
      coinsuranceExtra: fc.integer({ min: 0, max: 100 }),
      coinsuranceIfNone: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
      copayExtra: centsUpTo(150),
      copayIfNone: fc.option(centsUpTo(200), { nil: undefined }),
      noMaximum: fc.boolean(),
      oopExtra: centsUpTo(9000),
      oopMetShare: share,
      accumulators: fc.constantFrom<'separate' | 'shared' | undefined>('separate', 'shared', undefined),
    })
    .map((o) => {
      const deductible = t.deductible + o.deductibleExtra;
      // In network "no coinsurance given" with a copay means 0%; out of network then anything from 0% up.
      const inPercent = t.coinsurance ?? 0;
      let coinsurance = t.coinsurance !== undefined ? Math.min(100, t.coinsurance + o.coinsuranceExtra) : o.coinsuranceIfNone;
      if (coinsurance === undefined && inPercent > 0) coinsurance = inPercent;
      // A copay of 0 or none in network: out of network any copay or none; a real one: at least as much.
      const copay = t.copay !== undefined && t.copay > 0 ? t.copay + o.copayExtra : o.copayIfNone;
      // Keep the share known: a copay of 0 is no copay, so with no coinsurance it would be unknown.
      if ((copay === undefined || copay === 0) && coinsurance === undefined) coinsurance = inPercent;
      const oopMax = o.noMaximum ? null : Math.max(deductible, t.oopMax + o.oopExtra);
      const terms: Record<string, unknown> = {
        deductible: dollars(deductible),
        deductibleMet: dollars(part(t.deductibleMet, o.deductibleMetShare)),
        oopMax: oopMax === null ? null : dollars(oopMax),
        ...(oopMax === null ? {} : { oopMet: dollars(part(t.oopMet, o.oopMetShare)) }),
        ...(coinsurance !== undefined ? { coinsurancePercent: coinsurance } : {}),
        ...(copay !== undefined ? { copayPerUnit: dollars(copay) } : {}),
        ...(o.accumulators ? { accumulators: o.accumulators } : {}),
      };
      return terms;
    });
}

const sameAllowedPair = fc
  .record({
    program,
    // Medicare Advantage out of network allows what Original Medicare would pay the center, not the plan's own
    // out-of-network amount (RULES.md §11), so the two networks can't be given the same allowed amount.
    plan: networked.filter((plan) => plan.planType !== 'medicare'),
    rate: fc.integer({ min: 10000, max: 85000 }), // $100.00 .. $850.00, never above the $850.00 charge
    planYearStart: fc.constantFrom('01-01', '07-01', '10-01'),
    days: coveredDays,
    inTerms,
  })
  .chain((g) => noBetterThan(g.inTerms).map((outOfNetwork) => ({ ...g, outOfNetwork })));

describe('plan terms: out of network is never cheaper than in network when its terms are no better', () => {
  it('cost sharing out of network (total - balance billed) >= the in-network total, for the same allowed amounts', () => {
    // Why this must hold (spec of issue 7, "Adjudication"):
    // - Same allowed amount every day: the center's in-network rate is set to r and the plan's out-of-network
    //   allowed amount (coverage.outOfNetworkAllowedPerUnit) to the same r (r <= the $850 charge, so it is not
    //   lowered to the charge). Out of network the center also bills 850 - r a day, which counts toward
    //   nothing: it is compared apart, by taking patient.total - patient.balanceBilled (0 in network).
    // - Covered-day limits are the same in both networks and do not depend on the terms, so the same days are
    //   not covered and owe the same self-pay price in both (part of both totals).
    // - Without copayBeforeDeductible the deductible takes every allowed dollar until it is met, so the
    //   cumulative deductible is min(cumulative allowed, deductible left): with more left out of network
    //   (deductible >=, met <=; with shared accumulators both networks start from the same sum of met amounts)
    //   each day's deductible part is >=. A day's share d + c + toCents(p x (a - d - c)) does not go down when
    //   d, the copay or p go up (each cent moved costs 1 against at most p <= 1, and rounding half-up moves by
    //   at most that cent), so each day's uncapped share out of network is >=.
    //   copayBeforeDeductible is only set with an in-network copay > 0, so out of network (copay >= it) the
    //   deductible is skipped too; were it set with no in-network copay, the out-of-network copay could skip a
    //   deductible that in network is paid, and out of network could be cheaper.
    // - The cap: a plan year's capped cumulative share is min(uncapped cumulative, maximum left); out of network
    //   the maximum left is >= (maximum >= or none, met <=), in network it can only be lowered by the legal
    //   limit. After a plan-year reset both start from 0 with deductible and maximum >=.
    fc.assert(
      fc.property(sameAllowedPair, (g) => {
        const rate = dollars(g.rate);
        const center = centerForRate(rate);
        const t = g.inTerms;
        const coverage = {
          ...g.plan,
          planYearStart: g.planYearStart,
          ...(g.days ?? {}),
          deductible: dollars(t.deductible),
          deductibleMet: dollars(t.deductibleMet),
          oopMax: dollars(t.oopMax),
          oopMet: dollars(t.oopMet),
          ...(t.copay !== undefined ? { copayPerUnit: dollars(t.copay) } : {}),
          ...(t.coinsurance !== undefined ? { coinsurancePercent: t.coinsurance } : {}),
          ...(t.copayBeforeDeductible ? { copayBeforeDeductible: true } : {}),
          outOfNetworkAllowedPerUnit: rate,
          outOfNetwork: g.outOfNetwork,
        };
        const inNet = run({ program: g.program, coverage: { ...coverage, network: 'in' } }, center);
        const outNet = run({ program: g.program, coverage: { ...coverage, network: 'out' } }, center);
        expect(inNet.range, 'in network: every term known').to.equal(undefined);
        expect(outNet.range, 'out of network: every term known').to.equal(undefined);
        expect(inNet.allowed).to.equal(outNet.allowed);
        const inShare = d(inNet.patient.total).minus(inNet.patient.balanceBilled);
        const outShare = d(outNet.patient.total).minus(outNet.patient.balanceBilled);
        expect(outShare.greaterThanOrEqualTo(inShare), `out ${outShare} >= in ${inShare}`).to.equal(true);
      }),
      { numRuns: RUNS },
    );
  });
});

const centers = new Map<string, unknown>();
/** The example center with its default in-network rate set to `rate` (no payer is named, so it applies). */
function centerForRate(rate: string): unknown {
  if (!centers.has(rate)) centers.set(rate, centerWith((center) => { center.rates.inNetworkPerUnit = rate; }));
  return centers.get(rate);
}

// ---- Shared generators: any set of limits, known or not ----

/** deductible, deductibleMet, oopMax, oopMet: each maybe missing, met <= limit, deductible <= maximum. */
const limits = fc
  .record(
    { deductible: centsUpTo(8000), deductibleMetShare: share, oopExtra: centsUpTo(14000), oopMetShare: share },
    { requiredKeys: [] },
  )
  .map(({ deductible, deductibleMetShare, oopExtra, oopMetShare }) => {
    const out: Record<string, string> = {};
    if (deductible !== undefined) out.deductible = dollars(deductible);
    if (deductibleMetShare !== undefined) out.deductibleMet = dollars(part(deductible ?? 0, deductibleMetShare));
    if (oopExtra !== undefined) {
      const oopMax = (deductible ?? 0) + oopExtra;
      out.oopMax = dollars(oopMax);
      if (oopMetShare !== undefined) out.oopMet = dollars(part(oopMax, oopMetShare));
    }
    return out;
  });

const costShare = fc.record(
  {
    coinsurancePercent: fc.integer({ min: 0, max: 100 }),
    copayPerUnit: centsUpTo(200).map(dollars),
    copayBeforeDeductible: fc.boolean(),
  },
  { requiredKeys: [] },
);

const outOfNetworkTerms = fc.oneof(
  fc.constant({}),
  fc
    .record({ limits, costShare, noMaximum: fc.boolean(), accumulators: fc.constantFrom('separate', 'shared') }, { requiredKeys: ['limits', 'costShare'] })
    .map(({ limits: l, costShare: c, noMaximum, accumulators }) => {
      const { copayBeforeDeductible: _flatOnly, ...share } = c;
      const terms: Record<string, unknown> = { ...l, ...share };
      if (noMaximum) {
        terms.oopMax = null;
        delete terms.oopMet;
      }
      if (accumulators) terms.accumulators = accumulators;
      return terms;
    }),
);

const family = (kinds: readonly ('embedded' | 'aggregate')[]) =>
  fc.record({ kind: fc.constantFrom(...kinds), limits }).map(({ kind, limits: l }) => ({ kind, ...l }));

/** A request of a networked plan type with any known and unknown terms, in either network, maybe with outOfNetwork. */
const commercialRequest = fc
  .record(
    {
      program,
      plan: networked,
      network: fc.constantFrom('in', 'out'),
      limits,
      costShare,
      planYearStart: fc.constantFrom('01-01', '07-01', '10-01'),
      days: coveredDays,
      outOfNetwork: outOfNetworkTerms,
      outOfNetworkAllowedPerUnit: centsUpTo(1200).map(dollars),
    },
    { requiredKeys: ['program', 'plan', 'network', 'limits', 'costShare'] },
  )
  .map((g): Req => ({
    program: g.program,
    coverage: {
      ...g.plan,
      network: g.network,
      ...g.limits,
      ...g.costShare,
      ...(g.planYearStart ? { planYearStart: g.planYearStart } : {}),
      ...(g.days ?? {}),
      ...(g.outOfNetwork ? { outOfNetwork: g.outOfNetwork } : {}),
      ...(g.outOfNetworkAllowedPerUnit ? { outOfNetworkAllowedPerUnit: g.outOfNetworkAllowedPerUnit } : {}),
    },
  }));

// ---- 2. An embedded family limit never raises the total ----

describe('plan terms: family limits', () => {
  it('adding an embedded family limit (in network, and out of network when outOfNetwork is given) never raises the total', () => {
    // Embedded: deductible left = min(individual left, family left) <= individual left, and the cap's left =
    // min(individual, family) <= individual; a family maximum above the legal family limit is lowered, never
    // raised. Less deductible and a lower cap never cost more (see the out-of-network property above). The
    // family does not change which terms are known, so a range stays a range and the total is its high end,
    // computed with the same lower limits. Out of network with outOfNetwork, coverage.family does not apply
    // (outOfNetwork.family does), so the totals are equal or lower.
    fc.assert(
      fc.property(commercialRequest, family(['embedded']), fc.option(family(['embedded']), { nil: undefined }), (req, inFamily, outFamily) => {
        const without = run(req);
        const coverage: Record<string, unknown> = { ...req.coverage, family: inFamily };
        if (coverage.outOfNetwork && outFamily) coverage.outOfNetwork = { ...(coverage.outOfNetwork as object), family: outFamily };
        const withFamily = run({ ...req, coverage });
        expect(d(withFamily.patient.total).lessThanOrEqualTo(without.patient.total), `${withFamily.patient.total} <= ${without.patient.total}`).to.equal(true);
      }),
      { numRuns: RUNS },
    );
  });
});

// ---- 3. Every result is in the contract and balances ----

/** Any request with the new fields: every plan type (the new fields are accepted, if unused, by all of them). */
const anyRequest = fc
  .record(
    {
      base: commercialRequest,
      planType: fc.constantFrom<Record<string, unknown> | undefined>(
        undefined, undefined, undefined, undefined, // mostly the networked plan types
        { planType: 'medicare', medicarePlan: 'original' },
        { planType: 'medicaid' },
        { planType: 'uninsured' },
        { planType: 'aca', metal: 'silver' },
      ),
      family: fc.option(family(['embedded', 'aggregate']), { nil: undefined }),
      outFamily: fc.option(family(['embedded', 'aggregate']), { nil: undefined }),
      priorAuthorization: fc.option(fc.constantFrom('approved', 'pending', 'unknown'), { nil: undefined }),
      selfPay: fc.option(fc.boolean(), { nil: undefined }),
      outOfNetworkCovered: fc.option(fc.boolean(), { nil: undefined }),
      household: fc.option(
        fc.record({ size: fc.integer({ min: 1, max: 8 }), annualIncome: centsUpTo(200000).map(dollars), state: fc.constantFrom('OH', 'CA', 'AK') }),
        { nil: undefined },
      ),
      paidInFull: fc.option(fc.boolean(), { nil: undefined }),
    },
    { requiredKeys: ['base'] },
  )
  .map((g): Req => {
    const coverage: Record<string, unknown> = { ...g.base.coverage, ...(g.planType ?? {}) };
    if (g.family) coverage.family = g.family;
    if (g.outFamily && coverage.outOfNetwork) coverage.outOfNetwork = { ...(coverage.outOfNetwork as object), family: g.outFamily };
    if (g.priorAuthorization) coverage.priorAuthorization = g.priorAuthorization;
    if (g.selfPay !== undefined) coverage.selfPay = g.selfPay;
    if (g.outOfNetworkCovered !== undefined) coverage.outOfNetworkCovered = g.outOfNetworkCovered;
    return {
      program: g.base.program,
      coverage,
      ...(g.household ? { household: g.household } : {}),
      ...(g.paidInFull !== undefined ? { paidInFull: g.paidInFull } : {}),
    };
  });

describe('plan terms: every result is in the contract and balances', () => {
  it('passes EstimateResultSchema, has patient.notCovered, no NaN or negative amount, and the money balances', () => {
    fc.assert(
      fc.property(anyRequest, (req) => {
        const r = run(req);
        const parsed = EstimateResultSchema.safeParse(r);
        if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
        expect(r.patient.notCovered).to.match(/^\d+\.\d{2}$/);
        if (req.coverage.coveredDaysPerYear === undefined) {
          expect(r.patient.notCovered).to.equal('0.00');
          expect(r.milestones?.notCoveredFrom).to.equal(undefined);
        }
        expect(JSON.stringify(r)).to.not.match(/NaN|Infinity|"-\d/);
        expectBalanced(r);
        const weekly = r.weekly.reduce((sum, w) => sum.plus(w.patient), d(0));
        expect(weekly.minus(r.patient.paidInFullDiscount).toFixed(2)).to.equal(r.patient.total);
      }),
      { numRuns: RUNS },
    );
  });

  it('a range never starts above where it ends (low <= high)', () => {
    // Not written in the spec, but a range whose low end is above its high end means nothing. The spec's low
    // end has "no maximum" while in network the high end stops at the legal self-only limit, so a large copay
    // and coinsurance with an unknown deductible and maximum can push the low end past the high one, e.g.
    // 22 days x (184.88 + 88% of 265.12 = 233.31) = 9200.18 > 9200.00 (2025 limit): the low end should stop
    // at the legal limit too (one person never pays more than it in network).
    fc.assert(
      fc.property(anyRequest, (req) => {
        const r = run(req);
        if (r.range) expect(d(r.range.low).lessThanOrEqualTo(r.range.high), `${r.range.low} <= ${r.range.high}`).to.equal(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('for an insured networked plan, the total is the sum of its parts, notCovered included', () => {
    const insured = anyRequest.filter((req) => req.coverage.selfPay !== true && ['private', 'aca'].includes(req.coverage.planType as string));
    fc.assert(
      fc.property(insured, (req) => {
        const r = run(req);
        const p = r.patient;
        const parts = d(p.deductible).plus(p.copay).plus(p.coinsurance).plus(p.balanceBilled).plus(p.notCovered);
        expect(parts.toFixed(2), 'deductible + copay + coinsurance + balance billed + not covered').to.equal(p.total);
        expectBalanced(r);
      }),
      { numRuns: RUNS },
    );
  });
});
