// `npm run import-prices -- FILE [--out center.json]`, run as a hospital's billing manager would (Node only): the
// configuration each fixture should give, worked out by hand from its rows, and what the command says.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { centerSkeleton } from '../../src/import/center-skeleton.ts';
import { readPriceFile } from '../../src/import/price-file.ts';
import { describe, expect, it } from '../harness.ts';

const FIXTURES = 'test/fixtures/price-files';
const dir = mkdtempSync(join(tmpdir(), 'iop-import-prices-'));

function run(script: string, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], { encoding: 'utf8' });
}

const LAKESIDE_ADDRESS = { street: '100 Lake Road', city: 'Toledo', state: 'OH', postalCode: '43604' };

describe('import-prices: the configuration each file gives', () => {
  it('v3.0 tall CSV: the per-diem charge, cash price, the dollar rate and a percentage of billed charges turned into dollars; the hourly rate reported', async () => {
    const { config, used, notUsed, toFill } = centerSkeleton(await readPriceFile(`${FIXTURES}/iop-v3-tall.csv`));
    expect(config).to.deep.equal({
      name: 'Lakeside Behavioral Hospital',
      address: LAKESIDE_ADDRESS,
      billing: { unit: 'day', codes: ['S9480', '0905'] },
      rates: {
        // "1,250.00" and "$937.5" in the file
        chargePerUnit: '1250.00',
        // the middle of 650.50 and 750.00: 700.25
        inNetworkPerUnit: '700.25',
        negotiated: [
          { payer: 'Platform Health Insurance', plan: 'PPO', perUnit: '650.50' },
          // 60% "percent of total billed charges" of the row's own gross charge, 1,250.00
          { payer: 'Region Health Insurance', plan: 'HMO', perUnit: '750.00' },
        ],
        selfPayPerUnit: '937.50',
      },
      inNetworkPayers: ['Platform Health Insurance', 'Region Health Insurance'],
    });
    expect(used).to.include("row 5: Region Health Insurance | HMO 750.00 a day (derived: 60% of the row's gross charge, 1250.00) -> rates.negotiated");
    expect(used).to.include('gross charge: 1250.00 a day (rows 4 and 5) -> rates.chargePerUnit');
    // Each line set aside says its row and amounts.
    expect(notUsed).to.deep.equal([
      'row 6: "Alcohol and/or drug services; intensive outpatient, per hour" (H0015; Platform Health Insurance | PPO an algorithm) is per hour; this configuration bills per day',
      'row 7: "IOP group psychotherapy" (905, 90853; gross 210.00, cash 157.50): the file does not say whether it is per day or per hour',
    ]);
    expect(toFill.map((line) => line.split(':')[0])).to.deep.equal([
      'rates.outOfNetworkAllowedPercent',
      'contact.phone (and contact.url)',
      'slidingScale',
      'paymentPlan and programs',
    ]);
  });

  it('v2.2 tall CSV: a percentage and an algorithm become dollars through the estimated amounts, a percentage of billed charges from the gross; two plans that pay differently are flagged', async () => {
    const { config, toFill } = centerSkeleton(await readPriceFile(`${FIXTURES}/iop-v2.2-tall.csv`));
    expect(config.rates).to.deep.equal({
      chargePerUnit: '1100.00',
      // the middle of 455.10, 715.00 and 742.13
      inNetworkPerUnit: '715.00',
      negotiated: [
        { payer: 'Acme Health', plan: 'Gold PPO', perUnit: '742.13' },
        { payer: 'Acme Health', plan: 'Silver HMO', perUnit: '455.10' },
        // 65 % of billed charges, the row's gross 1,100.00
        { payer: 'Beacon Care', plan: 'Standard', perUnit: '715.00' },
      ],
      selfPayPerUnit: '825.00',
    });
    // revenue code "905" written as claims do
    expect(config.billing).to.deep.equal({ unit: 'day', codes: ['S9480', '0905'] });
    expect(config.inNetworkPayers).to.deep.equal(['Acme Health', 'Beacon Care']);
    expect(toFill[0]).to.equal(
      "rates.negotiated: Acme Health's plans Gold PPO (742.13), Silver HMO (455.10) pay differently: add planTypes (aca, private, medicare) to each, or estimates use the first for every plan",
    );
  });

  it('v3.0 JSON: a Medicare Advantage plan gets planTypes medicare and stays out of the default in-network rate', async () => {
    const { config } = centerSkeleton(await readPriceFile(`${FIXTURES}/iop-v3.json`));
    expect(config.billing.codes).to.deep.equal(['S9480', '0905', '5851']);
    expect(config.rates).to.deep.equal({
      chargePerUnit: '1250.00',
      // the middle of the commercial 650.50 and 750.00 (Medicare Advantage apart)
      inNetworkPerUnit: '700.25',
      negotiated: [
        { payer: 'Platform Health Insurance', plan: 'PPO', perUnit: '650.50' },
        { payer: 'Region Health Insurance', plan: 'HMO', perUnit: '750.00' },
        { payer: 'Platform Health Insurance', plan: 'Medicare Advantage', planTypes: ['medicare'], perUnit: '380.27' },
      ],
      selfPayPerUnit: '937.50',
    });
  });

  it('v3.0 wide CSV: of a plan’s two rates, the one nearest the other plans’ is kept and the other reported; an amount in a text quoted', async () => {
    const { config, notUsed } = centerSkeleton(await readPriceFile(`${FIXTURES}/iop-v3-wide.csv`));
    expect(config.rates.negotiated).to.deep.equal([
      { payer: 'Platform Health Insurance', plan: 'PPO', perUnit: '650.50' },
      { payer: 'Region Health Insurance', plan: 'HMO', perUnit: '750.00' },
    ]);
    // The middle of the plans' rates is (650.50 + 750.00) / 2 = 700.25: 650.50 is nearer than 640.00.
    expect(notUsed).to.include("row 9: another rate for Platform Health Insurance | PPO, 640.00: 650.50 (row 4) is used: the nearest to the other plans' rates (their middle, 700.25)");
    expect(notUsed).to.include('row 5 (1 payer): the text "Lesser of billed charges and $95.00 per hour" states $95.00: never used as a rate without your word; if it is one, write it in rates.negotiated');
  });

  it('per hour: the unit most rates are for, a marketplace plan, Medicaid apart, a second gross charge reported', async () => {
    const { config, notUsed } = centerSkeleton(await readPriceFile(`${FIXTURES}/iop-per-hour-tall.csv`));
    expect(config).to.deep.equal({
      name: 'Hilltop Recovery Hospital',
      address: { street: '12 Hill Street', city: 'Columbus', state: 'OH', postalCode: '43215' },
      // five hourly H0015 rows against one per-diem S9480 row
      billing: { unit: 'hour', codes: ['H0015', '0906'] },
      rates: {
        // four rows say 180.00, one 175.00
        chargePerUnit: '180.00',
        // commercial rates 88.88, 96.25, 99.99, 120.01: (96.25 + 99.99) / 2 = 98.12
        inNetworkPerUnit: '98.12',
        negotiated: [
          { payer: 'Acme Health', plan: 'Gold PPO', perUnit: '99.99' },
          { payer: 'Acme Health', plan: 'Marketplace Silver', planTypes: ['aca'], perUnit: '88.88' },
          { payer: 'Beacon Care', plan: 'Choice PPO', perUnit: '120.01' },
          // 55% of billed charges, of its row's gross charge 175.00
          { payer: 'Delta Health', plan: 'Basic', perUnit: '96.25' },
        ],
        selfPayPerUnit: '135.00',
      },
      inNetworkPayers: ['Acme Health', 'Beacon Care', 'State Medicaid', 'Delta Health'],
      medicaid: { perUnit: '72.50' },
    });
    expect(notUsed).to.include('row 9: "Intensive outpatient psychiatric services, per diem" (S9480; gross 1000.00, cash 750.00, Acme Health | Gold PPO 600.00) is per day; this configuration bills per hour');
    expect(notUsed).to.include('row 8: another gross charge, 175.00: the configuration has one, 180.00');
  });
});

describe('import-prices: the unit of a file whose codes say it', () => {
  it('H0015 rows that do not say per day are per day by definition: one hourly side row does not make the configuration hourly (item 6)', async () => {
    const [general, values, names] = readFileSync(`${FIXTURES}/iop-v3-tall.csv`, 'utf8').split('\n');
    const row = (description: string, gross: string) => `"${description}",H0015,HCPCS,0906,RC,outpatient,,,${gross},,,,,,,,,,,,,,,,`;
    const file = join(dir, 'h0015.csv');
    writeFileSync(file, [general, values, names, row('Alcohol and/or drug services; intensive outpatient', '900.00'), row('ALCOHOL AND/OR DRUG SERVICES', '900.00'), row('Chemical dependency IOP, per hour', '150.00'), ''].join('\n'));
    const { config, notUsed } = centerSkeleton(await readPriceFile(file));
    expect(config.billing).to.deep.equal({ unit: 'day', codes: ['H0015', '0906'] });
    expect(config.rates).to.deep.equal({ chargePerUnit: '900.00' });
    expect(notUsed).to.deep.equal(['row 6: "Chemical dependency IOP, per hour" (H0015, 0906; gross 150.00) is per hour; this configuration bills per day']);
  });
});

describe('npm run import-prices', () => {
  it('writes the configuration with --out, says what it used, skipped and left to fill in; check-config then names what is missing', () => {
    const out = join(dir, 'lakeside.json');
    const imported = run('import-prices', `${FIXTURES}/iop-v3-tall.csv`, '--out', out);
    expect(imported.status).to.equal(0);
    const lines = imported.stdout.split('\n');
    expect(lines[0]).to.equal(`${FIXTURES}/iop-v3-tall.csv: tall CSV, CMS template 3.0.0, 10 rows`);
    expect(lines).to.include('found 4 IOP standard charges (each payer and plan\'s charge counts once)');
    expect(lines).to.include('  row 4: Platform Health Insurance | PPO 650.50 a day -> rates.negotiated');
    expect(lines).to.include('skipped 6 rows:');
    expect(lines).to.include('  1 inpatient setting');
    expect(lines).to.include(`wrote ${out}; when it is filled in: npm run check-config -- ${out}`);

    const skeleton = JSON.parse(readFileSync(out, 'utf8'));
    expect(skeleton.$schema).to.equal('https://unpkg.com/iop-cost-estimator/dist/center-config.schema.json');
    const first = run('check-config', out);
    expect(first.status).to.equal(2);
    expect(first.stderr.trim().split('\n')).to.deep.equal([`${out}: 1 problem`, 'rates.outOfNetworkAllowedPercent = (missing): is required']);

    // What the center adds: its out-of-network percentage, its phone and its sliding scale.
    skeleton.rates.outOfNetworkAllowedPercent = 60;
    skeleton.contact = { phone: '555-0142' };
    skeleton.slidingScale = { bands: [{ overPercent: 0, upToPercent: 200, discountPercent: 50 }, { overPercent: 200, upToPercent: null, discountPercent: 0 }] };
    writeFileSync(out, JSON.stringify(skeleton));
    const second = run('check-config', out);
    expect(second.status).to.equal(0);
    const summary = second.stdout.trim().split('\n');
    expect(summary[0]).to.equal('ok: Lakeside Behavioral Hospital');
    expect(summary).to.include('  billing: per day, charge 1250.00, self-pay 937.50, in network 700.25');
    expect(summary).to.include('  payers: Platform Health Insurance, Region Health Insurance (2 negotiated rates)');
    // nothing left to look at: every payer in network has its rate, none implausible
    expect(summary.filter((line) => line.startsWith('warning:'))).to.deep.equal([]);
  });

  it('prints the configuration to standard output and the report to standard error without --out', () => {
    const imported = run('import-prices', `${FIXTURES}/iop-v3.json`);
    expect(imported.status).to.equal(0);
    expect(JSON.parse(imported.stdout).name).to.equal('Lakeside Behavioral Hospital');
    expect(imported.stderr).to.contain('then save the configuration and check it: npm run check-config -- CENTER.json');
  });

  for (const name of ['V3.0.0_Tall_CSV_Format_Example.csv', 'V3.0.0_Wide_CSV_Format_Example.csv', 'v3_json_format_example.json']) {
    it(`says "no IOP services found" for the official CMS example ${name}, and writes nothing`, () => {
      const out = join(dir, `${name}.json`);
      const imported = run('import-prices', `${FIXTURES}/cms-examples/${name}`, '--out', out);
      expect(imported.status).to.equal(1);
      expect(imported.stdout).to.contain(
        'no IOP services found: no row has an IOP code (HCPCS S9480 or H0015, revenue code 0905 or 0906, APC 5851, 5852, 5861 or 5862) in an outpatient setting. Nothing written.',
      );
      expect(imported.stdout).to.match(/\n {2}\d+ not an IOP code\n/);
      expect(existsSync(out)).to.equal(false);
    });
  }

  it('refuses a file it cannot read, and a wrong command line, with exit 2', () => {
    const missing = run('import-prices', join(dir, 'nope.csv'));
    expect(missing.status).to.equal(2);
    expect(missing.stderr).to.equal(`${join(dir, 'nope.csv')}: can't be read (ENOENT)\n`);
    const usage = run('import-prices', `${FIXTURES}/iop-v3.json`, '--out');
    expect(usage.status).to.equal(2);
    expect(usage.stderr).to.equal('usage: npm run import-prices -- PRICE-FILE [--out CENTER.json]\n');
  });
});
