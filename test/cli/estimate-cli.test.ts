// The command-line entry, run as a counselor or a script would (Node only).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '../harness.ts';

const dir = mkdtempSync(join(tmpdir(), 'iop-cli-'));
function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

function cli(args: string[], input?: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/estimate.ts', ...args], { input, encoding: 'utf8' });
}

const request = { program: { weeks: 2, hoursPerWeek: 9, startDate: '2026-03-02' }, coverage: { planType: 'uninsured' } };

describe('npm run estimate', () => {
  it('prints the result as JSON for a request file, with the example center by default', () => {
    const run = cli([file('request.json', request)]);
    expect(run.status).to.equal(0);
    const result = JSON.parse(run.stdout);
    // 2 weeks x 3 days x $350.00 self-pay = $2,100.00
    expect(result.patient.total).to.equal('2100.00');
    expect(result.warnings.map((w: { code: string }) => w.code)).to.include('example-center');
  });

  it('reads the request from standard input and takes a center file', () => {
    const center = { name: 'Test Center', billing: { unit: 'day' }, rates: { chargePerUnit: '500.00', inNetworkPerUnit: '300.00', outOfNetworkAllowedPercent: 50, selfPayPerUnit: '200.00' } };
    const run = cli(['--center', file('center.json', center)], JSON.stringify(request));
    expect(run.status).to.equal(0);
    // 6 days x $200.00 = $1,200.00
    expect(JSON.parse(run.stdout).patient.total).to.equal('1200.00');
  });

  it('exits 2 with one message per bad field', () => {
    const run = cli([file('bad.json', { program: { weeks: 0, hoursPerWeek: 50 }, coverage: { planType: 'tricare' } })]);
    expect(run.status).to.equal(2);
    expect(run.stdout).to.equal('');
    expect(run.stderr).to.include('program.weeks: must be a whole number of weeks from 1 to 52');
    expect(run.stderr).to.include('program.hoursPerWeek: must be a number of hours from 1 to 40');
    expect(run.stderr).to.include('coverage.planType: must be one of: aca, medicare, medicaid, private, uninsured');
    expect(run.stderr).to.not.match(/at \S+:\d+/); // no stack trace
  });

  it('exits 2 naming the field of a bad center configuration', () => {
    const run = cli(['--center', file('bad-center.json', { name: 'X', billing: { unit: 'week' }, rates: {} }), file('r.json', request)]);
    expect(run.status).to.equal(2);
    expect(run.stderr).to.include('center.billing.unit: must be one of: day, hour');
    expect(run.stderr).to.include('center.rates.chargePerUnit: is required');
  });

  it('exits 2 for a file that is not JSON or does not exist', () => {
    const notJson = cli([file('broken.json', '{ "program": ')]);
    expect(notJson.status).to.equal(2);
    expect(notJson.stderr).to.match(/^request: .*broken\.json is not valid JSON/);
    const missing = cli([join(dir, 'nope.json')]);
    expect(missing.status).to.equal(2);
    expect(missing.stderr).to.match(/can't read .*nope\.json \(ENOENT\)/);
  });
});
