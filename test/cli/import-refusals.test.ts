// `npm run import-prices` on files that are not price files or were cut short: one sentence, exit 2, nothing
// written. Before, an error thrown inside the CSV stream came out as "can't be read (ABORT_ERR)".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '../harness.ts';

const dir = mkdtempSync(join(tmpdir(), 'iop-import-refusals-'));

function refused(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  const out = join(dir, `${name}.out.json`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/import-prices.ts', file, '--out', out], { encoding: 'utf8' });
  expect(result.status, result.stderr).to.equal(2);
  expect(result.stdout).to.equal('');
  expect(existsSync(out)).to.equal(false);
  expect(result.stderr.split('\n')).to.have.length(2); // one line
  return result.stderr.replace(`${file}: `, 'FILE: ').trimEnd();
}

describe('import-prices: files it refuses, with the reason', () => {
  it('a 30-row CSV that is not a price file, and an HTML page: the real reason, not ABORT_ERR', () => {
    const csv = ['name,amount', ...Array.from({ length: 29 }, (_, i) => `item ${i},${i}`)].join('\n');
    expect(refused('thirty.csv', csv)).to.equal(
      'FILE: no column-name row (one with "description" and "code | 1" or "standard_charge | ..." columns) in the first 20 rows: this is not a CMS price file',
    );
    const page = `<!doctype html>\n<html lang="en"><body>\n${'<p>Download our price file</p>\n'.repeat(30)}</body></html>\n`;
    expect(refused('page.csv', page)).to.equal(
      'FILE: a web page (HTML), not a CSV or JSON price file: download the price file itself, not the page that links to it',
    );
  });

  it('a CSV and a JSON file cut short', () => {
    const tall = readFileSync('test/fixtures/price-files/iop-v3-tall.csv', 'utf8');
    expect(refused('cut.csv', tall.slice(0, tall.indexOf('"Billed with') + 5))).to.equal(
      'FILE: the file ends inside a quoted cell, in the middle of row 4: it looks cut short, download it again',
    );
    const json = readFileSync('test/fixtures/price-files/iop-v3.json', 'utf8');
    expect(refused('cut.json', json.slice(0, Math.floor(json.length / 2)))).to.equal(
      'FILE: the file ends before its JSON is complete: it looks cut short, download it again',
    );
  });

  it('an empty file, a ZIP, UTF-16 text with or without its byte-order mark, a PDF, a JSON file of another kind', () => {
    expect(refused('empty.csv', '')).to.equal('FILE: the file is empty (0 bytes): download it again');
    expect(refused('blank.csv', '  \n\n ')).to.equal('FILE: the file holds only blank space: download it again');
    expect(refused('prices.csv', 'PK\u0003\u0004 zipped')).to.equal('FILE: this is a ZIP archive, not a CSV or JSON price file: unzip it and import the file inside');
    const utf16 = (bom: boolean) => Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from('hospital_name,last_updated_on\n', 'utf16le')]).toString('latin1');
    const file = join(dir, 'utf16.csv');
    writeFileSync(file, Buffer.from(utf16(true), 'latin1'));
    const withBom = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/import-prices.ts', file], { encoding: 'utf8' });
    expect([withBom.status, withBom.stderr.trim()]).to.deep.equal([2, `${file}: this is a text file encoded as UTF-16, not UTF-8: save it as UTF-8 (in Excel: "CSV UTF-8") and import it again`]);
    writeFileSync(file, Buffer.from(utf16(false), 'latin1'));
    const withoutBom = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/import-prices.ts', file], { encoding: 'utf8' });
    expect([withoutBom.status, withoutBom.stderr.trim()]).to.deep.equal([
      2,
      `${file}: the file holds NUL bytes: it is UTF-16 text or not text at all; save it as UTF-8 (in Excel: "CSV UTF-8") and import it again`,
    ]);
    expect(refused('report.csv', '%PDF-1.7 ...')).to.equal(
      'FILE: this is a PDF, not a machine-readable price file: the CMS file is the CSV or JSON one the hospital links beside it',
    );
    expect(refused('other.json', '{"name": "a package", "version": 1}')).to.equal(
      'FILE: a JSON file without the CMS price file fields (hospital_name, version, standard_charge_information): this is not a CMS price file',
    );
  });
});
