// The price list for the desk, run as a counselor would (Node only). Figures are worked by hand below from
// data/centers/example.json and data/typical-plans.json, always with --start 2026-03-02 (2026 figures, one plan year).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '../harness.ts';

const dir = mkdtempSync(join(tmpdir(), 'iop-price-list-'));
function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

function cli(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/price-list.ts', ...args], { encoding: 'utf8' });
}

const START = ['--start', '2026-03-02'];

/** The "Person pays" cell of the row whose coverage starts with `coverage`, in the table of `track`. */
function personPays(md: string, track: string, coverage: string): string {
  const section = md.split('\n## ').find((part) => part.startsWith(track));
  expect(section, `a table for ${track}`).to.be.a('string');
  const row = section!.split('\n').find((line) => line.startsWith(`| ${coverage}`));
  expect(row, `a row "${coverage}" for ${track}`).to.be.a('string');
  return row!.split(' | ').pop()!.replace(/ \|$/, '');
}

/** RFC 4180: fields separated by commas, records by CRLF, quoted fields may hold commas, quotes ("") and newlines. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { record.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { record.push(field); records.push(record); record = []; field = ''; i++; }
    else field += c;
  }
  return records;
}

const DAY = 'Day IOP: 3 days a week, 3 hours a day'; // 12 weeks x 3 days = 36 days
const STEP_DOWN = 'Step-down IOP: 3 days a week, 3 hours a day'; // 6 weeks x 3 days = 18 days

describe('npm run price-list', () => {
  const md = cli(START);

  it('prints a Markdown sheet by default: the center, the start date, the assumptions with their sources, a table per track', () => {
    expect(md.status).to.equal(0);
    expect(md.stderr).to.equal('');
    const out = md.stdout;
    expect(out).to.match(/^# IOP price list: Example Recovery Center \(fictional\)\n/);
    expect(out).to.include('These are estimates');
    expect(out).to.include('**Start date used:** 2026-03-02');
    expect(out).to.include('**Nothing met yet:**');
    expect(out).to.include('data/typical-plans.json');
    expect(out).to.include('deductible $1,886.00 (KFF Employer Health Benefits Survey 2025');
    expect(out).to.include('out-of-pocket maximum $4,416.00 (AHRQ MEPS-IC 2018, Table I.F.10');
    expect(out).to.include('Part B deductible $283.00 (CMS-8091-N');
    expect(out).to.include('poverty guideline $15,960.00 a year (HHS poverty guidelines, 91 FR 1797');
    expect(out).to.include('is fictional');
    // One table per track of the example center, each with the same 17 rows.
    expect(out.match(/^## /gm)).to.have.length(3);
    expect(out.match(/^\| Coverage \| Assumes \| Person pays \(estimate\) \|$/gm)).to.have.length(3);
    expect(out.match(/^\|---\|---\|---:\|$/gm)).to.have.length(3);
    const rows = out.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Coverage'));
    expect(rows).to.have.length(3 * 17);
    expect(out).to.include(`## ${DAY}\n\n12 weeks, 9 hours a week: 36 days of treatment from 2026-03-02.`);
    for (const payer of ['Aetna', 'Blue Cross Blue Shield', 'UnitedHealthcare']) {
      expect(out).to.include(`| ${payer}: employer or private plan, in network |`);
      expect(out).to.include(`| ${payer}: ACA Marketplace silver plan, in network |`);
    }
    expect(out).to.not.include('| Medicare: employer'); // Medicare and Medicaid are not commercial payers
  });

  it('prices self-pay without the sliding scale, for each band, and paid in full (Day IOP, 36 days)', () => {
    const out = md.stdout;
    // 36 days x $350.00 = $12,600.00
    expect(personPays(out, DAY, 'Self-pay, full price')).to.equal('$12,600.00');
    // Band 1 (up to 100%): income $15,960.00 = 100% of the 2026 guideline for 1 person ($15,960); $25.00 fee x 36 = $900.00
    expect(out).to.include('| Self-pay, sliding scale band 1 (Nominal fee): income at 100% of the poverty line | household of 1 in OH earning $15,960.00 a year');
    expect(personPays(out, DAY, 'Self-pay, sliding scale band 1')).to.equal('$900.00');
    // Band 2 (100-150%): $23,940.00 = 150%; 60% off: $350.00 - $210.00 = $140.00 x 36 = $5,040.00
    expect(personPays(out, DAY, 'Self-pay, sliding scale band 2 (60% off): income at 150%')).to.equal('$5,040.00');
    // Band 3 (150-200%): $31,920.00 = 200%; 40% off: $350.00 - $140.00 = $210.00 x 36 = $7,560.00
    expect(personPays(out, DAY, 'Self-pay, sliding scale band 3 (40% off): income at 200%')).to.equal('$7,560.00');
    // Band 4 (above 200%, open-ended): lower edge + 1% = 201% -> $15,960 x 2.01 = $32,079.60; 0% off: $12,600.00
    expect(out).to.include('income at 201% of the poverty line | household of 1 in OH earning $32,079.60 a year');
    expect(personPays(out, DAY, 'Self-pay, sliding scale band 4 (Full self-pay price): income at 201%')).to.equal('$12,600.00');
    // Paid in full: $12,600.00 - 10% ($1,260.00) = $11,340.00
    expect(personPays(out, DAY, 'Self-pay, paid in full')).to.equal('$11,340.00');
  });

  it('prices in-network, out-of-network, Medicare and Medicaid rows with the typical plan numbers', () => {
    const out = md.stdout;
    // Step-down, Aetna $520.00 a day x 18 days = $9,360.00 allowed; employer PPO in network: deductible $1,886.00,
    // 20%, maximum $4,416.00. Days 1-3: $1,560.00 of deductible; day 4: $326.00 + 20% of $194.00 ($38.80);
    // days 5-18: 14 x $104.00 = $1,456.00. $1,886.00 + $38.80 + $1,456.00 = $3,380.80, under the maximum.
    expect(personPays(out, STEP_DOWN, 'Aetna: employer or private plan, in network')).to.equal('$3,380.80');
    // Day IOP, Aetna: $1,886.00 + 20% of ($18,720.00 - $1,886.00) = $5,252.80 would pass the $4,416.00 maximum.
    expect(personPays(out, DAY, 'Aetna: employer or private plan, in network')).to.equal('$4,416.00');
    // Step-down, Aetna, Marketplace silver: $4,890.00 + 20% of ($9,360.00 - $4,890.00) = $4,890.00 + $894.00 = $5,784.00
    expect(personPays(out, STEP_DOWN, 'Aetna: ACA Marketplace silver plan')).to.equal('$5,784.00');
    // Out of network, the plan's own out-of-network terms (never the in-network ones): allowed 60% of $850.00 =
    // $510.00 a day, $340.00 a day billed on top. 18 days: $3,400.00 deductible + 40% of ($9,180.00 - $3,400.00)
    // = $2,312.00 -> $5,712.00 (under $8,832.00), plus 18 x $340.00 = $6,120.00 balance billing: $11,832.00.
    expect(personPays(out, STEP_DOWN, 'Another insurer: employer or private plan, out of network')).to.equal('$11,832.00');
    expect(out).to.include('deductible $3,400.00, then 40% coinsurance, out-of-pocket maximum $8,832.00');
    // Original Medicare, CMHC $250.00 a day, 2026 Part B deductible $283.00: day 1 $250.00; day 2 $33.00 + 20% of
    // $217.00 = $76.40; days 3-18: 16 x $50.00 = $800.00. Total $1,126.40.
    expect(personPays(out, STEP_DOWN, 'Original Medicare')).to.equal('$1,126.40');
    // Medicare Advantage: $450.00 default rate, no deductible, 20% = $90.00 x 18 = $1,620.00 (under $5,900.00).
    expect(personPays(out, STEP_DOWN, 'Medicare Advantage plan, in network')).to.equal('$1,620.00');
    // Medicare Advantage out of network: allowed what Original Medicare pays, 18 x $250.00 = $4,500.00, and nothing
    // balance billed (not 60% of the charge with the rest billed): from $0.00 to all of it, its terms unknown.
    expect(personPays(out, STEP_DOWN, 'Medicare Advantage plan, out of network')).to.equal('$0.00 - $4,500.00');
    // Medicaid: $180.00 a day, copay $0.00.
    expect(personPays(out, STEP_DOWN, 'Medicaid')).to.equal('$0.00');
  });

  it('writes CSV by RFC 4180: one header row, CRLF, quoted fields with commas or quotes, plain decimal amounts', () => {
    const run = cli([...START, '--format', 'csv']);
    expect(run.status).to.equal(0);
    const text = run.stdout;
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, '')).to.not.match(/[\r\n]/); // every record ends with CRLF, no bare CR or LF
    const [header, ...records] = parseCsv(text);
    expect(header).to.deep.equal(['center', 'start_date', 'track', 'service_days', 'coverage', 'assumes', 'sources', 'estimated_person_pays', 'low', 'high']);
    expect(records).to.have.length(3 * 17);
    for (const record of records) expect(record).to.have.length(header!.length);
    // Every cell is quoted (OWASP's advice on CSV injection), numbers and dates too: a spreadsheet still reads them as such.
    expect(text.split('\r\n')[0]).to.equal('"center","start_date","track","service_days","coverage","assumes","sources","estimated_person_pays","low","high"');
    expect(text).to.include(`,"2026-03-02","${DAY}","36",`);
    const band2 = records.find((r) => r[2] === DAY && r[4]!.startsWith('Self-pay, sliding scale band 2'))!;
    expect(band2.slice(7)).to.deep.equal(['5040.00', '5040.00', '5040.00']);
    const aetna = records.find((r) => r[2] === STEP_DOWN && r[4] === 'Aetna: employer or private plan, in network')!;
    expect(aetna[7]).to.equal('3380.80');
    expect(aetna[5]).to.include('nothing met yet');
    expect(aetna[6]).to.include('AHRQ MEPS-IC 2018, Table I.F.10');
    for (const record of records) expect(record[7]).to.match(/^\d+\.\d{2}$/);
    // A range (Medicare Advantage out of network, its terms unknown): the high end, then low and high.
    const advantage = records.find((r) => r[2] === STEP_DOWN && r[4] === 'Medicare Advantage plan, out of network')!;
    expect(advantage.slice(7)).to.deep.equal(['4500.00', '0.00', '4500.00']);
  });

  it('quotes a center name with quotes and commas, and prices one 12-week, 9-hour line when the center lists no tracks', () => {
    const center = {
      name: 'Hope "Bridge", LLC',
      billing: { unit: 'day' },
      rates: { chargePerUnit: '500.00', inNetworkPerUnit: '300.00', outOfNetworkAllowedPercent: 50, selfPayPerUnit: '200.00' },
    };
    const run = cli([...START, '--format', 'csv', '--center', file('hope.json', center)]);
    expect(run.status).to.equal(0);
    expect(run.stdout).to.include('"Hope ""Bridge"", LLC","2026-03-02",');
    const [, ...records] = parseCsv(run.stdout);
    // No payers, no Medicare, Medicaid, sliding scale or paid-in-full discount: out of network, then full self-pay.
    expect(records.map((r) => [r[0], r[2], r[3], r[4], r[7]])).to.deep.equal([
      // 36 days, allowed 50% of $500.00 = $250.00, $250.00 a day billed on top: $3,400.00 + 40% of
      // ($9,000.00 - $3,400.00) = $5,640.00, plus 36 x $250.00 = $9,000.00 -> $14,640.00
      ['Hope "Bridge", LLC', 'IOP: 12 weeks, 9 hours a week', '36', 'Another insurer: employer or private plan, out of network', '14640.00'],
      // 36 x $200.00
      ['Hope "Bridge", LLC', 'IOP: 12 weeks, 9 hours a week', '36', 'Self-pay, full price (no sliding scale)', '7200.00'],
    ]);
  });

  it('takes other plan numbers with --plans, and says which file they came from', () => {
    const plans = JSON.parse(readFileSync('data/typical-plans.json', 'utf8'));
    plans.plans.employerPpo.inNetwork.deductible.value = '1000.00';
    plans.plans.employerPpo.inNetwork.coinsurancePercent.value = 10;
    plans.plans.employerPpo.inNetwork.oopMax.value = '2000.00';
    plans.plans.employerPpo.outOfNetwork.oopMax.value = null;
    const path = file('our-plans.json', plans);
    const run = cli([...START, '--plans', path]);
    expect(run.status).to.equal(0);
    expect(run.stdout).to.include(`(${path}, single coverage`);
    // Step-down, Aetna: day 1 $520.00; day 2 $480.00 + 10% of $40.00 = $484.00; days 3-18: 16 x $52.00 = $832.00.
    // $1,836.00, under the $2,000.00 maximum.
    expect(personPays(run.stdout, STEP_DOWN, 'Aetna: employer or private plan, in network')).to.equal('$1,836.00');
    expect(run.stdout).to.include('deductible $3,400.00, then 40% coinsurance, no out-of-pocket maximum');
  });

  it('exits 2 with one line per bad option', () => {
    const run = cli(['--format', 'xlsx', '--start', '2026-02-30', '--colour']);
    expect(run.status).to.equal(2);
    expect(run.stdout).to.equal('');
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).to.equal('--format: must be md or csv, not "xlsx"');
    expect(lines[1]).to.equal('--start: must be a real date written YYYY-MM-DD, like 2026-03-02, not "2026-02-30"');
    expect(lines[2]).to.equal('--colour: unknown option');
    expect(cli(['--center']).stderr).to.include('--center: needs a value');
  });

  it('exits 2 naming the field of a bad center, or the file it cannot read', () => {
    const bad = cli([...START, '--center', file('bad-center.json', { name: 'X', billing: { unit: 'week' }, rates: {} })]);
    expect(bad.status).to.equal(2);
    expect(bad.stdout).to.equal('');
    expect(bad.stderr).to.include('center.billing.unit: must be one of: day, hour');
    expect(bad.stderr).to.include('center.rates.chargePerUnit: is required');
    expect(bad.stderr).to.not.match(/at \S+:\d+/); // no stack trace
    const missing = cli([...START, '--center', join(dir, 'nope.json')]);
    expect(missing.status).to.equal(2);
    expect(missing.stderr).to.match(/^center: can't read .*nope\.json \(ENOENT\)/);
    const notJson = cli([...START, '--center', file('broken.json', '{ "name": ')]);
    expect(notJson.status).to.equal(2);
    expect(notJson.stderr).to.match(/^center: .*broken\.json is not valid JSON/);
  });

  it('exits 2 with one line per bad field of a --plans file', () => {
    const plans = JSON.parse(readFileSync('data/typical-plans.json', 'utf8'));
    plans.plans.employerPpo.inNetwork.deductible.value = '-1886';
    plans.plans.employerPpo.outOfNetwork.coinsurancePercent.value = 140;
    delete plans.plans.marketplaceSilver.inNetwork.oopMax.source;
    plans.plans.medicareAdvantage.inNetwork.oopMax.source.label = ' ';
    const run = cli([...START, '--plans', file('bad-plans.json', plans)]);
    expect(run.status).to.equal(2);
    expect(run.stdout).to.equal('');
    expect(run.stderr.trim().split('\n')).to.deep.equal([
      'plans.employerPpo.inNetwork.deductible.value: must be an amount in dollars and cents, like "1886.00" (no minus sign, at most two decimals)',
      'plans.employerPpo.outOfNetwork.coinsurancePercent.value: must be a percentage from 0 to 100, like 20',
      'plans.marketplaceSilver.inNetwork.oopMax.source: is required',
      'plans.medicareAdvantage.inNetwork.oopMax.source.label: must not be empty',
    ]);
    const notPlans = cli([...START, '--plans', file('list.json', [1, 2])]);
    expect(notPlans.status).to.equal(2);
    expect(notPlans.stderr).to.equal('plans file: must be a JSON object with a "plans" key, like data/typical-plans.json\n');
  });
});
