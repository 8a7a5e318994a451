// The estimate: validates a request and a center configuration, prices the program and adjudicates
// it for the person's plan type, then adds the sliding scale, discounts and payment plan.
import { trackCenter } from './center/track-rates.ts';
import { servicesThatDay } from './claims/allowed.ts';
import type { CenterConfig } from './center/center-config.ts';
import { EXAMPLE_CENTER, parseCenterConfig } from './center/parse-center-config.ts';
import { EstimateRequestSchema, type EstimateRequest, type EstimateResult, type Figure, type Warning } from './schemas.ts';
import { today } from './dates.ts';
import { priceCommercial } from './coverage/commercial.ts';
import { isOriginalMedicare, usesSelfPay, type Context, type Priced } from './coverage/context.ts';
import { priceMedicaid } from './coverage/medicaid.ts';
import { advantageOutOfNetwork } from './coverage/medicare-advantage.ts';
import { priceOriginalMedicare } from './coverage/original-medicare.ts';
import { priceSelfPay } from './coverage/self-pay.ts';
import { figuresInForce } from './reference/in-force.ts';
import { referenceData as shippedData, type ReferenceData } from './reference/reference-data.ts';
import { buildResult } from './result.ts';
import { schedule } from './claims/units.ts';
import { toFieldErrors, type FieldError } from './validation.ts';

export type EstimateOutcome = { ok: true; result: EstimateResult } | { ok: false; errors: FieldError[] };

export interface EstimateOptions {
  /** Reference figures to use instead of the ones shipped in data/ (tests, or a newer year). */
  referenceData?: ReferenceData;
  /** The date a program without a start date starts on (default: today, UTC). */
  today?: string;
  /** The language the center's words (band names, its name) are wanted in, where its file gives them per language. */
  language?: string;
}

export { EXAMPLE_CENTER, parseCenterConfig };

/** Checks an estimate request; errors name the field ("coverage.deductible"). */
export function parseRequest(request: unknown): { ok: true; request: EstimateRequest } | { ok: false; errors: FieldError[] } {
  const parsed = EstimateRequestSchema.safeParse(request);
  return parsed.success ? { ok: true, request: parsed.data } : { ok: false, errors: toFieldErrors(parsed.error.issues, request) };
}

/** Never throws: bad input comes back as field errors. */
export function estimate(request: unknown, center: unknown = EXAMPLE_CENTER, options: EstimateOptions = {}): EstimateOutcome {
  const centerParsed = parseCenterConfig(center, options.language);
  const requestParsed = parseRequest(request);
  const errors = [...(centerParsed.ok ? [] : centerParsed.errors), ...(requestParsed.ok ? [] : requestParsed.errors)];
  if (!centerParsed.ok || !requestParsed.ok) return { ok: false, errors };
  try {
    return computeEstimate(requestParsed.request, centerParsed.center, options);
  } catch (error) {
    return { ok: false, errors: [{ field: '(estimate)', message: error instanceof Error ? error.message : String(error) }] };
  }
}

function computeEstimate(request: EstimateRequest, centerConfig: CenterConfig, options: EstimateOptions): EstimateOutcome {
  const { track } = request.program;
  if (track !== undefined && !centerConfig.programs?.[track]) {
    return { ok: false, errors: [{ field: 'program.track', message: `is not one of the center's program tracks (it has ${centerConfig.programs?.length ?? 0})` }] };
  }
  const center = trackCenter(centerConfig, track);
  const data = options.referenceData ?? shippedData;
  const startDate = request.program.startDate ?? options.today ?? today();
  const warnings: Warning[] = [];
  const figures: Figure[] = [];
  if (center.example) {
    warnings.push({ code: 'example-center', message: `These prices are those of "${center.name}", a fictional example, not a real treatment center.`, params: { center: center.name } });
  }
  const sched = schedule(request.program, startDate, center.billing.unit, center.billing.hoursPerDay);
  const ctx: Context = { request, center, data, inForce: figuresInForce(data, warnings), schedule: sched, warnings, figures };
  hoursWarnings(ctx);
  priorAuthorizationWarning(ctx);

  const missing = missingCenterFigure(ctx);
  if (missing) return { ok: false, errors: [missing] };

  const priced = priceForPlan(ctx);
  return { ok: true, result: buildResult(ctx, priced, startDate) };
}

function priceForPlan(ctx: Context): Priced {
  if (usesSelfPay(ctx.request)) return priceSelfPay(ctx);
  if (ctx.request.coverage.planType === 'medicaid') return priceMedicaid(ctx);
  if (isOriginalMedicare(ctx.request)) return priceOriginalMedicare(ctx);
  return priceCommercial(ctx);
}

/** A plan type the center has not configured can't be estimated: say which setting is missing. */
function missingCenterFigure(ctx: Context): FieldError | null {
  if (usesSelfPay(ctx.request)) return null;
  if (ctx.request.coverage.planType === 'medicaid' && !ctx.center.medicaid) {
    return { field: 'center.medicaid', message: `${ctx.center.name} has not set the Medicaid rate it is paid (medicaid.perUnit), so a Medicaid estimate can't be made.` };
  }
  if (isOriginalMedicare(ctx.request) && !ctx.center.medicare) {
    return { field: 'center.medicare', message: `${ctx.center.name} has not set what Original Medicare pays it per day (medicare.perDiem), so a Medicare estimate can't be made.` };
  }
  if (advantageOutOfNetwork(ctx.request, ctx.center) && !ctx.center.medicare) {
    return { field: 'center.medicare', message: `${ctx.center.name} has not set what Original Medicare pays it per day (medicare.perDiem), which is what a Medicare Advantage plan allows out of network, so this estimate can't be made.` };
  }
  return null;
}

/** RULES.md §7: a plan that pays only for authorized days may deny the days before its approval. */
function priorAuthorizationWarning({ request, warnings }: Context): void {
  const status = request.coverage.priorAuthorization;
  if (usesSelfPay(request) || isOriginalMedicare(request) || !status || status === 'approved') return;
  warnings.push(
    status === 'pending'
      ? { code: 'prior-authorization-pending', message: 'Prior authorization is still pending: days of treatment before your plan approves them may be denied, and you could owe their full cost.' }
      : { code: 'prior-authorization-unknown', message: 'Most plans require prior authorization for an IOP: ask the center or your plan before you start, because days without it may be denied.' },
  );
}

function hoursWarnings({ request, schedule: sched, warnings }: Context): void {
  const hours = request.program.hoursPerWeek;
  if (hours >= 20) {
    warnings.push({ code: 'partial-hospitalization-hours', message: `${hours} hours a week is the intensity of partial hospitalization (20 or more), which plans cover and price differently from an IOP.`, params: { hours } });
  } else if (hours < 9) {
    warnings.push({ code: 'below-iop-hours', message: `${hours} hours a week is below the usual adult IOP minimum of 9 hours (6 for adolescents); a plan may treat it as ordinary outpatient therapy.`, params: { hours } });
  }
  if (request.coverage.planType === 'medicare' && hours < 9) {
    warnings.push({ code: 'medicare-hours-below-9', message: 'Medicare covers IOP only when a physician certifies a need for at least 9 hours of services a week.' });
  }
  if (isOriginalMedicare(request) && sched.days.some((day) => servicesThatDay(day).lessThan(3))) {
    warnings.push({ code: 'medicare-fewer-than-3-services', message: 'Days with fewer than 3 hours of services may not be paid by Medicare as IOP days; the estimate prices them as 3-service days.' });
  }
}
