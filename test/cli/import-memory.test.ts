// The importer's memory against a JSON price file with one huge top-level field (issue 17, item 7): a 300 MB field
// took it from 150 MB to 505 MB, as the tokenizer packed the whole string and the reader assembled every top-level
// value. Now a field it does not read is passed over, token by token, without being kept; one it reads
// (hospital_name, ...) or an item of standard_charge_information refuses the file past its limit, with one line and
// exit 2. Each file is written in pieces to a temporary folder, and the command runs with a 48 MB heap, which the
// reader that assembled the fields ran out of (a V8 crash, signal 6) on every one of these files.
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '../harness.ts';

const FIXTURE = 'test/fixtures/price-files/iop-v3.json';
const dir = mkdtempSync(join(tmpdir(), 'iop-import-memory-'));
const HEAP_MB = 48;
const MB = 1024 * 1024;

function run(file: string, out: string) {
  return spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--import', 'tsx', 'src/cli/import-prices.ts', file, '--out', out], {
    encoding: 'utf8',
  });
}

/**
 * The fixture with `"key": value` as its first field, or (with `inItem`) as the first field of the first item of
 * standard_charge_information. The value's text is written as `pieces` repeats of `piece`, between `open` and `close`.
 */
async function writeFile(name: string, key: string, open: string, piece: string, pieces: number, close: string, inItem = false): Promise<string> {
  const fixture = readFileSync(FIXTURE, 'utf8');
  const at = inItem ? fixture.indexOf('{', fixture.indexOf('"standard_charge_information"')) + 1 : fixture.indexOf('{') + 1;
  const path = join(dir, name);
  const output = createWriteStream(path);
  const write = async (text: string) => {
    if (!output.write(text)) await once(output, 'drain');
  };
  await write(`${fixture.slice(0, at)}\n  ${JSON.stringify(key)}: ${open}`);
  for (let i = 0; i < pieces; i++) await write(piece);
  await write(`${close},${fixture.slice(at)}`);
  output.end();
  await once(output, 'finish');
  return path;
}

let plainRun: { stdout: string; config: string } | undefined;
/** What the command says and writes for the plain fixture, to compare with. */
function plain() {
  if (plainRun) return plainRun;
  const out = join(dir, 'plain.out.json');
  const result = run(FIXTURE, out);
  expect(result.status, result.stderr).to.equal(0);
  plainRun = { stdout: result.stdout.replaceAll(FIXTURE, 'FILE').replaceAll(out, 'OUT'), config: readFileSync(out, 'utf8') };
  return plainRun;
}

describe('import-prices: memory bounded whatever a JSON file\'s top-level field holds', () => {
  it('a 32 MB string field it does not read, under a 1 MB key: the same configuration and report as without it', async () => {
    const file = await writeFile('unused-string.json', 'k'.repeat(MB), '"', 'x'.repeat(MB), 32, '"');
    const out = join(dir, 'unused-string.out.json');
    const result = run(file, out);
    rmSync(file);
    expect(result.status, result.stderr.slice(0, 500)).to.equal(0);
    const expected = plain();
    expect(result.stdout.replaceAll(file, 'FILE').replaceAll(out, 'OUT')).to.equal(expected.stdout);
    expect(readFileSync(out, 'utf8')).to.equal(expected.config);
  });

  it('a field it does not read holding 500,000 objects: passed over, the same configuration', async () => {
    const objects = Array.from({ length: 10_000 }, (_, i) => `{"n":${i},"s":"ab"},`).join('');
    const file = await writeFile('unused-array.json', 'license_information', '[', objects, 50, '{}]');
    const out = join(dir, 'unused-array.out.json');
    const result = run(file, out);
    rmSync(file);
    expect(result.status, result.stderr.slice(0, 500)).to.equal(0);
    expect(readFileSync(out, 'utf8')).to.equal(plain().config);
  });

  it('a 32 MB hospital_name: refused in one line, exit 2, nothing written', async () => {
    const file = await writeFile('long-name.json', 'hospital_name', '"', 'x'.repeat(MB), 32, '"');
    const out = join(dir, 'long-name.out.json');
    const result = run(file, out);
    rmSync(file);
    expect(result.status, result.stderr.slice(0, 500)).to.equal(2);
    expect(result.stderr).to.equal(`${file}: the file's hospital_name is longer than 1,000 characters, more than any hospital's general data\n`);
    expect(result.stdout).to.equal('');
    expect(existsSync(out)).to.equal(false);
  });

  it('an item of standard_charge_information over 8 MB: refused in one line, exit 2', async () => {
    const file = await writeFile('long-item.json', 'additional_generic_notes', '"', 'x'.repeat(MB), 9, '"', true);
    const result = run(file, join(dir, 'long-item.out.json'));
    rmSync(file);
    expect(result.status, result.stderr.slice(0, 500)).to.equal(2);
    expect(result.stderr).to.equal(
      `${file}: standard_charge_information[0] is longer than 8,388,608 characters, more than any item of a price file\n`,
    );
  });
});
