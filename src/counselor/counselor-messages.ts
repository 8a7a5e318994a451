// The counselor's desk's own words, in English and Spanish. They travel in the desk's module, which only
// counselor mode loads; the widget's shared words (field labels, breakdown) come from src/ui/messages.ts.
import type { PlanChoice } from '../ui/form-state.ts';
import type { Messages } from '../ui/messages.ts';

const en = {
  title: 'Estimate for a patient',
  intro: 'Set up to three scenarios side by side, print the estimate, or send it by link or file. Nothing is stored or sent anywhere.',
  patientLegend: 'Patient (optional, printed, never stored)',
  patientName: 'Patient name',
  birthDate: 'Date of birth',
  scenario: (n: number) => `Scenario ${n}`,
  scenarioName: 'Name of this scenario',
  addScenario: 'Add a scenario (a copy of the last one)',
  removeScenario: (name: string) => `Remove ${name}`,
  shortPlan: {
    private: 'Employer or private plan',
    aca: 'Marketplace plan',
    medicare: 'Medicare',
    medicaid: 'Medicaid',
    uninsured: 'Self-pay',
    unsure: 'Employer or private plan',
  } as Record<PlanChoice, string>,
  inNetwork: 'in network',
  outOfNetwork: 'out of network',
  asSelfPay: 'as self-pay',
  selfPay: 'Pay as self-pay (the plan is not billed)',
  coverageLegend: 'Coverage',
  programLegend: 'Program',
  daysPerWeek: 'Days a week',
  inNetworkLegend: 'In-network terms',
  outOfNetworkLegend: 'Out-of-network terms',
  familyLegend: 'Family limits, in network',
  oonFamilyLegend: 'Family limits, out of network',
  limitsLegend: 'Plan year, day limits and authorization',
  householdLegend: 'Household',
  paymentLegend: 'Payment',
  copayBeforeDeductible: 'The copay applies before the deductible',
  planYearStart: 'Plan year starts (MM-DD)',
  oonAllowed: 'Plan’s out-of-network allowed amount per day',
  partBMet: 'Part B deductible already paid this year',
  medigapLimitMet: 'Already paid toward the Medigap plan’s yearly limit',
  priorAuthorization: 'Prior authorization',
  priorAuthorizations: { '': 'Not asked', approved: 'Approved', pending: 'Pending', unknown: 'Not known' },
  aprPercent: 'APR (%)',
  paidInFull: 'Pays the self-pay total in full, up front',
  lessThan: (amount: string, name: string) => `${amount} less than ${name}`,
  moreThan: (amount: string, name: string) => `${amount} more than ${name}`,
  sameAs: (name: string) => `The same as ${name}`,
  fixErrors: 'Fix the marked fields first.',
  actionsLabel: 'Print or send this estimate',
  print: 'Print / Save as PDF',
  copyLink: 'Copy link',
  includePersonal: 'Include personal details (household, income, name, date of birth)',
  linkCopied: 'Link copied. It holds the estimate itself: nothing is stored on a server.',
  linkNotCopied: 'The browser did not allow copying: select the link below and copy it.',
  linkLabel: 'Link to this estimate',
  download: 'Download (.json)',
  downloaded: 'Downloaded.',
  load: 'Load a saved estimate (.json)',
  loaded: (name: string) => `Opened ${name}.`,
  loadFailed: (name: string, reason: string) => `${name} could not be opened: ${reason}.`,
  preparedOn: (date: string) => `Prepared on ${date}`,
  npi: 'NPI',
  tin: 'TIN',
  assumptions: 'What this estimate assumes',
  weekTable: 'Week by week',
  figures: 'Figures used and their sources',
  limits:
    'This is an estimate, not a bill, a quote or a promise of coverage. It assumes the plan covers the program as medically necessary, that any prior authorization is granted, and that the plan numbers above are current. It prices the program’s days only, not a separate evaluation, medication or lab work. Verify benefits with the plan before the program starts.',
  notes: 'Notes',
  goodFaithEstimate: 'Good Faith Estimate (federal law requires one for uninsured and self-pay patients)',
  diagnosisCodes: 'Diagnosis codes (ICD-10), when known',
};

export type CounselorMessages = typeof en;

const es: CounselorMessages = {
  title: 'Estimado para un paciente',
  intro: 'Prepare hasta tres escenarios lado a lado, imprima el estimado o envíelo por enlace o archivo. Nada se guarda ni se envía a ningún lugar.',
  patientLegend: 'Paciente (opcional, se imprime, nunca se guarda)',
  patientName: 'Nombre del paciente',
  birthDate: 'Fecha de nacimiento',
  scenario: (n) => `Escenario ${n}`,
  scenarioName: 'Nombre de este escenario',
  addScenario: 'Agregar un escenario (copia del último)',
  removeScenario: (name) => `Quitar ${name}`,
  shortPlan: {
    private: 'Plan del empleador o privado',
    aca: 'Plan del Mercado',
    medicare: 'Medicare',
    medicaid: 'Medicaid',
    uninsured: 'Pago propio',
    unsure: 'Plan del empleador o privado',
  },
  inNetwork: 'dentro de la red',
  outOfNetwork: 'fuera de la red',
  asSelfPay: 'pagando por su cuenta',
  selfPay: 'Pagar por su cuenta (no se factura al plan)',
  coverageLegend: 'Cobertura',
  programLegend: 'Programa',
  daysPerWeek: 'Días por semana',
  inNetworkLegend: 'Términos dentro de la red',
  outOfNetworkLegend: 'Términos fuera de la red',
  familyLegend: 'Límites familiares, dentro de la red',
  oonFamilyLegend: 'Límites familiares, fuera de la red',
  limitsLegend: 'Año del plan, límite de días y autorización',
  householdLegend: 'Hogar',
  paymentLegend: 'Pago',
  copayBeforeDeductible: 'El copago se aplica antes del deducible',
  planYearStart: 'El año del plan empieza (MM-DD)',
  oonAllowed: 'Cantidad que el plan reconoce fuera de la red por día',
  partBMet: 'Ya pagado del deducible de la Parte B este año',
  medigapLimitMet: 'Ya pagado del límite anual del plan Medigap',
  priorAuthorization: 'Autorización previa',
  priorAuthorizations: { '': 'No preguntada', approved: 'Aprobada', pending: 'Pendiente', unknown: 'No se sabe' },
  aprPercent: 'Tasa anual (APR, %)',
  paidInFull: 'Paga todo por adelantado',
  lessThan: (amount, name) => `${amount} menos que ${name}`,
  moreThan: (amount, name) => `${amount} más que ${name}`,
  sameAs: (name) => `Lo mismo que ${name}`,
  fixErrors: 'Primero corrija los campos marcados.',
  actionsLabel: 'Imprimir o enviar este estimado',
  print: 'Imprimir / Guardar como PDF',
  copyLink: 'Copiar enlace',
  includePersonal: 'Incluir datos personales (hogar, ingreso, nombre, fecha de nacimiento)',
  linkCopied: 'Enlace copiado. Contiene el estimado mismo: nada se guarda en un servidor.',
  linkNotCopied: 'El navegador no permitió copiar: seleccione el enlace de abajo y cópielo.',
  linkLabel: 'Enlace a este estimado',
  download: 'Descargar (.json)',
  downloaded: 'Descargado.',
  load: 'Abrir un estimado guardado (.json)',
  loaded: (name) => `Se abrió ${name}.`,
  loadFailed: (name, reason) => `No se pudo abrir ${name}: ${reason}.`,
  preparedOn: (date) => `Preparado el ${date}`,
  npi: 'NPI',
  tin: 'TIN',
  assumptions: 'Lo que supone este estimado',
  weekTable: 'Semana por semana',
  figures: 'Cifras usadas y sus fuentes',
  limits:
    'Esto es un estimado, no una factura, una cotización ni una promesa de cobertura. Supone que el plan cubre el programa como médicamente necesario, que se concede cualquier autorización previa y que los números del plan de arriba están al día. Solo calcula los días del programa, no una evaluación aparte, medicamentos ni análisis de laboratorio. Verifique los beneficios con el plan antes de empezar.',
  notes: 'Notas',
  goodFaithEstimate: 'Estimado de Buena Fe (la ley federal lo exige para pacientes sin seguro o que pagan por su cuenta)',
  diagnosisCodes: 'Códigos de diagnóstico (CIE-10), si se conocen',
};

/** The desk's words for a language tag ("es-MX" counts as "es"); English otherwise. */
export function counselorMessages(lang: string): CounselorMessages {
  return lang.toLowerCase().split('-')[0] === 'es' ? es : en;
}

/**
 * The widget's words that speak as the patient ("what I can pay each month"), said of the patient at the desk.
 * The rest of the shared words (field labels, the breakdown) stay the widget's.
 */
const patientWords = {
  en: (t: Messages): Partial<Messages> => ({
    planTypeQuestion: 'How would the patient pay?',
    planTypes: { ...t.planTypes, uninsured: 'No insurance / self-pay' },
    supplements: { ...t.supplements, qmb: 'Medicaid helps pay the patient’s Medicare costs (QMB)' },
    monthlyBudget: 'Or: the patient’s monthly budget',
    parentQuestion: 'The patient is a parent or caretaker of a child under 19 at home',
  }),
  es: (t: Messages): Partial<Messages> => ({
    planTypeQuestion: '¿Cómo pagaría el paciente?',
    planTypes: { ...t.planTypes, uninsured: 'Sin seguro / pago propio' },
    supplements: { ...t.supplements, qmb: 'Medicaid ayuda a pagar los costos de Medicare del paciente (QMB)' },
    monthlyBudget: 'O: lo que el paciente puede pagar al mes',
    parentQuestion: 'El paciente es padre, madre o cuidador de un menor de 19 años que vive en su hogar',
  }),
};

/**
 * The widget's words `t` in `lang`, with those that speak as the patient said of the patient instead. Made
 * afresh each time: English grows in place as later modules load their words (messages.ts, addEnglish).
 */
export function deskWords(t: Messages, lang: string): Messages {
  return { ...t, ...(lang.toLowerCase().split('-')[0] === 'es' ? patientWords.es(t) : patientWords.en(t)) };
}
