// Counselor mode at intake: the record a benefits check produces (kept in files, printed, never in links),
// the paper a patient signs, what a Good Faith Estimate lacks asked before printing, a link for the patient's
// page, and scenarios whose parts line up side by side.
import { afterEach, describe, it } from '../ui/mocha.ts';
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { EXAMPLE_CENTER } from '../../src/core/center/parse-center-config.ts';
import { readFragment, readJson } from '../../src/core/sharing/shared-estimate.ts';
import { START, text, type Estimator } from '../ui/helpers.ts';
import { aetnaScenario, allInDesk, choose, click, counselor, desk, inDesk, set, settle, totalOf, type, unfold } from './desk-helpers.ts';

/** Types into the desk's own field (the patient, the estimate) or a scenario's, found by its id's end. */
async function fill(el: Estimator, idEnd: string, value: string): Promise<void> {
  const input = inDesk<HTMLInputElement | HTMLTextAreaElement>(el, `[id$="${idEnd}"]`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await settle(el);
}

/** The file the desk downloads: its name and text. */
async function download(el: Estimator): Promise<{ name: string; text: string }> {
  let saved: { name: string; text: string } | undefined;
  const realClick = HTMLAnchorElement.prototype.click;
  const realRevoke = URL.revokeObjectURL;
  const pending: Promise<void>[] = [];
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const { download: name, href } = this;
    pending.push(fetch(href).then((r) => r.text()).then((body) => void (saved = { name, text: body })));
  };
  URL.revokeObjectURL = () => undefined;
  try {
    const button = allInDesk(el, '.actions button').find((b) => text(b) === 'Download (.json)');
    button!.click();
    await Promise.all(pending);
  } finally {
    HTMLAnchorElement.prototype.click = realClick;
    URL.revokeObjectURL = realRevoke;
  }
  if (!saved) throw new Error('nothing downloaded');
  return saved;
}

async function load(el: Estimator, name: string, body: string): Promise<void> {
  const input = inDesk<HTMLInputElement>(el, 'input[type="file"]');
  const files = new DataTransfer();
  files.items.add(new File([body], name, { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change'));
  await waitUntil(() => text(desk(el).querySelector('.notice')).includes(name), 'no notice', { timeout: 3000 });
  await settle(el);
}

const PATIENT = { 'record-name': 'Ana Ruiz', 'record-birthDate': '1988-04-09', 'record-phone': '614-555-0199', 'record-address': '12 Elm St, Columbus, OH 43215', 'record-account': 'A-20931' };
const ESTIMATE = { 'record-estimateNumber': 'E-2026-0412', 'record-validUntil': '2027-01-04', 'record-counselorName': 'Dana Lee', 'record-counselorPhone': '555-0100 x12' };
const BENEFITS = {
  insurer: 'Cigna', memberId: 'U1234567 01', groupNumber: '3340021', subscriber: 'Luis Ruiz (spouse)', verifiedOn: '2026-12-03',
  representative: 'Maria at Cigna', callReference: 'REF-88231', priorAuthorizationNumber: 'PA-55120', notes: 'Auth pending, call back Tuesday',
};

describe('counselor mode: the intake record', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    history.replaceState(null, '', `${location.pathname}${location.search}`);
  });

  it('round-trips through a file with the scenarios’ names and diagnosis codes, prints, and stays out of links', async () => {
    const el = await counselor();
    await aetnaScenario(el);
    for (const [id, value] of Object.entries({ ...PATIENT, ...ESTIMATE })) await fill(el, id, value);
    await set(el, 1, 'scenarioName', 'Cigna PPO (Aetna rates)');
    await click(el, '.scenario:nth-of-type(1) details.benefits > summary');
    for (const [name, value] of Object.entries(BENEFITS)) await fill(el, `s1-record-${name}`, value);
    await click(el, 'button.add');
    await choose(el, 2, 'planType', 'uninsured');
    const box = inDesk<HTMLDetailsElement>(el, '.scenario:nth-of-type(2) .gfe-box');
    box.open = true;
    await type(el, 2, 'diagnosisCodes', 'F10.20, F32.1');

    const saved = await download(el);
    const read = readJson(saved.text);
    if (!read.ok) throw new Error(read.message);
    expect(read.shared.patient).to.deep.equal({ name: 'Ana Ruiz', birthDate: '1988-04-09', phone: '614-555-0199', address: '12 Elm St, Columbus, OH 43215', account: 'A-20931' });
    expect(read.shared.intake).to.deep.equal({ estimateNumber: 'E-2026-0412', validUntil: '2027-01-04', counselor: { name: 'Dana Lee', phone: '555-0100 x12' } });
    expect(read.shared.about).to.deep.equal([{ name: 'Cigna PPO (Aetna rates)', benefits: BENEFITS }, { diagnosisCodes: ['F10.20', 'F32.1'] }]);

    // Loaded into a fresh desk: every field as typed, the same totals.
    const fresh = await counselor();
    await load(fresh, 'ana.json', saved.text);
    expect([totalOf(fresh, 1), totalOf(fresh, 2)]).to.deep.equal(['$4,000.00', '$12,600.00']);
    for (const [id, value] of Object.entries({ ...PATIENT, ...ESTIMATE })) expect(inDesk<HTMLInputElement>(fresh, `[id$="${id}"]`).value, id).to.equal(value);
    for (const [name, value] of Object.entries(BENEFITS)) expect(inDesk<HTMLInputElement>(fresh, `[id$="s1-record-${name}"]`).value, name).to.equal(value);
    expect(inDesk<HTMLDetailsElement>(fresh, '.scenario:nth-of-type(1) details.benefits').open, 'a filled benefits check opens').to.equal(true);
    expect(text(inDesk(fresh, '.scenario:nth-of-type(1) h3'))).to.equal('Scenario 1: Cigna PPO (Aetna rates)');
    expect(inDesk<HTMLInputElement>(fresh, '.scenario:nth-of-type(2) [name="diagnosisCodes"]').value).to.equal('F10.20, F32.1');

    // On paper: the letterhead holds the record, the scenario its benefits check.
    await emulateMedia({ media: 'print' });
    await settle(fresh);
    const letterhead = text(inDesk(fresh, '.letterhead'));
    for (const part of ['Patient name: Ana Ruiz', 'Date of birth: Apr 9, 1988', 'Patient phone: 614-555-0199', 'Account number: A-20931', 'Estimate number: E-2026-0412', 'Valid until: Jan 4, 2027', 'Counselor: Dana Lee']) {
      expect(letterhead).to.contain(part);
    }
    const printed = inDesk(fresh, '.scenario:nth-of-type(1) .benefits-printed');
    expect(getComputedStyle(printed).display).to.not.equal('none');
    const lines = allInDesk(fresh, '.scenario:nth-of-type(1) .benefits-printed dl > div').map(text);
    expect(lines).to.deep.equal([
      'Insurer: Cigna', 'Member ID: U1234567 01', 'Group number: 3340021', 'Subscriber (policy holder): Luis Ruiz (spouse)', 'Benefits verified on: Dec 3, 2026',
      'Payer representative: Maria at Cigna', 'Call reference: REF-88231', 'Authorization number: PA-55120', 'Notes: Auth pending, call back Tuesday',
    ]);
    expect(allInDesk(fresh, '.scenario:nth-of-type(2) .benefits-printed'), 'none for self-pay').to.deep.equal([]);
    await emulateMedia({ media: 'screen' });

    // A link from the loaded desk: none of it, the household box ticked or not.
    for (const tick of [false, true]) {
      if (tick) await click(fresh, 'input[id$="-household"]');
      allInDesk(fresh, '.actions button').find((b) => text(b) === 'Copy link')!.click();
      await waitUntil(() => desk(fresh).querySelector<HTMLInputElement>('input[id$="-link"]')?.value, 'no link', { timeout: 3000 });
      const link = readFragment(new URL(inDesk<HTMLInputElement>(fresh, 'input[id$="-link"]').value).hash);
      if (!link?.ok) throw new Error('the link does not read');
      expect(link.shared.about).to.deep.equal([{ name: 'Cigna PPO (Aetna rates)' }, {}]);
      expect(JSON.stringify(link.shared)).to.not.match(/Ana|1988|614-555|Elm|A-20931|E-2026|Dana|U1234567|3340021|Luis|REF-88231|PA-55120|Tuesday|F10|F32|patient|intake|benefits/);
    }
    await expect(fresh).to.be.accessible();
  });

  it('ends the paper with the patient’s acknowledgment and the counselor’s signature, dated; page 1 is the comparison and the signatures', async () => {
    const el = await counselor();
    await aetnaScenario(el);
    await fill(el, 'record-counselorName', 'Dana Lee');
    await click(el, 'button.add');
    const signatures = inDesk(el, '.signatures');
    expect(getComputedStyle(signatures).display, 'not on screen').to.equal('none');
    await emulateMedia({ media: 'print' });
    await settle(el);
    expect(getComputedStyle(signatures).display).to.equal('block');
    expect(text(signatures.querySelector('p'))).to.match(/^I received this estimate\. I understand that it is not a bill or a promise of coverage/);
    expect(allInDesk(el, '.signatures .sign-line').map(text)).to.deep.equal(['Patient or responsible party Date', 'Financial counselor: Dana Lee Date']);
    // In the desk's order on paper: the comparison, then what an estimate is not and the signatures, then the scenarios.
    const order = (selector: string) => Number(getComputedStyle(inDesk(el, selector)).order);
    expect([order('table.side-by-side'), order('.desk > .limits'), order('.desk > .signatures'), order('.desk > .scenarios')]).to.deep.equal([0, 1, 1, 2]);
    expect(getComputedStyle(signatures).breakInside).to.equal('avoid');
  });
});

describe('counselor mode: asked before a Good Faith Estimate prints', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('asks about a blank name and birth date and a first day the center does not start people; prints only when told to', async () => {
    const el = await counselor({ ...(EXAMPLE_CENTER as object), startDays: ['monday'] });
    await choose(el, 1, 'planType', 'uninsured');
    // December 12, 2026 is a Saturday.
    await set(el, 1, 'startDate', '2026-12-12');
    let printed = 0;
    const realPrint = window.print;
    window.print = () => void printed++;
    try {
      const print = () => click(el, '.actions button:first-of-type');
      await print();
      const dialog = inDesk<HTMLDialogElement>(el, 'dialog.print-questions');
      expect(dialog.open).to.equal(true);
      expect(text(dialog.querySelector('h3'))).to.equal('Before printing a Good Faith Estimate');
      expect([...dialog.querySelectorAll('li')].map(text)).to.deep.equal([
        'has no patient name;',
        'has no date of birth;',
        'has Self-pay starting on Saturday, Dec 12, 2026, a day the center does not start new patients;',
      ]);
      expect(desk(el).activeElement, 'focus on "Go back"').to.equal(dialog.querySelector('.go-back'));
      await expect(el).to.be.accessible();
      await click(el, 'dialog .go-back');
      expect([dialog.open, printed]).to.deep.equal([false, 0]);

      await fill(el, 'record-name', 'Ana Ruiz');
      await fill(el, 'record-birthDate', '1988-04-09');
      await print();
      expect([...dialog.querySelectorAll('li')].map(text)).to.deep.equal(['has Self-pay starting on Saturday, Dec 12, 2026, a day the center does not start new patients;']);
      await click(el, 'dialog .print-anyway');
      expect([dialog.open, printed]).to.deep.equal([false, 1]);

      // A Monday: nothing to ask, it prints at once.
      await set(el, 1, 'startDate', '2026-12-14');
      await print();
      expect([dialog.open, printed]).to.deep.equal([false, 2]);

      // An insured scenario has no Good Faith Estimate: nothing asked, whatever is blank.
      await fill(el, 'record-name', '');
      await choose(el, 1, 'planType', 'private');
      await set(el, 1, 'startDate', '2026-12-12');
      await print();
      expect([dialog.open, printed]).to.deep.equal([false, 3]);
    } finally {
      window.print = realPrint;
    }
  });
});

describe('counselor mode: a link for the patient', () => {
  afterEach(() => history.replaceState(null, '', `${location.pathname}${location.search}`));

  it('opens the center’s page for patients (patientUrl) with every scenario', async () => {
    const el = await counselor({ ...(EXAMPLE_CENTER as object), patientUrl: 'https://center.example/cost' });
    await aetnaScenario(el);
    await click(el, 'button.add');
    await choose(el, 2, 'network', 'out');
    allInDesk(el, '.actions button').find((b) => text(b) === 'Copy link for the patient')!.click();
    await waitUntil(() => desk(el).querySelector<HTMLInputElement>('input[id$="-link"]')?.value, 'no link', { timeout: 3000 });
    const input = inDesk<HTMLInputElement>(el, 'input[id$="-link"]');
    expect(text(input.labels![0]!)).to.equal('Link for the patient');
    const url = new URL(input.value);
    expect(`${url.origin}${url.pathname}`).to.equal('https://center.example/cost');
    const read = readFragment(url.hash);
    if (!read?.ok) throw new Error('the link does not read');
    expect(read.shared.scenarios).to.have.length(2);
  });

  it('is not offered without a patientUrl', async () => {
    const el = await counselor();
    expect(allInDesk(el, '.actions button').map(text)).to.deep.equal(['Print / Save as PDF', 'Copy link', 'Download (.json)']);
  });
});

describe('counselor mode: side by side at a desk', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('folds the terms a scenario does not use, and lines up each part of three scenarios', async () => {
    await setViewport({ width: 1440, height: 900 });
    const el = await counselor();
    const shown = (n: number) => allInDesk<HTMLInputElement>(el, `.scenario:nth-of-type(${n}) .scenario-form :is(input, select)`).filter((c) => c.checkVisibility()).length;
    const inNetworkControls = shown(1);
    // Open: coverage (plan, self-pay, payer, network, covered out of network, authorization: 6), program (track,
    // weeks, hours, days, start: 5), the in-network terms (6 and a box: 7), household (3), payment (4 and a box: 5):
    // 26, where all 49 showed before.
    expect(inNetworkControls).to.equal(26);
    await unfold(el, 1, 'Out-of-network terms');
    expect(shown(1)).to.be.greaterThan(inNetworkControls);
    await aetnaScenario(el);
    await click(el, 'button.add');
    await choose(el, 2, 'network', 'out');
    await click(el, 'button.add');
    await choose(el, 3, 'planType', 'uninsured');
    // Scenario 2 is out of network: its out-of-network terms open, its in-network ones folded with what they hold.
    expect(allInDesk<HTMLDetailsElement>(el, '.scenario:nth-of-type(2) details.more-terms').map((d) => `${text(d.querySelector('summary'))} ${d.open}`)).to.deep.equal([
      'In-network terms true', 'Family limits, in network false', 'Family limits, out of network false', 'Plan year, day limits and authorization false',
    ]);
    const columns = allInDesk(el, '.scenario');
    const tops = (part: number) => columns.map((c) => Math.round((c.children[part] as HTMLElement).getBoundingClientRect().top));
    const lefts = columns.map((c) => Math.round(c.getBoundingClientRect().left));
    expect(new Set(lefts).size, 'three columns').to.equal(3);
    // The total, the inputs, the breakdown, the payment plan and the weeks start at the same height in every column.
    for (const part of [1, 2, 4, 6, 7]) expect(new Set(tops(part)).size, `part ${part}`).to.equal(1);
    expect(totalOf(el, 3)).to.equal('$12,600.00');
  });
});

describe('counselor mode: the record in Spanish', () => {
  it('labels the record, the warning and the signatures in Spanish', async () => {
    await import('../../src/translations/es.ts');
    const el = await counselor();
    el.setAttribute('language', 'es');
    await settle(el);
    await waitUntil(() => text(desk(el).querySelector('h2')) === 'Estimado para un paciente', 'not in Spanish', { timeout: 3000 });
    expect(text(inDesk(el, 'label[for$="-record-account"]'))).to.equal('Número de cuenta');
    expect(text(inDesk(el, '.scenario:nth-of-type(1) details.benefits > summary'))).to.equal('Verificación de beneficios');
    expect(text(inDesk(el, 'label[for$="-household"]'))).to.equal('Poner el tamaño del hogar, el ingreso y el estado en los enlaces');
    expect(text(inDesk(el, '.signatures .sign-line'))).to.equal('Paciente o persona responsable Fecha');
    await set(el, 1, 'startDate', START);
    await expect(el).to.be.accessible();
  });
});

describe('counselor mode: a program track priced apart (issue 21)', () => {
  it('prices the track chosen at its own rates, and its Good Faith Estimate too', async () => {
    const example = EXAMPLE_CENTER as { programs: Record<string, unknown>[] } & Record<string, unknown>;
    const center = { ...example, programs: [{ ...example.programs[0], rates: { chargePerUnit: '700.00', selfPayPerUnit: '300.00' } }, ...example.programs.slice(1)] };
    const el = await counselor(center);
    await choose(el, 1, 'planType', 'uninsured');
    await set(el, 1, 'startDate', START);
    const program = inDesk<HTMLSelectElement>(el, '.scenario:nth-of-type(1) select[id$="-program"]');
    program.value = '0';
    program.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await settle(el);
    // The Day IOP track: 12 weeks x 3 days = 36 days at the track's $300.00; the center's would be $350.00.
    expect(totalOf(el, 1)).to.equal('$10,800.00');
    const box = inDesk<HTMLDetailsElement>(el, '.scenario:nth-of-type(1) .gfe-box');
    box.open = true;
    await settle(el);
    const gfe = text(box);
    expect(gfe).to.contain('Day IOP: 3 days a week, 3 hours a day');
    expect(gfe).to.match(/\$300\.00\s*\$10,800\.00/);
    expect(gfe).to.not.contain('$350.00');
  });
});
