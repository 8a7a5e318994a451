// The scenarios side by side, at the top of the desk and of the printed estimate: one column per scenario, one
// row per figure a counselor compares (what the patient pays, what the plan pays, by plan year, the payment plan,
// paying in full, the first week, the differences in words). The one that costs least is marked only when it
// does whatever the plans' unknown numbers are: its high end at most every other's low end, and below one.
import { html, nothing, type TemplateResult } from 'lit';
import { money } from '../core/money.ts';
import type { EstimateResult } from '../core/schemas.ts';
import { formatDate, formatMoney } from '../ui/format.ts';
import { planPaysRange, shownRange } from '../ui/summary.ts';
import type { CounselorMessages } from './counselor-messages.ts';
import { differences, type Compared } from './differences.ts';

export interface Column {
  compared: Compared;
  /** null while the scenario has errors. */
  result: EstimateResult | null;
}

/** The column that costs least whatever the unknown numbers are (its high end at most every other's low end), if any. */
export function costsLeast(columns: readonly Column[]): number | null {
  const priced = columns.flatMap((column, i) => (column.result ? [{ i, low: money(shownRange(column.result)?.low ?? column.result.patient.total), high: money(column.result.patient.total) }] : []));
  if (priced.length < 2) return null;
  const least = priced.find((one) => priced.every((other) => other === one || one.high.lessThan(other.low)));
  return least?.i ?? null;
}

export function renderComparisonTable(columns: readonly Column[], c: CounselorMessages, lang: string): TemplateResult | typeof nothing {
  if (columns.length < 2) return nothing;
  const amount = (value: string) => formatMoney(value, lang);
  const range = (total: string, shown: { low: string; high: string } | undefined) => (shown ? `${amount(shown.low)} – ${amount(shown.high)}` : amount(total));
  const least = costsLeast(columns);
  const cell = (value: (result: EstimateResult) => unknown) => columns.map(({ result }) => html`<td>${result ? (value(result) ?? c.none) : c.none}</td>`);
  const row = (label: string, value: (result: EstimateResult) => unknown) => html`<tr><th scope="row">${label}</th>${cell(value)}</tr>`;
  return html`
    <table class="side-by-side">
      <caption>${c.sideBySide}</caption>
      <thead>
        <tr>
          <td></td>
          ${columns.map(({ compared }, i) => html`<th scope="col">${compared.name}${i === least ? html` <strong class="badge">${c.costsLeast}</strong>` : nothing}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${row(c.rows.patientPays, (r) => html`<strong>${range(r.patient.total, shownRange(r))}</strong>`)}
        ${row(c.rows.planPays, (r) => range(r.planPays, planPaysRange(r)))}
        ${row(c.rows.planYears, (r) => (r.planYears?.length ? r.planYears.map((year, i) => html`${i ? html`<br />` : nothing}${c.fromDate(formatDate(year.from, lang), amount(year.patient))}`) : undefined))}
        ${row(c.rows.monthly, (r) => (r.paymentPlan && r.paymentPlan.months > 0 ? c.perMonth(amount(r.paymentPlan.monthly), r.paymentPlan.months) : undefined))}
        ${row(c.rows.paidInFull, (r) => (r.paidInFullOffer ? amount(r.paidInFullOffer.total) : undefined))}
        ${row(c.rows.firstWeek, (r) => (r.weekly[0] ? amount(r.weekly[0].patient) : undefined))}
        <tr>
          <th scope="row">${c.rows.differs}</th>
          ${columns.map(({ compared }) => {
            const lines = differences(compared, columns.map((column) => column.compared), c, lang);
            return html`<td>${lines.length ? lines.map((line, i) => html`${i ? html`<br />` : nothing}${line}`) : c.none}</td>`;
          })}
        </tr>
      </tbody>
    </table>
  `;
}
