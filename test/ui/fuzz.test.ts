// Fuzzing <iop-cost-estimator> with fast-check: thousands of random and malformed values for its attributes
// and properties, set in turn on ONE mounted element (mounting thousands of times would take minutes). After
// each value: nothing thrown (window errors, unhandled rejections, a failed update), no NaN, Infinity,
// "undefined", "null" or "[object …]" shown (the shadow text and the fields' values), no negative, empty or
// unrounded amount, a total or a clear error on screen, and the words of the language asked for. After each run
// of bad values, a good state: the total shown must be the one worked out by hand below from the center's rates.
// A fixed seed keeps CI reproducible; a failure names it, with the values that failed, shrunk.
import { afterEach, beforeEach, describe, it } from './mocha.ts';
import { expect, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import exampleCenter from '../../data/centers/example.json';
import '../../src/translations/es.ts';
import { anyText, anyValue, FUZZ_SEED, mutated } from '../core/malformed.ts';
import { mount, q, qa, settle, shadow, text, type Estimator } from './helpers.ts';

/** Values set on the element in one test: about 1,500 bad ones and 450 good states (under 60 s on a busy 2-core machine). */
const RUNS = 450;
const TIMEOUT = 180_000;

// ---- What goes in ----

const ATTRIBUTES = ['config-src', 'plan-type', 'weeks', 'hours-per-week', 'network', 'language', 'mode'] as const;
const PROPERTIES = ['configSrc', 'config', 'planType', 'weeks', 'hoursPerWeek', 'network', 'language', 'mode'] as const;
type Attribute = (typeof ATTRIBUTES)[number];
type Property = (typeof PROPERTIES)[number];

const PLAN_CHOICES = ['private', 'aca', 'medicare', 'medicaid', 'uninsured', 'unsure'];
const FIXTURES = '/test/ui/fixtures';
const CONFIG_SOURCES = [
  `${FIXTURES}/center.json`, `${FIXTURES}/not-json.json`, `${FIXTURES}/bad-sliding-scale.json`, `${FIXTURES}/missing.json`, '/', '.', '?', '#',
  'https://evil.example/center.json', '//evil.example/c.json', 'javascript:alert(1)', 'data:application/json,{}', 'blob:null/x', 'file:///etc/passwd',
];

/** Text for an attribute, the values it understands mixed in with anything at all. */
const attributeText: Record<Attribute, fc.Arbitrary<string>> = {
  'config-src': fc.oneof(fc.constantFrom(...CONFIG_SOURCES), anyText),
  'plan-type': fc.oneof(fc.constantFrom(...PLAN_CHOICES), anyText),
  weeks: fc.oneof(fc.integer({ min: 1, max: 52 }).map(String), anyText),
  'hours-per-week': fc.oneof(fc.integer({ min: 4, max: 160 }).map((q) => String(q / 4)), anyText),
  network: fc.oneof(fc.constantFrom('in', 'out'), anyText),
  language: fc.oneof(fc.constantFrom('en', 'es', 'ES', 'es-US', 'es-MX', 'es-ES', 'en-GB', 'en-IN', 'en-US-u-nu-arab'), anyText, anyText.map((tail) => `es-${tail}`), anyText.map((tail) => `en-${tail}`)),
  mode: fc.oneof(fc.constantFrom('counselor', 'patient', ''), anyText),
};

/** A center the widget should accept: the example, with another self-pay rate (up to its charge) and name. */
const goodCenter = fc.record({ selfPayCents: fc.integer({ min: 0, max: 85_000 }), name: fc.constantFrom('Example Recovery Center (fictional)', 'Centro de Prueba', 'A & B <Recovery>') }).map(({ selfPayCents, name }) => ({
  ...structuredClone(exampleCenter),
  name,
  rates: { ...structuredClone(exampleCenter.rates), selfPayPerUnit: (selfPayCents / 100).toFixed(2) },
}));

const configValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: mutated(exampleCenter, 3), weight: 5 },
  { arbitrary: anyValue, weight: 2 },
  { arbitrary: goodCenter, weight: 1 },
  { arbitrary: fc.constantFrom(undefined, null, JSON.stringify(exampleCenter)), weight: 1 },
);

const propertyValue: Record<Property, fc.Arbitrary<unknown>> = {
  configSrc: fc.oneof(fc.constantFrom(...CONFIG_SOURCES), anyValue),
  config: configValue,
  planType: fc.oneof(fc.constantFrom(...PLAN_CHOICES), anyValue),
  weeks: fc.oneof(fc.integer({ min: 1, max: 52 }), anyValue),
  hoursPerWeek: fc.oneof(fc.integer({ min: 4, max: 160 }).map((q) => q / 4), anyValue),
  network: fc.oneof(fc.constantFrom('in', 'out'), anyValue),
  language: fc.oneof(fc.constantFrom('en', 'es', 'es-MX', 'en-GB'), anyValue),
  mode: fc.oneof(fc.constantFrom('counselor'), anyValue),
};

type Step = { kind: 'attribute'; name: Attribute; value: string | null } | { kind: 'property'; name: Property; value: unknown };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.constantFrom(...ATTRIBUTES).chain((name) => fc.option(attributeText[name], { freq: 8 }).map((value): Step => ({ kind: 'attribute', name, value }))),
  fc.constantFrom(...PROPERTIES).chain((name) => propertyValue[name].map((value): Step => ({ kind: 'property', name, value }))),
  // The configuration gets more: it is the largest way in.
  configValue.map((value): Step => ({ kind: 'property', name: 'config', value })),
);

/** A state whose total can be worked out by hand: self-pay (or Medicaid), a program length, a language. */
interface GoodState {
  planType: 'uninsured' | 'medicaid';
  weeks: number;
  hoursPerWeek: number;
  language: 'en' | 'es';
  selfPayCents: number;
  asAttributes: boolean;
}

const goodState: fc.Arbitrary<GoodState> = fc.record({
  planType: fc.constantFrom('uninsured' as const, 'uninsured' as const, 'medicaid' as const),
  weeks: fc.integer({ min: 1, max: 52 }),
  hoursPerWeek: fc.integer({ min: 4, max: 160 }).map((quarters) => quarters / 4),
  language: fc.constantFrom('en' as const, 'es' as const),
  selfPayCents: fc.oneof(fc.constant(35_000), fc.integer({ min: 0, max: 85_000 })),
  asAttributes: fc.boolean(),
});

// ---- The total, by hand ----

/**
 * data/centers/example.json bills per day (billing.unit "day"), 3 hours a day (billing.hoursPerDay): a week of
 * H hours is ceil(H / 3) days, at most 7. Self-pay: every day at rates.selfPayPerUnit, nothing off without a
 * household (sliding scale) or paying in full. Medicaid: medicaid.copayPerUnit is 0.00, so $0.00.
 */
function expectedCents(state: GoodState): number {
  if (state.planType === 'medicaid') return 0;
  const days = Math.min(7, Math.ceil(state.hoursPerWeek / exampleCenter.billing.hoursPerDay));
  return state.weeks * days * state.selfPayCents;
}

/** Cents as written in the US, in English and Spanish alike ("$12,600.00"). */
function dollars(cents: number): string {
  const whole = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `$${whole}.${String(cents % 100).padStart(2, '0')}`;
}

const WORDS = {
  en: { youPay: 'You would pay', unavailable: 'Estimates are unavailable right now.' },
  es: { youPay: 'Usted pagaría', unavailable: 'Los estimados no están disponibles en este momento.' },
};

// ---- What comes out ----

const pageErrors: string[] = [];
const consoleErrors: string[] = [];
const onError = (event: ErrorEvent) => pageErrors.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(`unhandled rejection: ${String(event.reason)}`);
const realConsoleError = console.error;

beforeEach(() => {
  pageErrors.length = 0;
  consoleErrors.length = 0;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  console.error = (...args: unknown[]) => void consoleErrors.push(args.map(String).join(' '));
});

afterEach(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  console.error = realConsoleError;
});

/** Every string a value holds (a configuration's names, a property's text): the widget may show them as given. */
function stringsIn(value: unknown, out: Set<string> = new Set(), depth = 0): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (depth < 8 && value !== null && typeof value === 'object') {
    try {
      for (const child of Object.values(value)) stringsIn(child, out, depth + 1);
    } catch {
      // a value that cannot be read is not shown either
    }
  }
  return out;
}

/** What a person sees of a root: its text (the `$` before money fields left out), every field's value, and a nested desk's. */
function seen(root: ShadowRoot | Element): { text: string; owner: string } {
  const parts: string[] = [];
  let owner = '';
  const walk = (node: Node) => {
    if (node instanceof HTMLElement && (node.classList.contains('prefix') || node.localName === 'style')) return;
    if (node instanceof HTMLElement && node.localName === 'code') {
      owner += ` ${node.textContent ?? ''}`;
      return;
    }
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof HTMLInputElement && node.type !== 'radio' && node.type !== 'checkbox') parts.push(` ${node.value} `);
    if (node instanceof HTMLSelectElement) parts.push(` ${node.selectedOptions[0]?.textContent ?? ''} `);
    if (node instanceof Element && node.shadowRoot) node.shadowRoot.childNodes.forEach(walk);
    node.childNodes.forEach(walk);
  };
  root.childNodes.forEach(walk);
  return { text: parts.join(' ').replace(/\s+/g, ' '), owner };
}

const MONEY = /^\$\d{1,3}(,\d{3})*\.\d{2}(?![\d.,]*\d)/;

/** The language the widget should speak: the one asked for (or the page's) if its words are loaded, else English. */
function expectedLanguage(el: Estimator): 'en' | 'es' {
  const asked = (typeof el.language === 'string' && el.language) || el.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
  return asked.toLowerCase().split('-')[0] === 'es' ? 'es' : 'en';
}

/** Marks where the strings the page gave appear in a text: the widget shows those as written. */
function echoes(text: string, given: Set<string>): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (const string of given) {
    if (!string) continue;
    for (let at = text.indexOf(string); at !== -1; at = text.indexOf(string, at + 1)) mask.fill(1, at, at + string.length);
  }
  return mask;
}

/** The matches of `pattern` in `text` that the widget wrote (not inside a string the page gave). */
function written(text: string, pattern: RegExp, mask: Uint8Array): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(new RegExp(pattern.source, 'g'))) {
    const start = match.index;
    if (!mask.subarray(start, start + match[0].length).every((covered) => covered === 1)) found.push(`${match[0]} in …${text.slice(Math.max(0, start - 30), start + 30)}…`);
  }
  return found;
}

const BROKEN = /NaN|Infinity|undefined|\bnull\b|\[object|\$-|-\$|−\$|US\$|USD/;

/** What the values led to, printed after the run: proof that each kind of outcome was reached. */
const tally = { total: 0, 'total and a field error': 0, 'configuration refused': 0, 'counselor mode': 0, spanish: 0 };

/** The checks made after every value: `given` are the strings the page gave, which the widget may show as they are. */
function checkShown(el: Estimator, given: Set<string>, label: string): void {
  expect(pageErrors, `${label}: errors on the page`).to.deep.equal([]);
  const root = shadow(el);
  const { text: shown, owner } = seen(root);
  const mask = echoes(shown, given);
  expect(written(shown, BROKEN, mask).join(' | '), `${label}: a broken value on screen`).to.equal('');
  expect(written(owner, /NaN|Infinity|undefined|\[object/, echoes(owner, given)).join(' | '), `${label}: a broken value in the message for the site owner`).to.equal('');
  for (let at = shown.indexOf('$'); at !== -1; at = shown.indexOf('$', at + 1)) {
    if (mask[at] === 1) continue;
    expect(shown.slice(at, at + 40), `${label}: an amount not in dollars and cents`).to.match(MONEY);
  }
  const lang = expectedLanguage(el);
  const configError = root.querySelector('.config-error');
  const total = root.querySelector('[part="total"]');
  const desk = root.querySelector('iop-counselor-desk');
  tally[configError ? 'configuration refused' : el.mode === 'counselor' ? 'counselor mode' : root.querySelector('[part="error"], .result .error') ? 'total and a field error' : 'total'] += 1;
  if (lang === 'es') tally.spanish += 1;
  if (configError) {
    expect(text(configError as HTMLElement), `${label}: the configuration error`).to.contain(WORDS[lang].unavailable);
  } else if (el.mode === 'counselor') {
    expect(desk, `${label}: counselor mode shows the desk`).not.to.equal(null);
  } else {
    expect(total, `${label}: neither a total nor an error`).not.to.equal(null);
    expect(text(total as HTMLElement), `${label}: the total`).to.match(/^\$\d{1,3}(,\d{3})*\.\d{2}( (and|y) \$\d{1,3}(,\d{3})*\.\d{2})?$/);
    expect((q(el, '.layout').getAttribute('lang') ?? '').toLowerCase().split('-')[0], `${label}: the language`).to.equal(lang);
    expect(text(q(el, '.total-label')), `${label}: the words of the language`).to.match(new RegExp(`^${WORDS[lang].youPay}`));
  }
  // The console hears only about a configuration that cannot be used, and the person is then told so.
  if (consoleErrors.length) {
    expect(consoleErrors.every((m) => m.startsWith('<iop-cost-estimator>: no estimates')), `${label}: console errors ${consoleErrors.join(' | ').slice(0, 300)}`).to.equal(true);
    expect(configError, `${label}: a console error without a message on screen`).not.to.equal(null);
    consoleErrors.length = 0;
  }
}

/** Waits for what a value starts: a configuration being fetched, counselor mode's module. */
async function settled(el: Estimator): Promise<void> {
  await settle(el);
  const state = el as unknown as { loading: boolean; deskLoaded: boolean };
  if (state.loading) await waitUntil(() => !state.loading, 'the configuration never finished loading', { timeout: 5000 });
  if (el.mode === 'counselor' && shadow(el).querySelector('.layout, .config-error') === null) {
    await waitUntil(() => state.deskLoaded || shadow(el).querySelector('.config-error'), 'counselor mode never loaded', { timeout: 5000 });
  }
  await settle(el);
  const desk = shadow(el).querySelector('iop-counselor-desk') as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
  if (desk?.updateComplete) await desk.updateComplete;
}

function describeStep(s: Step): string {
  const value = s.kind === 'attribute' ? s.value : s.value;
  let shown: string;
  try {
    shown = typeof value === 'string' ? JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…(${value.length})` : value) : typeof value === 'bigint' ? `${value}n` : JSON.stringify(value)?.slice(0, 200) ?? String(value);
  } catch {
    shown = Object.prototype.toString.call(value);
  }
  return s.kind === 'attribute' ? (s.value === null ? `removeAttribute('${s.name}')` : `setAttribute('${s.name}', ${shown})`) : `.${s.name} = ${shown}`;
}

/** Sets one value, the way a page would. */
async function apply(el: Estimator, s: Step): Promise<void> {
  if (s.kind === 'attribute') {
    if (s.value === null) el.removeAttribute(s.name);
    else el.setAttribute(s.name, s.value);
  } else {
    (el as unknown as Record<string, unknown>)[s.name] = s.value;
  }
  await settled(el);
}

/** Everything back to a state with a known total, as attributes or as properties. */
async function applyGood(el: Estimator, state: GoodState): Promise<void> {
  el.config = { ...structuredClone(exampleCenter), rates: { ...structuredClone(exampleCenter.rates), selfPayPerUnit: (state.selfPayCents / 100).toFixed(2) } };
  el.removeAttribute('config-src');
  el.configSrc = undefined;
  el.removeAttribute('mode');
  el.mode = undefined;
  if (state.asAttributes) {
    el.setAttribute('language', state.language);
    el.setAttribute('plan-type', state.planType);
    el.setAttribute('weeks', String(state.weeks));
    el.setAttribute('hours-per-week', String(state.hoursPerWeek));
  } else {
    el.language = state.language;
    el.planType = state.planType;
    el.weeks = state.weeks;
    el.hoursPerWeek = state.hoursPerWeek;
  }
  await settled(el);
}

function given(el: Estimator): Set<string> {
  const strings = stringsIn(el.config);
  for (const name of PROPERTIES) if (name !== 'config') stringsIn((el as unknown as Record<string, unknown>)[name], strings);
  for (const name of ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value !== null) strings.add(value);
  }
  return strings;
}

async function checkGood(el: Estimator, state: GoodState, label: string): Promise<void> {
  checkShown(el, given(el), label);
  const root = shadow(el);
  expect(root.querySelector('.config-error'), `${label}: the good configuration refused`).to.equal(null);
  expect(qa(el, '[part="error"], .result .error').map((e) => text(e)), `${label}: errors left after good values`).to.deep.equal([]);
  expect(text(q(el, '[part="total"]')), `${label}: the total for ${JSON.stringify(state)}`).to.equal(dollars(expectedCents(state)));
}

async function fuzz(el: Estimator, steps: fc.Arbitrary<Step[]>, runs: number, seed = FUZZ_SEED): Promise<void> {
  let count = 0;
  await fc.assert(
    fc.asyncProperty(steps, goodState, async (bad, good) => {
      // Each run starts from a good state, so that a shrunk failure replays on its own.
      await applyGood(el, { ...good, planType: 'uninsured', selfPayCents: 35_000 });
      const log: string[] = [];
      for (const s of bad) {
        log.push(describeStep(s));
        await apply(el, s);
        checkShown(el, given(el), `after ${log.join(', ')}`);
        count++;
      }
      await applyGood(el, good);
      await checkGood(el, good, `good values after ${log.join(', ')}`);
    }),
    { numRuns: runs, seed, includeErrorInReport: true },
  );
  expect(count).to.be.greaterThan(runs);
}

describe('the widget fuzzed with malformed attributes and properties', () => {
  it(`shows a total or a clear error after every value, and the right total once good values follow (seed ${FUZZ_SEED})`, async function (this: { timeout(ms: number): void }) {
    this.timeout(TIMEOUT);
    const el = await mount(html`<iop-cost-estimator plan-type="private"></iop-cost-estimator>`);
    const started = performance.now();
    await fuzz(el, fc.array(step, { minLength: 1, maxLength: 5 }), RUNS);
    // eslint-disable-next-line no-console
    console.log(`fuzz: ${RUNS} runs in ${((performance.now() - started) / 1000).toFixed(1)} s (seed ${FUZZ_SEED}): ${JSON.stringify(tally)}`);
  });
});
