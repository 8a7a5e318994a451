// The Good Faith Estimate as a document to read on screen and to print: every element the core assembled
// (src/core/documents/good-faith-estimate.ts) in the order of CMS's standard form, in the counselor's language
// (good-faith-estimate-messages.ts). Amounts are the core's decimal strings, written by formatMoney; the
// subtotal before discounts and the hours of a day are added and divided with decimal.js, never floats.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { describeProgram, type GfeDisclaimer, type GfeDiscount, type GfeItem, type GoodFaithEstimate } from '../core/documents/good-faith-estimate.ts';
import { formatAmount, money, sum } from '../core/money.ts';
import { gfeMessages, type GfeMessages } from './good-faith-estimate-messages.ts';

const base = (tag: string) => tag.toLowerCase().split('-')[0] ?? '';

/**
 * `gfe`: the core's accepted estimate (`outcome.estimate` when `outcome.ok`). `lang`: the counselor's language
 * (Spanish for "es", English for any other). `idPrefix`: makes the ids unique when several share a shadow root.
 * `centerLang`: the language of the center's own words (`center.language`); when given and not the document's,
 * those words (program name and description, item names, band labels, the center's text) are marked with it.
 */
export function renderGoodFaithEstimate(gfe: GoodFaithEstimate, lang: string, idPrefix: string, centerLang?: string): TemplateResult {
  const t = gfeMessages(lang);
  const own = centerLang && base(centerLang) !== base(t.lang) ? centerLang : undefined;
  const id = (name: string) => `${idPrefix}gfe-${name}`;
  const separateNotice = gfe.separatelyBilled.length ? gfe.disclaimers.find((d) => d.code === 'separately-scheduled') : undefined;
  const otherDisclaimers = gfe.disclaimers.filter((d) => d !== separateNotice);
  return html`
    <article class="gfe" lang=${t.lang} aria-labelledby=${id('heading')}>
      <h3 id=${id('heading')}>${t.title}</h3>
      <p class="gfe-intro">${t.intro}</p>
      ${renderMissing(gfe, t, id)} ${renderPatient(gfe, t, id)} ${renderProvider(gfe, t, id)} ${renderService(gfe, t, id, own)}
      ${renderItems(gfe, t, id, own)}
      ${gfe.separatelyBilled.length ? renderSeparate(gfe, t, id, own, separateNotice) : nothing}
      <section class="gfe-section" aria-labelledby=${id('disclaimers')}>
        <h4 id=${id('disclaimers')}>${t.disclaimersHeading}</h4>
        ${otherDisclaimers.map((d) => renderDisclaimer(d, t))}
      </section>
      ${gfe.centerText
        ? html`<section class="gfe-section" aria-labelledby=${id('center-text')}>
            <h4 id=${id('center-text')}>${t.centerTextHeading(gfe.provider.name)}</h4>
            <p class="gfe-center-text" lang=${ifDefined(own)}>${gfe.centerText}</p>
          </section>`
        : nothing}
      <p class="gfe-issued"><strong>${t.issued(gfe.issuedOn)}</strong></p>
      <p class="gfe-deadlines screen-only">${t.deadlines}</p>
    </article>
  `;
}

type Id = (name: string) => string;

/** The blank a counselor fills in by hand on paper. (What staff must do, and when, is screen-only: not the patient's copy.) */
function blank(t: GfeMessages): TemplateResult {
  return html`<span class="gfe-blank">${t.blank}</span>`;
}

function renderMissing(gfe: GoodFaithEstimate, t: GfeMessages, id: Id): TemplateResult | typeof nothing {
  if (!gfe.missing.length) return nothing;
  return html`
    <section class="gfe-to-complete screen-only" aria-labelledby=${id('to-complete')}>
      <h4 id=${id('to-complete')}>${t.toComplete}</h4>
      <ul>
        ${gfe.missing.map((m) => {
          const said = t.missing[m.field];
          return html`<li data-field=${m.field} lang=${ifDefined(said || t.lang === 'en' ? undefined : 'en')}>${said ?? m.message}</li>`;
        })}
      </ul>
    </section>
  `;
}

function renderPatient(gfe: GoodFaithEstimate, t: GfeMessages, id: Id): TemplateResult {
  const { name, birthDate } = gfe.patient;
  return html`
    <section class="gfe-section gfe-patient" aria-labelledby=${id('patient')}>
      <h4 id=${id('patient')}>${t.patientHeading}</h4>
      <dl>
        <div><dt>${t.patientName}</dt><dd>${name?.trim() ? name : blank(t)}</dd></div>
        <div><dt>${t.birthDate}</dt><dd>${birthDate ? t.date(birthDate) : blank(t)}</dd></div>
      </dl>
    </section>
  `;
}

function renderProvider(gfe: GoodFaithEstimate, t: GfeMessages, id: Id): TemplateResult {
  const p = gfe.provider;
  return html`
    <section class="gfe-section gfe-provider" aria-labelledby=${id('provider')}>
      <h4 id=${id('provider')}>${t.providerHeading}</h4>
      <dl>
        <div><dt>${t.providerName}</dt><dd>${p.name}</dd></div>
        <div><dt>${t.npi}</dt><dd>${p.npi?.trim() ? p.npi : blank(t)}</dd></div>
        <div><dt>${t.tin}</dt><dd>${p.tin?.trim() ? p.tin : blank(t)}</dd></div>
        <div>
          <dt>${t.address}</dt>
          <dd>
            ${p.address
              ? html`${p.address.street}<br />
                  ${p.address.city}, ${p.address.state} ${p.address.postalCode}`
              : blank(t)}
          </dd>
        </div>
        ${p.phone ? html`<div><dt>${t.phone}</dt><dd>${p.phone}</dd></div>` : nothing}
      </dl>
    </section>
  `;
}

function renderService(gfe: GoodFaithEstimate, t: GfeMessages, id: Id, own: string | undefined): TemplateResult {
  const s = gfe.primaryService;
  // The core's own words for the program (no track description): said again in the document's language.
  const generated = s.description === describeProgram(s.weeks, s.daysPerWeek, s.hoursPerWeek);
  const codes = (list: readonly string[]) => (list.length ? list.join(', ') : blank(t));
  return html`
    <section class="gfe-section gfe-service" aria-labelledby=${id('service')}>
      <h4 id=${id('service')}>${t.serviceHeading}</h4>
      <dl>
        ${s.name ? html`<div><dt>${t.program}</dt><dd lang=${ifDefined(own)}>${s.name}</dd></div>` : nothing}
        <div>
          <dt>${t.service}</dt>
          ${generated
            ? html`<dd>${t.describeProgram(s.weeks, s.daysPerWeek, s.hoursPerWeek)}</dd>`
            : html`<dd lang=${ifDefined(own)}>${s.description}</dd>`}
        </div>
        <div><dt>${t.firstDay}</dt><dd>${t.date(s.firstDay)}</dd></div>
        <div><dt>${t.lastDay}</dt><dd>${t.date(s.lastDay)}</dd></div>
        <div><dt>${t.length}</dt><dd>${t.scope(s)}</dd></div>
        <div><dt>${t.serviceCodes}</dt><dd>${codes(s.codes)}</dd></div>
        <div><dt>${t.diagnosisCodes}</dt><dd>${codes(s.diagnosisCodes)}</dd></div>
      </dl>
    </section>
  `;
}

/** A line in plain words: per day, or (billed by the hour) the days of one length and the price of such a day. */
function describeItem(item: GfeItem, t: GfeMessages): string {
  if (item.unit === 'day') return t.itemPerDay(item.days);
  const hoursPerDay = money(item.quantity).dividedBy(item.days).toString();
  return t.itemHourly(item.days, hoursPerDay, item.pricePerDay);
}

function quantity(n: number, lang: string): string {
  return new Intl.NumberFormat(`${lang}-US`, { maximumFractionDigits: 2 }).format(n);
}

function renderDiscountLabel(d: GfeDiscount, t: GfeMessages, own: string | undefined): TemplateResult | string {
  if (d.kind === 'paid-in-full') return t.paidInFull(d.percent);
  const band = d.bandLabel ? html`<span lang=${ifDefined(own)}>${d.bandLabel}</span>` : t.band(d.band);
  return html`${t.slidingScale} (${band}): ${t.slidingScaleIncome(d.povertyPercent)}`;
}

function renderItems(gfe: GoodFaithEstimate, t: GfeMessages, id: Id, own: string | undefined): TemplateResult {
  const c = t.columns;
  const subtotal = formatAmount(sum(gfe.items.map((item) => money(item.amount))));
  return html`
    <section class="gfe-section gfe-items" aria-labelledby=${id('items')}>
      <h4 id=${id('items')}>${t.itemsHeading}</h4>
      <table class="gfe-table">
        <caption>${t.itemsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">${c.service}</th>
            <th scope="col">${c.codes}</th>
            <th scope="col" class="gfe-num">${c.quantity}</th>
            <th scope="col">${c.unit}</th>
            <th scope="col" class="gfe-num">${c.unitPrice}</th>
            <th scope="col" class="gfe-num">${c.amount}</th>
          </tr>
        </thead>
        <tbody>
          ${gfe.items.map(
            (item) => html`
              <tr class="gfe-item">
                <th scope="row">${describeItem(item, t)}</th>
                <td>${item.codes.length ? item.codes.join(', ') : blank(t)}</td>
                <td class="gfe-num">${quantity(item.quantity, t.lang)}</td>
                <td>${t.unit(item.unit, item.quantity)}</td>
                <td class="gfe-num">${t.money(item.unitPrice)}</td>
                <td class="gfe-num">${t.money(item.amount)}</td>
              </tr>
            `,
          )}
        </tbody>
        ${gfe.discounts.length
          ? html`
              <tbody class="gfe-discounts">
                <tr class="gfe-subtotal">
                  <th scope="row" colspan="5">${t.itemsSubtotal}</th>
                  <td class="gfe-num">${t.money(subtotal)}</td>
                </tr>
                <tr>
                  <th scope="rowgroup" colspan="6" class="gfe-group">${t.discountsHeading}</th>
                </tr>
                ${gfe.discounts.map(
                  (d) => html`
                    <tr class="gfe-discount" data-kind=${d.kind}>
                      <th scope="row" colspan="5">${renderDiscountLabel(d, t, own)}</th>
                      <td class="gfe-num">${t.money(`-${d.amount}`)}</td>
                    </tr>
                  `,
                )}
              </tbody>
            `
          : nothing}
        <tfoot>
          <tr class="gfe-total">
            <th scope="row" colspan="5"><strong>${t.total}</strong></th>
            <td class="gfe-num"><strong>${t.money(gfe.expectedTotal)}</strong></td>
          </tr>
        </tfoot>
      </table>
    </section>
  `;
}

function renderSeparate(gfe: GoodFaithEstimate, t: GfeMessages, id: Id, own: string | undefined, notice: GfeDisclaimer | undefined): TemplateResult {
  return html`
    <section class="gfe-section gfe-separate" aria-labelledby=${id('separate')}>
      <h4 id=${id('separate')}>${t.separateHeading}</h4>
      ${notice ? renderDisclaimer(notice, t) : nothing}
      <ul class="gfe-separate-list">
        ${gfe.separatelyBilled.map(
          (item) => html`
            <li>
              <span lang=${ifDefined(own)}>${item.name}</span>${item.code ? html`, ${t.code} ${item.code}` : nothing}:
              ${item.charge === null ? t.chargeUnknown : t.money(item.charge)}${item.note ? html`. <span lang=${ifDefined(own)}>${item.note}</span>` : nothing}
            </li>
          `,
        )}
      </ul>
    </section>
  `;
}

/** A disclaimer in the document's words, by its code and params; one this module does not know stays the core's English. */
function renderDisclaimer(d: GfeDisclaimer, t: GfeMessages): TemplateResult {
  const say = (t.disclaimers as Partial<Record<string, (params: GfeDisclaimer['params']) => string>>)[d.code];
  let said: string | undefined;
  try {
    said = say?.(d.params);
  } catch {
    said = undefined; // params that do not fit these words: the core's English stays
  }
  return html`<p class="gfe-disclaimer" data-code=${d.code} lang=${ifDefined(said || t.lang === 'en' ? undefined : 'en')}>${said || d.message}</p>`;
}
