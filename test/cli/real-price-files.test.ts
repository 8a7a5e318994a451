// The importer on excerpts of real hospitals' own price files (Node only; issue 21). Each excerpt, its hospital,
// where it came from and when, is in test/fixtures/price-files/real/SOURCES.md; the amounts below were read from
// the files by hand (and are listed there too).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { centerSkeleton } from '../../src/import/center-skeleton.ts';
import { readPriceFile } from '../../src/import/price-file.ts';
import { describe, expect, it } from '../harness.ts';

const REAL = 'test/fixtures/price-files/real';
const skeleton = async (name: string) => centerSkeleton(await readPriceFile(`${REAL}/${name}`));
const S9480 = 'standard_charge_information[1].standard_charges[0]';
const H0015 = 'standard_charge_information[5].standard_charges[0]';

describe('real price files', () => {
  it('DMC Harper-Hutzel: each BCBS plan listed at its rate and again at $1.00 gets its rate; every $1.00 is named and never used (item 1)', async () => {
    const { config, notUsed } = await skeleton('dmc-harper-hutzel.json');
    // The same five plans and rates for S9480 (psychiatric) and H0015 (addiction): two tracks, no $1.00 anywhere.
    const bcbs = (plan: string, perUnit: string, aca = false) => ({ payer: 'BLUE CROSS/BLUE SHIELD', plan, ...(aca ? { planTypes: ['aca'] } : {}), perUnit });
    const negotiated = [
      bcbs('BCBS BLUE CARE NETWORK', '1050.28'),
      bcbs('BCBS EXCHANGE', '861.24', true),
      bcbs('BCBS TRADITIONAL', '1050.28'),
      bcbs('BCBS TRUST PPO', '1050.28'),
      bcbs('BLUECROSSBLUESHIELD MI', '1068.57'),
    ];
    // The commercial rates' middle: 861.24, 1050.28, 1050.28, 1050.28, 1068.57 -> 1050.28.
    const rates = { inNetworkPerUnit: '1050.28', negotiated };
    expect(config.rates).to.deep.equal(rates);
    expect(config.billing).to.deep.equal({ unit: 'day', codes: ['S9480', 'H0015'] });
    expect(config.programs).to.deep.equal([
      { name: 'Mental health IOP', serviceCodes: ['S9480'], rates },
      { name: 'Substance use IOP', serviceCodes: ['H0015'], rates },
    ]);
    expect(JSON.stringify(config)).to.not.contain('"1.00"');
    const placeholders = notUsed.filter((line) => line.includes(' 1.00 a day: below 5%'));
    expect(placeholders).to.have.length(10);
    expect(placeholders[0]).to.equal(
      `${S9480}.payers_information[0]: BLUE CROSS/BLUE SHIELD | BCBS BLUE CARE NETWORK 1.00 a day: below 5% of this plan's other rate (1050.28): a placeholder, not a rate; never used`,
    );
    expect(placeholders).to.include(
      `${H0015}.payers_information[1]: BLUE CROSS/BLUE SHIELD | BCBS BLUE CARE NETWORK 1.00 a day: below 5% of this plan's other rate (1050.28): a placeholder, not a rate; never used`,
    );
  });

  it('AdventHealth Orlando: psychiatric and addiction IOP become two tracks with their own prices; CDM numbers are never codes (item 4)', async () => {
    const { config, used, notUsed, toFill } = await skeleton('adventhealth-orlando.json');
    expect(config.billing).to.deep.equal({ unit: 'day', codes: ['0905', '0906', 'H0015'] });
    expect(config.rates).to.deep.equal({ chargePerUnit: '1217.00', selfPayPerUnit: '1217.00' });
    expect(config.programs).to.deep.equal([
      { name: 'Mental health IOP', serviceCodes: ['0905'], rates: { chargePerUnit: '1217.00', selfPayPerUnit: '1217.00' } },
      { name: 'Substance use IOP', serviceCodes: ['0906', 'H0015'], rates: { chargePerUnit: '1215.00', selfPayPerUnit: '1215.00' } },
    ]);
    expect(JSON.stringify(config)).to.not.match(/9050000001|906H001501|9060000001/);
    expect(used).to.include(
      'gross charge for Substance use IOP: 1215.00 a day (standard_charge_information[1].standard_charges[0] and standard_charge_information[4].standard_charges[0]) -> programs.1.rates.chargePerUnit',
    );
    // What check-config will ask for: the center's own in-network rate, and each track's.
    expect(toFill.filter((line) => line.includes('inNetworkPerUnit'))).to.deep.equal([
      'programs.0.rates.inNetworkPerUnit: the file gives no usable negotiated dollar rate; write what in-network plans usually allow',
      'programs.1.rates.inNetworkPerUnit: the file gives no usable negotiated dollar rate; write what in-network plans usually allow',
      "rates.inNetworkPerUnit: the center's own, for a program typed by hand (the file gives none for Mental health IOP); write it",
    ]);
    // Group psychotherapy under revenue code 0915 with "IOP/PHP" in its name: asked about, not priced.
    expect(notUsed).to.include(
      'standard_charge_information[2].standard_charges[0]: "HC GROUP PSYCHOTHERAPY, IOP/PHP" (9159085301, 0915, 90853; gross 450.00, cash 450.00): no IOP code, but a revenue code IOP days may be filed under: is it your IOP? If so, add its codes to billing.codes and its prices to rates',
    );
  });

  it('Wellstar Kennestone: H0015 under revenue code 0900 gives its gross charge and cash price, with both rows named (item 2)', async () => {
    const { config, used } = await skeleton('wellstar-kennestone-tall.csv');
    expect(config).to.deep.equal({
      name: 'Wellstar Kennestone Hospital',
      address: { street: '677 Church Street', city: 'Marietta', state: 'GA', postalCode: '30060' },
      // H0015 is per day by definition; revenue code "900" as claims write it; the CDM number 91000015 is left out.
      billing: { unit: 'day', codes: ['0900', 'H0015'] },
      rates: { chargePerUnit: '2252.00', selfPayPerUnit: '878.28' },
    });
    expect(used).to.deep.equal([
      "per day: 2 by their code's definition (S9480, H0015 and Medicare's IOP APCs are billed per day) -> billing.unit",
      'gross charge: 2252.00 a day (rows 4 and 8) -> rates.chargePerUnit',
      'discounted cash price: 878.28 a day (rows 4 and 8) -> rates.selfPayPerUnit',
    ]);
  });

  it('Emory: psychiatric IOP (S9480) and alcohol/drug IOP (H0015) with their own gross charges become two tracks (items 2, 4)', async () => {
    const { config } = await skeleton('emory-university-hospital-tall.csv');
    expect(config.programs).to.deep.equal([
      { name: 'Mental health IOP', serviceCodes: ['0905', 'S9480'], rates: { chargePerUnit: '1916.00', selfPayPerUnit: '1916.00' } },
      { name: 'Substance use IOP', serviceCodes: ['0914', 'H0015'], rates: { chargePerUnit: '1758.00', selfPayPerUnit: '1758.00' } },
    ]);
    expect(JSON.stringify(config)).to.not.match(/905S948001|914H001501/);
  });

  it('MUSC: the per diem row priced; group therapy rows that do not say per day set aside with their amounts; a 0915 row asked about', async () => {
    const { config, notUsed } = await skeleton('musc-charleston-tall.csv');
    expect(config.billing).to.deep.equal({ unit: 'day', codes: ['0905', 'S9480'] });
    expect(config.rates).to.deep.equal({ chargePerUnit: '524.00', selfPayPerUnit: '262.00' });
    expect(notUsed).to.deep.equal([
      'row 7: "HB IOP GROUP THERAPY 3 HOUR SESSION" (90500002, 0905, 90853; gross 515.00, cash 257.50): the file does not say whether it is per day or per hour',
      'row 9: "HB IOP-GROUP/FULL DAY/COMM" (90500001, 0905, 90853; gross 489.00, cash 244.50): the file does not say whether it is per day or per hour',
      'row 11: "HB IOP-GROUP/SA/COMMERICAL" (90600001, 0906, 90853; gross 349.00, cash 174.50): the file does not say whether it is per day or per hour',
      'row 8: "HB IOP-GROUP TX/ADULT" (91500002, 0915, 90853; gross 165.00, cash 82.50): no IOP code, but a revenue code IOP days may be filed under: is it your IOP? If so, add its codes to billing.codes and its prices to rates',
    ]);
  });

  it('MD Anderson: zero-padded APCs read as IOP per diems; TRICARE set aside, never a commercial rate; a mis-split city doubted (item 3)', async () => {
    const { config, notUsed, toFill } = await skeleton('md-anderson-wide.csv');
    expect(config.billing).to.deep.equal({ unit: 'day', codes: ['5851', '5852', '5862', '5861'] });
    expect(config.rates).to.deep.equal({});
    expect(config.inNetworkPayers).to.equal(undefined);
    expect(notUsed).to.deep.equal([
      'row 4: Tricare | Outpatient 127.74 for "Intensive Outpatient (3 services) for CMHCs" (05851) is a government plan (TRICARE, VA, workers’ compensation): the widget does not estimate it, and its rate is not a commercial one',
      'row 5: Tricare | Outpatient 167.38 for "Intensive Outpatient (4 or more services) for CMHCs" (05852) is a government plan (TRICARE, VA, workers’ compensation): the widget does not estimate it, and its rate is not a commercial one',
      'row 7: Tricare | Outpatient 418.45 for "Intensive Outpatient (4 or more services) for Hospital-based IOPs" (05862) is a government plan (TRICARE, VA, workers’ compensation): the widget does not estimate it, and its rate is not a commercial one',
      'row 9: Tricare | Outpatient 319.38 for "Intensive Outpatient (3 services) for Hospital-based IOPs" (05861) is a government plan (TRICARE, VA, workers’ compensation): the widget does not estimate it, and its rate is not a commercial one',
    ]);
    // The file writes "1515 Holcombe Blvd, The University of Texas M D Anderson Cancer Center Houston, TX  77030-4009":
    // the hospital's name is read as part of the city, and the report says so.
    expect(toFill).to.include(
      'address: "1515 Holcombe Blvd, The University of Texas M D Anderson Cancer Center Houston, TX  77030-4009" was read as street "1515 Holcombe Blvd", city "The University of Texas M D Anderson Cancer Center Houston", state TX, ZIP 77030-4009, but the city, "The University of Texas M D Anderson Cancer Center Houston", reads like a building\'s or a hospital\'s name: check it',
    );
  });

  it('Mass General (for McLean): the IOP per diems stated only in an algorithm are quoted with their rows, never used (item 5)', async () => {
    const report = await readPriceFile(`${REAL}/mass-general-tall.csv`);
    expect(report.rates.every((rate) => rate.toAsk === 'text')).to.equal(true);
    const { notUsed } = centerSkeleton(report);
    expect(notUsed).to.have.length(1);
    expect(notUsed[0]).to.match(/^rows 7, 9, 12 and 1 more \(4 payers\): the text "…Intensive outpatient program: quantity between 1 and 3, Per diem \(\$319\.65\), quantity 4 or more, Per diem \(\$485\.13\)\./);
    expect(notUsed[0]).to.match(/ states \$319\.65, \$485\.13, \$132\.09, \$199\.87: never used as a rate without your word; if it is one, write it in rates\.negotiated$/);
  });

  it('the same algorithm text in a JSON file (MGH’s row 7 written as the JSON template writes it) is quoted too', async () => {
    const lines = readFileSync(`${REAL}/mass-general-tall.csv`, 'utf8').split('\n');
    const algorithm = /"(All partial hospitalization[^"]*)"/.exec(lines[6]!)![1]!;
    const file = join(mkdtempSync(join(tmpdir(), 'iop-real-')), 'mgh.json');
    writeFileSync(file, JSON.stringify({
      hospital_name: 'Massachusetts General Hospital', last_updated_on: '2026-03-27', version: '3.0.0', hospital_address: ['55 Fruit St, Boston, MA 02114-2621'],
      standard_charge_information: [{
        description: 'Psych Grp Therapy 15 Min',
        code_information: [{ code: 'PX-90000022', type: 'CDM' }, { code: '90853', type: 'CPT' }, { code: '0915', type: 'RC' }],
        standard_charges: [{ setting: 'both', gross_charge: 138, discounted_cash: 103.5, payers_information: [{ payer_name: 'MEDICARE [2001]', plan_name: 'HB MGH MEDICARE', standard_charge_algorithm: algorithm, methodology: 'other' }] }],
      }],
    }));
    const { notUsed } = centerSkeleton(await readPriceFile(file));
    expect(notUsed).to.have.length(1);
    expect(notUsed[0]).to.match(/^standard_charge_information\[0\]\.standard_charges\[0\]\.payers_information\[0\] \(1 payer\): the text "…Intensive outpatient program: quantity between 1 and 3, Per diem \(\$319\.65\)/);
  });
});
