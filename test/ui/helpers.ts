// Shared helpers for the <iop-cost-estimator> browser tests: find things in the shadow root the way a user
// would see them, and change them the way a user would (click, type, choose).
import { elementUpdated, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/iop-cost-estimator.ts';
import type { IopCostEstimator } from '../../src/ui/iop-cost-estimator.component.ts';
import type { EstimateRequestInput, EstimateResult } from '../../src/core/schemas.ts';
import { estimate } from '../../src/core/estimate.ts';
import { formatMoney } from '../../src/ui/format.ts';

export const START = '2026-03-02';

export type Estimator = IopCostEstimator;

export function shadow(el: Element): ShadowRoot {
  const root = el.shadowRoot;
  if (!root) throw new Error('no shadow root');
  return root;
}

/** One element in the shadow root, or a failure naming the selector. */
export function q<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = shadow(el).querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

export function qa<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...shadow(el).querySelectorAll<T>(selector)];
}

export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function field(el: Element, name: string): HTMLInputElement {
  return q<HTMLInputElement>(el, `input[name="${name}"]`);
}

export function selectEl(el: Element, name: string): HTMLSelectElement {
  return q<HTMLSelectElement>(el, `select[name="${name}"]`);
}

/** The error paragraph that the field points at with aria-describedby (null when there is none). */
export function errorFor(el: Element, name: string): HTMLElement | null {
  const control = q(el, `[name="${name}"]`);
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  for (const id of ids) {
    const node = shadow(el).getElementById(id);
    if (node?.classList.contains('error')) return node;
  }
  return null;
}

/** The radio buttons of a group, by the form field ("planType", "network", "medicarePlan"). */
export function radios(el: Element, group: string): HTMLInputElement[] {
  return qa<HTMLInputElement>(el, `input[type="radio"][name$="-${group}"]`);
}

export function radio(el: Element, group: string, value: string): HTMLInputElement {
  const found = radios(el, group).find((r) => r.value === value);
  if (!found) throw new Error(`no ${group} radio with value ${value}`);
  return found;
}

/** The name a user hears for a radio or checkbox: its wrapping or associated label's text. */
export function labelOf(input: HTMLInputElement): string {
  return text(input.labels?.[0] ?? null);
}

export async function mount(template: TemplateResult): Promise<Estimator> {
  const el = await fixture<Estimator>(template);
  await waitUntil(() => el.shadowRoot?.querySelector('form, .config-error'), 'the widget did not render', { timeout: 3000 });
  await el.updateComplete;
  return el;
}

export async function settle(el: Estimator): Promise<void> {
  await elementUpdated(el);
  await el.updateComplete;
}

export async function choose(el: Estimator, group: string, value: string): Promise<void> {
  radio(el, group, value).click();
  await settle(el);
}

/** Replaces a field's text by typing, as a user would: focus, select what is there, type. */
export async function typeInto(el: Estimator, name: string, value: string): Promise<void> {
  const input = field(el, name);
  input.focus();
  input.select();
  if (value === '') await sendKeys({ press: 'Backspace' });
  else await sendKeys({ type: value });
  await settle(el);
}

/** Sets a value and fires the bubbling input event the browser would (for the date field). */
export async function setValue(el: Estimator, name: string, value: string): Promise<void> {
  const input = field(el, name);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle(el);
}

export async function pick(el: Estimator, name: string, value: string): Promise<void> {
  const select = selectEl(el, name);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await settle(el);
}

/** Unticks "I don't know my plan's numbers" so the plan's numbers can be typed. */
export async function knowMyNumbers(el: Estimator): Promise<void> {
  const box = q<HTMLInputElement>(el, 'input[type="checkbox"][id$="-knowsPlan"]');
  if (box.checked) box.click();
  await settle(el);
}

export async function setStart(el: Estimator, date = START): Promise<void> {
  await setValue(el, 'startDate', date);
}

export function totalText(el: Element): string {
  return text(q(el, '[part="total"]'));
}

export function totalLabel(el: Element): string {
  return text(q(el, '.total-label'));
}

/** The core's result for a request, failing the test if the core refuses it. */
export function core(request: EstimateRequestInput, center?: unknown): EstimateResult {
  const outcome = estimate(request, center);
  if (!outcome.ok) throw new Error(`the core refused the request: ${JSON.stringify(outcome.errors)}`);
  return outcome.result;
}

export function usd(amount: string, lang = 'en'): string {
  return formatMoney(amount, lang);
}

/** What the widget shows for a result: one amount, or "$low and $high" for a range. */
export function shownTotal(result: EstimateResult, lang = 'en', and = 'and'): string {
  const range = result.range && result.range.low !== result.range.high ? result.range : undefined;
  return range ? `${usd(range.low, lang)} ${and} ${usd(range.high, lang)}` : usd(result.patient.total, lang);
}

/** Records iop-estimate events heard on `target` (the document, to prove they leave the shadow root). */
export function record(target: EventTarget, type = 'iop-estimate'): CustomEvent[] {
  const events: CustomEvent[] = [];
  target.addEventListener(type, (event) => events.push(event as CustomEvent));
  return events;
}
