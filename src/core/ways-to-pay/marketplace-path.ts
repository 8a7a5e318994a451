// RULES.md §19: what the Health Insurance Marketplace may offer an uninsured household: a plan with a premium
// tax credit when its income is in the year's range (on the poverty guidelines that year's credits use), when
// open enrollment runs, and the special enrollment period that losing other coverage opens. No premiums.
import type Decimal from 'decimal.js';
import { byDate } from '../dates.ts';
import { cite } from '../reference/figures.ts';
import { formatPercent } from '../coverage/context.ts';
import type { CoverageYear, MarketplaceData } from './ways-to-pay-data.ts';

export interface MarketplaceFinding {
  /** The coverage year a plan bought now (open enrollment) or next would be for. */
  coverageYear: number;
  /** The household's income as a % of the guidelines that year's tax credits use. */
  povertyPercent: string;
  guidelinesYear: number;
  /**
   * tax-credit: in the year's range; medicaid-instead: under it where Medicaid is likely; coverage-gap: under
   * 100% with no Medicaid likely (no tax credit either); full-price: above the range, plans without a credit.
   */
  outlook: 'tax-credit' | 'medicaid-instead' | 'coverage-gap' | 'full-price';
  taxCredit: { fromPercent: number; upToPercent: number | null };
  /**
   * The open enrollment that is on (`now`), else the next one known; `enrollBy`: a plan picked by then starts on
   * January 1 (HealthCare.gov's date; a state's exchange may differ).
   */
  openEnrollment?: { start: string; end: string; now: boolean; coverageYear: number; enrollBy?: string };
  specialEnrollmentDays: number;
  exchange: { name: string; url: string };
  confirmed: boolean;
  sources: string[];
}

/** The exchange a resident of `state` uses for `year`: the state's own, or HealthCare.gov. */
export function exchangeFor(data: MarketplaceData, state: string, year: number) {
  const own = data.stateExchanges[state.toUpperCase()];
  return own && (own.since ?? 0) <= year ? own : undefined;
}

/** Each known open enrollment for this state's residents, oldest first. */
function enrollments(data: MarketplaceData, state: string) {
  return [...data.coverageYears]
    .sort((a, b) => a.year - b.year)
    .map((year) => {
      const own = exchangeFor(data, state, year.year);
      return { year, start: year.openEnrollment.start, end: own?.openEnrollmentEnd?.[String(year.year)] ?? year.openEnrollment.end, healthcareGov: !own };
    });
}

function openEnrollment(enrollment: ReturnType<typeof enrollments>[number], now: boolean): NonNullable<MarketplaceFinding['openEnrollment']> {
  // HealthCare.gov's date: a state's exchange sets its own.
  const enrollBy = enrollment.healthcareGov ? enrollment.year.openEnrollment.coverageStartsJanuary1IfEnrolledBy : undefined;
  return { start: enrollment.start, end: enrollment.end, now, coverageYear: enrollment.year.year, ...(enrollBy && enrollBy < enrollment.end ? { enrollBy } : {}) };
}

/**
 * The Marketplace for a household in `state` on `today`. `percentFor(year)` is the household's income as a %
 * of that year's poverty guidelines (null where data/ lacks them); `medicaidLikely` decides the words under 138%.
 */
export function marketplaceFinding(
  data: MarketplaceData,
  state: string,
  today: string,
  percentFor: (guidelinesYear: number) => Decimal | null,
  medicaidLikely: boolean,
): MarketplaceFinding | undefined {
  const known = enrollments(data, state);
  const open = known.find((e) => byDate(e.start, today) <= 0 && byDate(today, e.end) <= 0);
  const next = known.find((e) => byDate(e.start, today) > 0);
  // The year a plan bought now would cover: the coming year in open enrollment; else this year (a special
  // enrollment period), or the nearest year known.
  const thisYear = Number(today.slice(0, 4));
  const coverage: CoverageYear | undefined =
    open?.year ?? data.coverageYears.find((y) => y.year === thisYear) ?? [...data.coverageYears].sort((a, b) => Math.abs(a.year - thisYear) - Math.abs(b.year - thisYear))[0];
  if (!coverage) return undefined;
  const percent = percentFor(coverage.povertyGuidelinesYear);
  if (!percent) return undefined;
  const { fromPercent, upToPercent } = coverage.premiumTaxCredit;
  const outlook =
    upToPercent !== null && percent.greaterThan(upToPercent)
      ? 'full-price'
      : medicaidLikely
        ? 'medicaid-instead'
        : percent.lessThan(fromPercent)
          ? 'coverage-gap'
          : 'tax-credit';
  const enrollment = open ?? next;
  const exchange = exchangeFor(data, state, coverage.year);
  const keys = [...new Set([...coverage.sources, ...data.specialEnrollment.sources, ...(exchange?.sources ?? [])])];
  return {
    coverageYear: coverage.year,
    povertyPercent: formatPercent(percent),
    guidelinesYear: coverage.povertyGuidelinesYear,
    outlook,
    taxCredit: { fromPercent, upToPercent },
    ...(enrollment ? { openEnrollment: openEnrollment(enrollment, enrollment === open) } : {}),
    specialEnrollmentDays: data.specialEnrollment.lossOfCoverageDays,
    exchange: { name: (exchange ?? data.healthcareGov).name, url: (exchange ?? data.healthcareGov).url },
    confirmed: coverage.confirmed && exchange?.confirmed !== false,
    sources: keys.flatMap((key) => (data.sources[key] ? [cite(data.sources[key])] : [])),
  };
}
