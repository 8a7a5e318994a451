// Events for the host page: iop-estimate (bubbles, composed, detail = the core's result) on every new
// estimate, iop-contact when the call to action is used.
import { afterEach, beforeEach, describe, it } from './mocha.ts';
import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EstimateRequestInput } from '../../src/core/schemas.ts';
import { choose, core, mount, pick, q, record, setStart, START, typeInto, type Estimator } from './helpers.ts';

function request(program: Partial<EstimateRequestInput['program']>, coverage: EstimateRequestInput['coverage'], extra: Partial<EstimateRequestInput> = {}): EstimateRequestInput {
  return { program: { weeks: 12, hoursPerWeek: 9, startDate: START, ...program }, coverage, paymentPlan: {}, ...extra };
}

describe('iop-estimate', () => {
  let el: Estimator;
  let heard: CustomEvent[];
  let listener: (event: Event) => void;

  beforeEach(async () => {
    el = await mount(html`<iop-cost-estimator plan-type="private"></iop-cost-estimator>`);
    heard = [];
    listener = (event) => heard.push(event as CustomEvent);
    document.addEventListener('iop-estimate', listener);
  });
  afterEach(() => document.removeEventListener('iop-estimate', listener));

  it('reaches the document (bubbles, composed) with the core\'s result as detail, on each change', async () => {
    await setStart(el);
    expect(heard).to.have.length(1);
    const [first] = heard;
    expect(first!.bubbles).to.equal(true);
    expect(first!.composed).to.equal(true);
    expect(first!.target).to.equal(el);
    expect(first!.detail).to.deep.equal(core(request({}, { planType: 'private', network: 'in' })));

    await typeInto(el, 'weeks', '6');
    expect(heard).to.have.length(2);
    expect(heard[1]!.detail).to.deep.equal(core(request({ weeks: 6 }, { planType: 'private', network: 'in' })));

    await choose(el, 'planType', 'uninsured');
    expect(heard).to.have.length(3);
    expect(heard[2]!.detail).to.deep.equal(core(request({ weeks: 6 }, { planType: 'uninsured' })));

    await typeInto(el, 'householdSize', '1');
    await typeInto(el, 'annualIncome', '20000');
    // Size and income without a state are not yet a household: no estimate for those keystrokes.
    const before = heard.length;
    await pick(el, 'state', 'TX');
    expect(heard.length).to.equal(before + 1);
    expect(heard.at(-1)!.detail).to.deep.equal(
      core(request({ weeks: 6 }, { planType: 'uninsured' }, { household: { size: 1, annualIncome: '20000', state: 'TX' } })),
    );
  });

  it('fires for a change of network with the out-of-network result', async () => {
    await setStart(el);
    const event = oneEvent(el, 'iop-estimate');
    await choose(el, 'network', 'out');
    const { detail } = await event;
    expect(detail).to.deep.equal(core(request({}, { planType: 'private', network: 'out', outOfNetworkCovered: true })));
  });
});

describe('iop-contact', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('fires when the call to action (a link for the example center) is clicked, with the result', async () => {
    const el = await mount(html`<iop-cost-estimator plan-type="private"></iop-cost-estimator>`);
    await setStart(el);
    await choose(el, 'planType', 'uninsured');
    const contacts = record(document, 'iop-contact');
    const cta = q<HTMLAnchorElement>(el, '[part="cta"]');
    expect(cta.tagName).to.equal('A');
    // The example center words its call to action for people paying themselves.
    expect(cta.textContent!.trim()).to.equal('Talk to a counselor');
    cta.click();
    expect(contacts).to.have.length(1);
    expect(contacts[0]!.bubbles).to.equal(true);
    expect(contacts[0]!.composed).to.equal(true);
    expect(contacts[0]!.detail.result).to.deep.equal(core(request({}, { planType: 'uninsured' })));
  });

  it('fires from the keyboard too (Enter on the focused call to action)', async () => {
    const el = await mount(html`<iop-cost-estimator plan-type="private"></iop-cost-estimator>`);
    await setStart(el);
    const contacts = record(el, 'iop-contact');
    q(el, '[part="cta"]').focus();
    await sendKeys({ press: 'Enter' });
    expect(contacts).to.have.length(1);
  });
});
