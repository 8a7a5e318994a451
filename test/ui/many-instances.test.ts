// Many on one page: 20 <iop-cost-estimator>s, each with its own center (19 given as the `config` property,
// one fetched by `config-src`), its own program and billing unit. Each shows its own center's figures, and
// changing one (typing, choosing, a new configuration) changes that one only. The expected amounts are worked
// out here from each center's rate and the program's units, not asked of the core.
import { describe, it } from './mocha.ts';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import example from '../../data/centers/example.json';
import { choose, q, radio, record, setStart, shadow, text, totalText, typeInto, field, type Estimator } from './helpers.ts';

const COUNT = 20;
// Served as plain JSON by the rawJsonFixtures middleware in web-test-runner.config.js: Lakeside Test Center,
// billed by the day (3 hours a day), $600.00 charged and $200.00 self-pay a day, "Call our intake team".
const FETCHED = '/test/ui/fixtures/center.json';

interface Plan {
  name: string;
  unit: 'day' | 'hour';
  hoursPerDay: number;
  /** Rates in cents, so that expected amounts are exact integer arithmetic. */
  chargeCents: number;
  selfPayCents: number;
  /** What the call to action says to someone without insurance. */
  cta: string;
  weeks: number;
  hoursPerWeek: number;
  /** The configuration given to the element, or null for the fetched one. */
  config: Record<string, unknown> | null;
}

const dollars = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

/** $1,234.56, written out by hand. */
function usd(cents: number): string {
  const whole = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `$${whole}.${String(cents % 100).padStart(2, '0')}`;
}

/** Center i: the example center renamed, with its own charge and self-pay price; every fourth one bills by the hour. */
function plan(i: number): Plan {
  const weeks = 3 + (i % 10);
  const hoursPerWeek = [9, 12, 15][i % 3]!;
  if (i === COUNT - 1) {
    return { name: 'Lakeside Test Center', unit: 'day', hoursPerDay: 3, chargeCents: 60000, selfPayCents: 20000, cta: 'Call our intake team', weeks, hoursPerWeek, config: null };
  }
  const name = `Center ${i + 1} Recovery (test)`;
  const hourly = i % 4 === 3;
  // Distinct for every center, and never Lakeside's $200.00.
  const selfPayCents = hourly ? 7000 + 311 * i : 21000 + 1713 * i;
  const chargeCents = hourly ? 25000 + 500 * i : 90000 + 2300 * i;
  const cta = `Talk to ${name}`;
  const config = {
    ...example,
    example: false,
    name,
    billing: { ...example.billing, unit: hourly ? 'hour' : 'day' },
    rates: hourly
      ? { chargePerUnit: dollars(chargeCents), inNetworkPerUnit: '150.00', outOfNetworkAllowedPercent: 60, selfPayPerUnit: dollars(selfPayCents) }
      : { ...example.rates, chargePerUnit: dollars(chargeCents), selfPayPerUnit: dollars(selfPayCents) },
    ...(hourly ? { medicaid: { ...example.medicaid, perUnit: '60.00' } } : {}),
    contact: { ...example.contact, label: `Call ${name}`, selfPayLabel: cta },
  };
  return { name, unit: hourly ? 'hour' : 'day', hoursPerDay: 3, chargeCents, selfPayCents, cta, weeks, hoursPerWeek, config };
}

/** Billed units: days (enough of the center's days to hold the weekly hours), or hours when billed by the hour. */
function units(p: Plan, weeks = p.weeks): number {
  return p.unit === 'hour' ? weeks * p.hoursPerWeek : weeks * Math.min(7, Math.ceil(p.hoursPerWeek / p.hoursPerDay));
}

interface Shown {
  total: string;
  charges: string;
  cta: string;
  weeks: string;
  uninsured: boolean;
}

function expected(p: Plan, weeks = p.weeks): Shown {
  return { total: usd(units(p, weeks) * p.selfPayCents), charges: usd(units(p, weeks) * p.chargeCents), cta: p.cta, weeks: String(weeks), uninsured: true };
}

function shown(el: Estimator): Shown {
  const charges = [...shadow(el).querySelectorAll('[part="breakdown"] .line')].find((line) => text(line.querySelector('dt')) === 'Center’s full charges');
  return {
    total: totalText(el),
    charges: text(charges?.querySelector('dd')),
    cta: text(q(el, '[part="cta"]')),
    weeks: field(el, 'weeks').value,
    uninsured: radio(el, 'planType', 'uninsured').checked,
  };
}

async function twenty(): Promise<{ plans: Plan[]; els: Estimator[] }> {
  const plans = Array.from({ length: COUNT }, (_, i) => plan(i));
  const page = await fixture<HTMLDivElement>(html`<div>
    ${plans.map((p) =>
      p.config
        ? html`<iop-cost-estimator plan-type="uninsured" weeks=${p.weeks} hours-per-week=${p.hoursPerWeek} .config=${p.config}></iop-cost-estimator>`
        : html`<iop-cost-estimator plan-type="uninsured" weeks=${p.weeks} hours-per-week=${p.hoursPerWeek} config-src=${FETCHED}></iop-cost-estimator>`,
    )}
  </div>`);
  const els = [...page.querySelectorAll('iop-cost-estimator')];
  expect(els).to.have.length(COUNT);
  await waitUntil(() => els.every((el) => el.shadowRoot?.querySelector('[part="total"]')), 'not every instance showed a total', { timeout: 8000 });
  for (const el of els) await setStart(el);
  return { plans, els };
}

describe(`${COUNT} instances on one page`, () => {
  it('each shows its own center’s total, charges and call to action', async () => {
    const { plans, els } = await twenty();
    // The fetched center's figures are the file's: $200.00 self-pay and $600.00 charged a day.
    const lakeside = (await (await fetch(FETCHED)).json()) as { rates: { selfPayPerUnit: string; chargePerUnit: string } };
    expect([lakeside.rates.selfPayPerUnit, lakeside.rates.chargePerUnit]).to.deep.equal([dollars(plans[COUNT - 1]!.selfPayCents), dollars(plans[COUNT - 1]!.chargeCents)]);
    els.forEach((el, i) => expect(shown(el), plans[i]!.name).to.deep.equal(expected(plans[i]!)));
    // Twenty different totals: no two centers' figures could be mistaken for each other.
    expect(new Set(els.map(totalText)).size).to.equal(COUNT);
    // A spot check of the arithmetic: center 1 bills 3 weeks x 3 days at $210.00 = $1,890.00; center 4 bills
    // by the hour, 6 weeks x 9 hours at $79.33 = $4,283.82; Lakeside 12 weeks x 4 days (12 hours)
    // at $200.00 = $9,600.00.
    expect([totalText(els[0]!), totalText(els[3]!), totalText(els[COUNT - 1]!)]).to.deep.equal(['$1,890.00', '$4,283.82', '$9,600.00']);
  });

  it('typing into one changes that one only: its total and its events', async () => {
    const { plans, els } = await twenty();
    const now = els.map((_, i) => expected(plans[i]!));
    for (const k of [0, 3, 10, COUNT - 1]) {
      const events = els.map((el) => record(el));
      const weeks = plans[k]!.weeks === 4 ? 5 : 4;
      await typeInto(els[k]!, 'weeks', String(weeks));
      now[k] = expected(plans[k]!, weeks);
      els.forEach((el, i) => expect(shown(el), `${plans[i]!.name}, after typing into ${plans[k]!.name}`).to.deep.equal(now[i]));
      events.forEach((heard, i) => expect(heard.length > 0, `${plans[i]!.name} announced an estimate`).to.equal(i === k));
    }
  });

  it('another plan type or a new configuration in one leaves the other 19 as they were', async () => {
    const { plans, els } = await twenty();
    const before = els.map(shown);

    await choose(els[5]!, 'planType', 'private');
    els.forEach((el, i) => {
      if (i === 5) {
        expect(radio(el, 'planType', 'private').checked).to.equal(true);
        expect(shown(el).total).to.not.equal(before[5]!.total);
        expect(shown(el).cta).to.equal(`Call ${plans[5]!.name}`);
      } else {
        expect(shown(el), plans[i]!.name).to.deep.equal(before[i]);
      }
    });

    // Center 8 doubles its self-pay price: its total doubles, nobody else's moves.
    const p = plans[7]!;
    const doubled: Plan = { ...p, selfPayCents: 2 * p.selfPayCents };
    const config = p.config as { rates: Record<string, unknown> };
    els[7]!.config = { ...config, rates: { ...config.rates, selfPayPerUnit: dollars(doubled.selfPayCents) } };
    await els[7]!.updateComplete;
    expect(shown(els[7]!)).to.deep.equal(expected(doubled));
    els.forEach((el, i) => i !== 5 && i !== 7 && expect(shown(el), plans[i]!.name).to.deep.equal(before[i]));
  });
});
