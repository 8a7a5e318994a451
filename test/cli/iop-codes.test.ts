// Which codes the importer takes for an IOP's standard charge (src/import/iop-codes.ts).
import { describeCodeList, hasIopCode, isIopCode } from '../../src/import/iop-codes.ts';
import { describe, expect, it } from '../harness.ts';

describe('isIopCode: Medicare IOP APCs', () => {
  it('takes the CMHC (5851, 5852) and hospital-based (5861, 5862) IOP per diem APCs', () => {
    for (const code of ['5851', '5852', '5861', '5862', ' 5861 ', '05862']) expect(isIopCode(code, 'APC'), code).to.equal(true);
    expect(isIopCode('5861', 'apc')).to.equal(true);
  });

  it('leaves out partial hospitalization (5853, 5854, 5863, 5864) and other APCs', () => {
    for (const code of ['5853', '5854', '5863', '5864', '5871', '8010', '5822', '586', '58610', 'N700']) {
      expect(isIopCode(code, 'APC'), code).to.equal(false);
    }
  });

  it('reads an APC number only under the APC code type', () => {
    expect(isIopCode('5861', 'CPT')).to.equal(false);
    expect(isIopCode('5861', 'RC')).to.equal(false);
    expect(hasIopCode([{ code: '99213', type: 'CPT' }, { code: '5862', type: 'APC' }])).to.equal(true);
    expect(hasIopCode([{ code: '5863', type: 'APC' }])).to.equal(false);
  });

  it('names every code it looks for', () => {
    expect(describeCodeList()).to.equal('HCPCS S9480 or H0015, revenue code 0905 or 0906, APC 5851, 5852, 5861 or 5862');
  });
});
