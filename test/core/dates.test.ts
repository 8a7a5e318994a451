// Dates as the core writes them in its English messages, and as it orders them (Node and Chromium).
import { describe, expect, it } from '../harness.ts';
import { byDate, usDate } from '../../src/core/dates.ts';

describe('dates', () => {
  it('writes a date as the widget does in English: short month, day, year', () => {
    expect(usDate('2026-03-02')).to.equal('Mar 2, 2026');
    expect(usDate('2027-01-01')).to.equal('Jan 1, 2027');
    expect(usDate('2026-12-31')).to.equal('Dec 31, 2026');
    expect(usDate('2028-02-29')).to.equal('Feb 29, 2028');
  });

  it('gives back anything that is not a real date as it is, never "undefined NaN"', () => {
    for (const text of ['', 'soon', '2026-02-30', '2026-13-01', '2026-3-2', '02/03/2026']) expect(usDate(text)).to.equal(text);
  });

  it('orders ISO dates by date', () => {
    expect(['2027-01-01', '2026-12-31', '2026-03-02', '2026-03-10'].sort(byDate)).to.deep.equal(['2026-03-02', '2026-03-10', '2026-12-31', '2027-01-01']);
    expect(byDate('2026-03-02', '2026-03-02')).to.equal(0);
  });
});
