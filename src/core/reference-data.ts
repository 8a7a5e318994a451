// The reference figures shipped in data/, typed. Each entry carries its source and the dates it is in force.
import acaLimits from '../../data/aca-cost-sharing-limits.json';
import medicaidLimits from '../../data/medicaid-cost-sharing.json';
import partB from '../../data/medicare-part-b.json';
import povertyGuidelines from '../../data/poverty-guidelines.json';
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

export interface ReferenceData {
  povertyGuidelines: FigureTable<PovertyGuidelineEntry>;
  medicarePartB: FigureTable<PartBEntry>;
  acaLimits: FigureTable<AcaLimitEntry>;
  medicaidLimits: FigureTable<MedicaidLimitEntry>;
}

export const referenceData: ReferenceData = {
  povertyGuidelines: povertyGuidelines as FigureTable<PovertyGuidelineEntry>,
  medicarePartB: partB as FigureTable<PartBEntry>,
  acaLimits: acaLimits as FigureTable<AcaLimitEntry>,
  medicaidLimits: medicaidLimits as FigureTable<MedicaidLimitEntry>,
};
