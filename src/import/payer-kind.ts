// What kind of coverage a price file's payer and plan are, read from their names: so that a government plan's rate
// never becomes the commercial default, and a Medicare Advantage or Marketplace rate is kept for that coverage.
// Files name payers freely ("BCBS MEDICARE ADVANTAGE PPO", "Humana Military - TRICARE East", "Molina Medicaid"):
// a name that says none of these is commercial.

export type PayerKind = 'medicare' | 'medicaid' | 'government' | 'aca' | 'commercial';

/** Medicare and Medicare Advantage (Part C) plans, and the Medicare-Medicaid plans for dual-eligible people. */
const MEDICARE = /medicare|\bmedadv\b|\bMAPD\b|\bD-?SNP\b|senior\s*advantage|\bmmp\b/i;
/** Medicaid and its managed-care and children's programs, under the names states give them. */
const MEDICAID = /medicaid|medi-cal|\bchip\b|\bcaid\b|mass\s*health|masshealth|tenncare|ahcccs|badgercare|soonercare|healthy\s*(?:blue|michigan|louisiana|connect)/i;
/** Other government programs, which the widget does not estimate: TRICARE, the VA, CHAMPVA, workers' compensation. */
const GOVERNMENT = /tricare|champva|champus|\bva\b|veterans|humana\s*military|health\s*net\s*federal|worker'?s'?\s*comp/i;
/** Plans bought on the Marketplace (HealthCare.gov or a state exchange). */
const MARKETPLACE = /marketplace|exchange|\baca\b|affordable\s*care|\bQHP\b|ambetter|obamacare/i;

/**
 * The kind of coverage of a payer and plan. A name can say two things ("Medicare Medicaid plan"): Medicare comes
 * first (a dual plan pays as Medicare does, with Medicaid behind it), then Medicaid, the other government programs
 * and the Marketplace.
 */
export function payerKind(payer: string | undefined, plan: string | undefined): PayerKind {
  const name = `${payer ?? ''} | ${plan ?? ''}`;
  if (MEDICARE.test(name)) return 'medicare';
  if (MEDICAID.test(name)) return 'medicaid';
  if (GOVERNMENT.test(name)) return 'government';
  if (MARKETPLACE.test(name)) return 'aca';
  return 'commercial';
}

/** The kind in a few words, for the report. */
export const PAYER_KIND_WORDS: Record<PayerKind, string> = {
  medicare: 'Medicare or Medicare Advantage',
  medicaid: 'Medicaid',
  government: 'a government plan (TRICARE, VA, workers’ compensation)',
  aca: 'a Marketplace plan',
  commercial: 'a commercial plan',
};
