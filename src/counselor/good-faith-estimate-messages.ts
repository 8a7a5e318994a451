// The Good Faith Estimate's own words, in English and Spanish, for src/counselor/good-faith-estimate-view.ts.
// The core (src/core/documents/good-faith-estimate.ts) assembles the estimate as data with English disclaimers and their
// params; here every disclaimer is said again by its code from those params, amounts written with formatMoney
// and dates with formatDate for the language, so both languages print "$12,600.00" and a readable date.
// What each element is and where the rule asks for it: src/core/documents/GOOD-FAITH-ESTIMATE.md.
import type { GfeDisclaimerCode } from '../core/documents/good-faith-estimate.ts';
import type { UnitKind } from '../core/claims/units.ts';
import { formatDate, formatMoney } from '../ui/format.ts';

export type GfeParams = Record<string, string | number | boolean>;

/** The program's recurring scope, as the core gives it in `primaryService`. */
export interface GfeScope {
  weeks: number;
  daysPerWeek: number;
  hoursPerWeek: number;
  serviceDays: number;
  units: number;
  unitKind: UnitKind;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const str = (value: string | number | boolean | undefined) => (value === undefined ? '' : String(value));

/** Amounts and dates the US way in the words' language: "$12,600.00", "Mar 2, 2026" or "2 mar 2026". */
function formatters(lang: 'en' | 'es') {
  return {
    money: (amount: string | number | boolean | undefined) => formatMoney(str(amount), lang),
    date: (iso: string | number | boolean | undefined) => formatDate(str(iso), lang),
  };
}

function english() {
  const { money, date } = formatters('en');
  const ask = (p: GfeParams) => (p.phone ? `call ${str(p.center)} at ${str(p.phone)}` : `ask ${str(p.center)}`);
  return {
    /** The language these words are in, for lang attributes. */
    lang: 'en',
    money,
    date,
    title: 'Good Faith Estimate',
    intro:
      'What you can expect to be charged for this program if you are uninsured or are paying without using insurance (self-pay), as the No Surprises Act requires.',
    blank: '______',
    toComplete: 'To complete before giving it:',
    missing: {
      'patient.name': 'The patient’s name (45 CFR 149.610(c)(1)(i)).',
      'patient.birthDate': 'The patient’s date of birth (45 CFR 149.610(c)(1)(i)).',
      'center.npi': 'The provider’s National Provider Identifier, NPI (45 CFR 149.610(c)(1)(v)).',
      'center.tin': 'The provider’s Tax Identification Number, TIN (45 CFR 149.610(c)(1)(v)).',
      'center.address': 'The address where the services are given (45 CFR 149.610(c)(1)(v)).',
      'center.billing.codes': 'The expected service codes (45 CFR 149.610(c)(1)(iv)).',
      diagnosisCodes: 'The diagnosis codes, when known (45 CFR 149.610(c)(1)(iv)).',
    } as Partial<Record<string, string>>,

    patientHeading: 'Patient',
    patientName: 'Name',
    birthDate: 'Date of birth',

    providerHeading: 'Provider',
    providerName: 'Name',
    npi: 'National Provider Identifier (NPI)',
    tin: 'Tax Identification Number (TIN)',
    address: 'Where the services are given',
    phone: 'Phone',

    serviceHeading: 'The primary service and its expected dates',
    program: 'Program',
    service: 'Service',
    firstDay: 'Expected first day',
    lastDay: 'Expected last day',
    length: 'Number of days',
    scope: (s: GfeScope) =>
      `${s.serviceDays} ${plural(s.serviceDays, 'day', 'days')} of treatment over ${s.weeks} ${plural(s.weeks, 'week', 'weeks')}: ` +
      `${s.daysPerWeek} ${plural(s.daysPerWeek, 'day', 'days')} a week, ${s.hoursPerWeek} ${plural(s.hoursPerWeek, 'hour', 'hours')} a week` +
      (s.unitKind === 'hour' ? ` (${s.units} ${plural(s.units, 'hour', 'hours')} in all)` : ''),
    /** The primary service in plain words when the center gave no description of its own. */
    describeProgram: (weeks: number, daysPerWeek: number, hoursPerWeek: number) =>
      `Intensive outpatient program: ${weeks} ${plural(weeks, 'week', 'weeks')}, ${daysPerWeek} ${plural(daysPerWeek, 'day', 'days')} a week, ${hoursPerWeek} ${plural(hoursPerWeek, 'hour', 'hours')} a week`,
    serviceCodes: 'Service codes',
    diagnosisCodes: 'Diagnosis codes (ICD-10)',

    itemsHeading: 'Itemized services and expected charges',
    itemsCaption: 'Each service, its codes, how many, the price of one and the amount',
    columns: { service: 'Service', codes: 'Codes', quantity: 'Quantity', unit: 'Unit', unitPrice: 'Unit price', amount: 'Amount' },
    unit: (kind: UnitKind, n: number) => (kind === 'day' ? plural(n, 'day', 'days') : plural(n, 'hour', 'hours')),
    itemPerDay: (days: number) => `Intensive outpatient program, per day of treatment (${days} ${plural(days, 'day', 'days')})`,
    itemHourly: (days: number, hoursPerDay: string, pricePerDay: string) =>
      `Intensive outpatient program, billed by the hour: ${days} ${plural(days, 'day', 'days')} of ${hoursPerDay} hours, ${money(pricePerDay)} a day`,
    itemsSubtotal: 'Services before discounts',
    discountsHeading: 'Discounts',
    slidingScale: 'Sliding-scale discount',
    band: (n: number) => `band ${n}`,
    slidingScaleIncome: (povertyPercent: string) => `household income at ${povertyPercent}% of the federal poverty guideline`,
    paidInFull: (percent: number) => `Paid-in-full discount (${percent}%), for paying the whole amount before the program starts`,
    total: 'Total expected charges',

    separateHeading: 'Items and services that may be billed separately',
    code: 'code',
    chargeUnknown: 'charge in its own estimate',

    disclaimersHeading: 'What you should know',
    disclaimers: {
      'separately-scheduled': (p: GfeParams) =>
        'Separate Good Faith Estimates will be given when the items or services listed below are scheduled, or when you ask for them. ' +
        'Their diagnosis codes, service codes, expected charges and provider details do not need to be listed here: they will be in those separate estimates. ' +
        `To get one, ${ask(p)}.`,
      'additional-items': (p: GfeParams) =>
        `There may be other items or services ${str(p.center)} recommends as part of your care that must be scheduled or requested separately. They are not included in this Good Faith Estimate.`,
      'only-an-estimate': (p: GfeParams) =>
        `This Good Faith Estimate is only an estimate of the items and services reasonably expected to be given, based on what was known on ${date(p.date)}. Actual items, services or charges may differ from this estimate.`,
      'dispute-right': (p: GfeParams) =>
        `You have the right to dispute the bill if ${str(p.center)} bills you at least ${money(p.threshold)} more than the ${money(p.expectedTotal)} expected on this estimate (that is, ${money(p.disputeFrom)} or more). ` +
        `You can ask ${str(p.center)} to update the bill, to negotiate it, or for financial help, and you can start the federal patient-provider dispute resolution process. ` +
        `You must start it within ${str(p.days)} calendar days (about 4 months) of receiving your first bill; to be safe, count from the date printed on the bill. ` +
        `To learn how, visit ${str(p.url)} or call ${str(p.phone)}. Starting a dispute will not affect the quality of the care you receive.`,
      'not-a-contract': (p: GfeParams) =>
        `This Good Faith Estimate is not a contract. It does not require you to get these items or services from ${str(p.center)} or from any other provider named in it.`,
      'keep-a-copy': () =>
        'Keep a copy or a picture of this Good Faith Estimate. You will need it, with your bill, if you are billed more than this estimate.',
    } as Record<GfeDisclaimerCode, (params: GfeParams) => string>,

    centerTextHeading: (center: string) => `From ${center}`,
    issued: (iso: string) => `Issued on ${date(iso)}`,
    deadlines:
      'When it is due: for a service scheduled at least 3 business days ahead, within 1 business day of scheduling; scheduled at least 10 business days ahead, within 3 business days of scheduling; when you ask for one, within 3 business days of asking. If the services or charges change, a new estimate is due at least 1 business day before the service.',
  };
}

export type GfeMessages = ReturnType<typeof english>;

function spanish(): GfeMessages {
  const { money, date } = formatters('es');
  const ask = (p: GfeParams) => (p.phone ? `llame a ${str(p.center)} al ${str(p.phone)}` : `pídaselo a ${str(p.center)}`);
  return {
    lang: 'es',
    money,
    date,
    title: 'Estimado de Buena Fe',
    intro:
      'Lo que se espera cobrarle por este programa si usted no tiene seguro o paga sin usar su seguro (por su cuenta), como lo exige la Ley Sin Sorpresas (No Surprises Act).',
    blank: '______',
    toComplete: 'Para completar antes de entregarlo:',
    missing: {
      'patient.name': 'El nombre del paciente (45 CFR 149.610(c)(1)(i)).',
      'patient.birthDate': 'La fecha de nacimiento del paciente (45 CFR 149.610(c)(1)(i)).',
      'center.npi': 'El Número de Identificación Nacional del Proveedor, NPI (45 CFR 149.610(c)(1)(v)).',
      'center.tin': 'El Número de Identificación Tributaria del proveedor, TIN (45 CFR 149.610(c)(1)(v)).',
      'center.address': 'La dirección donde se dan los servicios (45 CFR 149.610(c)(1)(v)).',
      'center.billing.codes': 'Los códigos de servicio previstos (45 CFR 149.610(c)(1)(iv)).',
      diagnosisCodes: 'Los códigos de diagnóstico, si se conocen (45 CFR 149.610(c)(1)(iv)).',
    },

    patientHeading: 'Paciente',
    patientName: 'Nombre',
    birthDate: 'Fecha de nacimiento',

    providerHeading: 'Proveedor',
    providerName: 'Nombre',
    npi: 'Número de Identificación Nacional del Proveedor (NPI)',
    tin: 'Número de Identificación Tributaria (TIN)',
    address: 'Dónde se dan los servicios',
    phone: 'Teléfono',

    serviceHeading: 'El servicio principal y sus fechas previstas',
    program: 'Programa',
    service: 'Servicio',
    firstDay: 'Primer día previsto',
    lastDay: 'Último día previsto',
    length: 'Número de días',
    scope: (s) =>
      `${s.serviceDays} ${plural(s.serviceDays, 'día', 'días')} de tratamiento en ${s.weeks} ${plural(s.weeks, 'semana', 'semanas')}: ` +
      `${s.daysPerWeek} ${plural(s.daysPerWeek, 'día', 'días')} por semana, ${s.hoursPerWeek} ${plural(s.hoursPerWeek, 'hora', 'horas')} por semana` +
      (s.unitKind === 'hour' ? ` (${s.units} ${plural(s.units, 'hora', 'horas')} en total)` : ''),
    describeProgram: (weeks, daysPerWeek, hoursPerWeek) =>
      `Programa ambulatorio intensivo: ${weeks} ${plural(weeks, 'semana', 'semanas')}, ${daysPerWeek} ${plural(daysPerWeek, 'día', 'días')} por semana, ${hoursPerWeek} ${plural(hoursPerWeek, 'hora', 'horas')} por semana`,
    serviceCodes: 'Códigos de servicio',
    diagnosisCodes: 'Códigos de diagnóstico (ICD-10)',

    itemsHeading: 'Servicios detallados y cargos previstos',
    itemsCaption: 'Cada servicio, sus códigos, cuántos, el precio de uno y el monto',
    columns: { service: 'Servicio', codes: 'Códigos', quantity: 'Cantidad', unit: 'Unidad', unitPrice: 'Precio por unidad', amount: 'Monto' },
    unit: (kind, n) => (kind === 'day' ? plural(n, 'día', 'días') : plural(n, 'hora', 'horas')),
    itemPerDay: (days) => `Programa ambulatorio intensivo, por día de tratamiento (${days} ${plural(days, 'día', 'días')})`,
    itemHourly: (days, hoursPerDay, pricePerDay) =>
      `Programa ambulatorio intensivo, cobrado por hora: ${days} ${plural(days, 'día', 'días')} de ${hoursPerDay} horas, ${money(pricePerDay)} por día`,
    itemsSubtotal: 'Servicios antes de descuentos',
    discountsHeading: 'Descuentos',
    slidingScale: 'Descuento por escala móvil',
    band: (n) => `nivel ${n}`,
    slidingScaleIncome: (povertyPercent) => `ingreso del hogar al ${povertyPercent}% de la línea de pobreza federal`,
    paidInFull: (percent) => `Descuento por pago total (${percent}%), por pagar todo antes de que empiece el programa`,
    total: 'Total de cargos previstos',

    separateHeading: 'Artículos y servicios que se pueden cobrar aparte',
    code: 'código',
    chargeUnknown: 'el cargo estará en su propio estimado',

    disclaimersHeading: 'Lo que debe saber',
    disclaimers: {
      'separately-scheduled': (p) =>
        'Se le darán Estimados de Buena Fe aparte cuando se programen los artículos o servicios de la lista de abajo, o cuando usted los pida. ' +
        'Sus códigos de diagnóstico, códigos de servicio, cargos previstos y datos del proveedor no tienen que aparecer aquí: estarán en esos estimados aparte. ' +
        `Para recibir uno, ${ask(p)}.`,
      'additional-items': (p) =>
        `Puede haber otros artículos o servicios que ${str(p.center)} recomiende como parte de su atención y que se deben programar o pedir aparte. No están incluidos en este Estimado de Buena Fe.`,
      'only-an-estimate': (p) =>
        `Este Estimado de Buena Fe es solo un estimado de los artículos y servicios que razonablemente se espera darle, según lo que se sabía el ${date(p.date)}. Los artículos, servicios o cargos reales pueden ser distintos de este estimado.`,
      'dispute-right': (p) =>
        `Usted tiene derecho a disputar la factura si ${str(p.center)} le cobra al menos ${money(p.threshold)} más que los ${money(p.expectedTotal)} previstos en este estimado (es decir, ${money(p.disputeFrom)} o más). ` +
        `Puede pedirle a ${str(p.center)} que corrija la factura, que la negocie o que le dé ayuda financiera, y puede iniciar el proceso federal de resolución de disputas entre pacientes y proveedores. ` +
        `Debe iniciarlo dentro de los ${str(p.days)} días calendario (unos 4 meses) después de recibir su primera factura; para estar seguro, cuente desde la fecha impresa en la factura. ` +
        `Para saber cómo, visite ${str(p.url)} o llame al ${str(p.phone)}. Iniciar una disputa no afectará la calidad de la atención que recibe.`,
      'not-a-contract': (p) =>
        `Este Estimado de Buena Fe no es un contrato. No le obliga a recibir estos artículos o servicios de ${str(p.center)} ni de ningún otro proveedor nombrado en él.`,
      'keep-a-copy': () =>
        'Guarde una copia o una foto de este Estimado de Buena Fe. La necesitará, junto con su factura, si le cobran más de lo que dice este estimado.',
    },

    centerTextHeading: (center) => `De ${center}`,
    issued: (iso) => `Emitido el ${date(iso)}`,
    deadlines:
      'Cuándo se debe entregar: para un servicio programado con al menos 3 días hábiles de anticipación, dentro de 1 día hábil después de programarlo; con al menos 10 días hábiles de anticipación, dentro de 3 días hábiles después de programarlo; si usted lo pide, dentro de 3 días hábiles después de pedirlo. Si cambian los servicios o los cargos, se debe dar un estimado nuevo al menos 1 día hábil antes del servicio.',
  };
}

let en: GfeMessages | undefined;
let es: GfeMessages | undefined;

/**
 * The Good Faith Estimate's words for a language tag ("es-MX" counts as "es"); English for any other. `money`
 * and `date` write amounts and dates for those words (always US dollars, written the US way).
 */
export function gfeMessages(lang: string): GfeMessages {
  if (lang.toLowerCase().split('-')[0] === 'es') return (es ??= spanish());
  return (en ??= english());
}
