// Every command-line error is one line and exit 2, never a stack trace (issue 17, item 7): what a file can do
// to check-config and import-prices, and an --out folder that does not exist (Node only).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '../harness.ts';
import { runCli as run, tempFiles } from './cli.ts';

const { dir, file } = tempFiles('iop-bounded-');

describe('command-line errors are one line and exit 2', () => {
  it('check-config on JSON nested 100,000 deep', () => {
    const path = file('nested.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    const checked = run('check-config', path);
    expect(checked.status).to.equal(2);
    expect(checked.stderr.trim().split('\n')).to.have.length(1);
    expect(checked.stderr).to.not.match(/\n\s+at /);
  });

  it('import-prices --out into a folder that does not exist: nothing written', () => {
    const out = join(dir, 'no', 'such', 'folder', 'center.json');
    const imported = run('import-prices', 'test/fixtures/price-files/iop-apc-hospital-tall.csv', '--out', out);
    expect(imported.status).to.equal(2);
    expect(imported.stderr.trim()).to.equal(`${out}: can't be written (ENOENT). Nothing written.`);
    expect(existsSync(out)).to.equal(false);
  });
});
