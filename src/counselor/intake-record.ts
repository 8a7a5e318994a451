// The intake record: what a benefits check produces and an intake team files with the estimate. Per
// estimate the patient, the counselor, an estimate number and a "valid until" date; per scenario the insurer
// in the counselor's words, the member's IDs, who verified what and when, the authorization's number and notes.
// It prints on the estimate and is kept in files (shared-estimate.ts); links never carry it.
import { html, nothing, type TemplateResult } from 'lit';
import type { BenefitsCheck, SharedEstimate } from '../core/sharing/shared-estimate.ts';
import { formatDate } from '../ui/format.ts';
import type { CounselorMessages } from './counselor-messages.ts';

export const PATIENT_FIELDS = ['name', 'birthDate', 'phone', 'address', 'account'] as const;
export const ESTIMATE_FIELDS = ['estimateNumber', 'validUntil', 'counselorName', 'counselorPhone'] as const;
export const BENEFITS_FIELDS = [
  'insurer', 'memberId', 'groupNumber', 'subscriber', 'verifiedOn', 'representative', 'callReference', 'priorAuthorizationNumber', 'notes',
] as const;

export type PatientRecord = Record<(typeof PATIENT_FIELDS)[number], string>;
export type EstimateRecord = Record<(typeof ESTIMATE_FIELDS)[number], string>;
export type BenefitsRecord = Record<(typeof BENEFITS_FIELDS)[number], string>;

const DATES = new Set(['birthDate', 'validUntil', 'verifiedOn']);

const blank = <K extends string>(fields: readonly K[]) => Object.fromEntries(fields.map((f) => [f, ''])) as Record<K, string>;
export const emptyPatient = (): PatientRecord => blank(PATIENT_FIELDS);
export const emptyBenefits = (): BenefitsRecord => blank(BENEFITS_FIELDS);

/** Only the fields typed, trimmed: what a file keeps. */
function typed<K extends string>(record: Record<K, string>): Partial<Record<K, string>> {
  return Object.fromEntries(Object.entries<string>(record).map(([k, v]) => [k, v.trim()]).filter(([, v]) => v)) as Partial<Record<K, string>>;
}

export const hasAny = (record: Record<string, string>): boolean => Object.values(record).some((value) => value.trim() !== '');

/** The record's parts of a saved estimate (a file): only what was typed. */
export function recordForFile(patient: PatientRecord, estimate: EstimateRecord): Pick<SharedEstimate, 'patient' | 'intake'> {
  const savedPatient = typed(patient);
  const { counselorName, counselorPhone, ...numbers } = typed(estimate);
  const counselor = { ...(counselorName ? { name: counselorName } : {}), ...(counselorPhone ? { phone: counselorPhone } : {}) };
  const intake = { ...numbers, ...(Object.keys(counselor).length ? { counselor } : {}) };
  return { ...(Object.keys(savedPatient).length ? { patient: savedPatient } : {}), ...(Object.keys(intake).length ? { intake } : {}) };
}

export const benefitsForFile = (benefits: BenefitsRecord): BenefitsCheck | undefined => (hasAny(benefits) ? typed(benefits) : undefined);

/** The record of a saved estimate (a file, or an older link with a name and birth date), as the desk edits it. */
export function recordFromFile(shared: SharedEstimate | null): { patient: PatientRecord; estimate: EstimateRecord } {
  const intake = shared?.intake;
  return {
    patient: { ...emptyPatient(), ...shared?.patient },
    estimate: {
      estimateNumber: intake?.estimateNumber ?? '',
      validUntil: intake?.validUntil ?? '',
      counselorName: intake?.counselor?.name ?? '',
      counselorPhone: intake?.counselor?.phone ?? '',
    },
  };
}

export const benefitsFromFile = (benefits: BenefitsCheck | undefined): BenefitsRecord => ({ ...emptyBenefits(), ...benefits });

/** One text or date field of the record; its label from the desk's words. */
function recordField<K extends string>(id: string, name: K, label: string, value: string, set: (name: K, value: string) => void, wide = false): TemplateResult {
  const date = DATES.has(name);
  // Phone numbers as text with a phone keypad: "555-0100 x12" is a phone number too.
  const inputmode = name === 'phone' || name === 'counselorPhone' ? 'tel' : nothing;
  const input = (e: Event) => set(name, (e.target as HTMLInputElement | HTMLTextAreaElement).value);
  return html`<div class="field${wide ? ' wide' : ''}">
    <label for="${id}-${name}">${label}</label>
    ${name === 'notes'
      ? html`<textarea id="${id}-${name}" name=${name} rows="3" .value=${value} @input=${input}></textarea>`
      : html`<input id="${id}-${name}" name=${name} type=${date ? 'date' : 'text'} inputmode=${inputmode} autocomplete="off" .value=${value} @input=${input} />`}
  </div>`;
}

/** The patient and the estimate's own numbers: typed on screen, printed in the letterhead. */
export function renderRecordFields(id: string, patient: PatientRecord, estimate: EstimateRecord, c: CounselorMessages,
  setPatient: (name: keyof PatientRecord, value: string) => void, setEstimate: (name: keyof EstimateRecord, value: string) => void): TemplateResult {
  return html`
    <fieldset class="patient record screen-only">
      <legend>${c.patientLegend}</legend>
      <div class="row">${PATIENT_FIELDS.map((f) => recordField(id, f, c.record[f], patient[f], setPatient))}</div>
    </fieldset>
    <fieldset class="record screen-only">
      <legend>${c.estimateLegend}</legend>
      <div class="row">${ESTIMATE_FIELDS.map((f) => recordField(id, f, c.record[f], estimate[f], setEstimate))}</div>
    </fieldset>
  `;
}

/** A scenario's benefits check, folded until the counselor opens it or it holds something. */
export function renderBenefitsFields(id: string, benefits: BenefitsRecord, insurerHint: string, c: CounselorMessages,
  set: (name: keyof BenefitsRecord, value: string) => void): TemplateResult {
  return html`
    <details class="benefits screen-only" ?open=${hasAny(benefits)}>
      <summary>${c.benefitsLegend}</summary>
      <div class="row">
        ${BENEFITS_FIELDS.map((f) =>
          f === 'insurer'
            ? html`<div class="field">
                <label for="${id}-insurer">${c.record.insurer}</label>
                <input id="${id}-insurer" name="insurer" type="text" autocomplete="off" placeholder=${insurerHint} .value=${benefits.insurer}
                  @input=${(e: Event) => set('insurer', (e.target as HTMLInputElement).value)} />
              </div>`
            : recordField(id, f, c.record[f], benefits[f], set, f === 'notes'),
        )}
      </div>
    </details>
  `;
}

/** Label and value lines of what was typed, dates written out; nothing when nothing was. */
function printedLines<K extends string>(fields: readonly K[], record: Record<K, string>, labels: Record<K, string>, lang: string): TemplateResult[] {
  return fields
    .filter((f) => record[f].trim())
    .map((f) => html`<div><dt>${labels[f]}:</dt> <dd>${DATES.has(f) ? formatDate(record[f], lang) : record[f].trim()}</dd></div>`);
}

/** The letterhead's record: the patient and the estimate's number, dates and counselor. */
export function renderPrintedRecord(patient: PatientRecord, estimate: EstimateRecord, c: CounselorMessages, lang: string): TemplateResult | typeof nothing {
  const lines = [...printedLines(PATIENT_FIELDS, patient, c.record, lang), ...printedLines(ESTIMATE_FIELDS, estimate, c.record, lang)];
  return lines.length ? html`<dl class="record-lines">${lines}</dl>` : nothing;
}

/** A scenario's benefits check on paper, the prior authorization's status with its number. */
export function renderPrintedBenefits(benefits: BenefitsRecord, insurer: string, c: CounselorMessages, lang: string): TemplateResult | typeof nothing {
  const record = { ...benefits, insurer: benefits.insurer.trim() || insurer };
  const lines = printedLines(BENEFITS_FIELDS, record, c.record, lang);
  return hasAny(benefits) ? html`<section class="benefits-printed print-only"><h4>${c.benefitsLegend}</h4><dl class="record-lines">${lines}</dl></section>` : nothing;
}

/** What a patient signs: they received the estimate and it is not a bill; and the counselor who prepared it. */
export function renderSignatures(counselorName: string, c: CounselorMessages): TemplateResult {
  return html`
    <section class="signatures print-only" aria-label=${c.signaturesLabel}>
      <p>${c.acknowledgment}</p>
      <div class="sign-line"><span>${c.patientSignature}</span> <span>${c.signatureDate}</span></div>
      <div class="sign-line"><span>${c.counselorSignature(counselorName.trim())}</span> <span>${c.signatureDate}</span></div>
    </section>
  `;
}
