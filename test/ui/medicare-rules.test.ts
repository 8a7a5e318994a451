// Medicare Advantage, QMB and Medicare's limit on self-pay, as a person sees them (src/core/RULES.md §11, §13, §17).
// Example center, 12 weeks x 9 hours = 36 days of 3 services from Monday 2026-03-02: in network $450.00 a day,
// Original Medicare's per diem $250.00, charge $850.00, self-pay $350.00. It takes Medicare (it has a Medicare rate).
import { describe, it } from './mocha.ts';
import { expect, html } from '@open-wc/testing';
import { choose, errorFor, knowMyNumbers, mount, pick, q, qa, setStart, text, totalText, typeInto, type Estimator } from './helpers.ts';

async function medicare(plan: 'original' | 'advantage'): Promise<Estimator> {
  const el = await mount(html`<iop-cost-estimator plan-type="private"></iop-cost-estimator>`);
  await setStart(el);
  await choose(el, 'planType', 'medicare');
  await choose(el, 'medicarePlan', plan);
  return el;
}

const rows = (el: Estimator) => qa(el, '[part="comparison"] tbody tr').map((row) => [...row.children].map(text));

describe('Medicare Advantage and Medicare’s rules in the widget', () => {
  it('out of network: what Original Medicare pays is allowed, and no balance billing is shown', async () => {
    const el = await medicare('advantage');
    await knowMyNumbers(el);
    await typeInto(el, 'deductible', '0');
    await typeInto(el, 'coinsurancePercent', '20');
    await typeInto(el, 'oopMax', '5000');
    q(el, 'details.more summary').click();
    await typeInto(el, 'oonDeductible', '0');
    await typeInto(el, 'oonCoinsurance', '40');
    await typeInto(el, 'oonOopMax', '10000');
    // In network: 20% of $450.00 = $90.00 a day, 36 days = $3,240.00; the plan pays $12,960.00.
    // Out of network: 40% of the $250.00 Original Medicare per diem = $100.00 a day = $3,600.00, nothing balance
    // billed (the plan pays $5,400.00). No self-pay row: the center takes Medicare.
    expect(rows(el)).to.deep.equal([
      ['With your plan, in network Lowest cost', '$3,240.00', '$12,960.00'],
      ['With your plan, out of network', '$3,600.00', '$5,400.00'],
    ]);
    await choose(el, 'network', 'out');
    expect(totalText(el)).to.equal('$3,600.00');
    expect(text(q(el, '[part="breakdown"]'))).to.not.contain('Balance');
    expect(text(q(el, '[part="notes"]'))).to.contain('must accept what Original Medicare would pay it as payment in full');
    await expect(el).to.be.accessible();
  });

  it('a Qualified Medicare Beneficiary in Medicare Advantage sees $0.00', async () => {
    const el = await medicare('advantage');
    const labels = qa<HTMLOptionElement>(el, 'select[name="supplement"] option').map(text);
    expect(labels).to.deep.equal(['None', 'Medicaid helps pay my Medicare costs (QMB)', 'I also have full Medicaid (not QMB)']);
    expect(text(q(el, `label[for="${q(el, 'select[name="supplement"]').id}"]`))).to.equal('Help with Medicare costs');
    await pick(el, 'supplement', 'qmb');
    // Whatever the plan's numbers, a QMB owes none of Medicare's cost sharing in network.
    expect(totalText(el)).to.equal('$0.00');
    expect(text(q(el, '[part="notes"]'))).to.contain('Qualified Medicare Beneficiary');
    await expect(el).to.be.accessible();
  });

  it('Original Medicare offers Medigap plans K and L and the high-deductible F and G', async () => {
    const el = await medicare('original');
    const values = qa<HTMLOptionElement>(el, 'select[name="supplement"] option').map((o) => o.value);
    expect(values).to.deep.equal(['none', 'medigap-coinsurance', 'medigap-full', 'medigap-k', 'medigap-l', 'medigap-high-deductible-f', 'medigap-high-deductible-g', 'qmb', 'full-medicaid']);
    await pick(el, 'supplement', 'medigap-l');
    // 2026 Part B deductible $283.00: day 1 $250.00, day 2 $33.00 + 25% of 20% of $217.00 ($43.40 -> $10.85),
    // then 25% of $50.00 = $12.50 a day for 34 days = $425.00. Total $718.85. (2026 Medigap figures fall back to 2025's.)
    expect(totalText(el)).to.equal('$718.85');
  });

  it('a Medicare beneficiary at a center that takes Medicare is not offered self-pay, and is told why', async () => {
    const el = await medicare('original');
    // Original Medicare: 36 days, $283.00 deductible, then 20%: $250.00 + $33.00 + $43.40 + 34 x $50.00 = $2,026.40.
    expect(totalText(el)).to.equal('$2,026.40');
    expect(el.shadowRoot!.querySelector('[part="comparison"] .badge')).to.equal(null);
    expect(text(q(el, '[part="comparison"]'))).to.not.contain('Paying yourself');
    expect(text(q(el, '[part="comparison"] .note'))).to.contain('takes Medicare, so it generally may not charge a Medicare beneficiary privately');
    await expect(el).to.be.accessible();
  });

  it('says next to the field when what was paid toward the maximum is below what was paid toward the deductible', async () => {
    const el = await mount(html`<iop-cost-estimator plan-type="private"></iop-cost-estimator>`);
    await setStart(el);
    await knowMyNumbers(el);
    await typeInto(el, 'deductible', '1500');
    await typeInto(el, 'deductibleMet', '1500');
    await typeInto(el, 'coinsurancePercent', '20');
    await typeInto(el, 'oopMax', '4000');
    await typeInto(el, 'oopMet', '1000');
    // $1,500.00 is used: $2,500.00 of room at 20% of $450.00 = $90.00 a day: 27 days = $2,430.00, day 28 $70.00.
    expect(totalText(el)).to.equal('$2,500.00');
    expect(text(errorFor(el, 'oopMet'))).to.contain("Can't be less than what was paid toward the deductible, which counts toward the maximum too: the estimate uses $1,500.00.");
    expect(q(el, 'input[name="oopMet"]').getAttribute('aria-invalid')).to.equal('true');
    await typeInto(el, 'oopMet', '1600');
    expect(errorFor(el, 'oopMet')).to.equal(null);
    // $2,400.00 of room: 26 days = $2,340.00, day 27 $60.00.
    expect(totalText(el)).to.equal('$2,400.00');
  });
});
