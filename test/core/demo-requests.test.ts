// The sample requests in demo/requests are what the README points counselors to: they must stay valid.
import { describe, expect, it } from '../harness.ts';
import { estimate } from '../../src/core/estimate.ts';
import aca from '../../demo/requests/aca-silver-unknown-details.json';
import medicaid from '../../demo/requests/medicaid.json';
import medicare from '../../demo/requests/medicare-original-medigap.json';
import inNetwork from '../../demo/requests/private-in-network.json';
import outOfNetwork from '../../demo/requests/private-out-of-network.json';
import ppoFamily from '../../demo/requests/ppo-out-of-network-family.json';
import uninsured from '../../demo/requests/uninsured-sliding-scale.json';

describe('demo requests', () => {
  const cases: [string, unknown, string][] = [
    // 12 weeks x 3 days at the 2026 CSR limit for 100-200% FPL (32,000 / 21,150 = 151.3% on the 2025 guidelines)
    ['aca-silver-unknown-details', aca, '3500.00'],
    // 30 days x $3.00 copay (within 10% of $180.00); the $125.00 monthly cap is never reached
    ['medicaid', medicaid, '90.00'],
    // the 2026 Part B deductible; Medigap pays the coinsurance
    ['medicare-original-medigap', medicare, '283.00'],
    // the out-of-pocket maximum
    ['private-in-network', inNetwork, '4000.00'],
    // 32 days: $3,000.00 deductible + 40% x (32 x $510.00 - $3,000.00) = $5,328.00, + 32 x $340.00 balance billing
    ['private-out-of-network', outOfNetwork, '19208.00'],
    // Out of network with the plan's own terms, shared accumulators and a family deductible: the $1,500.00
    // paid in network counts, so $1,500.00 of the $3,000.00 deductible is left, but the family has only
    // $1,000.00 left of its $6,000.00: $510.00 + $490.00 of deductible, then 40% ($8.00 on day 2, $204.00 a
    // day for days 3-30: $5,712.00); cost sharing $6,720.00, under the $12,000.00 maximum ($2,000.00 paid
    // in network counts toward it). Days 31-32 pass the 30-day limit: 2 x $350.00. Balance billing 30 x $340.00.
    // $6,720.00 + $700.00 + $10,200.00 = $17,620.00
    ['ppo-out-of-network-family', ppoFamily, '17620.00'],
    // 36 days x ($350.00 - 60%) at 138.6% of the poverty line
    ['uninsured-sliding-scale', uninsured, '5040.00'],
  ];
  for (const [name, request, total] of cases) {
    it(`${name} estimates ${total}`, () => {
      const outcome = estimate(request);
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
      expect(outcome.result.patient.total).to.equal(total);
    });
  }
});
