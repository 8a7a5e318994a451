import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { estimate, parseRequest } from '../core/estimate.ts';
import { goodFaithEstimate } from '../core/documents/good-faith-estimate.ts';
import { usesSelfPay } from '../core/coverage/context.ts';
import type { CenterConfig } from '../core/center/center-config.ts';
import type { EstimateRequest, EstimateResult } from '../core/schemas.ts';
import Decimal from 'decimal.js';
import { FILE_TOO_LARGE, forLink, MAX_FILE_BYTES, MAX_SCENARIOS, readJson, toFragment, toJson, type SharedEstimate } from '../core/sharing/shared-estimate.ts';
import { renderBreakdown } from '../ui/breakdown.ts';
import { breakdownStyles } from '../ui/breakdown.styles.ts';
import { formatDate, formatMoney, localToday } from '../ui/format.ts';
import { formStyles } from '../ui/form.styles.ts';
import { fromRequest } from '../ui/form-from-request.ts';
import { formField, hasNetworks, householdComplete, initialState, toRequest, type FieldName, type FormState } from '../ui/form-state.ts';
import type { FieldMessage, FormView } from '../ui/form.ts';
import { messagesFor, type Messages } from '../ui/messages.ts';
import { renderNotes } from '../ui/notes.ts';
import { notesStyles } from '../ui/notes.styles.ts';
import { renderPaymentPlan } from '../ui/payment-plan.ts';
import { renderSummary } from '../ui/summary.ts';
import { summaryStyles } from '../ui/summary.styles.ts';
import { tableStyles } from '../ui/table.styles.ts';
import { comparisonStyles } from '../ui/comparison.styles.ts';
import { waysToPayStyles } from '../ui/ways-to-pay.styles.ts';
import { counselorMessages, deskWords, type CounselorMessages } from './counselor-messages.ts';
import { deskStyles } from './counselor-desk.styles.ts';
import { differences, type Compared } from './differences.ts';
import { renderComparisonTable } from './comparison-table.ts';
import { renderAssumptions } from './assumptions.ts';
import { renderGoodFaithEstimate } from './good-faith-estimate-view.ts';
import { gfeStyles } from './good-faith-estimate.styles.ts';
import { renderScenarioForm } from './scenario-form.ts';
import { correctedFields } from '../ui/corrected-fields.ts';
import {
  benefitsForFile, benefitsFromFile, emptyBenefits, recordForFile, recordFromFile, renderBenefitsFields, renderPrintedBenefits, renderPrintedRecord,
  renderRecordFields, renderSignatures, type BenefitsRecord, type EstimateRecord, type PatientRecord,
} from './intake-record.ts';
import { gfePrintQuestions } from './print-questions.ts';
// The words of a person's answer, which the first screen does not carry.
import '../ui/answer-words.ts';

interface Scenario {
  /** The counselor's name for it; empty: a name made from its coverage. */
  name: string;
  form: FormState;
  /** ICD-10 codes for the Good Faith Estimate, when known, as typed ("F10.20, F32.1"). */
  diagnosisCodes: string;
  /** What the benefits check found (intake-record.ts). */
  benefits: BenefitsRecord;
  /** Opened from a link that left out the household its sliding-scale price needs: said on its card until typed. */
  householdLeftOut: boolean;
}

type Outcome = { ok: true; request: EstimateRequest; result: EstimateResult } | { ok: false; errors: Partial<Record<FieldName, FieldMessage>> };

let desks = 0;

/**
 * The financial counselor's desk: `<iop-cost-estimator mode="counselor">` shows it in place of the patient's
 * questions. Up to three scenarios side by side, each with every benefit field, its total, breakdown and
 * payment plan, and the differences between them in words; a printed estimate; links and files.
 */
export class CounselorDesk extends LitElement {
  static override styles = [formStyles, summaryStyles, breakdownStyles, tableStyles, comparisonStyles, notesStyles, gfeStyles, waysToPayStyles, deskStyles];

  static override properties = {
    center: { attribute: false },
    shared: { attribute: false },
    language: {},
    scenarios: { state: true },
    patient: { state: true },
    record: { state: true },
    includeHousehold: { state: true },
    printQuestions: { state: true },
    notice: { state: true },
    link: { state: true },
    linkForPatient: { state: true },
    ways: { state: true },
    printWhat: { state: true },
    removed: { state: true },
  };

  /** The center's parsed configuration (from the widget). */
  center!: CenterConfig;

  /** An estimate opened from a link or file, to start from. */
  shared: SharedEstimate | null = null;

  /** The widget's language ("en", "es"). */
  language = 'en';

  private scenarios: Scenario[] = [];
  private patient: PatientRecord = recordFromFile(null).patient;
  /** The estimate's number, "valid until" date and counselor. */
  private record: EstimateRecord = recordFromFile(null).estimate;
  private includeHousehold = false;
  /** What a Good Faith Estimate about to print lacks, asked of the counselor before printing (print-questions.ts). */
  private printQuestions: string[] = [];
  private notice = '';
  private link = '';
  /** Whether the link shown opens the center's page for patients. */
  private linkForPatient = false;
  /** What prints: everything, one scenario ("scenario-2"), or one scenario's Good Faith Estimate ("gfe-2"). */
  private printWhat = 'all';
  /** The scenario last removed, which Undo puts back (until another change to the scenarios' list). */
  private removed: { index: number; scenario: Scenario; name: string } | null = null;

  readonly #uid = `desk${++desks}`;
  #outcomes: Outcome[] = [];
  /** Other ways to pay, as the patient sees them: loaded for a scenario paying itself, or a center with assistance. */
  private ways: typeof import('../ui/ways-to-pay-view.ts') | null = null;
  #waysLoading: Promise<unknown> | null = null;
  /** Folded parts (figures used) are unfolded for printing, then folded back. */
  #foldedForPrint: HTMLDetailsElement[] = [];
  readonly #beforePrint = () => {
    this.#foldedForPrint = [...this.renderRoot.querySelectorAll('details')].filter((d) => !d.open);
    for (const details of this.#foldedForPrint) details.open = true;
  };
  readonly #afterPrint = () => {
    for (const details of this.#foldedForPrint) details.open = false;
    this.#foldedForPrint = [];
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.#beforePrint);
    window.addEventListener('afterprint', this.#afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.#beforePrint);
    window.removeEventListener('afterprint', this.#afterPrint);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('shared') || this.scenarios.length === 0) this.#open(this.shared);
    this.#outcomes = this.scenarios.map((scenario) => this.#estimate(scenario.form));
    if (this.center.assistance || this.#outcomes.some((o) => o.ok && o.request.coverage.planType === 'uninsured')) {
      this.#waysLoading ??= import('../ui/ways-to-pay-view.ts').then((module) => (this.ways = module));
    }
  }

  /** Settled once other ways to pay, when needed, are drawn too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let settled = await super.getUpdateComplete();
    if (this.#waysLoading && !this.ways) {
      await this.#waysLoading;
      settled = await super.getUpdateComplete();
    }
    return settled;
  }

  /** Starts from a shared estimate's scenarios (or its one request), else from one empty scenario. */
  #open(shared: SharedEstimate | null): void {
    this.removed = null;
    const today = localToday();
    const requests = shared ? (shared.scenarios ?? [shared.request]) : [];
    this.scenarios = requests.length
      ? requests.map((request, i) => {
          const about = shared?.about?.[i];
          return {
            name: about?.name ?? '',
            form: { ...fromRequest(request, this.center, today), knowsPlan: true },
            diagnosisCodes: about?.diagnosisCodes?.join(', ') ?? '',
            benefits: benefitsFromFile(about?.benefits),
            householdLeftOut: about?.householdLeftOut === true,
          };
        })
      : [{ name: '', form: { ...initialState(today), planType: 'private', knowsPlan: true }, diagnosisCodes: '', benefits: emptyBenefits(), householdLeftOut: false }];
    ({ patient: this.patient, estimate: this.record } = recordFromFile(shared));
  }

  #estimate(form: FormState): Outcome {
    const request = toRequest(form);
    const outcome = estimate(request, this.center);
    if (outcome.ok) return { ok: true, request: request as EstimateRequest, result: outcome.result };
    const errors: Partial<Record<FieldName, FieldMessage>> = {};
    const t = this.#t;
    for (const error of outcome.errors) {
      const field = formField(error.field);
      if (!field || errors[field]) continue;
      const translated = error.message === 'is required' ? t.errors.required : t.fieldErrors[error.message];
      errors[field] = translated ? { text: translated } : { text: `${error.message.charAt(0).toUpperCase()}${error.message.slice(1)}.`, ...(this.#english ? {} : { lang: 'en' }) };
    }
    return { ok: false, errors };
  }

  /** The widget's words, those that speak as the patient said of the patient (counselor-messages.ts). */
  get #t(): Messages {
    return deskWords(messagesFor(this.language), this.language);
  }

  get #c(): CounselorMessages {
    return counselorMessages(this.language);
  }

  get #english(): boolean {
    return this.language.toLowerCase().startsWith('en');
  }

  /** The name a scenario is known by: the counselor's, else its coverage in a few words. */
  #nameOf(index: number): string {
    const { name, form } = this.scenarios[index]!;
    if (name.trim()) return name.trim();
    const c = this.#c;
    const plan = form.planType ? c.shortPlan[form.planType] : '';
    if (form.planType === 'uninsured') return plan;
    if (form.selfPay) return `${plan}, ${c.asSelfPay}`;
    return hasNetworks(form) ? `${plan}, ${form.network === 'in' ? c.inNetwork : c.outOfNetwork}` : plan;
  }

  #update(index: number, change: Partial<FormState>): void {
    this.scenarios = this.scenarios.map((scenario, i) => {
      if (i !== index) return scenario;
      // Days per week come with a program track's hours: new hours, and the days follow from them again.
      const daysPerWeek = 'hoursPerWeek' in change && !('daysPerWeek' in change) ? '' : scenario.form.daysPerWeek;
      return { ...scenario, form: { ...scenario.form, daysPerWeek, ...change } };
    });
    this.link = '';
  }

  #add(): void {
    this.removed = null;
    const last = this.scenarios[this.scenarios.length - 1]!;
    this.scenarios = [...this.scenarios, { ...last, name: '', form: { ...last.form } }];
  }

  #remove(index: number): void {
    this.removed = { index, scenario: this.scenarios[index]!, name: this.#nameOf(index) };
    this.scenarios = this.scenarios.filter((_, i) => i !== index);
  }

  /** The scenario last removed, back in its place. */
  #undoRemove(): void {
    if (!this.removed || this.scenarios.length >= MAX_SCENARIOS) return;
    const { index, scenario } = this.removed;
    this.scenarios = [...this.scenarios.slice(0, index), scenario, ...this.scenarios.slice(index)];
    this.removed = null;
  }

  /** The whole estimate, as a file keeps it: every scenario with its name, codes and benefits check, and the intake record. */
  #savedEstimate(): SharedEstimate | null {
    if (!this.#outcomes.every((o) => o.ok)) return null;
    const requests = this.#outcomes.map((o) => (o as { request: EstimateRequest }).request);
    const about = this.scenarios.map(({ name, diagnosisCodes, benefits, form }) => {
      const codes = diagnosisCodes.split(/[\s,;]+/).filter(Boolean);
      // A benefits check belongs to a plan: a self-pay scenario's (left from the copy it began as) is not kept.
      const check = form.planType === 'uninsured' ? undefined : benefitsForFile(benefits);
      return { ...(name.trim() ? { name: name.trim() } : {}), ...(codes.length ? { diagnosisCodes: codes } : {}), ...(check ? { benefits: check } : {}) };
    });
    return {
      v: 1,
      request: requests[0]!,
      ...(requests.length > 1 ? { scenarios: requests } : {}),
      ...recordForFile(this.patient, this.record),
      ...(about.some((a) => Object.keys(a).length) ? { about } : {}),
    };
  }

  /** What a link carries (shared-estimate.ts, forLink): the household only when ticked; a scenario whose discount needs it says so. */
  #linkEstimate(): SharedEstimate | null {
    const saved = this.#savedEstimate();
    const householdPriced = this.#outcomes.map((o) => o.ok && new Decimal(o.result.patient.slidingScaleDiscount).gt(0));
    return saved && forLink(saved, { household: this.includeHousehold, householdPriced });
  }

  /** Copies a link to this page, or to the center's page for patients (`patientUrl`). */
  async #copyLink(base = window.location.href): Promise<void> {
    const shared = this.#linkEstimate();
    if (!shared) {
      this.notice = this.#c.fixErrors;
      return;
    }
    const url = new URL(base, window.location.href);
    url.hash = toFragment(shared);
    this.link = url.href;
    this.linkForPatient = base !== window.location.href;
    try {
      await navigator.clipboard.writeText(this.link);
      this.notice = this.#c.linkCopied;
    } catch {
      this.notice = this.#c.linkNotCopied;
    }
  }

  #download(): void {
    const shared = this.#savedEstimate();
    if (!shared) {
      this.notice = this.#c.fixErrors;
      return;
    }
    const file = URL.createObjectURL(new Blob([toJson(shared)], { type: 'application/json' }));
    const anchor = Object.assign(document.createElement('a'), { href: file, download: `estimate-${localToday()}.json` });
    anchor.click();
    URL.revokeObjectURL(file);
    this.notice = this.#c.downloaded;
  }

  async #load(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    // Its size first: a file of 100 MB read as text would freeze the counselor's tab.
    const read = file.size > MAX_FILE_BYTES ? ({ ok: false, message: FILE_TOO_LARGE } as const) : readJson(await file.text());
    input.value = '';
    if (!read.ok) {
      this.notice = this.#c.loadFailed(file.name, read.message);
      return;
    }
    this.#open(read.shared);
    this.link = '';
    this.notice = this.#c.loaded(file.name);
  }

  /** The language of the center's own words, where it is not the desk's (to mark them for screen readers). */
  get #centerLang(): string | undefined {
    const centerLanguage = this.center.language ?? 'en';
    return centerLanguage.split('-')[0] === this.language.split('-')[0] ? undefined : centerLanguage;
  }

  #view(index: number, errors: Partial<Record<FieldName, FieldMessage>>): FormView {
    const form = this.scenarios[index]!.form;
    return {
      id: `${this.#uid}-s${index + 1}`,
      state: form,
      center: this.center,
      errors,
      t: this.#t,
      centerLang: this.#centerLang,
      set: (field, value) => this.#update(index, { [field]: value }),
      choosePayer: (payer) => {
        const listed = this.center.inNetworkPayers?.some((p) => p.toLowerCase() === payer.toLowerCase()) ?? false;
        this.#update(index, { payer, network: payer ? (listed ? 'in' : 'out') : form.network });
      },
      chooseProgram: (track) => {
        const p = this.center.programs?.[Number(track)];
        this.#update(index, p ? { track, weeks: String(p.weeks), hoursPerWeek: String(p.hoursPerWeek), daysPerWeek: p.daysPerWeek ? String(p.daysPerWeek) : '' } : { track: '' });
      },
    };
  }

  #renderHeader(c: CounselorMessages): TemplateResult {
    const center = this.center;
    const address = center.address;
    return html`
      <header class="letterhead">
        <p class="center-name">${center.name}</p>
        ${address ? html`<p>${address.street}, ${address.city}, ${address.state} ${address.postalCode}</p>` : nothing}
        <p>
          ${center.contact?.phone ? html`<span>${center.contact.phone}</span>` : nothing}
          ${center.npi ? html`<span>${c.npi} ${center.npi}</span>` : nothing} ${center.tin ? html`<span>${c.tin} ${center.tin}</span>` : nothing}
        </p>
        <p>${c.preparedOn(formatDate(localToday(), this.language))}</p>
        ${renderPrintedRecord(this.patient, this.record, c, this.language)}
      </header>
    `;
  }

  #renderRecord(c: CounselorMessages): TemplateResult {
    return renderRecordFields(
      `${this.#uid}-record`,
      this.patient,
      this.record,
      c,
      (name, value) => (this.patient = { ...this.patient, [name]: value }),
      (name, value) => (this.record = { ...this.record, [name]: value }),
    );
  }

  #renderActions(c: CounselorMessages, choices: [string, string][]): TemplateResult {
    const id = this.#uid;
    return html`
      <section class="actions screen-only" aria-label=${c.actionsLabel}>
        <div class="field">
          <label for="${id}-print-what">${c.printWhat}</label>
          <select id="${id}-print-what" name="printWhat" @change=${(e: Event) => (this.printWhat = (e.target as HTMLSelectElement).value)}>
            ${choices.map(([value, label]) => html`<option value=${value} ?selected=${value === this.printWhat}>${label}</option>`)}
          </select>
        </div>
        <button type="button" class="primary" @click=${() => this.#print()}>${c.print}</button>
        <button type="button" @click=${() => this.#copyLink()}>${c.copyLink}</button>
        ${this.center.patientUrl ? html`<button type="button" @click=${() => this.#copyLink(this.center.patientUrl)}>${c.copyPatientLink}</button>` : nothing}
        <button type="button" aria-describedby="${id}-file-note" @click=${() => this.#download()}>${c.download}</button>
        <label class="file"><span>${c.load}</span><input type="file" accept=".json,application/json" @change=${(e: Event) => this.#load(e)} /></label>
        <p class="help" id="${id}-file-note">${c.fileKeepsAll}</p>
        <div class="field checkbox">
          <input type="checkbox" id="${id}-household" aria-describedby="${id}-household-warning" .checked=${this.includeHousehold}
            @change=${(e: Event) => ((this.includeHousehold = (e.target as HTMLInputElement).checked), (this.link = ''))} />
          <label for="${id}-household">${c.includeHousehold}</label>
          <p class="warning" id="${id}-household-warning">${c.householdWarning}</p>
        </div>
        ${this.link
          ? html`<div class="field">
              <label for="${id}-link">${this.linkForPatient ? c.patientLinkLabel : c.linkLabel}</label>
              <input id="${id}-link" type="text" readonly .value=${this.link} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
            </div>`
          : nothing}
        <p class="notice" role="status">${this.notice}</p>
      </section>
    `;
  }

  /** Everything; each scenario; each self-pay scenario's Good Faith Estimate alone. */
  #printChoices(c: CounselorMessages): [string, string][] {
    const names = this.scenarios.map((_, i) => this.#nameOf(i));
    return [
      ['all', c.printAll],
      ...(names.length > 1 ? names.map((name, i): [string, string] => [`scenario-${i + 1}`, `${c.scenario(i + 1)}: ${name}`]) : []),
      ...this.#outcomes.flatMap((outcome, i): [string, string][] => (outcome.ok && usesSelfPay(outcome.request) ? [[`gfe-${i + 1}`, c.printGfe(names[i]!)]] : [])),
    ];
  }

  /** What is chosen to print, a choice no longer offered falling back to everything. */
  #printChoice(choices = this.#printChoices(this.#c)): string {
    return choices.some(([value]) => value === this.printWhat) ? this.printWhat : 'all';
  }

  /** The scenarios whose Good Faith Estimate prints with the choice made: every self-pay one, or the one chosen. */
  #printedEstimates(): { name: string; startDate: string }[] {
    const [kind, n] = this.#printChoice().split('-');
    return this.#outcomes.flatMap((outcome, i) =>
      outcome.ok && usesSelfPay(outcome.request) && (kind === 'all' || Number(n) === i + 1)
        ? [{ name: this.#nameOf(i), startDate: outcome.request.program.startDate ?? '' }]
        : [],
    );
  }

  /** Prints, once the counselor has answered for what a Good Faith Estimate lacks. */
  async #print(): Promise<void> {
    this.printQuestions = gfePrintQuestions(this.#printedEstimates(), this.patient, this.center, this.#c, this.language);
    if (!this.printQuestions.length) return window.print();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLDialogElement>('dialog.print-questions')?.showModal();
  }

  #renderPrintQuestions(c: CounselorMessages): TemplateResult {
    const id = `${this.#uid}-print-questions`;
    const close = (print: boolean) => {
      this.renderRoot.querySelector<HTMLDialogElement>('dialog.print-questions')?.close();
      if (print) window.print();
    };
    return html`
      <dialog class="print-questions screen-only" aria-labelledby="${id}-title" aria-describedby="${id}-intro">
        <h3 id="${id}-title">${c.printCheckTitle}</h3>
        <p id="${id}-intro">${c.printCheckIntro}</p>
        <ul>${this.printQuestions.map((question) => html`<li>${question}</li>`)}</ul>
        <div class="dialog-actions">
          <button type="button" class="go-back" autofocus @click=${() => close(false)}>${c.goBack}</button>
          <button type="button" class="print-anyway" @click=${() => close(true)}>${c.printAnyway}</button>
        </div>
      </dialog>
    `;
  }

  /** The desk's class for what prints ("print-all", "print-one print-2", "print-gfe print-2"). */
  #printClass(choice: string): string {
    const [kind, n] = choice.split('-');
    return kind === 'scenario' ? `print-one print-${n}` : kind === 'gfe' ? `print-gfe print-${n}` : 'print-all';
  }

  /**
   * One scenario's card, always the same ten parts in the same order (empty when they do not apply), so that
   * side by side each part lines up with the same part of the other scenarios (a grid's subgrid rows,
   * counselor-desk.styles.ts). The parts are written without spaces inside, so that an empty one is :empty.
   */
  #renderScenario(index: number, compared: readonly Compared[], c: CounselorMessages, t: Messages): TemplateResult {
    const outcome = this.#outcomes[index]!;
    const scenario = this.scenarios[index]!;
    const name = compared[index]!.name;
    const idPrefix = `${this.#uid}-s${index + 1}-`;
    const headingId = `${idPrefix}heading`;
    const lang = this.language;
    const result = outcome.ok ? outcome.result : null;
    const insured = scenario.form.planType !== 'uninsured';
    const setScenario = (change: Partial<Scenario>) => (this.scenarios = this.scenarios.map((s, i) => (i === index ? { ...s, ...change } : s)));
    const insurer = scenario.form.payer || (scenario.form.planType ? c.shortPlan[scenario.form.planType] : '');
    return html`
      <section class="scenario" aria-labelledby=${headingId}>
        <div class="scenario-head">
          <h3 id=${headingId}>${c.scenario(index + 1)}: ${name}</h3>
          <div class="field screen-only">
            <label for="${idPrefix}name">${c.scenarioName}</label>
            <input id="${idPrefix}name" name="scenarioName" type="text" .value=${scenario.name} placeholder=${name}
              @input=${(e: Event) => setScenario({ name: (e.target as HTMLInputElement).value })} />
          </div>
          ${this.scenarios.length > 1 ? html`<button type="button" class="remove screen-only" @click=${() => this.#remove(index)}>${c.removeScenario(name)}</button>` : nothing}
        </div>
        <div class="part">${scenario.householdLeftOut && !householdComplete(scenario.form)
          ? html`<p class="note household-left-out" role="status">${c.householdLeftOut}</p>`
          : nothing}${outcome.ok ? nothing : html`<p class="error" role="alert">${c.fixErrors}</p>`}${result
          ? html`<div class="result">
              ${renderSummary(result, t, lang, result.weekly.length)}
              <ul class="differences">${differences(compared[index]!, compared, c, lang).map((line) => html`<li>${line}</li>`)}</ul>
            </div>`
          : nothing}</div>
        <div class="part inputs">${renderScenarioForm(this.#view(index, outcome.ok ? correctedFields(outcome.result, t, lang) : outcome.errors), c)}${insured
          ? renderBenefitsFields(`${idPrefix}record`, scenario.benefits, insurer, c, (field, value) => setScenario({ benefits: { ...scenario.benefits, [field]: value } }))
          : nothing}</div>
        <div class="part assumptions-part">${renderAssumptions(scenario.form, t, c, lang, c.assumptions)}${insured ? renderPrintedBenefits(scenario.benefits, insurer, c, lang) : nothing}</div>
        <div class="part">${result ? renderBreakdown(result, t, lang, idPrefix) : nothing}</div>
        <div class="part">${result && this.ways && outcome.ok
          ? this.ways.renderWaysToPay({
              result,
              request: outcome.request,
              center: this.center,
              t,
              lang,
              centerLang: this.#centerLang,
              english: this.#english,
              id: `${idPrefix}ways`,
              setParent: (parent) => this.#update(index, { parent }),
            })
          : nothing}</div>
        <div class="part">${result ? renderPaymentPlan(result, t, lang, idPrefix) : nothing}</div>
        <div class="part">${result ? this.#renderWeeks(result, c, t) : nothing}</div>
        <div class="part">${result ? renderNotes(result, t, lang, this.#english, idPrefix) : nothing}</div>
        ${result ? this.#renderGoodFaithEstimate(index, result, idPrefix, c) : html`<div class="part"></div>`}
      </section>
    `;
  }

  /**
   * The Good Faith Estimate federal law requires for an uninsured or self-pay patient (45 CFR 149.610),
   * folded on screen, printed on pages of its own.
   */
  #renderGoodFaithEstimate(index: number, result: EstimateResult, idPrefix: string, c: CounselorMessages): TemplateResult {
    const scenario = this.scenarios[index]!;
    const parsed = parseRequest(toRequest(scenario.form));
    if (!parsed.ok || !usesSelfPay(parsed.request)) return html`<div class="part"></div>`;
    // The track chosen (its rates, name and codes), or one whose length the program matches and that has no rates of its own.
    const { weeks, hoursPerWeek, daysPerWeek } = scenario.form;
    const matched = (this.center.programs ?? []).findIndex(
      (p) => !p.rates && String(p.weeks) === weeks && String(p.hoursPerWeek) === hoursPerWeek && (!daysPerWeek || String(p.daysPerWeek ?? '') === daysPerWeek),
    );
    const track = parsed.request.program.track ?? matched;
    const codes = scenario.diagnosisCodes.split(/[\s,;]+/).filter(Boolean);
    const outcome = goodFaithEstimate({
      center: this.center,
      request: parsed.request,
      result,
      patient: { ...(this.patient.name.trim() ? { name: this.patient.name.trim() } : {}), ...(this.patient.birthDate ? { birthDate: this.patient.birthDate } : {}) },
      issuedOn: localToday(),
      ...(track >= 0 ? { programIndex: track } : {}),
      ...(codes.length ? { diagnosisCodes: codes } : {}),
    });
    if (!outcome.ok) return html`<div class="part"></div>`;
    const id = `${idPrefix}diagnosis`;
    return html`
      <details class="gfe-box">
        <summary>${c.goodFaithEstimate}</summary>
        <div class="field screen-only">
          <label for=${id}>${c.diagnosisCodes}</label>
          <input id=${id} name="diagnosisCodes" type="text" autocomplete="off" .value=${scenario.diagnosisCodes}
            @input=${(e: Event) => (this.scenarios = this.scenarios.map((s, i) => (i === index ? { ...s, diagnosisCodes: (e.target as HTMLInputElement).value } : s)))} />
        </div>
        ${renderGoodFaithEstimate(outcome.estimate, this.language, idPrefix, this.center.language ?? 'en')}
      </details>
    `;
  }

  /** Week by week as a plain table, always shown: a counselor reads it, and paper cannot unfold it. */
  #renderWeeks(result: EstimateResult, c: CounselorMessages, t: Messages): TemplateResult {
    const money = (amount: string) => formatMoney(amount, this.language);
    return html`
      <table class="week-table">
        <caption>${c.weekTable}</caption>
        <thead><tr><th scope="col">${t.weekOf}</th><th scope="col">${t.youPayColumn}</th><th scope="col">${t.planPaysColumn}</th></tr></thead>
        <tbody>
          ${result.weekly.map((w) => html`<tr><th scope="row">${t.week} ${w.week} (${formatDate(w.start, this.language)})</th><td>${money(w.patient)}</td><td>${money(w.planPays)}</td></tr>`)}
        </tbody>
      </table>
    `;
  }

  protected override render(): TemplateResult {
    const c = this.#c;
    const t = this.#t;
    const compared: Compared[] = this.scenarios.map((_, i) => {
      const outcome = this.#outcomes[i]!;
      return { name: this.#nameOf(i), total: outcome.ok ? outcome.result.patient.total : null };
    });
    // What can print, worked out once a render (the actions list it; the desk's class follows the choice).
    const choices = this.#printChoices(c);
    return html`
      <div class="desk ${this.#printClass(this.#printChoice(choices))}" lang=${this.language}>
        <h2>${c.title}</h2>
        <p class="help screen-only">${c.intro}</p>
        ${this.#renderHeader(c)} ${this.#renderRecord(c)} ${this.#renderActions(c, choices)} ${this.#renderPrintQuestions(c)}
        ${renderComparisonTable(
          this.#outcomes.map((outcome, i) => ({ compared: compared[i]!, result: outcome.ok ? outcome.result : null })),
          c,
          this.language,
        )}
        ${this.removed
          ? html`<p class="removed screen-only" role="status">
              ${c.removed(this.removed.name)} <button type="button" class="undo" @click=${() => this.#undoRemove()}>${c.undo}</button>
            </p>`
          : nothing}
        ${this.scenarios.length < MAX_SCENARIOS
          ? html`<button type="button" class="add screen-only" @click=${() => this.#add()}>${c.addScenario}</button>`
          : nothing}
        <div class="scenarios count-${this.scenarios.length}">
          ${this.scenarios.map((_, i) => this.#renderScenario(i, compared, c, t))}
        </div>
        <p class="limits">${c.limits}</p>
        ${this.center.disclaimer ? html`<p class="center-text" lang=${this.center.language ?? nothing}>${this.center.disclaimer}</p>` : nothing}
        ${renderSignatures(this.record.counselorName, c)}
      </div>
    `;
  }
}
