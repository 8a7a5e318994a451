// Hostile values through every way in: each string of a center's configuration, each attribute and property,
// a `#iop=` link, a loaded file and the form's fields. Whatever comes in, no script runs (a trap on the page
// counts calls), nothing outside the widget changes, and the widget shows a total or a clear message.
import { afterEach, beforeEach, describe, it } from './mocha.ts';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import exampleCenter from '../../data/centers/example.json';
import { toFragment } from '../../src/core/sharing/shared-estimate.ts';
import { mount, q, qa, setValue, settle, shadow, text, type Estimator } from './helpers.ts';

const HOSTILE: string[] = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'><details open ontoggle=alert(1)>",
  '<svg><script>alert(1)</script></svg>',
  '<svg/onload=alert(1)>',
  '<a href="javascript:alert(1)">click</a>',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '</style><script>alert(1)</script>',
  '*{background:url(javascript:alert(1))}',
  'width: expression(alert(1))',
  '${alert(1)}',
  '{{constructor.constructor("alert(1)")()}}',
  'x'.repeat(100_000),
  '\u202Etxt.exe\u202C',
  'zero\u200Bwidth\u200D\uFEFF',
  '__proto__',
  'constructor',
  'prototype',
];

// ---- The trap: any script a value manages to run calls one of these ----

let calls = 0;
const trapped = ['alert', 'confirm', 'prompt', 'print'] as const;
const originals = new Map(trapped.map((name) => [name, window[name]]));

/** Everything outside the widget, as the page's own code would see it (the widget's tag itself left out). */
function pageOutside(): string {
  const clone = document.documentElement.cloneNode(true) as HTMLElement;
  for (const widget of clone.querySelectorAll('iop-cost-estimator')) widget.replaceWith(document.createElement('the-widget'));
  return `${document.title}|${location.href}|${clone.outerHTML}`;
}

beforeEach(() => {
  calls = 0;
  for (const name of trapped) (window as unknown as Record<string, unknown>)[name] = () => void calls++;
});

afterEach(() => {
  for (const [name, original] of originals) (window as unknown as Record<string, unknown>)[name] = original;
  history.replaceState(null, '', `${location.pathname}${location.search}`);
});

/** Lets any payload that could run do so: images error, SVG loads and details toggle within a few frames. */
async function letPayloadsRun(el: Estimator): Promise<void> {
  await settle(el);
  await new Promise((resolve) => setTimeout(resolve, 30));
}

const MONEY = /\$\d{1,3}(,\d{3})*\.\d{2}/;

/** A total on screen, in dollars and cents, and nothing broken anywhere in the widget's text. */
function showsATotal(el: Estimator): void {
  const total = text(q(el, '[part="total"]'));
  expect(total).to.match(MONEY);
  assertNoBrokenNumbers(el);
}

/** No NaN, Infinity, undefined or negative amount anywhere, and every dollar amount in dollars and cents. */
function assertNoBrokenNumbers(el: Estimator): void {
  const all = text(shadow(el).querySelector('.layout, .config-error') as HTMLElement);
  expect(all).not.to.match(/NaN|Infinity|undefined|\$-|-\$/);
  for (const amount of all.match(/\$[\d,.]*\d/g) ?? []) expect(amount).to.match(/^\$\d{1,3}(,\d{3})*\.\d{2}$/);
}

/** Counselor mode: the desk, once its module has loaded and drawn. */
async function mountDesk(center?: unknown): Promise<{ el: Estimator; desk: HTMLElement }> {
  const el = await fixture<Estimator>(center ? html`<iop-cost-estimator mode="counselor" .config=${center}></iop-cost-estimator>` : html`<iop-cost-estimator mode="counselor"></iop-cost-estimator>`);
  await waitUntil(() => shadow(el).querySelector('iop-counselor-desk')?.shadowRoot?.querySelector('input[type="file"]'), 'the desk did not load', { timeout: 5000 });
  return { el, desk: shadow(el).querySelector<HTMLElement>('iop-counselor-desk')! };
}

// ---- Configuration strings ----

type Json = Record<string, unknown>;

/** The example center with every optional string field present, so that each can carry a value. */
function everyStringField(): Json {
  const center = structuredClone(exampleCenter) as Json & { rates: Json; programs: Json[]; slidingScale: { bands: Json[] }; medicare: Json };
  center.npi = '1234567893';
  center.tin = '12-3456789';
  center.address = { street: '1 Main St', city: 'Toledo', state: 'OH', postalCode: '43604' };
  center.disclaimer = 'Our disclaimer.';
  center.separatelyBilled = [{ name: 'Psychiatric evaluation', code: '90792', charge: '300.00', note: 'If needed' }];
  center.rates.negotiated = [{ payer: 'Aetna', plan: 'Open Access', perUnit: '400.00' }];
  center.rates.outOfNetworkAllowed = [{ payer: 'Cigna', perUnit: '300.00' }];
  center.programs = center.programs.map((program) => ({ ...program, description: 'Group and individual therapy', serviceCodes: ['S9480'] }));
  center.slidingScale.bands = center.slidingScale.bands.map((band) => ({ ...band, label: 'A band' }));
  center.medicare.source = 'CMS OPPS';
  return center;
}

/** Fields whose text becomes a link: the schema refuses what is not a safe one (tested apart). */
const LINK_FIELDS = ['contact.url', 'contact.phone'];
/** Fields that are choices the schema checks, rather than free text. */
const CHECKED_FIELDS = ['billing.unit', 'medicare.setting', 'medicaid.capPeriod'];

/** Every string in the configuration, by its dotted path, but the links and the checked fields. */
function textPaths(value: unknown, path: string[] = []): string[][] {
  if (typeof value === 'string') {
    const dotted = path.filter((key) => !/^\d+$/.test(key)).join('.');
    // Amounts ("850.00") are checked as amounts (test/core/bad-input.test.ts): only text is replaced here.
    return LINK_FIELDS.includes(dotted) || CHECKED_FIELDS.includes(dotted) || /^\d+(\.\d+)?$/.test(value) ? [] : [path];
  }
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, child]) => textPaths(child, [...path, key]));
  return [];
}

function setAt(object: Json, path: string[], value: unknown): void {
  const parent = path.slice(0, -1).reduce<Json>((node, key) => node[key] as Json, object);
  parent[path[path.length - 1]!] = value;
}

describe('hostile values in the center configuration', () => {
  it('are shown as text in every string field: no script, nothing outside changes, a total on screen', async () => {
    const el = await mount(html`<iop-cost-estimator plan-type="private" .config=${everyStringField()}></iop-cost-estimator>`);
    const before = pageOutside();
    const paths = textPaths(everyStringField());
    expect(paths.length).to.be.greaterThan(20);
    for (const hostile of HOSTILE) {
      const center = everyStringField();
      for (const path of paths) setAt(center, path, hostile);
      el.config = center;
      await letPayloadsRun(el);
      expect(shadow(el).querySelector('.config-error'), `config refused for ${JSON.stringify(hostile.slice(0, 40))}`).to.equal(null);
      showsATotal(el);
      // Shown as the characters they are: the center's name is in the page, no element was made of it.
      if (hostile.length < 200) expect(shadow(el).querySelectorAll('script, img, svg script, details[open] ~ *, iframe, object, embed').length).to.equal(0);
    }
    expect(calls).to.equal(0);
    expect(pageOutside()).to.equal(before);
  });

  it('are printed as text by counselor mode, the Good Faith Estimate included', async () => {
    const { el } = await mountDesk(everyStringField());
    const before = pageOutside();
    for (const hostile of HOSTILE.filter((value) => value.length < 1000)) {
      const center = everyStringField();
      for (const path of textPaths(center)) setAt(center, path, hostile);
      el.config = center;
      await letPayloadsRun(el);
      const desk = shadow(el).querySelector('iop-counselor-desk')!;
      await (desk as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(desk.shadowRoot!.querySelectorAll('script, img, iframe, object, embed').length).to.equal(0);
      expect(text(desk.shadowRoot!.querySelector('*') as HTMLElement)).not.to.match(/NaN|Infinity/);
    }
    expect(calls).to.equal(0);
    expect(pageOutside()).to.equal(before);
  });

  it('in a link field are refused by the schema, naming the field; the person is told estimates are unavailable', async () => {
    const el = await mount(html`<iop-cost-estimator plan-type="private" .config=${everyStringField()}></iop-cost-estimator>`);
    // The fields named go to the page (for its owner), not to the visitor.
    let reported: string[] = [];
    el.addEventListener('iop-config-error', (event) => (reported = (event as CustomEvent<{ problems: string[] }>).detail.problems));
    const hostileLinks = HOSTILE.filter((value) => /script|data:|<|&#|&colon/i.test(value));
    for (const [field, hostile] of [
      ...hostileLinks.map((value) => ['url', value] as const),
      ['phone', 'javascript:alert(1)'] as const,
      ['phone', '555-0199"><img src=x onerror=alert(1)>'] as const,
    ]) {
      const center = everyStringField() as Json & { contact: Json };
      center.contact[field] = hostile;
      el.config = center;
      await letPayloadsRun(el);
      const box = shadow(el).querySelector('.config-error');
      expect(box, `${field} = ${JSON.stringify(hostile)} was accepted`).not.to.equal(null);
      expect(text(box as HTMLElement)).to.contain('Estimates are unavailable right now');
      expect(reported.join('\n')).to.contain(`contact.${field}`);
      expect(qa(el, 'a').every((a) => /^tel:\+?\d+$/.test(a.getAttribute('href') ?? ''))).to.equal(true);
    }
    expect(calls).to.equal(0);
  });

  it('with prototype keys do not reach any object of the page', async () => {
    const json = `{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, ${JSON.stringify(exampleCenter).slice(1)}`;
    const center = JSON.parse(json) as Json;
    (center.rates as Json)['__proto__'] = JSON.parse('{"polluted": "yes"}');
    const el = await mount(html`<iop-cost-estimator plan-type="private" .config=${center}></iop-cost-estimator>`);
    await letPayloadsRun(el);
    showsATotal(el);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect((Object.prototype as Record<string, unknown>).polluted).to.equal(undefined);
  });
});

// ---- Attributes and properties ----

describe('hostile values in attributes and properties', () => {
  it('leave the widget working with the values it understands, and run nothing', async () => {
    const el = await mount(html`<iop-cost-estimator plan-type="private"></iop-cost-estimator>`);
    const before = pageOutside();
    for (const hostile of HOSTILE) {
      for (const attribute of ['plan-type', 'weeks', 'hours-per-week', 'network', 'language']) {
        el.setAttribute(attribute, hostile);
        await letPayloadsRun(el);
        showsATotal(el);
      }
      for (const attribute of ['plan-type', 'weeks', 'hours-per-week', 'network', 'language']) el.removeAttribute(attribute);
    }
    expect(calls).to.equal(0);
    expect(pageOutside()).to.equal(before);
  });

  it('in config-src are never fetched from another origin or scheme', async () => {
    const requested: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      requested.push(String(input));
      return realFetch(input, init);
    };
    try {
      for (const hostile of ['javascript:alert(1)', 'data:application/json,{}', '//evil.example/center.json', 'https://evil.example/c.json', ...HOSTILE.slice(0, 6)]) {
        const el = await mount(html`<iop-cost-estimator plan-type="private" config-src=${hostile}></iop-cost-estimator>`);
        await waitUntil(() => shadow(el).querySelector('.config-error'), `no message for config-src ${hostile}`, { timeout: 3000 });
        expect(text(q(el, '.config-error'))).to.contain('Estimates are unavailable right now');
      }
    } finally {
      window.fetch = realFetch;
    }
    expect(requested.filter((url) => !url.startsWith('/') && !url.startsWith(location.origin))).to.deep.equal([]);
    expect(calls).to.equal(0);
  });
});

// ---- Links and files ----

describe('hostile values in a link to an estimate and in a loaded file', () => {
  it('a #iop= link whose texts are hostile opens as text; a hostile fragment gets one message', async () => {
    for (const hostile of HOSTILE.filter((value) => value.length < 1000)) {
      const fragment = toFragment({
        v: 1,
        request: { program: { weeks: 8, hoursPerWeek: 9, startDate: '2026-03-02' }, coverage: { planType: 'private', payer: hostile } },
        patient: { name: hostile },
      } as Parameters<typeof toFragment>[0]);
      history.replaceState(null, '', `${location.pathname}#${fragment}`);
      const el = await mount(html`<iop-cost-estimator plan-type="private"></iop-cost-estimator>`);
      await waitUntil(() => text(shadow(el).querySelector('[role="status"].note') as HTMLElement) !== '', 'the link was not read', { timeout: 3000 });
      await letPayloadsRun(el);
      showsATotal(el);
      el.remove();
    }
    for (const raw of ['iop=<script>alert(1)</script>', 'iop=javascript:alert(1)', `iop=${'A'.repeat(200_000)}`, 'iop=eyJfX3Byb3RvX18iOnsicG9sbHV0ZWQiOjF9fQ']) {
      history.replaceState(null, '', `${location.pathname}#${raw}`);
      const el = await mount(html`<iop-cost-estimator plan-type="private"></iop-cost-estimator>`);
      await waitUntil(() => text(shadow(el).querySelector('[role="status"].note, .note') as HTMLElement) !== '', 'no message for a bad link', { timeout: 3000 });
      await letPayloadsRun(el);
      showsATotal(el);
      el.remove();
    }
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(calls).to.equal(0);
  });

  it('a file loaded in counselor mode whose texts are hostile runs nothing', async () => {
    const { el, desk } = await mountDesk();
    const before = pageOutside();
    for (const hostile of HOSTILE.filter((value) => value.length < 1000)) {
      const content = JSON.stringify({
        v: 1,
        request: { program: { weeks: 8, hoursPerWeek: 9, startDate: '2026-03-02' }, coverage: { planType: 'private', payer: hostile } },
        scenarios: [{ name: hostile, request: { program: { weeks: 8, hoursPerWeek: 9, startDate: '2026-03-02' }, coverage: { planType: 'uninsured' } } }],
        patient: { name: hostile, birthDate: '1990-01-01' },
      });
      const input = desk.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
      const files = new DataTransfer();
      files.items.add(new File([content], 'estimate.json', { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 50));
      await letPayloadsRun(el);
      expect(desk.shadowRoot!.querySelectorAll('script, img, iframe, object, embed').length).to.equal(0);
    }
    expect(calls).to.equal(0);
    expect(pageOutside()).to.equal(before);
  });
});

// ---- The form ----

describe('hostile values typed into the form', () => {
  it('get a message next to the field or are taken as text; the rest keeps working', async () => {
    const el = await mount(html`<iop-cost-estimator plan-type="private"></iop-cost-estimator>`);
    const before = pageOutside();
    const names = qa<HTMLInputElement>(el, 'input[type="text"], input:not([type])').map((input) => input.name);
    expect(names.length).to.be.greaterThan(3);
    for (const hostile of HOSTILE) {
      for (const name of names) {
        if (!shadow(el).querySelector(`input[name="${name}"]`)) continue;
        await setValue(el, name, hostile);
      }
      await letPayloadsRun(el);
      assertNoBrokenNumbers(el);
    }
    expect(calls).to.equal(0);
    expect(pageOutside()).to.equal(before);
  });
});
