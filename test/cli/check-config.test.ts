// `npm run check-config -- FILE.json`, run as a center's billing manager would before publishing (Node only).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '../harness.ts';

const dir = mkdtempSync(join(tmpdir(), 'iop-check-config-'));
const EXAMPLE = JSON.parse(readFileSync('data/centers/example.json', 'utf8')) as Record<string, any>;

/** The example center with one change, written to a file. */
function variant(name: string, change: (center: Record<string, any>) => void): string {
  const center = structuredClone(EXAMPLE);
  change(center);
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(center));
  return path;
}

function check(path: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check-config.ts', path], { encoding: 'utf8' });
}

/** The problem lines (after the "N problems" line). */
function problems(run: ReturnType<typeof check>): string[] {
  return run.stderr.trim().split('\n').slice(1);
}

describe('npm run check-config', () => {
  it('counts the center’s assistance, and names a state-funded program’s track that is not one', () => {
    const path = variant('assistance.json', (center) => {
      center.assistance = {
        stateFunded: [{ name: 'Ohio state-funded treatment', states: ['OH'], tracks: [1, 4] }],
        scholarships: [{ name: 'Hope Scholarship', amount: '1000.00' }, { name: 'Returning graduates', percent: 25 }],
        financing: [{ name: 'Example Lending', url: 'https://lending.example/apply' }],
      };
    });
    const run = check(path);
    expect(run.status).to.equal(2);
    // The example center has 3 tracks.
    expect(problems(run)).to.deep.equal(['assistance.stateFunded.0.tracks.1 = 4: is not a program track: programs has 3']);
    const fixed = variant('assistance-ok.json', (center) => {
      center.assistance = {
        stateFunded: [{ name: 'Ohio state-funded treatment', states: ['OH'], tracks: [1] }],
        scholarships: [{ name: 'Hope Scholarship', amount: '1000.00' }, { name: 'Returning graduates', percent: 25 }],
        financing: [{ name: 'Example Lending', url: 'https://lending.example/apply' }],
      };
    });
    const ok = check(fixed);
    expect(ok.status).to.equal(0);
    expect(ok.stdout.split('\n')).to.include('  assistance: 1 state-funded program, 2 scholarships, 1 financing partner');
  });

  it('refuses a scholarship with both an amount and a percent, and a state that is not one', () => {
    const run = check(
      variant('assistance-bad.json', (center) => {
        center.assistance = { stateFunded: [{ name: 'Slots', states: ['Ohio'] }], scholarships: [{ name: 'Both', amount: '10.00', percent: 5 }] };
      }),
    );
    expect(problems(run)).to.deep.equal([
      'assistance.stateFunded.0.states.0 = "Ohio": must be a two-letter US state code, like OH',
      'assistance.scholarships.0 = {"name":"Both","amount":"10.00","percent":5}: needs either amount or percent (one of them)',
    ]);
  });

  it('says ok with a short summary for the example center', () => {
    const run = check('data/centers/example.json');
    expect(run.status).to.equal(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).to.equal('ok: Example Recovery Center (fictional) (an example, not a real center)');
    expect(lines).to.include('  payers: Aetna, Blue Cross Blue Shield, UnitedHealthcare, Medicare, Medicaid (3 negotiated rates)');
    expect(lines).to.include('  sliding scale: 4 bands');
    expect(lines).to.include('  payment plan: 1 to 12 months, at least 50.00 a month, 0% APR');
    expect(lines).to.include('  assistance: none');
    expect(lines).to.include(
      '  takes Medicare: yes; takes Medicaid: yes (from the medicare and medicaid sections and inNetworkPayers; set participates to say otherwise): Medicare and Medicaid beneficiaries are not offered self-pay',
    );
    expect(lines.filter((line) => line.startsWith('warning:'))).to.deep.equal([]);
  });

  it('says what participates states: a center that does not take Medicare offers its beneficiaries self-pay', () => {
    const run = check(variant('no-medicare.json', (c) => (c.participates = { medicare: false, medicaid: true })));
    expect(run.status).to.equal(0);
    expect(run.stdout.trim().split('\n')).to.include('  takes Medicare: no; takes Medicaid: yes: Medicaid beneficiaries are not offered self-pay');
  });

  it('lists every problem at once, each with the field, its value and what is expected, and exits 2', () => {
    const run = check(variant('many.json', (c) => {
      c.rates.chargePerUnit = '850';
      c.rates.outOfNetworkAllowedPercent = 160;
      c.billing.unit = 'week';
      delete c.name;
      c.programs[1].weeks = 0;
    }));
    expect(run.status).to.equal(2);
    expect(run.stderr.split('\n')[0]).to.match(/many\.json: 4 problems$/);
    expect(problems(run)).to.deep.equal([
      'name = (missing): is required',
      'billing.unit = "week": must be one of: day, hour',
      'rates.outOfNetworkAllowedPercent = 160: must be a percentage from 0 to 100',
      'programs.1.weeks = 0: must be a whole number of weeks from 1 to 52',
    ]);
  });

  it('refuses sliding-scale bands with a gap or an overlap, naming the band', () => {
    const gap = check(variant('gap.json', (c) => (c.slidingScale.bands[1].overPercent = 110)));
    expect(problems(gap)).to.deep.equal(['slidingScale.bands.1.overPercent = 110: leaves a gap: it must start where the band before ends (100%)']);
    const overlap = check(variant('overlap.json', (c) => (c.slidingScale.bands[2].overPercent = 140)));
    expect(problems(overlap)).to.deep.equal(['slidingScale.bands.2.overPercent = 140: overlaps the band before it: it must start where the band before ends (150%)']);
  });

  it('refuses a self-pay price above the gross charge', () => {
    const run = check(variant('self-pay.json', (c) => (c.rates.selfPayPerUnit = '900.00')));
    expect(run.status).to.equal(2);
    expect(problems(run)).to.deep.equal(['rates.selfPayPerUnit = "900.00": must not be above the gross charge (rates.chargePerUnit, 850.00)']);
  });

  it('refuses payment-plan limits that do not hold together', () => {
    const reversed = check(variant('months.json', (c) => Object.assign(c.paymentPlan, { minMonths: 12, maxMonths: 6, defaultMonths: 6 })));
    expect(problems(reversed)).to.deep.equal(['paymentPlan.minMonths = 12: minMonths must not be more than maxMonths']);
    const outside = check(variant('default.json', (c) => (c.paymentPlan.defaultMonths = 18)));
    expect(problems(outside)).to.deep.equal(['paymentPlan.defaultMonths = 18: must be from minMonths to maxMonths (1 to 12)']);
  });

  it('refuses a program track whose hours do not fit in its days', () => {
    // 40 hours over 3 days is 13.33 hours a day.
    const run = check(variant('track.json', (c) => Object.assign(c.programs[0], { hoursPerWeek: 40, daysPerWeek: 3 })));
    expect(problems(run)).to.deep.equal(['programs.0.hoursPerWeek = 40: is more than 12 hours a day over 3 days a week']);
  });

  it('warns, without failing, of a negotiated rate above the gross charge and an in-network payer with no rate', () => {
    const run = check(variant('warnings.json', (c) => {
      c.rates.negotiated[0].perUnit = '900.00';
      c.inNetworkPayers.push('Cigna');
    }));
    expect(run.status).to.equal(0);
    expect(run.stdout.trim().split('\n').filter((line) => line.startsWith('warning:'))).to.deep.equal([
      'warning: rates.negotiated.0.perUnit = "900.00": is above the gross charge (rates.chargePerUnit, 850.00): a plan seldom allows more than is billed, and estimates cap it at the charge',
      'warning: inNetworkPayers.5 = "Cigna": has no rate in rates.negotiated: its estimates use the default in-network rate (450.00)',
    ]);
  });

  it('warns of a rate under 5% of the gross charge, a $1.00 placeholder above all, for the center and a track priced apart (issue 21)', () => {
    const run = check(variant('placeholder.json', (c) => {
      c.rates.negotiated[1].perUnit = '1.00';
      // 5% of 850.00 is 42.50: 42.49 is under it, 42.50 is not.
      c.rates.negotiated[2].perUnit = '42.49';
      c.rates.inNetworkPerUnit = '42.50';
      c.programs[0].rates = { chargePerUnit: '700.00', selfPayPerUnit: '30.00', negotiated: [{ payer: 'Aetna', perUnit: '400.00' }, { payer: 'Cigna', perUnit: '1.00' }] };
    }));
    expect(run.status).to.equal(0);
    const low = (field: string, value: string, charge: string) =>
      `warning: ${field} = "${value}": is under 5% of the gross charge (${charge}): implausibly low for a day of treatment; a placeholder such as 1.00 would make every estimate that uses it wrong`;
    expect(run.stdout.trim().split('\n').filter((line) => line.includes('under 5%'))).to.deep.equal([
      low('rates.negotiated.1.perUnit', '1.00', 'rates.chargePerUnit, 850.00'),
      low('rates.negotiated.2.perUnit', '42.49', 'rates.chargePerUnit, 850.00'),
      low('programs.0.rates.negotiated.1.perUnit', '1.00', 'programs.0.rates.chargePerUnit, 700.00'),
      low('programs.0.rates.selfPayPerUnit', '30.00', 'programs.0.rates.chargePerUnit, 700.00'),
    ]);
    expect(run.stdout).to.contain('Day IOP: 3 days a week, 3 hours a day (12 weeks, 9 h a week; its own rates: charge 700.00, self-pay 30.00, 2 negotiated)');
  });

  it('warns of a misspelt field, which the widget would ignore, with the field it most likely means', () => {
    const run = check(variant('typo.json', (c) => {
      c.rates.selfPayPerUnt = '300.00';
      c.programs[1].hoursPerwk = 12;
      c.notes = 'for our web team';
    }));
    expect(run.status).to.equal(0);
    expect(run.stdout.trim().split('\n').filter((line) => line.startsWith('warning:'))).to.deep.equal([
      'warning: rates.selfPayPerUnt = "300.00": is not a field of a center configuration, so the widget ignores it: did you mean rates.selfPayPerUnit?',
      'warning: programs.1.hoursPerwk = 12: is not a field of a center configuration, so the widget ignores it: did you mean programs.1.hoursPerWeek?',
      'warning: notes = "for our web team": is not a field of a center configuration, so the widget ignores it',
    ]);
  });

  it('says a misspelt field beside the problem it causes: a required field misspelt is missing', () => {
    const run = check(variant('required-typo.json', (c) => {
      c.rates.chargeperunit = c.rates.chargePerUnit;
      delete c.rates.chargePerUnit;
      c.Contact = { phone: '555-0100' };
    }));
    expect(run.status).to.equal(2);
    expect(problems(run)).to.deep.equal([
      'rates.chargePerUnit = (missing): is required',
      'warning: rates.chargeperunit = "850.00": is not a field of a center configuration, so the widget ignores it: did you mean rates.chargePerUnit?',
      'warning: Contact = {"phone":"555-0100"}: is not a field of a center configuration, so the widget ignores it: did you mean contact?',
    ]);
    // The $schema line the README and import-prices add is a field like any other.
    expect(check(variant('with-schema.json', (c) => (c.$schema = 'https://unpkg.com/iop-cost-estimator/dist/center-config.schema.json'))).stdout).not.to.contain('warning:');
  });

  it('says so for a file that cannot be read or is not JSON', () => {
    const missing = check(join(dir, 'nowhere.json'));
    expect(missing.status).to.equal(2);
    expect(missing.stderr).to.match(/nowhere\.json: can't be read \(ENOENT\)/);
    const path = join(dir, 'broken.json');
    writeFileSync(path, '{ "name": ');
    const broken = check(path);
    expect(broken.status).to.equal(2);
    expect(broken.stderr).to.match(/broken\.json: is not valid JSON/);
  });
});
