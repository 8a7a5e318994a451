// The reference figures shipped in data/, typed. Each entry carries its source and the dates it is in force.
import acaLimits from '../../../data/aca-cost-sharing-limits.json';
import medicaidLimits from '../../../data/medicaid-cost-sharing.json';
import medicareAdvantageLimits from '../../../data/medicare-advantage-limits.json';
import partB from '../../../data/medicare-part-b.json';
import medigap from '../../../data/medigap.json';
import povertyGuidelines from '../../../data/poverty-guidelines.json';
import type { DatedEntry, FigureTable, Source } from './figures.ts';

export interface PovertyGroup {
  firstPerson: string;
  perAdditionalPerson?: string;
}

export interface PovertyGuidelineEntry extends DatedEntry {
  contiguous: PovertyGroup;
  alaska: PovertyGroup;
  hawaii: PovertyGroup;
}

export interface PartBEntry extends DatedEntry {
  deductible: string;
  coinsurancePercent: number;
  /** The 20% is set by statute, not by the yearly notice that sets the deductible. */
  coinsuranceSource: Source;
}

export interface CostSharingReductionBand {
  /** Household income above this % of the poverty guideline... */
  overPercent: number;
  /** ...up to and including this %. */
  upToPercent: number;
  selfOnly: string;
  otherThanSelfOnly: string;
}

export interface AcaLimitEntry extends DatedEntry {
  selfOnly: string;
  otherThanSelfOnly: string;
  costSharingReductions?: CostSharingReductionBand[];
  costSharingReductionSource?: Source;
}

export interface MedicaidLimitEntry extends DatedEntry {
  /** Indexed each October 1; absent where the current figure could not be confirmed. */
  outpatientMaxAtOrBelow100Percent?: string;
  outpatientPercentOfPayment101To150: number;
  outpatientPercentOfPaymentAbove150: number;
  aggregateCapPercentOfIncome: number;
}

/** CMS's limits on a Medicare Advantage plan's yearly maximum out-of-pocket (42 CFR 422.100(f)(4), 422.101(d)). */
export interface MedicareAdvantageLimitEntry extends DatedEntry {
  /** The mandatory limit on in-network cost sharing. */
  inNetwork: string;
  /** The limit on in- and out-of-network cost sharing together (PPOs); absent where it could not be confirmed. */
  combined?: string;
}

/** Medigap plans K and L share the Part B coinsurance up to a yearly limit; plans F and G have a high-deductible version. */
export interface MedigapEntry extends DatedEntry {
  planK: { outOfPocketLimit: string; coinsurancePaidPercent: number };
  planL: { outOfPocketLimit: string; coinsurancePaidPercent: number };
  /** What the person pays of Medicare-covered costs in a year before a high-deductible F or G pays. */
  highDeductible: string;
}

export interface ReferenceData {
  povertyGuidelines: FigureTable<PovertyGuidelineEntry>;
  medicarePartB: FigureTable<PartBEntry>;
  acaLimits: FigureTable<AcaLimitEntry>;
  medicaidLimits: FigureTable<MedicaidLimitEntry>;
  medicareAdvantageLimits: FigureTable<MedicareAdvantageLimitEntry>;
  medigap: FigureTable<MedigapEntry>;
}

export const referenceData: ReferenceData = {
  povertyGuidelines: povertyGuidelines as FigureTable<PovertyGuidelineEntry>,
  medicarePartB: partB as FigureTable<PartBEntry>,
  acaLimits: acaLimits as FigureTable<AcaLimitEntry>,
  medicaidLimits: medicaidLimits as FigureTable<MedicaidLimitEntry>,
  medicareAdvantageLimits: medicareAdvantageLimits as FigureTable<MedicareAdvantageLimitEntry>,
  medigap: medigap as FigureTable<MedigapEntry>,
};
