// An estimate that travels without a server: in a link's fragment (`#iop=...`) or in a .json file. The
// object is public API: { v: 1, request, scenarios?, patient?, about?, intake? }. Its text is UTF-8 JSON; in a
// link it is base64url-encoded (RFC 4648 section 5, without padding), so it never reaches a server: browsers
// do not send the fragment. A file is the counselor's own record and keeps everything; a link is read by
// whoever holds it (a browser's history, a synced device, a chat's preview), so `forLink` keeps only the
// program, the plans' terms and the scenarios' names, and the household only when the counselor asks.
import * as z from 'zod/mini';
import { FRAGMENT_KEY } from './link-fragment.ts';
import { EstimateRequestSchema, isoDate, type EstimateRequest } from '../schemas.ts';
import { toFieldErrors } from '../validation.ts';

export { FRAGMENT_KEY };

export const MAX_SCENARIOS = 3;
/** A saved estimate is a few KB; a file much larger is not one, and reading it would freeze the page. */
export const MAX_FILE_BYTES = 1_000_000;
export const FILE_TOO_LARGE = 'it is larger than 1 MB, too large to be a saved estimate';

/**
 * Free text a counselor types: a name, a number, a note. A saved estimate's fields are short. (A refinement
 * rather than z.maxLength: zod's checks live with the first screen, which has no other use for that one.)
 */
const text = z.string().check(z.refine((value) => value.length <= 2000, { error: 'must be at most 2,000 characters' }));

/** What a benefits check found, as the payer's representative or the eligibility response said it. */
export const BenefitsCheckSchema = z.object({
  /** The insurer as the counselor wrote it ("Cigna"), listed by the center or not. */
  insurer: z.optional(text),
  memberId: z.optional(text),
  groupNumber: z.optional(text),
  /** The subscriber (policy holder), when not the patient. */
  subscriber: z.optional(text),
  verifiedOn: z.optional(isoDate),
  representative: z.optional(text),
  callReference: z.optional(text),
  /** The prior authorization's number; its status is the request's `coverage.priorAuthorization`. */
  priorAuthorizationNumber: z.optional(text),
  notes: z.optional(text),
});

const ScenarioAboutSchema = z.object({
  /** The counselor's name for the scenario ("Aetna PPO in network"). Links keep it. */
  name: z.optional(text),
  /** ICD-10-CM codes for the Good Faith Estimate. Health information: files only. */
  diagnosisCodes: z.optional(z.array(text)),
  /** The benefits check behind the scenario: files only. */
  benefits: z.optional(BenefitsCheckSchema),
  /**
   * Set by `forLink` when it left out the household of a scenario whose price depends on it (a sliding
   * scale): the page that opens the link says so on that scenario rather than showing the full price silently.
   */
  householdLeftOut: z.optional(z.boolean()),
});

export const SharedEstimateSchema = z.object({
  /** The format's version; a reader refuses a version it does not know. */
  v: z.literal(1, { error: 'must be 1 (the only version of this format)' }),
  /** The estimate every mode of the widget opens: the first scenario. */
  request: EstimateRequestSchema,
  /** Every scenario side by side, in order, the first being `request` (counselor mode). */
  scenarios: z.optional(
    z.array(EstimateRequestSchema).check(
      z.refine((list) => list.length >= 1 && list.length <= MAX_SCENARIOS, { error: `must hold 1 to ${MAX_SCENARIOS} scenarios` }),
    ),
  ),
  /** Who the estimate is for, as the counselor typed it: in files only (links from before 2027 may hold a name and birth date). */
  patient: z.optional(
    z.object({
      name: z.optional(text),
      birthDate: z.optional(isoDate),
      phone: z.optional(text),
      /** A mailing address, or the center's account number for the patient. */
      address: z.optional(text),
      account: z.optional(text),
    }),
  ),
  /** Each scenario's own words, in the order of `scenarios` (or for `request` alone). */
  about: z.optional(z.array(ScenarioAboutSchema).check(z.refine((list) => list.length <= MAX_SCENARIOS, { error: `must describe at most ${MAX_SCENARIOS} scenarios` }))),
  /** The estimate as the center files it: in files only. */
  intake: z.optional(
    z.object({
      estimateNumber: z.optional(text),
      validUntil: z.optional(isoDate),
      counselor: z.optional(z.object({ name: z.optional(text), phone: z.optional(text) })),
    }),
  ),
});

export type SharedEstimate = z.output<typeof SharedEstimateSchema>;
export type BenefitsCheck = z.output<typeof BenefitsCheckSchema>;
export type ScenarioAbout = z.output<typeof ScenarioAboutSchema>;

export type ReadOutcome = { ok: true; shared: SharedEstimate } | { ok: false; message: string };

/** A plan's terms without what the person has already paid toward them this year (their history). */
function withoutHistory<T extends { deductibleMet?: unknown; oopMet?: unknown }>(terms: T): Omit<T, 'deductibleMet' | 'oopMet'> {
  const { deductibleMet: _deductibleMet, oopMet: _oopMet, ...rest } = terms;
  return rest;
}

/**
 * A request without what tells of the person: their household (size, income, state), their means (what they can
 * pay a month, a down payment) and their history (amounts already paid toward the deductible and maximum, in
 * every network and for the family, covered days used, whether a prior authorization was approved). What stays
 * is the program and the plan as any member of it has it.
 */
function withoutPerson({ household: _household, paymentPlan, coverage, ...request }: EstimateRequest): EstimateRequest {
  const { coveredDaysUsed: _used, priorAuthorization: _authorization, outOfNetwork, family, ...terms } = withoutHistory(coverage);
  const { monthlyBudget: _budget, downPayment: _downPayment, ...plan } = paymentPlan ?? {};
  const outFamily = outOfNetwork?.family;
  return {
    ...request,
    coverage: {
      ...terms,
      ...(outOfNetwork ? { outOfNetwork: { ...withoutHistory(outOfNetwork), ...(outFamily ? { family: withoutHistory(outFamily) } : {}) } } : {}),
      ...(family ? { family: withoutHistory(family) } : {}),
    },
    ...(Object.keys(plan).length ? { paymentPlan: plan } : {}),
  };
}

/**
 * The same estimate without what identifies the person or tells of their means and history: the patient's name
 * and birth date, and in every scenario what withoutPerson leaves out. The receiving page asks for them again.
 */
export function withoutPersonalDetails(shared: SharedEstimate): SharedEstimate {
  const { patient: _patient, ...rest } = shared;
  return { ...rest, request: withoutPerson(shared.request), ...(shared.scenarios ? { scenarios: shared.scenarios.map(withoutPerson) } : {}) };
}

/**
 * What a link may carry: the scenarios' programs and plans' terms and their names; never the patient, the
 * intake record, diagnosis codes or the benefits check. The household, means and history only when the
 * counselor ticks it (`household`). `householdPriced` tells, per scenario, whether its price depended on the
 * household (a sliding-scale discount), so that its leaving out is said on that scenario.
 */
export function forLink(shared: SharedEstimate, { household = false, householdPriced = [] as readonly boolean[] } = {}): SharedEstimate {
  const { patient: _patient, intake: _intake, about, ...rest } = shared;
  const kept = household ? rest : withoutPersonalDetails(rest);
  const count = shared.scenarios?.length ?? 1;
  const linkAbout = Array.from({ length: count }, (_, i): ScenarioAbout => {
    const name = about?.[i]?.name?.trim();
    return { ...(name ? { name } : {}), ...(!household && householdPriced[i] ? { householdLeftOut: true } : {}) };
  });
  return { ...kept, ...(linkAbout.some((a) => Object.keys(a).length) ? { about: linkAbout } : {}) };
}

/** The object's JSON text, as a downloaded file holds it. */
export function toJson(shared: SharedEstimate): string {
  return `${JSON.stringify(shared, null, 2)}\n`;
}

/** The fragment for a link, without the leading '#'. */
export function toFragment(shared: SharedEstimate): string {
  const bytes = new TextEncoder().encode(JSON.stringify(shared));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return FRAGMENT_KEY + btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Reads a link's fragment (with or without '#'); null when it carries no shared estimate. */
export function readFragment(fragment: string): ReadOutcome | null {
  const text = fragment.replace(/^#/, '');
  if (!text.startsWith(FRAGMENT_KEY)) return null;
  const encoded = text.slice(FRAGMENT_KEY.length);
  if (!/^[A-Za-z0-9_-]*$/.test(encoded) || encoded.length % 4 === 1) {
    return { ok: false, message: 'the link was cut short or changed (it is not base64url text)' };
  }
  let json: string;
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
    json = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return { ok: false, message: 'the link was cut short or changed (its text is not UTF-8)' };
  }
  return readJson(json);
}

/** Reads a shared estimate's JSON text (a downloaded file, or a link's decoded fragment). */
export function readJson(json: string): ReadOutcome {
  if (json.length > MAX_FILE_BYTES) return { ok: false, message: FILE_TOO_LARGE };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, message: 'it is not JSON' };
  }
  const parsed = SharedEstimateSchema.safeParse(value);
  if (!parsed.success) {
    const [first] = toFieldErrors(parsed.error.issues, value);
    return { ok: false, message: first ? `${first.field}: ${first.message}` : 'it is not an estimate' };
  }
  return { ok: true, shared: parsed.data };
}
