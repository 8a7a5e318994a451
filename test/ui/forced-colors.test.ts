// Windows High Contrast (forced-colors) mode: the chart and the badges keep a visible shape in system colours.
import { describe, it, afterEach } from './mocha.ts';
import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { mount, q, setStart } from './helpers.ts';

describe('forced-colors mode', () => {
  afterEach(async () => {
    await executeServerCommand('emulate-forced-colors', { active: false });
  });

  it('draws the week bars in CanvasText instead of the theme colour, and stays accessible', async () => {
    const el = await mount(html`<iop-cost-estimator plan-type="private"></iop-cost-estimator>`);
    await setStart(el);
    const bar = q<SVGRectElement>(el, 'rect.bar');
    const themed = getComputedStyle(bar).fill;
    expect(themed).to.equal('rgb(29, 78, 216)'); // --iop-color-primary, #1d4ed8

    await executeServerCommand('emulate-forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    expect(getComputedStyle(bar).fill, 'a system colour, not the theme').to.not.equal(themed);
    // "Lowest cost" keeps an outline when its background colour is forced away.
    expect(getComputedStyle(q(el, '.badge')).borderTopStyle).to.equal('solid');
    await expect(el).to.be.accessible();
  });
});
