// The importer's rules, one by one (Node only; issue 21): which rate of a plan listed twice is used and which is
// a placeholder, what kind of coverage a payer is, which codes count and in what unit, what a text states, and
// what is doubtful in an address.
import { chooseRate, floorOf } from '../../src/import/rate-choice.ts';
import { payerKind } from '../../src/import/payer-kind.ts';
import { addressDoubts, readAddress } from '../../src/import/address.ts';
import { statedAmounts } from '../../src/import/text-amounts.ts';
import { impliedUnit, isIopCode, isIopToAsk, programKindOf, standardCode } from '../../src/import/iop-codes.ts';
import { describe, expect, it } from '../harness.ts';

describe('chooseRate: one plan listed more than once', () => {
  it('never uses a $1.00 placeholder beside the real rate, and names it', () => {
    // DMC's pattern: a BCBS plan at its per diem and again at $1.00; 5% of a $1,500.00 gross charge is $75.00.
    const choice = chooseRate([{ amount: '861.24', where: 'row 40' }, { amount: '1.00', where: 'row 41' }], { gross: '1500.00' });
    expect(choice.chosen).to.deep.equal({ amount: '861.24', where: 'row 40' });
    expect(choice.implausible).to.deep.equal([
      { candidate: { amount: '1.00', where: 'row 41' }, why: 'below 5% of the gross charge (1500.00): a placeholder, not a rate' },
    ]);
    expect(choice.others).to.deep.equal([]);
  });

  it('without a gross charge, measures a placeholder against the plan’s other rate; alone, it is no rate at all', () => {
    const pair = chooseRate([{ amount: '1.00', where: 'row 3' }, { amount: '1068.57', where: 'row 4' }], {});
    expect(pair.chosen?.amount).to.equal('1068.57');
    expect(pair.implausible[0]!.why).to.equal("below 5% of this plan's other rate (1068.57): a placeholder, not a rate");
    const alone = chooseRate([{ amount: '1.00', where: 'row 3' }], { gross: '1500.00' });
    expect(alone.chosen).to.equal(null);
  });

  it('prefers a rate not above the gross charge, then the one nearest the other plans’, then the first', () => {
    const above = chooseRate([{ amount: '1600.00', where: 'row 1' }, { amount: '900.00', where: 'row 2' }], { gross: '1500.00' });
    expect(above.chosen?.amount).to.equal('900.00');
    expect(above.others).to.deep.equal([{ candidate: { amount: '1600.00', where: 'row 1' }, why: '900.00 (row 2) is used: not above the gross charge (1500.00)' }]);
    const nearest = chooseRate([{ amount: '640.00', where: 'row 8' }, { amount: '900.00', where: 'row 9' }], { gross: '1500.00', reference: '850.00' });
    expect(nearest.chosen?.amount).to.equal('900.00');
    expect(nearest.others[0]!.why).to.equal("900.00 (row 9) is used: the nearest to the other plans' rates (their middle, 850.00)");
    const first = chooseRate([{ amount: '650.50', where: 'row 8' }, { amount: '640.00', where: 'row 9' }], { gross: '1250.00' });
    expect(first.others[0]!.why).to.equal('650.50 (row 8) is used: the first found');
  });

  it('puts the floor at 5% to the cent', () => {
    expect([floorOf('1500.00'), floorOf('850.00'), floorOf('319.65')]).to.deep.equal(['75.00', '42.50', '15.98']);
  });
});

describe('payerKind: government plans never feed the commercial default', () => {
  it('reads the kind from the payer and plan names', () => {
    const cases: [string, string, string][] = [
      ['Humana Military', 'TRICARE East', 'government'],
      ['TRICARE', 'Standard', 'government'],
      ['BCBS', 'Medicare Advantage PPO', 'medicare'],
      ['Humana', 'MEDICARE ADV HMO', 'medicare'],
      ['Molina Healthcare', 'Medicaid', 'medicaid'],
      ['CareSource', 'Marketplace Silver', 'aca'],
      ['Ambetter', 'Balanced Care', 'aca'],
      ['Aetna', 'PPO', 'commercial'],
      ['Blue Cross Blue Shield of Massachusetts', 'HMO Blue', 'commercial'],
    ];
    for (const [payer, plan, kind] of cases) expect(payerKind(payer, plan), `${payer} | ${plan}`).to.equal(kind);
  });
});

describe('codes as billers use them', () => {
  it('reads APCs however they are zero-padded, and S9480, H0015 and the APCs as per day', () => {
    for (const code of ['05851', '05852', '05861', '05862', '5861']) {
      expect(isIopCode(code, 'APC'), code).to.equal(true);
      expect(impliedUnit(code, 'APC'), code).to.equal('day');
    }
    expect([impliedUnit('S9480', 'HCPCS'), impliedUnit('H0015', 'HCPCS'), impliedUnit('0906', 'RC')]).to.deep.equal(['day', 'day', null]);
  });

  it('tells psychiatric from addiction IOP by code', () => {
    expect([programKindOf('S9480', 'HCPCS'), programKindOf('0905', 'RC'), programKindOf('905', 'REV')]).to.deep.equal(['psychiatric', 'psychiatric', 'psychiatric']);
    expect([programKindOf('H0015', 'HCPCS'), programKindOf('0906', 'RC')]).to.deep.equal(['addiction', 'addiction']);
    expect([programKindOf('05861', 'APC'), programKindOf('90853', 'CPT')]).to.deep.equal(['either', null]);
  });

  it('keeps standard codes for billing.codes and never a hospital’s own charge number', () => {
    expect(standardCode('906', 'RC')).to.equal('0906');
    expect(standardCode('05862', 'APC')).to.equal('5862');
    expect(standardCode('h0015', 'HCPCS')).to.equal('H0015');
    expect(standardCode('90853', 'CPT')).to.equal('90853');
    for (const [code, type] of [['9050000001', 'CDM'], ['906H001501', 'CDM'], ['906H001501', 'RC'], ['IOP100', 'LOCAL'], ['9050000001', 'HCPCS']]) {
      expect(standardCode(code!, type!), `${type} ${code}`).to.equal(null);
    }
  });

  it('asks about revenue codes 0900 and 0912-0915 with an IOP description, and guesses nothing', () => {
    expect(isIopToAsk([{ code: '0900', type: 'RC' }], 'INTENSIVE OUTPATIENT PROGRAM PER DAY')).to.equal(true);
    expect(isIopToAsk([{ code: '913', type: 'RC' }], 'Partial hospitalization, IOP track')).to.equal(true);
    expect(isIopToAsk([{ code: '0900', type: 'RC' }], 'Psychiatric evaluation')).to.equal(false);
    expect(isIopToAsk([{ code: '0900', type: 'RC' }, { code: 'H0015', type: 'HCPCS' }], 'Intensive outpatient')).to.equal(false);
  });
});

describe('amounts a text states, and addresses', () => {
  it('quotes the dollar amounts in an algorithm or note', () => {
    expect(statedAmounts('Per diem $319.65 for 1-3 services; $485.13 for 4 or more; $319.65 if billed alone')).to.deep.equal(['$319.65', '$485.13']);
    expect(statedAmounts('$ 1,068.57 a day')).to.deep.equal(['$1,068.57']);
    expect(statedAmounts('120% of the Medicare fee schedule')).to.deep.equal([]);
  });

  it('reads an address and says what is doubtful about it', () => {
    const plain = readAddress('100 Lake Road, Toledo, OH 43604')!;
    expect(addressDoubts(plain)).to.deep.equal([]);
    expect(addressDoubts(readAddress('115 Mill Street, Belmont, MA 02478')!)).to.deep.equal([]);
    expect(addressDoubts(readAddress('1 Main St, St. Louis, MO 63110')!)).to.deep.equal([]);
    // No comma between street and city: the street's second line is taken for the city.
    const missplit = readAddress('3990 John R St, Suite 200 Detroit, MI 48201')!;
    expect(missplit.city).to.equal('Suite 200 Detroit');
    expect(addressDoubts(missplit)).to.deep.equal(['the city, "Suite 200 Detroit", reads like part of a street line']);
    expect(addressDoubts(readAddress('Hospital Campus, Marietta, XX 30060')!)).to.deep.equal(['the street, "Hospital Campus", has no number', '"XX" is not a US state\'s code']);
  });
});
