// The reference data behind "other ways to pay" (data/medicaid-eligibility.json, data/marketplace.json,
// data/national-resources.json): who Medicaid covers in each state, the Marketplace's enrollment dates and tax
// credit range, and the national helplines. Apart from data/'s other tables because only the uninsured need it:
// it loads with this module, not with every estimate. Each file's `notes` (at any level) say what was read where,
// for people checking data/; the built files leave them out (vite.config.ts).
import medicaidEligibility from '../../../data/medicaid-eligibility.json';
import marketplace from '../../../data/marketplace.json';
import nationalResources from '../../../data/national-resources.json';
import type { Source } from '../reference/figures.ts';

export interface StateMedicaid {
  name: string;
  /** Covers the ACA's adult group (income up to 138% of the poverty guideline, the 5% disregard included). */
  expanded: boolean;
  /** The income limit for an adult without dependent children, % of the guideline (0: none). */
  adultPercent: number;
  /** A condition on it, in plain words (Georgia Pathways' hours of work or study). */
  adultCondition: string | null;
  /** The income limit for a parent or caretaker of a dependent child, % of the guideline. */
  parentPercent: number;
  /** Months before the application the state's Medicaid can pay for today, under its own rules. */
  retroactiveMonths: number;
  retroactiveNote: string | null;
  apply: { name: string; url: string };
  /** false where a figure could not be read in a source: the widget then says so. */
  confirmed: boolean;
  sources: string[];
}

export interface MedicaidEligibilityData {
  sources: Record<string, Source>;
  /** Federal limits on retroactive coverage, by the date of the application. */
  retroactive: { inForceFrom: string; expansionAdultsMonths: number; otherAdultsMonths: number; source: string }[];
  entries: { inForceFrom: string; states: Record<string, StateMedicaid> }[];
}

export interface CoverageYear {
  year: number;
  /** HealthCare.gov's; `coverageStartsJanuary1IfEnrolledBy`: a plan picked by then starts on January 1. */
  openEnrollment: { start: string; end: string; coverageStartsJanuary1IfEnrolledBy?: string };
  premiumTaxCredit: { fromPercent: number; upToPercent: number | null };
  /** The poverty guidelines that year's tax credits use (the year before's). */
  povertyGuidelinesYear: number;
  confirmed: boolean;
  sources: string[];
}

export interface Exchange {
  name: string;
  url: string;
  /** The first coverage year the state ran it (residents used HealthCare.gov before). */
  since?: number;
  /** The state's own last day of open enrollment, by coverage year, where it differs from HealthCare.gov's. */
  openEnrollmentEnd?: Record<string, string | null>;
  confirmed?: boolean;
  sources?: string[];
}

export interface MarketplaceData {
  sources: Record<string, Source>;
  coverageYears: CoverageYear[];
  specialEnrollment: { lossOfCoverageDays: number; sources: string[] };
  healthcareGov: { name: string; url: string };
  stateExchanges: Record<string, Exchange>;
}

export interface NationalResource {
  id: string;
  name: string;
  url?: string;
  phone?: string;
  tty?: string;
  what: string;
  sources: string[];
}

export interface WaysToPayData {
  medicaid: MedicaidEligibilityData;
  marketplace: MarketplaceData;
  resources: { sources: Record<string, Source>; resources: NationalResource[] };
}

export const waysToPayData = {
  medicaid: medicaidEligibility,
  marketplace,
  resources: nationalResources,
} as unknown as WaysToPayData;
