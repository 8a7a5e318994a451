// "Other ways to pay", below a person's total: Medicaid in their state, a Marketplace plan, the center's own
// assistance and the national helplines (core: ways-to-pay/). A module of its own with its data
// (dist/ways-to-pay-view.js): loaded for people paying themselves or at a center that offers assistance.
import { html, nothing, type TemplateResult } from 'lit';
import type { CenterConfig } from '../core/center/center-config.ts';
import type { EstimateRequestInput, EstimateResult } from '../core/schemas.ts';
import { waysToPay, type WaysToPay } from '../core/ways-to-pay/ways-to-pay.ts';
import { formatDate, formatMoney } from './format.ts';
import type { Messages } from './messages.ts';
import { waysToPayStyles } from './ways-to-pay.styles.ts';
import './ways-to-pay-words.ts';

export { waysToPayStyles };

export interface WaysInput {
  result: EstimateResult;
  request: EstimateRequestInput;
  center: CenterConfig;
  t: Messages;
  lang: string;
  /** The language of the center's words where not the page's (center.language), for screen readers. */
  centerLang: string | undefined;
  /** The page is in English, so data/'s English words need no lang="en". */
  english: boolean;
  /** Says whether the person is a parent or caretaker of a child at home (the form's `parent`). */
  setParent: (parent: boolean) => void;
  /** An id unique to the widget (and to a counselor's scenario), for the heading's and the checkbox's ids. */
  id: string;
}

// Found once per result, however often it is drawn again.
const found = new WeakMap<EstimateResult, WaysToPay | null>();

function waysFor({ result, request, center }: WaysInput): WaysToPay | null {
  if (!found.has(result)) {
    const outcome = waysToPay(request, center);
    found.set(result, outcome.ok ? outcome.waysToPay : null);
  }
  return found.get(result)!;
}

/** A link that opens the state's, the exchange's or the helpline's site in a new tab, the estimate kept. */
const away = (url: string, name: string) => html`<a href=${url} target="_blank" rel="noopener noreferrer">${name}</a>`;

export function renderWaysToPay(input: WaysInput): TemplateResult | typeof nothing {
  const ways = waysFor(input);
  if (!ways) return nothing;
  const { t, request } = input;
  const uninsured = request.coverage.planType === 'uninsured';
  const center = renderCenterHelp(ways, input);
  if (!uninsured && center === nothing) return nothing;
  return html`
    <section class="ways" part="ways-to-pay" aria-labelledby="${input.id}-ways-heading">
      <h3 id="${input.id}-ways-heading">${t.waysHeading}</h3>
      <p class="note">${t.waysIntro}</p>
      ${uninsured && !request.household ? html`<p>${t.waysNeedHousehold}</p>` : nothing}
      ${renderMedicaid(ways, input)} ${renderMarketplace(ways, input)} ${center} ${renderResources(ways, t)}
    </section>
  `;
}

function renderMedicaid({ medicaid }: WaysToPay, input: WaysInput): TemplateResult | typeof nothing {
  if (!medicaid) return nothing;
  const { t, lang, center, english } = input;
  const state = medicaid.stateName;
  const headline =
    medicaid.outlook === 'likely' ? t.medicaidLikely(state) : medicaid.outlook === 'likely-if-parent' ? t.medicaidIfParent(state) : t.medicaidUnlikely(state);
  return html`
    <div class="way medicaid">
      <h4>${t.medicaidHeading}</h4>
      <p><strong>${headline}</strong> ${t.medicaidIncome(medicaid.povertyPercent, state, medicaid.limit.percent, medicaid.limit.who)}</p>
      ${medicaid.outlook === 'likely-if-parent' || input.request.household?.parent
        ? html`<p class="field checkbox">
            <input type="checkbox" id="${input.id}-parent" .checked=${input.request.household?.parent === true} @change=${(event: Event) => input.setParent((event.target as HTMLInputElement).checked)} />
            <label for="${input.id}-parent">${t.parentQuestion}</label>
          </p>`
        : nothing}
      ${medicaid.adultLimitPercent === 0 ? html`<p>${t.medicaidNoAdults(state)}</p>` : nothing}
      ${medicaid.adultCondition ? html`<p lang=${english ? nothing : 'en'}>${medicaid.adultCondition}</p>` : nothing}
      ${medicaid.outlook !== 'unlikely'
        ? html`
            <p>${medicaid.programCost !== undefined ? t.medicaidCost(formatMoney(medicaid.programCost, lang), center.name) : t.medicaidCenterDoesNot(center.name)}</p>
            <p>${t.medicaidRetroactive(medicaid.retroactiveMonths)}
              ${medicaid.retroactiveChange ? t.medicaidRetroactiveChange(formatDate(medicaid.retroactiveChange.from, lang), medicaid.retroactiveChange.months) : nothing}</p>
          `
        : html`<p>${t.medicaidOtherWays}</p>`}
      <p>${t.medicaidApply} ${away(medicaid.apply.url, medicaid.apply.name)}</p>
      <p class="note">${medicaid.confirmed ? t.stateDecides : t.stateNotConfirmed}</p>
    </div>
  `;
}

function renderMarketplace({ marketplace, medicaid }: WaysToPay, { t, lang }: WaysInput): TemplateResult | typeof nothing {
  if (!marketplace) return nothing;
  const date = (iso: string) => formatDate(iso, lang);
  const { taxCredit, openEnrollment: enrollment } = marketplace;
  const what = {
    'tax-credit': () => html`${t.marketplaceTaxCredit(marketplace.povertyPercent, marketplace.coverageYear, taxCredit.fromPercent, taxCredit.upToPercent)} ${t.marketplaceNotIfJob}`,
    'full-price': () => t.marketplaceFullPrice(marketplace.povertyPercent, taxCredit.upToPercent ?? 0),
    'coverage-gap': () => t.marketplaceGap(marketplace.povertyPercent, medicaid?.stateName ?? ''),
    'medicaid-instead': () => t.marketplaceMedicaidFirst,
  }[marketplace.outlook]();
  return html`
    <div class="way marketplace">
      <h4>${t.marketplaceHeading}</h4>
      <p>${what}</p>
      ${marketplace.outlook === 'medicaid-instead' || marketplace.outlook === 'coverage-gap'
        ? nothing
        : html`
            ${enrollment
              ? html`<p>${enrollment.now ? t.openEnrollmentNow(date(enrollment.end), enrollment.coverageYear) : t.openEnrollmentNext(date(enrollment.start), date(enrollment.end), enrollment.coverageYear)}
                  ${enrollment.now && enrollment.enrollBy ? t.enrollBy(date(enrollment.enrollBy)) : nothing}</p>`
              : nothing}
            <p>${t.specialEnrollment(marketplace.specialEnrollmentDays)}</p>
            <p>${t.marketplaceWhere} ${away(marketplace.exchange.url, marketplace.exchange.name)}</p>
            ${marketplace.confirmed ? nothing : html`<p class="note">${t.marketplaceNotConfirmed}</p>`}
          `}
    </div>
  `;
}

function renderCenterHelp({ center: help }: WaysToPay, { t, lang, center, centerLang }: WaysInput): TemplateResult | typeof nothing {
  const money = (amount: string) => formatMoney(amount, lang);
  // Shown: what the person may qualify for, and what depends only on what they have not said yet.
  const slots = help.stateFunded.filter((slot) => slot.mayQualify);
  const scholarships = help.scholarships.filter((scholarship) => scholarship.mayQualify);
  if (!slots.length && !scholarships.length && !help.financing.length) return nothing;
  const unknown = (asked: ('state' | 'income')[]) =>
    asked.map((what) => html` <span class="ask">${what === 'state' ? t.askIfYouLiveIn : t.askAboutIncome}</span>`);
  return html`
    <div class="way center-help">
      <h4>${t.centerHelpHeading(center.name)}</h4>
      <ul>
        ${slots.map(
          (slot) => html`<li>
            <strong lang=${centerLang ?? nothing}>${slot.name}</strong> (${t.stateFunded}${slot.asUnderinsured ? html`, ${t.asUnderinsured}` : nothing})${slot.note
              ? html`: <span lang=${centerLang ?? nothing}>${slot.note}</span>`
              : nothing}${unknown(slot.unknown)}
          </li>`,
        )}
        ${scholarships.map(
          (scholarship) => html`<li>
            <strong lang=${centerLang ?? nothing}>${scholarship.name}</strong>: ${t.scholarship(money(scholarship.off), money(scholarship.totalAfter))}
            ${scholarship.conditions ? html`<span lang=${centerLang ?? nothing}>${scholarship.conditions}</span>` : nothing}${unknown(scholarship.unknown)}
          </li>`,
        )}
        ${help.financing.map(
          (lender) => html`<li>
            ${t.financing}: ${away(lender.url, lender.name)}${lender.note ? html` <span lang=${centerLang ?? nothing}>${lender.note}</span>` : nothing}
            <span class="note">${t.financingNote}</span>
          </li>`,
        )}
      </ul>
    </div>
  `;
}

function renderResources({ resources }: WaysToPay, t: Messages): TemplateResult | typeof nothing {
  if (!resources.length) return nothing;
  return html`
    <p class="resources">
      <strong>${t.resourcesHeading}:</strong>
      ${resources.map(
        (resource, i) => html`${i ? '; ' : ''}${resource.url ? away(resource.url, resource.name) : resource.name}${resource.phone && !resource.name.includes(resource.phone)
            ? html` <a href="tel:${resource.phone.replace(/[^\d+]/g, '')}">${resource.phone}</a>`
            : nothing}`,
      )}.
    </p>
  `;
}
