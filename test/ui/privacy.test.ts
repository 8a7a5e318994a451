// Nothing leaves the browser and nothing is stored: no request but config-src, no storage, no cookies.
import { describe, it } from './mocha.ts';
import { expect, html } from '@open-wc/testing';
import { mount, pick, setStart, typeInto } from './helpers.ts';

describe('privacy', () => {
  it('makes no network request and stores nothing while a person enters income and coverage', async () => {
    const requests: string[] = [];
    const realFetch = window.fetch;
    const realBeacon = navigator.sendBeacon;
    const realOpen = XMLHttpRequest.prototype.open;
    window.fetch = (input: RequestInfo | URL) => {
      requests.push(`fetch ${String(input)}`);
      return Promise.reject(new Error('blocked by the test'));
    };
    navigator.sendBeacon = (url: string | URL) => {
      requests.push(`beacon ${String(url)}`);
      return false;
    };
    XMLHttpRequest.prototype.open = function (_method: string, url: string | URL) {
      requests.push(`xhr ${String(url)}`);
    } as typeof XMLHttpRequest.prototype.open;
    localStorage.clear();
    sessionStorage.clear();
    const cookiesBefore = document.cookie;
    try {
      const el = await mount(html`<iop-cost-estimator plan-type="private"></iop-cost-estimator>`);
      await setStart(el);
      await typeInto(el, 'householdSize', '3');
      await typeInto(el, 'annualIncome', '41000');
      await pick(el, 'state', 'OH');
      await typeInto(el, 'weeks', '10');
      expect(requests).to.deep.equal([]);
      expect(localStorage.length, 'localStorage').to.equal(0);
      expect(sessionStorage.length, 'sessionStorage').to.equal(0);
      expect(document.cookie).to.equal(cookiesBefore);
      // The host page's URL does not carry the answers either.
      expect(location.href).to.not.contain('41000');
    } finally {
      window.fetch = realFetch;
      navigator.sendBeacon = realBeacon;
      XMLHttpRequest.prototype.open = realOpen;
    }
  });
});
