import { describe, expect, it } from '../harness.ts';
import { estimate } from '../../src/core/estimate.ts';
import { inForceOn, type DatedEntry, type FigureTable } from '../../src/core/reference/figures.ts';
import { referenceData } from '../../src/core/reference/reference-data.ts';

const table: FigureTable<DatedEntry & { value: string }> = {
  name: 'test figures',
  entries: [
    { year: 2026, inForceFrom: '2026-01-01', inForceUntil: '2026-12-31', value: 'b', source: { label: 'B' } },
    { year: 2025, inForceFrom: '2025-01-01', inForceUntil: '2025-12-31', value: 'a', source: { label: 'A' } },
  ],
};

describe('reference figures by service date', () => {
  it('picks the entry in force on the date', () => {
    expect(inForceOn(table, '2025-12-31').entry.value).to.equal('a');
    expect(inForceOn(table, '2026-01-01').entry.value).to.equal('b');
    expect(inForceOn(table, '2026-06-30').warning).to.equal(undefined);
  });

  it('past the newest figure, uses the newest and says so', () => {
    const found = inForceOn(table, '2027-01-01');
    expect(found.entry.value).to.equal('b');
    expect(found.warning?.code).to.equal('figure-out-of-date');
    expect(found.warning?.message).to.match(/for 2027 are not published in our data yet; the 2026 figures are used/);
  });

  it('a Medicare program in a year without a published deductible uses the newest one, with a warning', () => {
    const outcome = estimate({ program: { weeks: 1, hoursPerWeek: 9, startDate: '2027-03-01' }, coverage: { planType: 'medicare' } });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const deductible = outcome.result.figures.find((f) => f.name === 'Medicare Part B deductible');
    expect(deductible?.value).to.equal('283.00');
    expect(deductible?.year).to.equal(2026);
    expect(outcome.result.warnings.map((w) => w.code)).to.include('figure-out-of-date');
  });

  it('cites each Medicare figure from its own source: the yearly notice for the deductible, the statute for the 20%', () => {
    const outcome = estimate({ program: { weeks: 1, hoursPerWeek: 9, startDate: '2026-03-02' }, coverage: { planType: 'medicare' } });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
    const source = (name: string) => outcome.result.figures.find((f) => f.name === name)?.source;
    expect(source('Medicare Part B deductible')).to.match(/^CMS-8091-N, 90 FR 52063 \(Nov\. 19, 2025\) <https:\/\/www\.govinfo\.gov\//);
    expect(source('Medicare Part B coinsurance (%)')).to.match(/^42 U\.S\.C\. 1395l\(a\)\(1\) <https:/);
  });

  it('every shipped figure has a source and in-force dates that do not overlap', () => {
    for (const data of Object.values(referenceData) as FigureTable<DatedEntry>[]) {
      const entries = [...data.entries].sort((a, b) => a.inForceFrom.localeCompare(b.inForceFrom));
      expect(entries.length, data.name).to.be.greaterThan(0);
      entries.forEach((entry, i) => {
        expect(entry.source.label, data.name).to.be.a('string').and.not.equal('');
        expect(entry.source.title, `${data.name} ${entry.year}: the full reference`).to.be.a('string').and.not.equal('');
        expect(entry.source.url ?? entry.source.citation, `${data.name} ${entry.year}: a URL or citation`).to.be.a('string');
        const next = entries[i + 1];
        if (next) expect(entry.inForceUntil! < next.inForceFrom, `${data.name}: ${entry.inForceUntil} before ${next.inForceFrom}`).to.equal(true);
      });
    }
  });
});

/**
 * Figures the data is known to lack, each said in its data file's notes and by a warning when an estimate
 * needs it (the newest earlier figure stands in). A gap not listed here, or one listed that is filled, fails.
 */
const KNOWN_GAPS = new Set([
  'povertyGuidelines 2027', // published by HHS in January 2027
  'medicarePartB 2027', // the 2027 notice was not found (data/medicare-part-b.json)
  'medicareAdvantageLimits 2027', // the CY 2027 limits were not confirmed
  'medigap 2026', // no Plan L limit for 2026 was found
  'medigap 2027',
  'acaLimits 2027 costSharingReductions', // the 2027 reduced limits were not confirmed
]);

describe('every plan year the data supports has the figures its rules need', () => {
  // The plan years the estimator claims: those of the legal out-of-pocket limits.
  const years = referenceData.acaLimits.entries.map((e) => e.year!).sort();
  const has = (name: keyof typeof referenceData, year: number) =>
    (referenceData[name].entries as DatedEntry[]).some((e) => e.year === year);

  it('the plan years are 2025 to 2027', () => {
    expect(years).to.deep.equal([2025, 2026, 2027]);
  });

  it('each year has its own Part B deductible, Medicare Advantage limits, Medigap figures and poverty guidelines', () => {
    const missing: string[] = [];
    for (const year of years) {
      for (const name of ['povertyGuidelines', 'medicarePartB', 'medicareAdvantageLimits', 'medigap'] as const) {
        if (!has(name, year)) missing.push(`${name} ${year}`);
      }
      const aca = referenceData.acaLimits.entries.find((e) => e.year === year)!;
      if (!aca.costSharingReductions) missing.push(`acaLimits ${year} costSharingReductions`);
    }
    expect(missing.sort()).to.deep.equal([...KNOWN_GAPS].sort());
  });

  it('cost-sharing reductions of each year are measured against the guidelines of the year before, in force on July 1', () => {
    for (const year of years) {
      const entry = inForceOn(referenceData.povertyGuidelines, `${year - 1}-07-01`);
      expect(entry.warning, `${year - 1} guidelines`).to.equal(undefined);
      expect(entry.entry.year, `plan year ${year}`).to.equal(year - 1);
    }
  });
});
