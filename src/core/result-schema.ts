// The public JSON contract's result: what estimate() returns. Tests check every result against it; npm users
// may too. Kept apart from schemas.ts so that the embed file, which never checks a result, leaves it out.
import * as z from 'zod/mini';

const amountOut = z.string().check(z.regex(/^\d+\.\d{2}$/));

/** `params`: the values in the message, so that a widget can say it in another language. */
export const WarningSchema = z.object({
  code: z.string(),
  message: z.string(),
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]))),
});
export const FigureSchema = z.object({ name: z.string(), value: z.string(), year: z.nullable(z.number()), source: z.string() });

export const EstimateResultSchema = z.object({
  units: z.number(),
  unitKind: z.enum(['day', 'hour']),
  serviceDays: z.number(),
  grossCharges: amountOut,
  allowed: amountOut,
  planPays: amountOut,
  supplementPays: amountOut,
  patient: z.object({
    total: amountOut,
    deductible: amountOut,
    coinsurance: amountOut,
    copay: amountOut,
    balanceBilled: amountOut,
    /** Days past the plan's covered-day limit, at the center's self-pay price. */
    notCovered: amountOut,
    selfPay: amountOut,
    slidingScaleDiscount: amountOut,
    paidInFullDiscount: amountOut,
  }),
  weekly: z.array(z.object({ week: z.number(), start: z.string(), patient: amountOut, planPays: amountOut })),
  planYearResets: z.array(z.string()),
  /** A program that crosses a plan year: from which date, and what the person pays in that plan year (RULES.md §4). */
  planYears: z.optional(z.array(z.object({ from: z.string(), patient: amountOut }))),
  /**
   * Plan numbers unknown: what the person would pay at best and at worst (the total is `high`), and, where the data
   * has a typical plan of the person's kind, `typical`: what they would pay with that plan's numbers standing in
   * for the unknown ones (between `low` and `high`). `typicalPlan` says which plan and which of its numbers were
   * used (only those that stood in, the maximum as the law let it stand); it is not the person's plan, and its
   * figures, sources and years are in `figures` (RULES.md §9).
   */
  range: z.optional(
    z.object({
      low: amountOut,
      high: amountOut,
      typical: z.optional(amountOut),
      typicalPlan: z.optional(
        z.object({
          kind: z.enum(['employerPpo', 'marketplaceSilver', 'medicareAdvantage']),
          network: z.enum(['in', 'out']),
          /** The data file's English name of the plan ("Employer PPO, single coverage"). */
          label: z.string(),
          deductible: z.optional(amountOut),
          coinsurancePercent: z.optional(z.number()),
          oopMax: z.optional(amountOut),
        }),
      ),
    }),
  ),
  milestones: z.optional(z.object({ deductibleMet: z.optional(z.string()), oopMaxReached: z.optional(z.string()), notCoveredFrom: z.optional(z.string()) })),
  slidingScale: z.optional(z.object({ povertyPercent: z.string(), band: z.number(), label: z.optional(z.string()) })),
  paidInFullOffer: z.optional(z.object({ discountPercent: z.number(), discount: amountOut, total: amountOut })),
  paymentPlan: z.optional(
    z.object({
      downPayment: amountOut,
      financed: amountOut,
      months: z.number(),
      aprPercent: z.number(),
      monthly: amountOut,
      installments: z.array(z.object({ due: z.string(), amount: amountOut, interest: amountOut })),
      totalInterest: amountOut,
    }),
  ),
  warnings: z.array(WarningSchema),
  figures: z.array(FigureSchema),
});

export type EstimateResult = z.output<typeof EstimateResultSchema>;
export type Warning = z.output<typeof WarningSchema>;
export type Figure = z.output<typeof FigureSchema>;
