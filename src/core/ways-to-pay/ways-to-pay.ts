// RULES.md §19: every way an uninsured person may pay besides the center's price, beside their estimate: Medicaid
// in their state, a Marketplace plan, the center's own assistance and the national helplines. Options only: the
// estimate's total is unchanged. A module of its own (the embed loads it for those who need it, with its data).
import type Decimal from 'decimal.js';
import { participatesIn } from '../center/participation.ts';
import { usesSelfPay } from '../coverage/context.ts';
import { today as todayUtc } from '../dates.ts';
import { estimate, parseCenterConfig, parseRequest, EXAMPLE_CENTER, type EstimateOptions } from '../estimate.ts';
import { money } from '../money.ts';
import { figuresInForce } from '../reference/in-force.ts';
import { guidelineFor, povertyLevel, stateGroup } from '../reference/poverty.ts';
import { referenceData } from '../reference/reference-data.ts';
import type { EstimateRequest, EstimateResult, Figure, Warning } from '../schemas.ts';
import type { CenterConfig } from '../center/center-config.ts';
import type { FieldError } from '../validation.ts';
import { centerAssistance, type CenterAssistanceFinding } from './center-assistance.ts';
import { marketplaceFinding, type MarketplaceFinding } from './marketplace-path.ts';
import { medicaidFinding, type MedicaidFinding } from './medicaid-path.ts';
import { waysToPayData, type NationalResource, type WaysToPayData } from './ways-to-pay-data.ts';

export interface WaysToPay {
  /** The day the rules were read for: an application or enrollment made today. */
  asOf: string;
  /** Uninsured, with a household: what Medicaid may mean, and with this center's rate what the program would cost. */
  medicaid?: MedicaidFinding & { centerTakesMedicaid: boolean; programCost?: string };
  /** Uninsured, with a household: what the Marketplace may offer. */
  marketplace?: MarketplaceFinding;
  /** The center's own assistance, matched against what the person said. */
  center: CenterAssistanceFinding;
  /** National helplines and locators, for the uninsured. */
  resources: Omit<NationalResource, 'sources'>[];
}

export type WaysToPayOutcome = { ok: true; waysToPay: WaysToPay; result: EstimateResult } | { ok: false; errors: FieldError[] };

/** Never throws: bad input comes back as field errors, as from estimate(). */
export function waysToPay(
  request: unknown,
  center: unknown = EXAMPLE_CENTER,
  options: EstimateOptions & { waysToPayData?: WaysToPayData } = {},
): WaysToPayOutcome {
  const outcome = estimate(request, center, options);
  if (!outcome.ok) return outcome;
  const parsedRequest = parseRequest(request);
  const parsedCenter = parseCenterConfig(center, options.language);
  if (!parsedRequest.ok || !parsedCenter.ok) return { ok: false, errors: [] };
  try {
    return { ok: true, waysToPay: findWays(parsedRequest.request, parsedCenter.center, outcome.result, options), result: outcome.result };
  } catch (error) {
    return { ok: false, errors: [{ field: '(ways to pay)', message: error instanceof Error ? error.message : String(error) }] };
  }
}

function findWays(request: EstimateRequest, center: CenterConfig, result: EstimateResult, options: EstimateOptions & { waysToPayData?: WaysToPayData }): WaysToPay {
  const data = options.waysToPayData ?? waysToPayData;
  const reference = options.referenceData ?? referenceData;
  const asOf = options.today ?? todayUtc();
  const household = request.household;
  const uninsured = request.coverage.planType === 'uninsured';
  const warnings: Warning[] = [];
  const figures: Figure[] = [];
  // The guidelines in force when the person would apply (Medicaid uses the current year's).
  const percent: Decimal | undefined = household
    ? povertyLevel(household, asOf, { data: reference, inForce: figuresInForce(reference, warnings), warnings, figures }).percent
    : undefined;

  let medicaid: WaysToPay['medicaid'];
  let marketplace: MarketplaceFinding | undefined;
  if (uninsured && household && percent) {
    // The data covers the 50 states and DC; the territories' Medicaid differs, and they have no Marketplace.
    const found = medicaidFinding(data.medicaid, household.state, asOf, percent, household.parent);
    if (found) {
      const centerTakesMedicaid = participatesIn(center, 'medicaid') && center.medicaid !== undefined;
      let programCost: string | undefined;
      if (centerTakesMedicaid) {
        const withMedicaid = estimate({ ...request, coverage: { planType: 'medicaid' } }, center, options);
        if (withMedicaid.ok) programCost = withMedicaid.result.patient.total;
      }
      medicaid = { ...found, centerTakesMedicaid, ...(programCost !== undefined ? { programCost } : {}) };
    }
    // The Marketplace's credits use an earlier year's guidelines (data/marketplace.json says which).
    const group = stateGroup(household.state);
    const percentFor = (year: number) => {
      const entry = reference.povertyGuidelines.entries.find((e) => e.year === year);
      const guideline = entry && guidelineFor(entry[group], household.size);
      return guideline ? money(household.annualIncome).dividedBy(guideline).times(100) : null;
    };
    if (found) marketplace = marketplaceFinding(data.marketplace, household.state, asOf, percentFor, medicaid?.outlook === 'likely');
  }

  const assistance = centerAssistance(center, request, percent, money(result.patient.total));
  // A scholarship is toward the self-pay price: for people paying it.
  if (!usesSelfPay(request)) assistance.scholarships = [];
  const resources = uninsured ? data.resources.resources.map(({ sources: _sources, ...resource }) => resource) : [];
  return {
    asOf,
    ...(medicaid ? { medicaid } : {}),
    ...(marketplace ? { marketplace } : {}),
    center: assistance,
    resources,
  };
}
