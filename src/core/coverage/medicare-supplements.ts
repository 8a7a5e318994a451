// What pays some of a Medicare beneficiary's cost sharing beside Medicare (RULES.md §10-§11): a Medigap plan, with
// Original Medicare only, and Medicaid, with either Medicare: a provider may not bill a Qualified Medicare
// Beneficiary any Medicare deductible, coinsurance or copay (Social Security Act 1902(n)(3)(B)), nor, when it takes
// Medicaid, another person with full Medicaid (42 CFR 447.15).
import type Decimal from 'decimal.js';
import type { AdjudicatedDay } from '../claims/adjudicate.ts';
import { addFigure, addWarning, figure } from '../reference/figures.ts';
import { dollars, max, min, money, percentOf, toCents, ZERO } from '../money.ts';
import type { MedigapEntry } from '../reference/reference-data.ts';
import type { Supplement } from '../schemas.ts';
import type { CenterConfig } from '../center/center-config.ts';
import { participatesIn } from '../center/participation.ts';
import { asLines, type Context, type Line } from './context.ts';

type Owed = Pick<Line, 'deductible' | 'copay' | 'coinsurance'>;

/** The day with what the person still owes of its cost sharing; the supplement pays the rest of it. */
function withShare(day: AdjudicatedDay, owed: Owed): Line {
  const [line] = asLines([day]) as [Line];
  const covered = day.deductible.plus(day.copay).plus(day.coinsurance).minus(owed.deductible).minus(owed.copay).minus(owed.coinsurance);
  return { ...line, ...owed, patient: day.patient.minus(covered), planPays: day.planPays.plus(covered), supplementPays: covered };
}


/** Whether Medicaid pays all of this person's Medicare cost sharing at this center. */
export function medicaidPaysCostSharing(center: CenterConfig, supplement: Supplement | undefined): boolean {
  return supplement === 'qmb' || (supplement === 'full-medicaid' && participatesIn(center, 'medicaid'));
}

/**
 * Medicaid's help with Medicare's cost sharing, in Original Medicare or Medicare Advantage. A Qualified Medicare
 * Beneficiary owes none of it anywhere (Social Security Act 1902(n)(3)(B)). Another person with full Medicaid owes
 * none of it at a center enrolled in Medicaid, which accepts Medicaid's payment as payment in full (42 CFR 447.15);
 * elsewhere Medicaid pays nothing. Null when `supplement` is no Medicaid help.
 */
export function medicaidHelp(ctx: Context, days: readonly AdjudicatedDay[], supplement: Supplement | undefined): Line[] | null {
  if (supplement === 'qmb') {
    ctx.warnings.push({
      code: 'supplement-qmb',
      message: 'As a Qualified Medicare Beneficiary you owe nothing for Medicare-covered services: providers may not bill you the deductible, coinsurance or copays.',
    });
  } else if (supplement === 'full-medicaid') {
    const center = ctx.center.name;
    if (!medicaidPaysCostSharing(ctx.center, supplement)) {
      ctx.warnings.push({ code: 'supplement-full-medicaid-not-enrolled', message: `${center} does not take Medicaid, so Medicaid does not pay your Medicare cost sharing here: the estimate shows it as yours.`, params: { center } });
      return asLines(days);
    }
    ctx.warnings.push({
      code: 'supplement-full-medicaid',
      message: `With full Medicaid as well as Medicare, Medicaid pays your Medicare cost sharing at ${center}, which takes Medicaid and accepts its payment in full: you owe none of it here but any small Medicaid copay your state charges.`,
      params: { center },
    });
  } else {
    return null;
  }
  return days.map((day) => withShare(day, { deductible: ZERO, copay: ZERO, coinsurance: ZERO }));
}

/**
 * Original Medicare's days with the person's Medigap plan (or QMB) applied. `paidTowardLimit` is what the person has
 * paid this calendar year toward a plan K or L yearly limit or a high deductible (the Part B deductible counts).
 */
export function withSupplement(ctx: Context, days: readonly AdjudicatedDay[], supplement: Supplement, paidTowardLimit: Decimal): Line[] {
  switch (supplement) {
    case 'none':
      ctx.warnings.push({ code: 'medicare-no-maximum', message: 'Original Medicare has no out-of-pocket maximum: the 20% coinsurance continues for the whole program unless a Medigap plan or other coverage pays it.' });
      return asLines(days);
    case 'qmb':
    case 'full-medicaid':
      return medicaidHelp(ctx, days, supplement)!;
    case 'medigap-coinsurance':
      ctx.warnings.push({ code: 'supplement-medigap-coinsurance', message: 'Your Medigap plan pays the Part B coinsurance; you pay the Part B deductible.' });
      return days.map((day) => withShare(day, { deductible: day.deductible, copay: ZERO, coinsurance: ZERO }));
    case 'medigap-full':
      ctx.warnings.push({ code: 'supplement-medigap-full', message: 'Your Medigap plan pays the Part B deductible and coinsurance (plans C and F, for people eligible for Medicare before 2020).' });
      return days.map((day) => withShare(day, { deductible: ZERO, copay: ZERO, coinsurance: ZERO }));
    default:
      return withYearlyLimit(ctx, days, supplement, paidTowardLimit);
  }
}

/**
 * Plans K and L pay 50% and 75% of the Part B coinsurance until the person's own spending reaches the year's limit,
 * then all of it; the Part B deductible is the person's and counts toward the limit (Social Security Act 1882(w)).
 * A high-deductible F or G pays nothing until the person has paid the year's high deductible of Medicare costs;
 * then F pays the rest of the deductible and coinsurance, G the coinsurance only.
 */
function withYearlyLimit(ctx: Context, days: readonly AdjudicatedDay[], supplement: 'medigap-k' | 'medigap-l' | 'medigap-high-deductible-f' | 'medigap-high-deductible-g', paidTowardLimit: Decimal): Line[] {
  let year = '';
  let paid = paidTowardLimit;
  let entry: MedigapEntry | undefined;
  return days.map((day) => {
    // Medigap limits run by calendar year, as Medicare's deductible does.
    if (day.date.slice(0, 4) !== year) {
      if (year) paid = ZERO;
      year = day.date.slice(0, 4);
      entry = medigapFor(ctx, year, supplement);
    }
    const owed = supplement === 'medigap-k' || supplement === 'medigap-l'
      ? sharedCoinsurance(day, supplement === 'medigap-k' ? entry!.planK : entry!.planL, paid)
      : highDeductible(day, money(entry!.highDeductible), paid, supplement === 'medigap-high-deductible-g');
    paid = paid.plus(owed.deductible).plus(owed.coinsurance);
    return withShare(day, owed);
  });
}

function sharedCoinsurance(day: AdjudicatedDay, plan: MedigapEntry['planK'], paid: Decimal): Owed {
  const room = max(money(plan.outOfPocketLimit).minus(paid).minus(day.deductible), ZERO);
  const share = toCents(percentOf(day.coinsurance, 100 - plan.coinsurancePaidPercent));
  return { deductible: day.deductible, copay: ZERO, coinsurance: min(share, room) };
}

function highDeductible(day: AdjudicatedDay, deductible: Decimal, paid: Decimal, partBDeductibleOwed: boolean): Owed {
  let room = max(deductible.minus(paid), ZERO);
  const partB = partBDeductibleOwed ? day.deductible : min(day.deductible, room);
  room = max(room.minus(partB), ZERO);
  return { deductible: partB, copay: ZERO, coinsurance: min(day.coinsurance, room) };
}

const PLAN_NAMES = { 'medigap-k': 'Plan K', 'medigap-l': 'Plan L', 'medigap-high-deductible-f': 'high-deductible Plan F', 'medigap-high-deductible-g': 'high-deductible Plan G' };

/** The year's figures for the plan, listed once with their source, and what the plan does said once. */
function medigapFor(ctx: Context, year: string, supplement: keyof typeof PLAN_NAMES): MedigapEntry {
  const entry = ctx.inForce('medigap', `${year}-01-01`);
  const name = PLAN_NAMES[supplement];
  if (supplement === 'medigap-k' || supplement === 'medigap-l') {
    const plan = supplement === 'medigap-k' ? entry.planK : entry.planL;
    const limit = money(plan.outOfPocketLimit).toFixed(2);
    addFigure(ctx.figures, figure(`Medigap ${name} yearly out-of-pocket limit`, limit, entry));
    addFigure(ctx.figures, figure(`Medigap ${name} share of the Part B coinsurance (%)`, String(plan.coinsurancePaidPercent), entry));
    addWarning(ctx.warnings, {
      code: 'supplement-medigap-shared',
      message: `Your Medigap ${name} pays ${plan.coinsurancePaidPercent}% of the Part B coinsurance until you have paid ${dollars(limit)} in ${entry.year} (the Part B deductible counts toward it), then all of it for the rest of the year; you pay the Part B deductible.`,
      params: { plan: supplement === 'medigap-k' ? 'K' : 'L', percent: plan.coinsurancePaidPercent, limit, year: entry.year ?? Number(year) },
    });
  } else {
    const deductible = money(entry.highDeductible).toFixed(2);
    addFigure(ctx.figures, figure('Medigap high-deductible Plan F and G deductible', deductible, entry));
    const planF = supplement === 'medigap-high-deductible-f';
    addWarning(ctx.warnings, {
      code: 'supplement-medigap-high-deductible',
      message: `Your ${name} pays nothing until you have paid ${dollars(deductible)} of Medicare costs in ${entry.year}; then it pays ${planF ? 'the Part B deductible and coinsurance' : 'the Part B coinsurance (you still pay the Part B deductible)'} for the rest of the year.`,
      params: { plan: planF ? 'F' : 'G', deductible, year: entry.year ?? Number(year) },
    });
  }
  return entry;
}
