// The byte screen (src/import/byte-screen.ts): never passes over a row that holds an IOP code or an IOP-like
// description, and finds what its regular expression SCREEN says, at the speed of a byte scan.
import fc from 'fast-check';
import { mayBeIop, NUMBERS_WITH_IOP_DESCRIPTION, SCREEN, screenHits } from '../../src/import/byte-screen.ts';
import { isIopCode, readsLikeIop } from '../../src/import/iop-codes.ts';
import { describe, expect, it } from '../harness.ts';

const bytes = (text: string) => Buffer.from(text);
const TYPES = ['HCPCS', 'CPT', 'RC', 'REV', 'Revenue Code', 'APC', 'apc', 'LOCAL'];

/** Pieces from which codes, descriptions and their neighbours are made. */
const piece = fc.constantFrom(
  'S', 's', 'ſ', 'H', 'h', '9480', '0015', '0', '00', '9', '905', '906', '900', '914', '5851', '5862', '5863', '1', '.',
  'IOP', 'iop', 'I', 'OP', 'Intensive', 'INTENSIVE', ' out', 'patient', '-', ' ', '\u00a0', '\ufeff', ',', '"', '_', 'é', 'x',
);
const text = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));

describe('byte screen', () => {
  it('finds every code isIopCode takes, as a cell of any code type, and every description readsLikeIop takes', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...TYPES), (cell, type) => {
        if (isIopCode(cell, type) || readsLikeIop(cell)) expect(mayBeIop(bytes(`x,${cell},y`)), JSON.stringify(cell)).to.equal(true);
      }),
      { numRuns: 20_000 },
    );
    for (const code of ['S9480', 's9480', 'H0015', ' 905 ', '0905', '906', '05862', '5851', '\u00a00906\ufeff']) {
      expect(mayBeIop(bytes(`"desc",${code},RC`)), code).to.equal(true);
    }
    expect(mayBeIop(bytes('"Intensive Outpatient Program",900,RC'))).to.equal(true);
  });

  it('finds exactly what SCREEN matches in the bytes read as latin1, wherever it starts', () => {
    fc.assert(
      fc.property(text, (row) => {
        const buf = bytes(row);
        expect(mayBeIop(buf), JSON.stringify(row)).to.equal(SCREEN.test(buf.toString('latin1')));
        expect(screenHits(buf).length > 0).to.equal(mayBeIop(buf));
      }),
      { numRuns: 20_000 },
    );
  });

  it('passes over rows with no IOP code: other codes, prices, biopsy, and 0900-0915 without an IOP description', () => {
    for (const row of [
      '"Office visit, established patient, level 3",99213,CPT,510,RC,outpatient,,,"1,905.00",N/A',
      'Biopsy of skin,11102,CPT,,,outpatient,905.50,,',
      'Intensity-modulated radiation,77385,CPT,5863,APC',
      'Group psychotherapy,90853,CPT,914,RC',
      'Behavioral health treatment,,,0900,RC',
      'Lab,80048,CPT,19056,RC',
    ]) {
      expect(mayBeIop(bytes(row)), row).to.equal(false);
    }
    expect(NUMBERS_WITH_IOP_DESCRIPTION).to.deep.equal(['900', '91[2-5]']);
  });

  it('gives where each find is, inside what it found', () => {
    const row = bytes('a,S9480,b\nc,d\ne,IOP day,0905');
    expect(screenHits(row)).to.deep.equal([3, 16, 25]); // S9480's 9480, IOP, 0905's 905
    expect(screenHits(row, 10, 14)).to.deep.equal([]);
  });
});
