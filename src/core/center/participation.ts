// RULES.md §13: a center that participates in Medicare, or is enrolled in Medicaid, generally may not charge that
// program's beneficiaries privately for the services it covers (42 CFR 489.21 and 489.30; 42 CFR 447.15).
import type { EstimateRequest, Warning } from '../schemas.ts';
import type { CenterConfig } from './center-config.ts';

export type PublicProgram = 'medicare' | 'medicaid';

/** As the configuration says (`participates`); else yes when it states the program's rate or lists it as a payer. */
export function participatesIn(center: CenterConfig, program: PublicProgram): boolean {
  const stated = center.participates?.[program];
  if (stated !== undefined) return stated;
  return center[program] !== undefined || (center.inNetworkPayers ?? []).some((payer) => payer.trim().toLowerCase() === program);
}

/** The program whose rules keep this person from being offered self-pay at this center, if any. */
export function selfPayLimitedBy(request: EstimateRequest, center: CenterConfig): PublicProgram | null {
  const planType = request.coverage.planType;
  return (planType === 'medicare' || planType === 'medicaid') && participatesIn(center, planType) ? planType : null;
}

/** What a beneficiary asking for the self-pay price at such a center is told. */
export function selfPayLimitWarning(program: PublicProgram, center: CenterConfig): Warning {
  return program === 'medicare'
    ? {
        code: 'self-pay-limited',
        message: `${center.name} takes Medicare, so it generally may not charge a Medicare beneficiary privately for services Medicare covers (42 CFR 489.21, 489.30): a self-pay price applies only to what Medicare does not cover.`,
        params: { program, center: center.name },
      }
    : {
        code: 'self-pay-limited',
        message: `${center.name} takes Medicaid, so it generally must accept Medicaid's payment as payment in full for services Medicaid covers (42 CFR 447.15): a self-pay price applies only to what Medicaid does not cover.`,
        params: { program, center: center.name },
      };
}
