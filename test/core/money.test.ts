import { describe, expect, it } from '../harness.ts';
import { allocateEvenly, dollars, formatAmount, money, toCents } from '../../src/core/money.ts';

describe('money', () => {
  it('rounds half-up to the cent, never with float error', () => {
    expect(formatAmount(toCents(money('2.675')))).to.equal('2.68'); // a float would give 2.67
    expect(formatAmount(toCents(money('2.665')))).to.equal('2.67');
    expect(formatAmount(toCents(money('0.005')))).to.equal('0.01');
    expect(formatAmount(money('0.1').plus('0.2'))).to.equal('0.30');
  });

  it('splits an amount into parts that add up exactly, the last one adjusted', () => {
    // 100.00 / 3 = 33.333.. -> 33.33, 33.33, and 100.00 - 66.66 = 33.34
    expect(allocateEvenly(money('100.00'), 3).map(formatAmount)).to.deep.equal(['33.33', '33.33', '33.34']);
    // 200.00 / 3 = 66.666.. -> 66.67, 66.67, and 200.00 - 133.34 = 66.66
    expect(allocateEvenly(money('200.00'), 3).map(formatAmount)).to.deep.equal(['66.67', '66.67', '66.66']);
  });

  it('writes dollars for messages with thousands separators and cents, from the string', () => {
    expect(dollars('8160')).to.equal('$8,160.00');
    expect(dollars(money('1234567.895'))).to.equal('$1,234,567.90');
    expect(dollars('999.99')).to.equal('$999.99');
    expect(dollars('0')).to.equal('$0.00');
  });
});
