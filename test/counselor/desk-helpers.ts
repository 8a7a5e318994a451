// What the counselor-mode tests share: the desk inside the widget, its scenarios' fields, and a scenario as a
// counselor types it.
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EstimateRequestInput } from '../../src/core/schemas.ts';
import { START, text, type Estimator } from '../ui/helpers.ts';

/** The desk's shadow root, inside the widget's. */
export function desk(el: Estimator): ShadowRoot {
  const root = el.shadowRoot?.querySelector('iop-counselor-desk')?.shadowRoot;
  if (!root) throw new Error('no counselor desk');
  return root;
}

export function inDesk<T extends Element = HTMLElement>(el: Estimator, selector: string): T {
  const found = desk(el).querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

export function allInDesk<T extends Element = HTMLElement>(el: Estimator, selector: string): T[] {
  return [...desk(el).querySelectorAll<T>(selector)];
}

export async function settle(el: Estimator): Promise<void> {
  await el.updateComplete;
  const inner = el.shadowRoot!.querySelector('iop-counselor-desk');
  await (inner as unknown as { updateComplete: Promise<unknown> } | null)?.updateComplete;
}

export async function counselor(config?: unknown): Promise<Estimator> {
  const el = await fixture<Estimator>(
    config ? html`<iop-cost-estimator mode="counselor" .config=${config}></iop-cost-estimator>` : html`<iop-cost-estimator mode="counselor"></iop-cost-estimator>`,
  );
  await waitUntil(() => el.shadowRoot?.querySelector('iop-counselor-desk')?.shadowRoot?.querySelector('.scenario'), 'the desk did not open', { timeout: 5000 });
  await settle(el);
  return el;
}

/** Scenario n's field (1-based), found by its name. */
export function fieldOf(el: Estimator, n: number, name: string): HTMLInputElement & HTMLSelectElement {
  return inDesk(el, `.scenario:nth-of-type(${n}) [name="${name}"]`);
}

export async function type(el: Estimator, n: number, name: string, value: string): Promise<void> {
  const input = fieldOf(el, n, name);
  input.focus();
  input.select();
  if (value === '') await sendKeys({ press: 'Backspace' });
  else await sendKeys({ type: value });
  await settle(el);
}

export async function choose(el: Estimator, n: number, name: string, value: string): Promise<void> {
  const select = fieldOf(el, n, name);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await settle(el);
}

export async function set(el: Estimator, n: number, name: string, value: string): Promise<void> {
  const input = fieldOf(el, n, name);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle(el);
}

export async function click(el: Estimator, selector: string): Promise<void> {
  inDesk(el, selector).click();
  await settle(el);
}

export function totalOf(el: Estimator, n: number): string {
  return text(inDesk(el, `.scenario:nth-of-type(${n}) [part="total"]`));
}

export function differencesOf(el: Estimator, n: number): string[] {
  return allInDesk(el, `.scenario:nth-of-type(${n}) .differences li`).map(text);
}

/** Opens scenario n's folded part of the plan's terms (its summary's words), as a counselor clicks it. */
export async function unfold(el: Estimator, n: number, summary: string): Promise<void> {
  const part = allInDesk<HTMLDetailsElement>(el, `.scenario:nth-of-type(${n}) details.more-terms`).find((d) => text(d.querySelector('summary')) === summary);
  if (!part) throw new Error(`no folded part "${summary}"`);
  if (!part.open) part.querySelector('summary')!.click();
  await settle(el);
}

/** Scenario 1 as a counselor types it: Aetna in network, 12 weeks x 3 days, the plan's numbers. */
export async function aetnaScenario(el: Estimator): Promise<void> {
  await set(el, 1, 'startDate', START);
  await choose(el, 1, 'payer', 'Aetna');
  await type(el, 1, 'deductible', '1500');
  await type(el, 1, 'coinsurancePercent', '20');
  await type(el, 1, 'oopMax', '4000');
  await unfold(el, 1, 'Out-of-network terms');
  await type(el, 1, 'oonDeductible', '3000');
  await type(el, 1, 'oonCoinsurance', '40');
  await type(el, 1, 'oonOopMax', '8000');
}

export const AETNA_IN: EstimateRequestInput = {
  program: { weeks: 12, hoursPerWeek: 9, startDate: START },
  coverage: {
    planType: 'private', payer: 'Aetna', network: 'in', deductible: '1500', coinsurancePercent: 20, oopMax: '4000',
    outOfNetwork: { deductible: '3000', coinsurancePercent: 40, oopMax: '8000' },
  },
  paymentPlan: {},
};

