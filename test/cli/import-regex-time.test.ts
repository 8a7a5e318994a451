// The importer against a price file built to make its patterns backtrack (issue 17, item 3): the review's 200 KB
// file, a hospital address of spaces, took 33 s. The fixture file with a 200 KB address and 200 KB of spaces
// around a column name's pipe is read in well under a second now (test/core/regex-time.test.ts times each pattern).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { centerSkeleton } from '../../src/import/center-skeleton.ts';
import { readPriceFile } from '../../src/import/price-file.ts';
import { describe, expect, it } from '../harness.ts';

const dir = mkdtempSync(join(tmpdir(), 'iop-import-regex-'));
const SPACES = ' '.repeat(200_000);
/** Loose for a slow shared machine; the quadratic patterns took over 10 s on each of these. */
const BOUND_MS = 2000;

async function imported(file: string) {
  const start = performance.now();
  const result = centerSkeleton(await readPriceFile(file));
  return { result, took: performance.now() - start };
}

describe('import-prices: a price file that attacks the importer\'s patterns', () => {
  it('a 200 KB address of spaces ("a,   ...   x") and spaces around a column name\'s pipe: read in time, the same rates', async () => {
    const original = readFileSync('test/fixtures/price-files/iop-v3-tall.csv', 'utf8');
    const hostile = original
      .replace('"100 Lake Road, Toledo, OH 43604"', `"a,${SPACES}x"`)
      .replace('description,code|1,', `description,code${SPACES}|${SPACES}1,`);
    expect(hostile.length).to.be.above(original.length + 3 * SPACES.length - 100);
    const file = join(dir, 'hostile.csv');
    writeFileSync(file, hostile);

    const { result, took } = await imported(file);
    expect(took, `${took.toFixed(0)} ms`).to.be.below(BOUND_MS);
    expect(result.config.address).to.equal(undefined);
    expect(result.toFill.some((line) => line.startsWith('address: "a,'))).to.equal(true);
    // the column still reads as code|1
    const { result: plain } = await imported('test/fixtures/price-files/iop-v3-tall.csv');
    expect(result.config.rates).to.deep.equal(plain.config.rates);
    expect(result.config.billing).to.deep.equal(plain.config.billing);
  });
});
