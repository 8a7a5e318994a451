// Reading hospitals' machine-readable price files (Node only): the IOP fixtures in test/fixtures/price-files/, one per
// layout, with every rate checked to the cent, and the official CMS v3.0 examples, which hold no IOP service.
import { writeFileSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import Ajv from 'ajv';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readAmount, readPercent } from '../../src/import/amounts.ts';
import { PriceFileError, readPriceFile, type IopRate, type PriceFileReport } from '../../src/import/price-file.ts';
import { describe, expect, it } from '../harness.ts';

const FIXTURES = 'test/fixtures/price-files';
const CMS = `${FIXTURES}/cms-examples`;

/** reason -> count, to compare skip counts without their examples. */
function skipCounts(report: PriceFileReport): Record<string, number> {
  return Object.fromEntries(report.skipped.map(({ reason, count }) => [reason, count]));
}

/** Every row read is either a rate's row or counted as skipped (for files with no bad payer cell in a kept row). */
function skippedRows(report: PriceFileReport): number {
  return report.skipped.reduce((total, { count }) => total + count, 0);
}

const S9480 = { code: 'S9480', type: 'HCPCS' };
const H0015 = { code: 'H0015', type: 'HCPCS' };
const PER_DIEM = 'Intensive outpatient psychiatric services, per diem';
const PER_HOUR = 'Alcohol and/or drug services; intensive outpatient, per hour';
const PLATFORM = { payer: 'Platform Health Insurance', plan: 'PPO' };
const REGION = { payer: 'Region Health Insurance', plan: 'HMO' };
const LAKESIDE = { name: 'Lakeside Behavioral Hospital', addresses: ['100 Lake Road, Toledo, OH 43604'], npis: ['1234567893'], lastUpdatedOn: '2026-03-02' };

describe('readPriceFile: v3.0 tall CSV', () => {
  it('keeps the IOP rates to the cent: per diem and per hour, dollar, percentage and algorithm', async () => {
    const report = await readPriceFile(`${FIXTURES}/iop-v3-tall.csv`);
    expect(report.layout).to.equal('tall-csv');
    expect(report.version).to.equal('3.0.0');
    // last_updated_on written 3/2/2026, as CMS accepts in CSV files
    expect(report.hospital).to.deep.equal(LAKESIDE);
    const rates: IopRate[] = [
      {
        // quoted comma in the description; "1,250.00" and "$937.5"; an extra "Internal Notes" column
        description: PER_DIEM,
        codes: [S9480, { code: '0905', type: 'RC' }],
        setting: 'outpatient',
        unit: 'day',
        gross: '1250.00',
        discountedCash: '937.50',
        ...PLATFORM,
        negotiated: { kind: 'dollar', amount: '650.50' },
        methodology: 'per diem',
        notes: 'Internal Notes: Billed with revenue code 0905, one unit a day',
        where: 'row 4',
      },
      {
        // "60%"; v3 has no estimated amount, but the median and percentiles of what was allowed
        description: PER_DIEM,
        codes: [S9480, { code: '0905', type: 'RC' }],
        setting: 'outpatient',
        unit: 'day',
        gross: '1250.00',
        discountedCash: '937.50',
        ...REGION,
        negotiated: { kind: 'percentage', percent: '60' },
        allowedAmounts: { median: '700.00', tenthPercentile: '512.25', ninetiethPercentile: '810.00', count: '14' },
        methodology: 'percent of total billed charges',
        where: 'row 5',
      },
      {
        // gross and cash written N/A
        description: PER_HOUR,
        codes: [H0015],
        setting: 'both',
        unit: 'hour',
        ...PLATFORM,
        negotiated: { kind: 'algorithm', text: 'Paid at 85% of the state Medicaid hourly fee, for each hour of service' },
        allowedAmounts: { median: '95.50', tenthPercentile: '80.00', ninetiethPercentile: '110.00', count: '1 through 10' },
        methodology: 'other',
        notes: 'Methodology is explained in algorithm data element.',
        where: 'row 6',
      },
      {
        // revenue code written 905; no payer: the gross and cash prices alone; the file does not say the unit
        description: 'IOP group psychotherapy',
        codes: [{ code: '905', type: 'RC' }, { code: '90853', type: 'CPT' }],
        setting: 'outpatient',
        unit: null,
        gross: '210.00',
        discountedCash: '157.50',
        negotiated: null,
        where: 'row 7',
      },
    ];
    expect(report.rates).to.deep.equal(rates);
  });

  it('counts every other row under its reason, with short examples', async () => {
    const report = await readPriceFile(`${FIXTURES}/iop-v3-tall.csv`);
    expect(report.rowsRead).to.equal(10);
    expect(skipCounts(report)).to.deep.equal({
      'not an IOP code': 2, // CPT 90791, and a modifier row with no code
      'inpatient setting': 1,
      'no amount': 1, // RC 0906 with gross N/A and nothing else
      'not a number': 1, // gross "call for pricing"
      'not an IOP code, though the description reads like IOP': 1, // "IOP PROGRAM DAY" under a LOCAL code
    });
    expect(skippedRows(report) + report.rates.length).to.equal(report.rowsRead);
    const examples = Object.fromEntries(report.skipped.map(({ reason, examples }) => [reason, examples]));
    expect(examples['not an IOP code']).to.deep.equal([
      'row 8: "Psychiatric diagnostic evaluation" (CPT 90791)',
      'row 13: "Telehealth modifier" (no code)',
    ]);
    expect(examples['not a number']).to.deep.equal([
      `row 11: gross charge "call for pricing" for "${PER_DIEM}" (HCPCS S9480)`,
    ]);
    expect(examples['inpatient setting']).to.deep.equal([`row 9: "${PER_DIEM}" (HCPCS S9480), setting "inpatient"`]);
  });
});

describe('readPriceFile: Medicare IOP APCs', () => {
  // CY 2025 OPPS Addendum A: 5851/5852 are the CMHC IOP per diem APCs, 5861/5862 the hospital-based ones;
  // 5853/5854 and 5863/5864 are partial hospitalization, not IOP.
  it('keeps the hospital-based IOP APCs 5861 and 5862, and skips the partial hospitalization APCs', async () => {
    const report = await readPriceFile(`${FIXTURES}/iop-apc-hospital-tall.csv`);
    expect(report.layout).to.equal('tall-csv');
    const medicareAdvantage = { payer: 'Platform Health Insurance', plan: 'Medicare Advantage' };
    const rates: IopRate[] = [
      {
        // the unit from the "per diem" methodology
        description: 'Intensive outpatient program, hospital-based, 3 services',
        codes: [{ code: '5861', type: 'APC' }],
        setting: 'outpatient',
        unit: 'day',
        ...medicareAdvantage,
        negotiated: { kind: 'dollar', amount: '269.19' },
        methodology: 'per diem',
        where: 'row 4',
      },
      {
        description: 'Intensive outpatient program, hospital-based, 4 or more services',
        codes: [{ code: '5862', type: 'APC' }],
        setting: 'outpatient',
        unit: 'day',
        ...medicareAdvantage,
        negotiated: { kind: 'dollar', amount: '408.55' },
        methodology: 'per diem',
        where: 'row 5',
      },
    ];
    expect(report.rates).to.deep.equal(rates);
    expect(report.rowsRead).to.equal(4);
    expect(skipCounts(report)).to.deep.equal({ 'not an IOP code': 2 });
    const examples = Object.fromEntries(report.skipped.map(({ reason, examples }) => [reason, examples]));
    expect(examples['not an IOP code']).to.deep.equal([
      'row 6: "Partial hospitalization, CMHC, 3 services" (APC 5853)',
      'row 7: "Partial hospitalization, hospital-based, 4 or more services" (APC 5864)',
    ]);
  });
});

describe('readPriceFile: v3.0 wide CSV', () => {
  it('reads payer and plan from the column names, one rate per payer with a charge', async () => {
    const report = await readPriceFile(`${FIXTURES}/iop-v3-wide.csv`);
    expect(report.layout).to.equal('wide-csv');
    expect(report.version).to.equal('3.0.0');
    expect(report.hospital).to.deep.equal({
      name: 'Lakeside Behavioral Hospital',
      addresses: ['100 Lake Road, Toledo, OH 43604', '8 Harbor Way, Toledo, OH 43611'],
      npis: ['1234567893', '1234567901'],
      lastUpdatedOn: '2026-03-02',
    });
    const rates: IopRate[] = [
      {
        description: PER_DIEM,
        codes: [S9480, { code: '0905', type: 'RC' }],
        setting: 'outpatient',
        unit: 'day',
        gross: '1250.00',
        discountedCash: '937.50',
        ...PLATFORM,
        negotiated: { kind: 'dollar', amount: '650.50' },
        methodology: 'per diem',
        where: 'row 4',
      },
      {
        description: PER_DIEM,
        codes: [S9480, { code: '0905', type: 'RC' }],
        setting: 'outpatient',
        unit: 'day',
        gross: '1250.00',
        discountedCash: '937.50',
        ...REGION,
        negotiated: { kind: 'percentage', percent: '60' },
        allowedAmounts: { median: '700.00', tenthPercentile: '512.25', ninetiethPercentile: '810.00', count: '14' },
        methodology: 'percent of total billed charges',
        notes: 'Percentage of billed charges, IOP day',
        where: 'row 4',
      },
      {
        // the extra "Comments" column, then the payer's notes; cash N/A
        description: 'Intensive outpatient chemical dependency, per hour',
        codes: [{ code: '0906', type: 'RC' }, H0015],
        setting: 'both',
        unit: 'hour',
        gross: '180.00',
        ...PLATFORM,
        negotiated: { kind: 'algorithm', text: 'Lesser of billed charges and $95.00 per hour' },
        allowedAmounts: { median: '92.00', tenthPercentile: '85.00', ninetiethPercentile: '95.00', count: '1 through 10' },
        methodology: 'other',
        notes: 'Comments: Hourly, 3 hours a day minimum; See the algorithm.',
        where: 'row 5',
      },
      {
        // no payer has a charge: the gross and cash prices alone
        description: 'IOP family psychotherapy',
        codes: [{ code: '905', type: 'RC' }, { code: '90847', type: 'CPT' }],
        setting: 'outpatient',
        unit: null,
        gross: '300.00',
        discountedCash: '225.00',
        negotiated: null,
        where: 'row 8',
      },
      {
        // Region's percentage "sixty" is left out, Platform's dollar amount kept
        description: PER_DIEM,
        codes: [S9480],
        setting: 'outpatient',
        unit: 'day',
        ...PLATFORM,
        negotiated: { kind: 'dollar', amount: '640.00' },
        methodology: 'per diem',
        where: 'row 9',
      },
    ];
    expect(report.rates).to.deep.equal(rates);
    expect(report.rowsRead).to.equal(7);
    expect(skipCounts(report)).to.deep.equal({ 'not an IOP code': 1, 'inpatient setting': 1, 'not a number': 1, 'no amount': 1 });
    expect(report.skipped.find(({ reason }) => reason === 'not a number')!.examples).to.deep.equal([
      `row 9, Region Health Insurance | HMO: negotiated percentage "sixty" for "${PER_DIEM}" (HCPCS S9480)`,
    ]);
  });
});

describe('readPriceFile: v3.0 JSON', () => {
  it('streams standard_charge_information item by item and keeps the IOP rates to the cent', async () => {
    const report = await readPriceFile(`${FIXTURES}/iop-v3.json`);
    expect(report.layout).to.equal('json');
    expect(report.version).to.equal('3.0.0');
    expect(report.hospital).to.deep.equal(LAKESIDE);
    const item0 = 'standard_charge_information[0].standard_charges[0]';
    const rates: IopRate[] = [
      {
        description: PER_DIEM,
        codes: [S9480, { code: '0905', type: 'RC' }],
        setting: 'outpatient',
        unit: 'day',
        gross: '1250.00',
        discountedCash: '937.50',
        ...PLATFORM,
        negotiated: { kind: 'dollar', amount: '650.50' },
        methodology: 'per diem',
        where: `${item0}.payers_information[0]`,
      },
      {
        description: PER_DIEM,
        codes: [S9480, { code: '0905', type: 'RC' }],
        setting: 'outpatient',
        unit: 'day',
        gross: '1250.00',
        discountedCash: '937.50',
        ...REGION,
        negotiated: { kind: 'percentage', percent: '60' },
        allowedAmounts: { median: '700.00', tenthPercentile: '512.25', ninetiethPercentile: '810.00', count: '14' },
        methodology: 'percent of total billed charges',
        where: `${item0}.payers_information[1]`,
      },
      {
        description: PER_HOUR,
        codes: [H0015],
        setting: 'both',
        unit: 'hour',
        ...PLATFORM,
        negotiated: { kind: 'algorithm', text: 'Paid at 85% of the state Medicaid hourly fee, for each hour of service' },
        allowedAmounts: { median: '95.50', tenthPercentile: '80.00', ninetiethPercentile: '110.00', count: '1 through 10' },
        methodology: 'other',
        modifiers: ['HF'],
        notes: 'Methodology is explained in algorithm data element.',
        where: 'standard_charge_information[1].standard_charges[0].payers_information[0]',
      },
      {
        // the Medicare CMHC IOP per diem APC; the unit from the "per diem" methodology
        description: 'Intensive outpatient program, up to three services a day',
        codes: [{ code: '5851', type: 'APC' }],
        setting: 'outpatient',
        unit: 'day',
        payer: 'Platform Health Insurance',
        plan: 'Medicare Advantage',
        negotiated: { kind: 'dollar', amount: '380.27' },
        methodology: 'per diem',
        where: 'standard_charge_information[2].standard_charges[0].payers_information[0]',
      },
      {
        // 1234.565 rounds half-up to 1234.57: the number is read from its text, never through a float
        description: 'IOP chemical dependency group',
        codes: [{ code: '906', type: 'RC' }],
        setting: 'outpatient',
        unit: null,
        gross: '1234.57',
        negotiated: null,
        notes: 'Gross charge for a group session day.',
        where: 'standard_charge_information[4].standard_charges[0]',
      },
    ];
    expect(report.rates).to.deep.equal(rates);
    // 2 + 1 + 1 + 1 + 1 standard_charges entries and 1 modifier
    expect(report.rowsRead).to.equal(7);
    expect(skipCounts(report)).to.deep.equal({ 'not an IOP code': 2, 'inpatient setting': 1 });
  });
});

describe('readPriceFile: v2.2 tall CSV', () => {
  it('reads the v2 column names (spaces around the pipes), billing class and estimated amounts', async () => {
    const report = await readPriceFile(`${FIXTURES}/iop-v2.2-tall.csv`);
    expect(report.layout).to.equal('tall-csv');
    expect(report.version).to.equal('2.2.0');
    // v2.2 has no type 2 NPI
    expect(report.hospital).to.deep.equal({
      name: 'Riverside Community Hospital',
      addresses: ['200 River St, Dayton, OH 45402'],
      lastUpdatedOn: '2025-01-15',
    });
    const perDiemItem = { description: 'Intensive outpatient program, psychiatric, per diem', setting: 'outpatient' as const, billingClass: 'facility', unit: 'day' as const, gross: '1100.00', discountedCash: '825.00' };
    const rates: IopRate[] = [
      {
        ...perDiemItem,
        codes: [S9480, { code: '905', type: 'RC' }],
        payer: 'Acme Health',
        plan: 'Gold PPO',
        negotiated: { kind: 'percentage', percent: '70', estimatedAmount: '742.13' },
        methodology: 'percent of total billed charges',
        notes: 'Percentage of the billed per diem, see contract',
        where: 'row 4',
      },
      {
        ...perDiemItem,
        codes: [S9480, { code: '905', type: 'RC' }],
        payer: 'Acme Health',
        plan: 'Silver HMO',
        negotiated: { kind: 'algorithm', text: 'Medicare OPPS per diem for the day x 120%', estimatedAmount: '455.10' },
        methodology: 'other',
        notes: 'Methodology is explained in algorithm data element.',
        where: 'row 5',
      },
      {
        description: 'Substance use intensive outpatient, per hour',
        codes: [H0015],
        setting: 'outpatient',
        billingClass: 'facility',
        unit: 'hour',
        gross: '150.00',
        discountedCash: '112.50',
        payer: 'Acme Health',
        plan: 'Gold PPO',
        negotiated: { kind: 'dollar', amount: '98.40' },
        methodology: 'fee schedule',
        where: 'row 6',
      },
      {
        // "65 %" and an estimated amount written n/a: a percentage without an estimated amount
        ...perDiemItem,
        codes: [S9480, { code: '0905', type: 'RC' }],
        payer: 'Beacon Care',
        plan: 'Standard',
        negotiated: { kind: 'percentage', percent: '65' },
        methodology: 'percent of total billed charges',
        where: 'row 9',
      },
    ];
    expect(report.rates).to.deep.equal(rates);
    expect(report.rowsRead).to.equal(6);
    expect(skipCounts(report)).to.deep.equal({ 'inpatient setting': 1, 'not an IOP code': 1 });
  });
});

describe('readPriceFile: the official CMS v3.0 examples', () => {
  const files: [string, PriceFileReport['layout'], number][] = [
    ['V3.0.0_Tall_CSV_Format_Example.csv', 'tall-csv', 45],
    ['V3.0.0_Wide_CSV_Format_Example.csv', 'wide-csv', 26], // starts with a byte-order mark
    ['v3_json_format_example.json', 'json', 25], // 22 standard_charges entries and 3 modifiers
  ];
  for (const [name, layout, rows] of files) {
    it(`${name}: no IOP rate, every row counted as "not an IOP code"`, async () => {
      const report = await readPriceFile(`${CMS}/${name}`);
      expect(report.layout).to.equal(layout);
      expect(report.version).to.equal('3.0.0');
      expect(report.hospital).to.deep.equal({
        name: 'West Mercy Hospital',
        addresses: ['12 Main Street, Fullerton, CA  92832', '23 Ocean Ave, San Jose, CA 94088'],
        npis: ['0000000001', '0000000002', '0000000003'],
        lastUpdatedOn: '2026-04-01',
      });
      expect(report.rates).to.deep.equal([]);
      expect(report.rowsRead).to.equal(rows);
      expect(skipCounts(report)).to.deep.equal({ 'not an IOP code': rows });
      expect(report.skipped[0]!.examples).to.have.length(3);
      expect(report.skipped[0]!.examples[0]).to.match(/: "MRI of brain \(no contrast\)" \(RC 611, CPT 70551\)$/);
    });
  }
});

describe('the JSON fixture is written as CMS says', () => {
  it('the IOP JSON file, like the official example, is valid against the CMS v3.0.0 JSON schema', () => {
    const schema = JSON.parse(readFileSync(`${CMS}/V3.0.0_Hospital_price_transparency_schema.json`, 'utf8'));
    const validate = new Ajv({ allErrors: true, formats: { date: /^\d{4}-\d{2}-\d{2}$/ } }).compile(schema);
    for (const file of [`${FIXTURES}/iop-v3.json`, `${CMS}/v3_json_format_example.json`]) {
      expect(validate(JSON.parse(readFileSync(file, 'utf8'))), `${file}: ${JSON.stringify(validate.errors)}`).to.equal(true);
    }
    // and the schema is not one that accepts anything
    expect(validate({ hospital_name: 'Lakeside Behavioral Hospital' })).to.equal(false);
  });
});

describe('readPriceFile: progress and files it cannot read', () => {
  it('reports progress, ending with the whole file read', async () => {
    const path = `${CMS}/V3.0.0_Tall_CSV_Format_Example.csv`;
    const seen: { bytesRead: number; totalBytes: number; rowsRead: number; iopRows: number }[] = [];
    await readPriceFile(path, { onProgress: (progress) => seen.push(progress) });
    const last = seen[seen.length - 1]!;
    expect(last).to.deep.equal({ bytesRead: statSync(path).size, totalBytes: statSync(path).size, rowsRead: 45, iopRows: 0 });
    const iop: number[] = [];
    await readPriceFile(`${FIXTURES}/iop-v3-tall.csv`, { onProgress: (progress) => iop.push(progress.iopRows) });
    expect(iop[iop.length - 1]).to.equal(7); // rows with an IOP code: 4 rates, and the inpatient, "no amount" and "not a number" rows
  });

  it('rejects a CSV file with no column-name row, and broken JSON, with a PriceFileError', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iop-price-file-'));
    const csv = join(dir, 'not-a-price-file.csv');
    writeFileSync(csv, 'name,amount\nfoo,1\n');
    const json = join(dir, 'broken.json');
    writeFileSync(json, '{ "hospital_name": "X", "standard_charge_information": [ { "description": ');
    for (const path of [csv, json]) {
      const error = await readPriceFile(path).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, path).to.be.instanceOf(PriceFileError);
    }
    const missing = await readPriceFile(join(dir, 'nope.csv')).then(
      () => null,
      (e: NodeJS.ErrnoException) => e.code,
    );
    expect(missing).to.equal('ENOENT');
  });
});

describe('amounts as files write them', () => {
  it('reads dollars to two decimals, N/A and blanks as absent, and refuses text', () => {
    expect(readAmount('1,234.50')).to.deep.equal({ kind: 'number', value: '1234.50' });
    expect(readAmount('$1234.5')).to.deep.equal({ kind: 'number', value: '1234.50' });
    expect(readAmount('  650 ')).to.deep.equal({ kind: 'number', value: '650.00' });
    expect(readAmount('$ 1,100.')).to.deep.equal({ kind: 'number', value: '1100.00' });
    expect(readAmount('0.005')).to.deep.equal({ kind: 'number', value: '0.01' }); // half-up to the cent
    for (const absent of ['N/A', 'n/a', '', '  ', 'NA', '0', '0.00', undefined]) {
      expect(readAmount(absent), String(absent)).to.deep.equal({ kind: 'absent' });
    }
    for (const bad of ['call for pricing', '1,23', '-50', '(50.00)', '12.5.1', '$', '50 USD']) {
      expect(readAmount(bad).kind, bad).to.equal('bad');
    }
  });

  it('reads percentages as written', () => {
    expect(readPercent('62.50%')).to.deep.equal({ kind: 'number', value: '62.5' });
    expect(readPercent('70.5')).to.deep.equal({ kind: 'number', value: '70.5' });
    expect(readPercent('sixty').kind).to.equal('bad');
  });
});

describe('readPriceFile: rows passed over by the byte screen count as before', () => {
  const dir = mkdtempSync(join(tmpdir(), 'iop-price-screen-'));
  const tall = readFileSync(`${FIXTURES}/iop-v3-tall.csv`, 'utf8');

  it('quoted newlines and commas in rows the screen passes over keep every row number', async () => {
    // row 8 ("Psychiatric diagnostic evaluation", not IOP) written over three lines, with a quoted comma and quotes
    const file = join(dir, 'quoted-newlines.csv');
    const edited = tall.replace('Psychiatric diagnostic evaluation', '"Psychiatric\ndiagnostic, ""first""\r\nevaluation"');
    expect(edited).to.not.equal(tall);
    writeFileSync(file, edited);
    const [plain, report] = [await readPriceFile(`${FIXTURES}/iop-v3-tall.csv`), await readPriceFile(file)];
    expect(report.rates).to.deep.equal(plain.rates);
    expect(report.rowsRead).to.equal(plain.rowsRead);
    expect(skipCounts(report)).to.deep.equal(skipCounts(plain));
    expect(report.skipped.find(({ reason }) => reason === 'not an IOP code')!.examples).to.deep.equal([
      'row 8: "Psychiatric diagnostic, "first" evaluation" (CPT 90791)',
      'row 13: "Telehealth modifier" (no code)',
    ]);
  });

  it('thousands of rows the screen passes over, between and after the IOP rows: the same rates, counts and examples', async () => {
    const lines = tall.split('\r\n'); // the fixture's line ends
    const filler = Array.from({ length: 5000 }, (_, i) => `"Lab test ${i}, panel",${80000 + i},CPT,301,RC,outpatient,,,"1,905.00",N/A,Acme,PPO,,${i}.50,,,,,,,,,fee schedule,`);
    const file = join(dir, 'filler.csv');
    // after the column-name row and again at the end; IOP rows move down by 5000
    writeFileSync(file, [...lines.slice(0, 3), ...filler, ...lines.slice(3), ...filler].join('\r\n'));
    const [plain, report] = [await readPriceFile(`${FIXTURES}/iop-v3-tall.csv`), await readPriceFile(file)];
    expect(report.rates.map(({ where }) => where)).to.deep.equal(plain.rates.map(({ where }) => `row ${Number(where.slice(4)) + 5000}`));
    expect(report.rowsRead).to.equal(plain.rowsRead + 10_000);
    expect(skipCounts(report)).to.deep.equal({ ...skipCounts(plain), 'not an IOP code': skipCounts(plain)['not an IOP code']! + 10_000 });
    expect(report.skipped.find(({ reason }) => reason === 'not an IOP code')!.examples).to.deep.equal([
      'row 4: "Lab test 0, panel" (CPT 80000, RC 301)',
      'row 5: "Lab test 1, panel" (CPT 80001, RC 301)',
      'row 6: "Lab test 2, panel" (CPT 80002, RC 301)',
    ]);
  });
});

describe('readPriceFile: files that are not price files, or cut short', () => {
  const dir = mkdtempSync(join(tmpdir(), 'iop-price-refused-'));
  const refusal = async (name: string, text: string): Promise<string> => {
    const file = join(dir, name);
    writeFileSync(file, text);
    const error = await readPriceFile(file).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error, name).to.be.instanceOf(PriceFileError);
    return (error as Error).message;
  };
  const tall = readFileSync(`${FIXTURES}/iop-v3-tall.csv`, 'utf8');

  it('a CSV of 30 rows with no column-name row, and a web page, say so', async () => {
    const csv = ['name,amount', ...Array.from({ length: 29 }, (_, i) => `item ${i},${i}`)].join('\n');
    expect(await refusal('thirty.csv', csv)).to.match(/^no column-name row .* in the first 20 rows: this is not a CMS price file$/);
    const page = `<!DOCTYPE html>\n<html><head><title>Price transparency</title></head>\n${'<p>row</p>\n'.repeat(40)}</html>\n`;
    expect(await refusal('page.csv', page)).to.equal(
      'a web page (HTML), not a CSV or JSON price file: download the price file itself, not the page that links to it',
    );
  });

  it('a CSV cut inside a quoted cell, or in its last row, is refused; a short last row that is complete is read', async () => {
    const cutInQuote = tall.slice(0, tall.indexOf('"Billed with revenue code') + 10);
    expect(await refusal('cut-quote.csv', cutInQuote)).to.equal(
      'the file ends inside a quoted cell, in the middle of row 4: it looks cut short, download it again',
    );
    const row6 = tall.indexOf('"Alcohol and/or drug services');
    const cutInRow = tall.slice(0, tall.indexOf('H0015,HCPCS,', row6) + 'H0015,HCPCS,'.length);
    expect(await refusal('cut-row.csv', cutInRow)).to.match(
      /^the file ends in the middle of a row \(row 6, \d+ of 2\d cells\): it looks cut short, download it again$/,
    );
    // cut just after a line end: every row is whole, and read
    const cutAtLineEnd = join(dir, 'cut-at-line-end.csv');
    writeFileSync(cutAtLineEnd, tall.slice(0, row6));
    expect((await readPriceFile(cutAtLineEnd)).rowsRead).to.equal(2);
    // the same short last row with a line end after it is a row the file meant to write
    const shortLast = join(dir, 'short-last.csv');
    writeFileSync(shortLast, `${cutInRow}\r\n`);
    expect((await readPriceFile(shortLast)).rowsRead).to.equal(3);
  });

  it('a JSON file cut short is refused', async () => {
    const json = readFileSync(`${FIXTURES}/iop-v3.json`, 'utf8');
    for (const length of [1, 200, json.indexOf('"H0015"'), json.trimEnd().length - 1]) {
      expect(await refusal('cut.json', json.slice(0, length)), String(length)).to.equal(
        'the file ends before its JSON is complete: it looks cut short, download it again',
      );
    }
  });
});
