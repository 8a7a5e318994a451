import { adoptStyles, html, LitElement, nothing, type CSSResultOrNative, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { EXAMPLE_CENTER, parseCenterConfig } from '../core/center/parse-center-config.ts';
import { programPrice, type ProgramPrice } from '../core/claims/program-price.ts';
import type { FieldError } from '../core/validation.ts';
import { WEEKDAYS, type CenterConfig } from '../core/center/center-config.ts';
import { trackCenter } from '../core/center/track-rates.ts';
import type { EstimateRequestInput, EstimateResult } from '../core/schemas.ts';
import { INLINE, loadCenterConfig, readInlineConfig } from './config-loader.ts';
import { formatMoney, localToday, writtenAbroad } from './format.ts';
import { FRAGMENT_KEY } from '../core/sharing/link-fragment.ts';
import { isPhoneNumber, phoneHref, safeHref } from '../core/center/links.ts';
import type { SharedEstimate } from '../core/sharing/shared-estimate.ts';
import { coverageChosen, formField, householdComplete, initialState, nextStartDay, paysThemselves, priceByIncome, PLAN_CHOICES, toRequest, type FieldName, type FormState, type PlanChoice } from './form-state.ts';
import { renderCenterPrices } from './center-prices.ts';
import { renderForm, type FieldMessage, type FormView } from './form.ts';
import { formStyles } from './form.styles.ts';
import { styles } from './iop-cost-estimator.styles.ts';
import { centerPricesStyles } from './center-prices.styles.ts';
import { loadWords } from './bundled-languages.ts';
import { baseLanguage, hasWords, languageTag, messagesFor, sameLanguage, type Messages } from './messages.ts';
import { TRANSLATION_ADDED } from './translations.ts';

let instances = 0;

/**
 * A preset number as the field's text. A removed attribute (null), one that is no number (NaN, Infinity) and
 * values of other types leave the field as it is, rather than putting "null" or "NaN" in it.
 */
function presetNumber(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  return typeof value === 'string' && value.trim() ? value : undefined;
}

/**
 * What an Intensive Outpatient Program would cost a person out of pocket, from a treatment center's prices,
 * the person's coverage and household: what the plan pays and what the person pays, why, the ways to pay side
 * by side and a payment plan. `mode="counselor"` shows the financial counselor's desk instead.
 *
 * Content inside the tag (the center's phone, a link) is fallback: it shows when the script is blocked or fails
 * to load, and in the widget's place when the center's configuration can't be used; a working widget renders no
 * slot, so it is hidden. A `<script type="application/json">` inside the tag is the center's configuration.
 *
 * @summary What an Intensive Outpatient Program would cost a person out of pocket.
 *
 * @event iop-estimate - A new estimate (bubbles, composed). `detail`: the core's result.
 * @event iop-contact - The call to action was used (bubbles, composed). `detail`: `{ result }`.
 * @event iop-config-error - The center's configuration can't be used (bubbles, composed). `detail`: `{ problems }`, one line each, naming the field.
 *
 * @csspart form - The questions.
 * @csspart step - One group of questions.
 * @csspart field - A label, its input and messages.
 * @csspart input - Every input and select.
 * @csspart error - A field's error message.
 * @csspart result - The estimate column.
 * @csspart summary - The total and what the plan pays.
 * @csspart total - The total (or range) itself.
 * @csspart peek - On a narrow screen, the bar that keeps the total in view while the questions are answered.
 * @csspart breakdown - Why this amount.
 * @csspart chart - Week by week.
 * @csspart comparison - Ways to pay.
 * @csspart ways-to-pay - Other ways to pay: Medicaid, a Marketplace plan, the center's assistance, helplines.
 * @csspart payment-plan - The payment plan.
 * @csspart notes - Warnings, figures, disclaimer.
 * @csspart cta - The call to action.
 *
 * @cssproperty --iop-font-family - Font (default: the host page's).
 * @cssproperty --iop-font-size - Base font size (default 1rem).
 * @cssproperty --iop-color-primary - Buttons, focus ring, chart bars (default #1d4ed8).
 * @cssproperty --iop-color-on-primary - Text on the primary colour (default #fff).
 * @cssproperty --iop-color-text - Text (default #1b1b1b).
 * @cssproperty --iop-color-muted - Help text (default #4b5563).
 * @cssproperty --iop-color-background - Background (default #fff).
 * @cssproperty --iop-color-surface - The result panel (default #f3f5f8).
 * @cssproperty --iop-color-border - Input borders (default #6b7280).
 * @cssproperty --iop-color-error - Error messages (default #b91c1c).
 * @cssproperty --iop-color-success - The cheapest option (default #166534).
 * @cssproperty --iop-radius - Corner radius (default 8px).
 * @cssproperty --iop-spacing - Base spacing (default 1rem).
 */
export class IopCostEstimator extends LitElement {
  // The details below the total bring their own styles (result-details.ts, #loadDetails).
  static override styles = [styles, formStyles, centerPricesStyles];

  // Declared here rather than with decorators: lit/decorators.js would add 0.35 KB to every embed.
  static override properties = {
    configSrc: { attribute: 'config-src' },
    config: { attribute: false },
    planType: { attribute: 'plan-type' },
    weeks: { type: Number },
    hoursPerWeek: { attribute: 'hours-per-week', type: Number },
    network: {},
    language: {},
    mode: {},
    deskLoaded: { state: true },
    form: { state: true },
    center: { state: true },
    configError: { state: true },
    loading: { state: true },
    result: { state: true },
    price: { state: true },
    details: { state: true },
    ways: { state: true },
    stale: { state: true },
    errors: { state: true },
    generalErrors: { state: true },
    spoken: { state: true },
    shared: { state: true },
    sharedError: { state: true },
  };

  /** URL of the center's configuration (JSON, same origin as the page). */
  configSrc?: string;

  /** The center's configuration as an object; wins over one inside the tag and over `config-src`. */
  config?: unknown;

  /** Preset coverage: private, aca, medicare, medicaid, uninsured or unsure. */
  planType?: string;

  /** Preset program length in weeks. */
  weeks?: number;

  /** Preset hours of treatment a week. */
  hoursPerWeek?: number;

  /** Preset network: in or out. */
  network?: string;

  /** Language of the widget (en, or one whose translation module the page loads, such as es); default: the nearest `lang` of the page. */
  language?: string;

  /** `counselor`: the financial counselor's desk (scenarios, printing, links and files), loaded on demand; default: the patient's questions. */
  mode?: string;

  private deskLoaded = false;
  private form: FormState = initialState(localToday());
  private center: CenterConfig | null = null;
  /** Why there is no estimate: the first problem (all of them are in the console), and the center's phone if readable. */
  private configError: { phone: string | null } | null = null;
  private loading = false;
  private result: EstimateResult | null = null;
  /**
   * The rules of coverage and their data (estimate.js, which iop-estimate.js offers to pages): asked for as soon as
   * the person starts answering, or a page presets a coverage. The first screen, the center's prices, needs none.
   */
  #rules: typeof import('../core/estimate.ts') | null = null;
  /** What shows the person's total (answer.ts), loaded with the rules: both are set, or neither. */
  #answer: typeof import('./answer.ts') | null = null;
  #rulesLoading: Promise<unknown> | null = null;
  /** The styles of what loaded after the first screen (the total, the details), adopted beside the element's own. */
  #lateStyles: CSSResultOrNative[] = [];
  /** The language asked for, as of the last update (willUpdate). */
  #asked: string | undefined;
  /** Before a coverage is chosen: the program at the center's self-pay price (the first screen's figures). */
  private price: ProgramPrice | null = null;

  /** The request of the result on screen. */
  private request: EstimateRequestInput | null = null;
  /** What the total rests on, below it: a module of its own, loaded once there is a first total (result-details.ts). */
  private details: typeof import('./result-details.ts') | null = null;
  /** Other ways to pay (Medicaid, the Marketplace, the center's assistance): a module of its own, with its data. */
  private ways: typeof import('./ways-to-pay-view.ts') | null = null;
  #waysLoading: Promise<unknown> | null = null;
  #detailsLoading: Promise<unknown> | null = null;
  private errors: Partial<Record<FieldName, FieldMessage>> = {};
  /** A field is in error: the total on screen is the last good one, and is marked as not updated. */
  private stale = false;
  private generalErrors: string[] = [];
  private spoken = '';
  /** The estimate opened from the page's `#iop=` link, if any. */
  private shared: SharedEstimate | null = null;
  private sharedError: string | null = null;
  /** What reads links and shows a shared estimate's scenarios (shared-link.ts), once a link has opened. */
  #link: typeof import('./shared-link.ts') | null = null;

  readonly #uid = `iop${++instances}`;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** The field the person last typed in or chose: a message comparing two fields goes on it (field-pairs.ts). */
  #typed: FieldName | null = null;
  #configRequest = 0;
  /** The center's configuration as given, and the language its words were last read in (#readCenter). */
  #centerJson: unknown;
  #centerLanguage: string | undefined;

  // A translation module loaded after the widget: show its words.
  readonly #onTranslationAdded = () => this.requestUpdate();
  // A shared link pasted into the address bar of a page already open changes only the fragment.
  readonly #onHashChange = () => void this.#openSharedLink();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener(TRANSLATION_ADDED, this.#onTranslationAdded);
    window.addEventListener('hashchange', this.#onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener(TRANSLATION_ADDED, this.#onTranslationAdded);
    window.removeEventListener('hashchange', this.#onHashChange);
    clearTimeout(this.#announceTimer);
  }

  /**
   * The page's address may carry an estimate (`#iop=...`, README "Estimates that travel"): the first
   * widget on the page opens on it, in any mode. A link that does not read gets one message; the widget
   * stays as it was.
   */
  async #openSharedLink(): Promise<void> {
    if (!this.center || !window.location.hash.startsWith(`#${FRAGMENT_KEY}`) || document.querySelector('iop-cost-estimator') !== this) return;
    let link: typeof import('./shared-link.ts');
    try {
      link = await import('./shared-link.ts');
    } catch {
      this.sharedError = 'the part of the estimator that reads links could not be loaded';
      return;
    }
    const read = link.readFragment(window.location.hash);
    if (!read || !this.center) return;
    // Read once: the estimate (a name, an income, when they were included) leaves the address bar and its
    // history entry, so that it is not kept, bookmarked or shown over someone's shoulder.
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    if (!read.ok) {
      this.sharedError = read.message;
      return;
    }
    this.sharedError = null;
    if (!this.#link) this.#adoptLate([link.sharedStyles]);
    this.#link = link;
    this.shared = read.shared;
    this.#recompute(link.fromRequest(read.shared.request, this.center, localToday()));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Looked up once an update (it walks up the page to the nearest lang); a bundled language's words load now.
    this.#asked = this.#askedLang;
    if (this.#asked) loadWords(baseLanguage(this.#asked));
    if (!this.hasUpdated || changed.has('config') || changed.has('configSrc')) this.#loadConfig();
    // The page's language changed (or its words arrived): the center's words in it, where the file has them.
    else if (this.center && this.#centerJson !== undefined && this.#centerLanguage !== this.#currentLang && this.#readCenter(this.#centerJson)) this.#recompute(this.form);
    if (changed.has('planType') || changed.has('weeks') || changed.has('hoursPerWeek') || changed.has('network')) this.#applyPresets();
    if (changed.has('mode') && this.mode === 'counselor' && !this.deskLoaded) this.#loadDesk();
  }

  /** Counselor mode is a module of its own (dist/iop-counselor-desk.js): patients' pages never download it. */
  #loadDesk(): void {
    import('../counselor/iop-counselor-desk.ts').then(
      () => (this.deskLoaded = true),
      () => this.#fail(['counselor mode (iop-counselor-desk.js) could not be loaded'], null),
    );
  }

  /** The details below the total come after it; a widget that can't load them still shows the total. */
  #loadDetails(): void {
    this.#detailsLoading ??= import('./result-details.ts').then(
      (module) => {
        this.#adoptLate(module.detailsStyles);
        this.details = module;
      },
      () => console.error('iop-cost-estimator: the details below the total (result-details.js) could not be loaded'),
    );
  }

  /** Loaded for people paying themselves, or at a center that offers assistance; the rest never download it. */
  #loadWays(): void {
    this.#waysLoading ??= import('./ways-to-pay-view.ts').then(
      (module) => {
        this.#adoptLate([module.waysToPayStyles]);
        this.ways = module;
      },
      () => console.error('iop-cost-estimator: other ways to pay (ways-to-pay-view.js) could not be loaded'),
    );
  }

  #adoptLate(sheets: readonly CSSResultOrNative[]): void {
    this.#lateStyles.push(...sheets);
    adoptStyles(this.renderRoot as ShadowRoot, [...IopCostEstimator.elementStyles, ...this.#lateStyles]);
  }

  #loadRules(): void {
    // Both at once: the total's module does not import the rules, so neither waits for the other.
    this.#rulesLoading ??= Promise.all([import('../core/estimate.ts'), import('./answer.ts')]).then(
      ([rules, answer]) => {
        this.#adoptLate([answer.summaryStyles]);
        this.#answer = answer;
        this.#rules = rules;
        this.#recompute(this.form);
      },
      () => {
        this.generalErrors = ['the part of the estimator that applies coverage rules (estimate.js) could not be loaded'];
        console.error('iop-cost-estimator: the coverage rules (estimate.js) could not be loaded');
      },
    );
  }

  /** Settled once the rules and the details below the first total are drawn too, so that a test or a page sees them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let settled = await super.getUpdateComplete();
    if (this.#rulesLoading && !this.#rules) {
      await this.#rulesLoading;
      settled = await super.getUpdateComplete();
    }
    for (const [loading, loaded] of [[this.#detailsLoading, this.details], [this.#waysLoading, this.ways]] as const) {
      if (loading && !loaded) {
        await loading;
        settled = await super.getUpdateComplete();
      }
    }
    return settled;
  }

  /** The center: the `config` property, else a configuration inside the tag, else `config-src`, else the example. */
  #loadConfig(): void {
    const request = ++this.#configRequest;
    this.#centerJson = undefined;
    const inline = this.querySelector(INLINE);
    if (this.config === undefined && inline) {
      try {
        this.#useConfig(readInlineConfig(inline.textContent ?? ''));
      } catch (error) {
        this.#fail([(error as Error).message], null);
      }
      return;
    }
    if (this.config !== undefined || !this.configSrc) {
      this.#useConfig(this.config ?? EXAMPLE_CENTER);
      return;
    }
    this.loading = true;
    loadCenterConfig(this.configSrc).then(
      (json) => request === this.#configRequest && this.#useConfig(json),
      (error: Error) => {
        if (request !== this.#configRequest) return;
        this.loading = false;
        this.#fail([error.message], null);
      },
    );
  }

  #useConfig(json: unknown): void {
    this.loading = false;
    const center = this.#readCenter(json);
    if (!center) return;
    // The default start, untouched, moves to the next day this center takes new people.
    const today = localToday();
    const startDays = center.startDays?.map((day) => WEEKDAYS.indexOf(day));
    const startDate = this.form.startDate === nextStartDay(today) ? nextStartDay(today, startDays) : this.form.startDate;
    this.#recompute({ ...this.form, startDate });
    void this.#openSharedLink();
  }

  /**
   * The center of the configuration `json`, its words in the language the widget shows (a file may give them
   * per language: center-words.ts), or null when it can't be used. Kept, to be read again in another language.
   */
  #readCenter(json: unknown): CenterConfig | null {
    this.#centerJson = json;
    this.#centerLanguage = this.#currentLang;
    let parsed: ReturnType<typeof parseCenterConfig>;
    try {
      parsed = parseCenterConfig(json, this.#centerLanguage);
    } catch (error) {
      // A page's object can throw as it is read (a getter): a bad configuration like any other.
      this.#fail([`config: could not be read (${error instanceof Error ? error.message : String(error)})`], null);
      return null;
    }
    if (!parsed.ok) {
      this.#fail(parsed.errors.map((e) => `${e.field}: ${e.message}`), json);
      return null;
    }
    this.center = parsed.center;
    this.configError = null;
    return parsed.center;
  }

  /**
   * A configuration that can't be used: the person is told estimates are unavailable (with the center's
   * phone if that much of the file is readable); the problems go to the console and, as `iop-config-error`, to the
   * page (a plugin's preview shows them to the site's owner).
   */
  #fail(problems: string[], json: unknown): void {
    console.error(`<iop-cost-estimator>: no estimates, ${problems.length} problem${problems.length === 1 ? '' : 's'} with the center configuration:\n${problems.join('\n')}`);
    this.dispatchEvent(new CustomEvent('iop-config-error', { detail: { problems }, bubbles: true, composed: true }));
    const phone = (json as { contact?: { phone?: unknown } } | null)?.contact?.phone;
    this.center = null;
    this.configError = { phone: typeof phone === 'string' && isPhoneNumber(phone.trim()) ? phone.trim() : null };
  }

  #applyPresets(): void {
    const next = { ...this.form };
    if (this.planType && (PLAN_CHOICES as readonly string[]).includes(this.planType)) next.planType = this.planType as PlanChoice;
    const weeks = presetNumber(this.weeks);
    const hoursPerWeek = presetNumber(this.hoursPerWeek);
    if (weeks !== undefined) next.weeks = weeks;
    if (hoursPerWeek !== undefined) next.hoursPerWeek = hoursPerWeek;
    if (this.network === 'in' || this.network === 'out') next.network = this.network;
    // A preset coverage is answered already: its rules are wanted at once, not after the center's file.
    if (coverageChosen(next)) this.#loadRules();
    this.#recompute(next);
  }

  /**
   * The language asked for, once its words are loaded (bundled ones load by themselves: bundled-languages.ts); English until then. The
   * tag as the page wrote it ("fr-CA" marks the content), without extensions; a malformed one would make Intl throw.
   */
  get #currentLang(): string {
    const tag = this.#asked;
    return tag && hasWords(tag) ? tag : 'en';
  }

  get #askedLang(): string | undefined {
    return languageTag((typeof this.language === 'string' && this.language) || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en');
  }

  /**
   * Every change runs the estimate again; a bad value keeps the last good result on screen. Until the person
   * says how they would pay, the result is the center's self-pay price for the program (toRequest), shown as
   * the center's prices: not announced, not sent as an `iop-estimate`, and without the details below a total.
   */
  #recompute(form: FormState): void {
    this.form = form;
    if (!this.center) return;
    const chosen = coverageChosen(form);
    const request = toRequest(form);
    if (!chosen) {
      const priced = programPrice(request.program, this.center, localToday());
      if (!priced.ok) return this.#showErrors(priced.errors);
      this.errors = {};
      this.generalErrors = [];
      this.stale = false;
      this.price = priced.price;
      this.result = null;
      return;
    }
    const rules = this.#rules;
    const answer = this.#answer;
    if (!rules || !answer) return this.#loadRules();
    const outcome = rules.estimate(request, this.center);
    if (!outcome.ok) return this.#showErrors(outcome.errors);
    this.errors = answer.correctedFields(outcome.result, this.#t, this.#currentLang);
    this.generalErrors = [];
    const changed = this.stale || outcome.result.patient.total !== this.result?.patient.total || outcome.result.range?.low !== this.result?.range?.low;
    this.stale = false;
    this.result = outcome.result;
    this.request = request as EstimateRequestInput;
    this.#loadDetails();
    if (request.coverage.planType === 'uninsured' || this.center.assistance) this.#loadWays();
    this.dispatchEvent(new CustomEvent('iop-estimate', { detail: outcome.result, bubbles: true, composed: true }));
    if (changed) this.#say(answer.announcement(outcome.result, this.#t, this.#currentLang));
  }

  /** Each message beside its field; one that belongs to no field above the result. The total stays, marked not updated. */
  #showErrors(problems: FieldError[]): void {
    const errors: Partial<Record<FieldName, FieldMessage>> = {};
    const general: string[] = [];
    for (const error of problems) {
      let field = formField(error.field);
      let message = this.#plain(error.message);
      const moved = field && this.#answer?.fieldTyped(field, error.message, this.#typed, this.#t);
      if (moved) [field, message] = [moved.field, { text: moved.text }];
      const typed = field ? this.form[field] : '';
      if (typeof typed === 'string' && writtenAbroad(typed)) message = { text: this.#t.writeAsUs };
      if (field && !errors[field]) errors[field] = message;
      else if (!field) general.push(`${error.field}: ${error.message}`);
    }
    this.errors = errors;
    this.generalErrors = general;
    if ((this.result || this.price) && !this.stale) this.#say(this.#t.notUpdated);
    this.stale = true;
  }

  /** A core message as a sentence; the core speaks English, so other languages get it marked as such. */
  #plain(message: string): FieldMessage {
    if (message === 'is required') return { text: this.#t.errors.required };
    const translated = this.#t.fieldErrors[message];
    if (translated) return { text: translated };
    const text = message.charAt(0).toUpperCase() + message.slice(1) + (message.endsWith('.') ? '' : '.');
    return this.#speaksEnglish ? { text } : { text, lang: 'en' };
  }

  get #speaksEnglish(): boolean {
    return sameLanguage(this.#currentLang, 'en');
  }

  /** Tells screen readers the new total once typing pauses, not at every keystroke. */
  #say(text: string): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => (this.spoken = text), 600);
  }

  get #t(): Messages {
    return messagesFor(this.#currentLang);
  }

  #set(field: FieldName, value: string | boolean): void {
    this.#typed = field;
    // Days per week come with a program track's hours: new hours, and the days follow from them again.
    const daysPerWeek = field === 'hoursPerWeek' ? '' : this.form.daysPerWeek;
    // One payment question at a time: the answer to the other one goes.
    const payment = field !== 'paymentBy' ? {} : value === 'budget' ? { months: '' } : { monthlyBudget: '' };
    this.#recompute({ ...this.form, daysPerWeek, ...payment, [field]: value });
  }

  #choosePayer(payer: string): void {
    const listed = this.center?.inNetworkPayers?.some((p) => p.toLowerCase() === payer.toLowerCase()) ?? false;
    this.#recompute({ ...this.form, payer, network: payer ? (listed ? 'in' : 'out') : this.form.network });
  }

  #chooseProgram(index: string): void {
    const program = this.center?.programs?.[Number(index)];
    this.#recompute(
      program
        ? { ...this.form, track: index, weeks: String(program.weeks), hoursPerWeek: String(program.hoursPerWeek), daysPerWeek: program.daysPerWeek ? String(program.daysPerWeek) : '' }
        : { ...this.form, track: '' },
    );
  }

  #contact(): void {
    this.dispatchEvent(new CustomEvent('iop-contact', { detail: { result: this.result }, bubbles: true, composed: true }));
  }

  /** On a narrow screen the result is below the questions: a bar keeps the total in view as they are answered. */
  #renderPeek(answer: typeof import('./answer.ts'), result: EstimateResult, t: Messages, lang: string, discountMayApply: boolean) {
    const range = answer.shownRange(result);
    const money = (amount: string) => formatMoney(amount, lang);
    // Once the person has answered the payment question, what they would pay a month too.
    const plan = result.paymentPlan;
    const monthly = plan && plan.months > 0 && (this.form.months || this.form.monthlyBudget) ? plan.monthly : null;
    return html`<div class=${this.stale ? 'peek stale' : 'peek'} part="peek">
      <span>${range ? `${money(range.low)} – ${money(range.high)}` : money(result.patient.total)}${discountMayApply ? html` <small>${t.peekBeforeDiscount}</small>` : nothing}${monthly ? html` <small>· ${t.peekMonthly(money(monthly))}</small>` : nothing}</span>
      <button type="button" @click=${() => this.renderRoot.querySelector('.result')?.scrollIntoView({ block: 'start' })}>${t.seeDetails}</button>
    </div>`;
  }

  /** Whether the estimate came from a shared link, its scenarios, and whether the person must add what it left out (shared-scenarios.ts). */
  #renderShared(t: Messages, english: boolean) {
    if (this.sharedError) {
      return html`<p class="error" role="alert">${t.sharedError} <span lang=${ifDefined(english ? undefined : 'en')}>${this.sharedError}.</span></p>`;
    }
    if (!this.shared) return nothing;
    return this.#link!.renderShared({
      shared: this.shared,
      form: this.mode === 'counselor' ? null : this.form,
      center: this.center!,
      lang: this.#currentLang,
      id: this.#uid,
      estimate: this.#rules?.estimate,
      open: (form) => this.#recompute(form),
    });
  }

  protected override render() {
    const lang = this.#currentLang;
    const t = messagesFor(lang);
    const english = sameLanguage(lang, 'en');
    if (this.configError) {
      // A visitor is told estimates are unavailable, with the center's phone when the file gives one, and the host's
      // own fallback content (the slot); what is wrong is for the site's owner: the console, the iop-config-error event.
      const { phone } = this.configError;
      return html`<div class="config-error" role="alert" part="error">
        <p><strong>${t.unavailable}</strong> ${phone ? html`${t.callForEstimate} <a href=${phoneHref(phone)!}>${phone}</a>` : nothing}</p>
        <slot></slot>
      </div>`;
    }
    if (!this.center) return html`<p class="loading" role="status">${this.loading ? t.loading : ''}</p>`;
    if (this.mode === 'counselor') {
      return this.deskLoaded
        ? html`${this.#renderShared(t, english)}<iop-counselor-desk .center=${this.center} .shared=${this.shared} language=${lang}></iop-counselor-desk>`
        : html`<p class="loading" role="status">${t.loading}</p>`;
    }
    // The center's own words (program names, its call to action) are marked when in another language.
    const centerLanguage = this.center.language ?? 'en';
    const centerLang = sameLanguage(centerLanguage, lang) ? undefined : centerLanguage;
    const view: FormView = {
      id: this.#uid,
      state: this.form,
      center: this.center,
      errors: this.errors,
      t,
      centerLang,
      set: (field, value) => this.#set(field, value),
      choosePayer: (payer) => this.#choosePayer(payer),
      chooseProgram: (index) => this.#chooseProgram(index),
    };
    // The person's estimate once they have said how they would pay (and its rules are loaded), else the center's prices.
    const chosen = coverageChosen(this.form);
    // A total needs what shows it (answer.ts), which comes with the rules that made it.
    const answer = this.#answer;
    const result = chosen && answer ? this.result : null;
    const price = result ? null : this.price;
    const contact = this.center.contact;
    // "Verify my insurance" means nothing to someone without insurance: a center can word it for them.
    const selfPaying = paysThemselves(this.form);
    const centerLabel = (selfPaying && contact?.selfPayLabel) || contact?.label;
    const discountMayApply = priceByIncome(this.form, this.center) && !householdComplete(this.form);
    const ctaLabel = centerLabel || t.contact;
    const ctaLang = centerLabel ? centerLang : undefined;
    // The schema has refused any other link already; asked again here in case a configuration came another way.
    const ctaHref = contact?.url ? safeHref(contact.url) : null;
    const phoneLink = contact?.phone ? phoneHref(contact.phone) : null;
    return html`
      <div class="layout" lang=${lang} @focusin=${() => this.#loadRules()} @pointerdown=${() => this.#loadRules()}>
        <header class="header">
          <h2>${t.title}</h2>
          <p class="help">${t.intro} ${this.center.example ? html`<strong>${t.exampleCenter}</strong>` : nothing}</p>
          ${this.#renderShared(t, english)}
        </header>
        ${renderForm(view)}
        ${result && answer ? this.#renderPeek(answer, result, t, lang, discountMayApply) : nothing}
        <section class=${this.stale ? 'result stale' : 'result'} part="result" aria-labelledby="${this.#uid}-result-heading">
          <h2 id="${this.#uid}-result-heading" class="visually-hidden">${t.resultHeading}</h2>
          ${this.generalErrors.length ? html`<div class="error" role="alert" lang=${ifDefined(english ? undefined : 'en')}>${this.generalErrors.map((e) => html`<p>${e}</p>`)}</div>` : nothing}
          ${result || price
            ? html`
                ${this.stale ? html`<p class="stale-note">${t.notUpdated}</p>` : nothing}
                ${result && answer ? answer.renderSummary(result, t, lang, result.weekly.length) : renderCenterPrices(price!, trackCenter(this.center, this.form.track ? Number(this.form.track) : undefined), t, lang)}
                ${result && discountMayApply ? html`<p class="note discount-hint">${t.discountHint}</p>` : nothing}
                ${contact
                  ? ctaHref
                    ? html`<a class="cta" part="cta" href=${ctaHref} lang=${ifDefined(ctaLang)} @click=${() => this.#contact()}>${ctaLabel}</a>`
                    : html`<button class="cta" part="cta" type="button" lang=${ifDefined(ctaLang)} @click=${() => this.#contact()}>${ctaLabel}</button>`
                  : nothing}
                ${phoneLink ? html`<p class="phone"><a href=${phoneLink}>${contact!.phone}</a></p>` : nothing}
                ${selfPaying ? html`<p class="note gfe-right">${t.goodFaithEstimateRight(this.center.name)}</p>` : nothing}
                ${result && this.ways && this.request
                  ? this.ways.renderWaysToPay({ result, request: this.request, center: this.center, t, lang, centerLang, english, id: this.#uid, setParent: (parent) => this.#set('parent', parent) })
                  : nothing}
                ${result && this.details && this.request ? this.details.renderDetails({ result, request: this.request, center: this.center, t, lang, english }) : nothing}
              `
            : nothing}
          <div class="visually-hidden" role="status" aria-live="polite">${this.spoken}</div>
        </section>
      </div>
    `;
  }
}
