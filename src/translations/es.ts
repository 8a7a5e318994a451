// Spanish for <iop-cost-estimator>. The embed file carries English only; a Spanish page adds this module:
//   <script type="module" src=".../translations/es.js"></script>   (npm: import 'iop-cost-estimator/translations/es.js')
import type { Messages, WarningParams } from '../ui/messages.ts';
import { registerTranslation } from '../ui/translations.ts';

/** The reference tables the core names in its warnings. */
const TABLES: Record<string, string> = {
  'HHS poverty guidelines': 'las líneas de pobreza del HHS',
  'Medicare Part B deductible and coinsurance': 'el deducible y el coseguro de la Parte B de Medicare',
  'ACA maximum annual limitation on cost sharing': 'el límite anual de costos compartidos de la ACA',
  'Medicaid cost sharing limits': 'los límites de costos compartidos de Medicaid',
  'Medicare Advantage maximum out-of-pocket limits': 'los límites de gastos de bolsillo de Medicare Advantage',
  'Medigap Plan K and L out-of-pocket limits and high-deductible Plan F and G deductible': 'los límites de los planes Medigap K y L y el deducible de los planes F y G de deducible alto',
};

/** "el deducible, el coseguro o copago y el máximo de gastos de bolsillo": what plan-details-unknown lacks. */
function unknownParts(p: WarningParams): string {
  const parts = [p.deductible && 'el deducible', p.share && 'el coseguro o copago', p.oopMax && 'el máximo de gastos de bolsillo'].filter(Boolean);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} y ${parts[parts.length - 1]}` : String(parts[0] ?? '');
}

const months = (n: unknown) => `${n} mes${n === 1 ? '' : 'es'}`;

const es: Partial<Messages> = {
  title: '¿Cuánto me costaría este programa?',
  intro: 'Un estimado en un minuto. Lo que escribe no sale de esta página.',
  exampleCenter: 'Precios de ejemplo de un centro ficticio.',
  coverageLegend: 'Su cobertura',
  planTypeQuestion: '¿Cómo pagaría el tratamiento?',
  planTypes: {
    private: 'Seguro del trabajo o comprado por su cuenta',
    aca: 'Plan del Mercado (Healthcare.gov o un mercado estatal)',
    medicare: 'Medicare',
    medicaid: 'Medicaid',
    uninsured: 'Sin seguro / pago por mi cuenta',
    unsure: 'No estoy seguro',
  },
  unsureNote: 'Le mostramos lo que un plan de empleador podría costarle, de lo mínimo a lo máximo, y lo que costaría uno típico. Un consejero puede revisar su cobertura.',
  payer: 'Compañía de seguros',
  payerOther: 'Otra compañía',
  network: '¿Este centro está en la red de su plan?',
  networkIn: 'Dentro de la red',
  networkOut: 'Fuera de la red',
  networkHelp: 'Dentro de la red quiere decir que el centro tiene contrato con su plan; suele costarle menos.',
  outOfNetworkCovered: 'Mi plan paga atención fuera de la red',
  metal: 'Nivel del plan',
  metals: { bronze: 'Bronce', silver: 'Plata', gold: 'Oro', platinum: 'Platino', catastrophic: 'Catastrófico' },
  medicarePlan: 'Tipo de Medicare',
  medicarePlans: { original: 'Medicare Original', advantage: 'Medicare Advantage' },
  supplement: 'Cobertura adicional con Medicare Original',
  supplementAdvantage: 'Ayuda con los costos de Medicare',
  supplements: {
    none: 'Ninguna',
    'medigap-coinsurance': 'Medigap que paga el coseguro del 20%',
    'medigap-full': 'Medigap plan C o F (paga deducible y coseguro)',
    'medigap-k': 'Medigap plan K (paga la mitad del coseguro)',
    'medigap-l': 'Medigap plan L (paga el 75% del coseguro)',
    'medigap-high-deductible-f': 'Medigap plan F de deducible alto',
    'medigap-high-deductible-g': 'Medigap plan G de deducible alto',
    qmb: 'Medicaid me ayuda a pagar los costos de Medicare (QMB)',
    'full-medicaid': 'También tengo Medicaid completo (no QMB)',
  },
  programLegend: 'El programa',
  programTrack: 'Programa',
  programCustom: 'Otro',
  weeks: 'Semanas',
  weeksHelp: 'La mayoría de los programas dura de 6 a 16 semanas.',
  hoursPerWeek: 'Horas por semana',
  hoursHelp: 'Un IOP suele ser de 9 a 19 horas por semana.',
  startDate: 'Fecha de inicio',
  jargon: {
    medigapQuestion: '¿Qué son Medigap y QMB?',
    medigap: 'Medigap es un seguro que usted compra para pagar parte de lo que Medicare Original le deja a usted; sus planes llevan letras (F, G, K, L). QMB (Beneficiario Calificado de Medicare) es un programa de Medicaid que paga el deducible y el coseguro de Medicare a personas de bajos ingresos.',
    sbcQuestion: '¿Qué es el Resumen de Beneficios y Cobertura?',
    sbc: 'Un documento breve que todo plan de salud debe darle, con su deducible, coseguro, copagos y máximo de gastos de bolsillo. Búsquelo en el sitio web de su aseguradora, o pídalo a su empleador o a su plan.',
  },
  planLegend: 'Los números de su plan (opcional)',
  planHelp: 'Dentro de la red, como aparecen en su Resumen de Beneficios y Cobertura, o pregúntele a su plan.',
  dontKnow: 'No sé los números de mi plan: muéstrenme un rango',
  deductible: 'Deducible',
  deductibleHelp: 'Lo que usted paga antes de que su plan empiece a pagar.',
  deductibleMet: 'Ya pagado del deducible este año',
  coinsurance: 'Coseguro (%)',
  coinsuranceHelp: 'Su parte de cada cuenta después del deducible, por ejemplo 20%.',
  copay: 'Copago por día',
  copayHelp: 'Una cantidad fija por día de tratamiento, si su plan la tiene (con coseguro también, se aplican ambos).',
  oopMax: 'Máximo de gastos de bolsillo',
  oopMaxHelp: 'Lo máximo que paga en un año del plan; después el plan paga el 100%.',
  oopMet: 'Ya pagado del máximo este año',
  oopMetBelowDeductibleMet: (amount: string) => `No puede ser menos que lo ya pagado del deducible, que también cuenta para el máximo: el estimado usa ${amount}.`,
  moreDetails: 'Más detalles del plan: fuera de la red, familia, límite de días',
  oonLegend: 'Fuera de la red (los términos propios del plan)',
  oonNoMax: 'Sin máximo de gastos de bolsillo fuera de la red',
  oonShared: 'Los costos dentro y fuera de la red cuentan para ambos',
  familyLegend: 'Cobertura familiar (dentro de la red)',
  familyHelp: 'Cantidades para toda la familia, si tiene un plan familiar.',
  familyKind: 'Cómo funciona el deducible familiar',
  familyKinds: { embedded: 'Cada persona tiene también su propio deducible', aggregate: 'Un solo deducible para toda la familia' },
  familyDeductible: 'Deducible familiar',
  familyOopMax: 'Máximo familiar de gastos de bolsillo',
  familyMet: 'Ya pagado por la familia',
  coveredDaysPerYear: 'Días del programa cubiertos al año',
  coveredDaysHelp: 'Si su plan los limita.',
  coveredDaysUsed: 'Días ya usados',
  householdLegend: 'Su hogar (opcional)',
  householdHelp: 'Para un descuento por escala móvil, costos más bajos del Mercado o límites de Medicaid. No sale de esta página.',
  householdSize: 'Personas en su hogar',
  annualIncome: 'Ingreso anual del hogar',
  state: 'Estado',
  chooseState: 'Elija un estado',
  householdIncomplete: 'Complete los tres datos para usar su hogar en el estimado.',
  paymentLegend: 'Pagar a plazos',
  paymentMonths: 'Meses',
  paymentBy: 'Pagarlo según',
  paymentByOptions: { months: 'Un número de meses', budget: 'Lo que puedo pagar al mes' },
  monthlyAmount: 'Lo que puedo pagar al mes',
  peekBeforeDiscount: 'antes de cualquier descuento por ingresos',
  peekMonthly: (amount: string) => `${amount} al mes`,
  monthlyBudget: 'O: lo que puedo pagar al mes',
  monthlyBudgetHelp: 'Calculamos cuántos meses se necesitan.',
  downPayment: 'Pago inicial',
  resultHeading: 'Su estimado',
  pricesHeading: 'Los precios de este centro, antes de elegir',
  perUnit: { day: 'por día', hour: 'por hora' },
  selfPayPrice: (per: string) => `Pagando por su cuenta, ${per}`,
  selfPayProgram: (weeks: number, days: number) => `Pagando por su cuenta, ${weeks} semana${weeks === 1 ? '' : 's'} (${days} día${days === 1 ? '' : 's'})`,
  fullCharge: (per: string) => `Cargo completo ${per}, antes de cualquier seguro`,
  insuranceLess: 'Con seguro, normalmente paga mucho menos.',
  discountMayApply: 'Si paga por su cuenta, puede haber un descuento según los ingresos de su hogar.',
  chooseCoverage: 'Elija cómo pagaría para ver lo que le toca pagar.',
  householdLegendSelfPay: 'Su hogar: para un descuento según sus ingresos',
  householdHelpSelfPay: 'El centro baja su precio para los hogares con menos ingresos. Sus respuestas no salen de esta página.',
  discountHint: 'Puede haber un descuento según los ingresos de su hogar: conteste las preguntas sobre su hogar para verlo.',
  seeDetails: 'Ver los detalles',
  shortDate: (isoDate) => {
    const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
    return `${day} ${['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'][month - 1]} ${year}`;
  },
  youPay: 'Usted pagaría',
  youPayRange: 'Usted pagaría entre',
  and: 'y',
  rangeNote: 'Un rango, porque faltan algunos números del plan. Planee con la cantidad más alta.',
  typicalPlans: { employerPpo: 'un plan típico de empleador', marketplaceSilver: 'un plan Plata típico del Mercado', medicareAdvantage: 'un plan Medicare Advantage típico' },
  typicalTerms: (deductible, coinsurance, oopMax) =>
    [deductible && `deducible ${deductible}`, coinsurance !== undefined && `coseguro del ${coinsurance}%`, oopMax && `máximo ${oopMax}`].filter(Boolean).join(', '),
  typicalLine: (plan, outOfNetwork, terms, amount, onlyUnknown) => {
    const named = `${plan}${outOfNetwork ? ' fuera de la red' : ''}`;
    return `${onlyUnknown ? `Con las cifras de ${named} donde faltan las suyas` : `Con ${named}`} (${terms}): unos ${amount}.`;
  },
  typicalNotYours: 'No es su plan: sus cifras y sus fuentes están en “Cifras usadas”.',
  planPays: 'Su plan paga',
  planYearsIntro: (withMaximum: boolean, atMost: boolean) =>
    `Abarca dos años del plan, y su deducible${withMaximum ? ' y su máximo empiezan' : ' empieza'} de nuevo${atMost ? '. Como máximo:' : ':'}`,
  planYearPart: (from: string, amount: string, first: boolean) => (first ? `${amount} desde el ${from};` : `${amount} desde el ${from}.`),
  forProgram: (weeks: number, days: number) => `por ${weeks} semana${weeks === 1 ? '' : 's'}, ${days} día${days === 1 ? '' : 's'} de tratamiento`,
  breakdownHeading: 'Por qué esta cantidad',
  parts: {
    deductible: 'Deducible',
    coinsurance: 'Coseguro',
    copay: 'Copagos',
    balanceBilled: 'Facturación del saldo (fuera de la red)',
    notCovered: 'Días que su plan no cubre',
    selfPay: 'Precio si paga por su cuenta',
    slidingScaleDiscount: 'Descuento por escala móvil',
    paidInFullDiscount: 'Descuento por pago completo',
  },
  grossCharges: 'Cargos completos del centro',
  allowed: 'Cantidad que reconoce su plan',
  slidingScaleNote: (percent, band, label) =>
    `Ingreso del hogar al ${percent}% de la guía federal de pobreza: nivel ${label ? `“${label}”` : band} de la escala móvil.`,
  priceBeforeDiscounts: 'Precio (el precio del centro si paga por su cuenta)',
  breakdownTotal: 'Usted paga',
  costSharingAtMost: (copays) => `Su deducible y luego ${copays ? 'sus copagos y su coseguro' : 'su coseguro'} — como máximo`,
  unknownTermsNote: (p, maximum) => {
    const cap = !maximum ? ', sin un máximo conocido fuera de la red' : p.oopMax ? `, como máximo ${maximum} por año del plan, por ley` : `, como máximo ${maximum} por año del plan, el máximo de su plan`;
    return `Sin ${unknownParts(p)}${p.outOfNetwork ? ' fuera de la red' : ''} de su plan, pagaría hasta su deducible y luego su coseguro${cap}.`;
  },
  weeksHeading: 'Semana por semana',
  weekChartLabel: 'Lo que paga cada semana',
  notCoveredFrom: (date: string) => `Días no cubiertos desde el ${date}`,
  week: 'Semana',
  weekOf: 'Semana del',
  youPayColumn: 'Usted paga',
  planPaysColumn: 'El plan paga',
  deductibleMetOn: (date: string) => `Deducible cubierto el ${date}`,
  oopReachedOn: (date: string) => `Máximo alcanzado el ${date}`,
  showTable: 'Ver como tabla',
  highEndNote: 'Como máximo: son los montos del extremo alto de su rango, con los números desconocidos de su plan en lo más caro.',
  everyWeek: (amount: string, weeks: number) => (weeks === 1 ? `Usted paga ${amount} en la única semana.` : `Usted paga ${amount} cada semana durante ${weeks} semanas.`),
  weekChartSummary: (highest: string, at: number[], lowest: string, weeks: number) =>
    `como máximo ${highest} (${
      at.length === 1 ? `semana ${at[0]}` : at[at.length - 1]! - at[0]! + 1 === at.length ? `semanas ${at[0]} a ${at[at.length - 1]}` : `${at.length} semanas, desde la semana ${at[0]}`
    }), como mínimo ${lowest}, durante ${weeks} semanas`,
  chartMarks: { deductibleMet: 'Deducible cubierto', oopMaxReached: 'Máximo alcanzado', notCoveredFrom: 'Días no cubiertos', planYearStarts: 'Nuevo año del plan' },
  planYearStartsOn: (date: string) => `Nuevo año del plan el ${date}: el deducible y el máximo empiezan de nuevo`,
  compareHeading: 'Formas de pagar',
  options: { 'in-network': 'Con su plan, dentro de la red', 'out-of-network': 'Con su plan, fuera de la red', 'self-pay': 'Pagando por su cuenta' },
  cheapest: 'Menor costo',
  goodFaithEstimateRight: (center: string) => `Si paga por su cuenta, tiene derecho a un Estimado de Buena Fe por escrito antes de empezar: pídaselo a ${center}.`,
  noClearLowest: 'Cuál cuesta menos depende de las cifras de su plan: los rangos se superponen.',
  paymentHeading: 'Plan de pagos',
  monthlyLine: (amount: string, months: number) => `${amount} al mes por ${months} mes${months === 1 ? '' : 'es'}`,
  downPaymentLine: (amount: string) => `después de un pago inicial de ${amount}`,
  interestLine: (amount: string, apr: number) => `Interés al ${apr}% anual: ${amount} en total.`,
  noInterest: 'Sin interés.',
  schedule: 'Calendario de pagos',
  due: 'Fecha',
  amount: 'Cantidad',
  paidInFull: (amount: string, percent: number) => `O pague ${amount} por adelantado (${percent}% de descuento).`,
  notesHeading: 'Para tener en cuenta',
  figuresHeading: 'Cifras usadas',
  disclaimerSelfPay: 'Esto es un estimado, no una garantía ni una factura. Lo que pague depende de la atención que reciba y de los días que asista.',
  disclaimer:
    'Esto es un estimado, no una garantía ni una factura. Lo que pague depende de la aprobación de su plan, la atención que reciba y los números actuales de su plan. Verifique sus beneficios antes de empezar.',
  contact: 'Hablar con un consejero',
  errors: { required: 'Escriba un valor.' },
  writeAsUs: 'Escríbalo como en EE. UU.: 30,000.50 o 30000.50 (con punto solo antes de los centavos).',
  lessThanPaid: 'No puede ser menor que lo que ya se pagó.',
  lessThanDeductible: 'No puede ser menor que el deducible.',
  lessThanDaysUsed: 'No puede ser menor que los días ya usados.',
  // The core's messages about the form's fields, by their English words.
  fieldErrors: {
    'must be an amount in dollars and cents, like "1500.00"': 'Escriba una cantidad en dólares y centavos, por ejemplo 1500.00.',
    'must be an amount in dollars and cents, like "1500.00" (no minus sign, at most two decimals)':
      'Escriba una cantidad en dólares y centavos, por ejemplo 1500.00 (sin signo menos, con dos decimales como máximo).',
    'must be at most 10,000,000': 'Debe ser como máximo 10,000,000.',
    'must be at most 100,000,000': 'Debe ser como máximo 100,000,000.',
    'must be a coinsurance percentage from 0 to 100': 'Escriba un porcentaje de coseguro de 0 a 100.',
    'must be a whole number of weeks from 1 to 52': 'Escriba un número entero de semanas, de 1 a 52.',
    'must be a whole number of days from 1 to 7': 'Escriba un número entero de días, de 1 a 7.',
    'must be a whole number of days from 1 to 366': 'Escriba un número entero de días, de 1 a 366.',
    'must be a whole number of days from 0 to 366': 'Escriba un número entero de días, de 0 a 366.',
    "can't be more than the days the plan covers a year": 'No puede ser más que los días que el plan cubre al año.',
    'must be a whole number of people from 1 to 20': 'Escriba un número entero de personas, de 1 a 20.',
    'must be a whole number of months from 1 to 120': 'Escriba un número entero de meses, de 1 a 120.',
    'must be a number of hours from 1 to 40': 'Escriba un número de horas de 1 a 40.',
    'must be a number of hours from 1 to 40 (an IOP is 9 to 19 hours a week)': 'Escriba un número de horas de 1 a 40 (un IOP es de 9 a 19 horas por semana).',
    'must be in quarter hours, like 9 or 9.5': 'Use cuartos de hora, por ejemplo 9 o 9.5.',
    'must be a date written YYYY-MM-DD': 'Escriba una fecha con el formato AAAA-MM-DD.',
    'must be a real date written YYYY-MM-DD, like 2026-03-02': 'Escriba una fecha real con el formato AAAA-MM-DD, por ejemplo 2026-03-02.',
    'must be a date from 2000 to 2099': 'Debe ser una fecha entre 2000 y 2099.',
    "can't be more than the deductible": 'No puede ser más que el deducible.',
    "can't be more than the out-of-pocket maximum": 'No puede ser más que el máximo de gastos de bolsillo.',
    'must be a two-letter state code, like OH': 'Elija un estado de EE. UU.',
    'must be a two-letter US state code, like OH': 'Elija un estado de EE. UU.',
  },
  // The core's warnings, by code (see the English in src/core/). A code missing here shows in English.
  warnings: {
    'plan-year-reset': (p, f) =>
      `Su año del plan empieza de nuevo el ${f.date(String(p.date))}: el deducible${p.withMaximum ? ' y el máximo de gastos de bolsillo vuelven' : ' vuelve'} a cero, así que algunos costos se repiten.`,
    'oop-max-reached': (p, f) =>
      `Llegaría a su máximo de gastos de bolsillo el ${f.date(String(p.date))}; después, el plan paga toda la cantidad reconocida por el resto del año del plan.`,
    'no-out-of-network-benefit': () =>
      'Su plan no cubre atención fuera de la red (es común en planes HMO y EPO): no paga nada aquí, y usted debería el cargo completo.',
    'oop-max-above-legal-limit': (p, f) =>
      `El máximo de gastos de bolsillo que escribió (${f.money(String(p.entered))}) es mayor que el límite legal para su cobertura (${f.money(String(p.limit))}); el estimado usa el límite. Un plan con derechos adquiridos (grandfathered) puede ser distinto: revise los documentos de su plan.`,
    'plan-details-unknown': (p) =>
      `Sin ${unknownParts(p)}${p.outOfNetwork ? ' fuera de la red' : ''} de su plan, el estimado es un rango: desde lo que pagaría con el deducible ya cubierto hasta lo máximo que podría pagar${p.bounded ? ' (hasta su máximo de gastos de bolsillo)' : ''}. El total que se muestra es la cantidad más alta.`,
    'oop-max-above-medicare-advantage-limit': (p, f) =>
      `El máximo de gastos de bolsillo que escribió (${f.money(String(p.entered))}) es mayor que lo más que un plan Medicare Advantage puede tener ${p.network === 'in' ? 'dentro de la red' : 'dentro y fuera de la red juntos'} en ${p.year} (${f.money(String(p.limit))}); el estimado usa ese límite. Revise la cifra en la Evidencia de Cobertura de su plan.`,
    'medicare-advantage-combined-limit-unconfirmed': (p) =>
      `El límite de CMS para ${p.year} sobre los costos de un plan Medicare Advantage dentro y fuera de la red juntos no está confirmado en nuestros datos, así que solo el máximo propio de su plan acota este estimado fuera de la red: escríbalo si lo sabe.`,
    'medicare-advantage-out-of-network': (p) =>
      `Fuera de la red, ${p.center} debe aceptar como pago total lo que Medicare Original le pagaría: la parte del costo fuera de la red de su plan se aplica a esa cantidad, y no se le puede cobrar el resto del cargo.`,
    'medigap-with-medicare-advantage': () =>
      'Un plan Medigap no paga los costos compartidos de un plan Medicare Advantage, así que el estimado no lo incluye.',
    'oop-met-below-deductible-met': (p, f) =>
      `Lo ya pagado del máximo de gastos de bolsillo (${f.money(String(p.oopMet))}) no puede ser menos que lo ya pagado del deducible (${f.money(String(p.deductibleMet))}), que también cuenta para el máximo: el estimado usa ${f.money(String(p.deductibleMet))}.`,
    'family-oop-max-above-legal-limit': (p, f) =>
      `El máximo familiar de gastos de bolsillo que escribió (${f.money(String(p.entered))}) es mayor que el límite legal para su cobertura (${f.money(String(p.limit))}); el estimado usa el límite. Un plan con derechos adquiridos (grandfathered) puede ser distinto: revise los documentos de su plan.`,
    'copay-and-coinsurance': (p, f) =>
      `Su plan indica un copago (${f.money(String(p.copay))} por ${p.unit === 'hour' ? 'hora' : 'día'}) y también un coseguro (${p.percent}%): el estimado cobra ambos, primero el copago y luego el coseguro sobre el resto de la cantidad reconocida.`,
    'family-aggregate-deductible': (p, f) =>
      `Su plan familiar tiene un deducible conjunto: el plan no paga nada hasta que la familia, en total, haya pagado su deducible de ${f.money(String(p.amount))} en este año del plan; no se aplica un deducible individual.`,
    'no-out-of-network-maximum': () =>
      'Su plan no tiene máximo de gastos de bolsillo fuera de la red: su parte continúa durante todo el programa, y también la facturación del saldo.',
    'covered-days-limit': (p, f) =>
      `Su plan cubre ${p.limit} días de este programa por año del plan: desde el ${f.date(String(p.date))} los días no están cubiertos, y usted debería por ellos el precio del centro para quien paga por su cuenta. Pregunte a su plan si puede autorizar más días.`,
    'prior-authorization-pending': () =>
      'La autorización previa está pendiente: los días de tratamiento antes de que su plan los apruebe pueden ser rechazados, y usted podría deber su costo completo.',
    'prior-authorization-unknown': () =>
      'La mayoría de los planes exigen autorización previa para un IOP: pregunte al centro o a su plan antes de empezar, porque los días sin ella pueden ser rechazados.',
    'balance-billing': (p, f) =>
      `Este centro está fuera de la red de su plan: puede cobrarle la diferencia entre su cargo y lo que su plan reconoce, unos ${f.money(String(p.amount))} aquí, además de su parte del costo. Ese saldo no cuenta para su máximo de gastos de bolsillo.`,
    'household-needed': (p) =>
      p.for === 'cost-sharing-reductions'
        ? 'Un plan Plata del Mercado puede tener un máximo de gastos de bolsillo más bajo (reducciones de costos compartidos) si el ingreso del hogar está entre el 100% y el 250% de la línea de pobreza: escriba el tamaño y el ingreso del hogar para verlo.'
        : p.for === 'sliding-scale'
          ? `${p.center} tiene una escala móvil: escriba el tamaño y el ingreso del hogar para ver si califica para un precio más bajo.`
          : p.for === 'medicaid'
            ? 'Los copagos de Medicaid tienen límites según el ingreso del hogar, y todos los costos compartidos de Medicaid de un hogar tienen un tope del 5% de su ingreso: escriba el tamaño y el ingreso del hogar para aplicar esos límites.'
            : '',
    'cost-sharing-reduction': (p) =>
      `Con un ingreso del ${p.povertyPercent}% de la línea de pobreza, un plan Plata del Mercado tiene reducciones de costos compartidos: su máximo de gastos de bolsillo es más bajo, y el estimado usa el límite reducido.`,
    'figure-not-confirmed': (p) =>
      `Los límites más bajos de gastos de bolsillo de los planes Plata con reducciones de costos compartidos para ${p.year} no están confirmados en nuestros datos; el estimado usa el límite normal, así que su máximo real probablemente es más bajo.`,
    'medicare-rate-from-center': (p) => `Lo que Medicare paga por día viene de las cifras propias de ${p.center}, no de una tabla de CMS.`,
    'medicare-no-maximum': () =>
      'Medicare Original no tiene un máximo de gastos de bolsillo: el coseguro del 20% sigue durante todo el programa, a menos que un plan Medigap u otra cobertura lo pague.',
    'supplement-medigap-coinsurance': () => 'Su plan Medigap paga el coseguro de la Parte B; usted paga el deducible de la Parte B.',
    'supplement-medigap-full': () =>
      'Su plan Medigap paga el deducible y el coseguro de la Parte B (planes C y F, para personas con derecho a Medicare antes de 2020).',
    'supplement-qmb': () =>
      'Como Beneficiario Calificado de Medicare (QMB), usted no debe nada por servicios cubiertos por Medicare: los proveedores no pueden cobrarle el deducible, el coseguro ni los copagos.',
    'supplement-full-medicaid': (p) =>
      `Con Medicaid completo además de Medicare, Medicaid paga sus costos compartidos de Medicare en ${p.center}, que acepta Medicaid y su pago como pago total: aquí usted no debe nada de ellos, salvo un pequeño copago de Medicaid si su estado lo cobra.`,
    'supplement-full-medicaid-not-enrolled': (p) =>
      `${p.center} no acepta Medicaid, así que Medicaid no paga aquí sus costos compartidos de Medicare: el estimado los muestra como suyos.`,
    'supplement-medigap-shared': (p, f) =>
      `Su plan Medigap ${p.plan} paga el ${p.percent}% del coseguro de la Parte B hasta que usted haya pagado ${f.money(String(p.limit))} en ${p.year} (el deducible de la Parte B cuenta), y después todo por el resto del año; usted paga el deducible de la Parte B.`,
    'supplement-medigap-high-deductible': (p, f) =>
      `Su plan ${p.plan} de deducible alto no paga nada hasta que usted haya pagado ${f.money(String(p.deductible))} de costos de Medicare en ${p.year}; después paga ${p.plan === 'F' ? 'el deducible y el coseguro de la Parte B' : 'el coseguro de la Parte B (usted sigue pagando el deducible de la Parte B)'} por el resto del año.`,
    'self-pay-limited': (p) =>
      p.program === 'medicare'
        ? `${p.center} acepta Medicare, así que por lo general no puede cobrarle en privado a un beneficiario de Medicare por servicios que Medicare cubre (42 CFR 489.21, 489.30): un precio para quien paga por su cuenta se aplica solo a lo que Medicare no cubre.`
        : `${p.center} acepta Medicaid, así que por lo general debe aceptar el pago de Medicaid como pago total por servicios que Medicaid cubre (42 CFR 447.15): un precio para quien paga por su cuenta se aplica solo a lo que Medicaid no cubre.`,
    'medicare-hours-below-9': () => 'Medicare cubre un IOP solo cuando un médico certifica la necesidad de al menos 9 horas de servicios por semana.',
    'medicare-fewer-than-3-services': () =>
      'Puede que Medicare no pague como días de IOP los días con menos de 3 horas de servicios; el estimado los cobra como días de 3 servicios.',
    'self-pay-not-counted': () =>
      'Si paga por su cuenta, no se le factura a su plan: lo que pague no cuenta para su deducible ni para su máximo de gastos de bolsillo.',
    'medicaid-limit-unconfirmed': () =>
      'El copago máximo federal actual de Medicaid para ingresos en la línea de pobreza o por debajo no está confirmado en nuestros datos, así que el copago no se comparó con él; es pequeño (unos $4 por visita).',
    'medicaid-no-balance-billing': () =>
      'Los centros que aceptan Medicaid aceptan su pago como pago completo: no le pueden cobrar más que el copago de Medicaid.',
    'territory-poverty-guidelines': () =>
      'Las líneas de pobreza del HHS no cubren los territorios de EE. UU.; se usan las cifras de los 48 estados contiguos.',
    'figure-out-of-date': (p, f) => {
      if (p.householdSize !== undefined) {
        return `La línea de pobreza de ${p.year} para un hogar de ${p.householdSize} en ${p.state} no se pudo confirmar; se usa la cifra de ${p.used}.`;
      }
      const table = TABLES[String(p.table)];
      if (!table) return '';
      return p.side === 'after'
        ? `Las cifras de ${table} para ${String(p.date).slice(0, 4)} aún no están publicadas en nuestros datos; se usan las de ${p.used}, así que las cantidades reales pueden ser distintas.`
        : `El ${f.date(String(p.date))} es anterior a las primeras cifras que tenemos de ${table}; se usan las de ${p.used}.`;
    },
    'partial-hospitalization-hours': (p) =>
      `${p.hours} horas por semana es la intensidad de una hospitalización parcial (20 o más), que los planes cubren y cobran de otra forma que un IOP.`,
    'below-iop-hours': (p) =>
      `${p.hours} horas por semana está por debajo del mínimo usual de un IOP para adultos, 9 horas (6 para adolescentes); un plan puede tratarlo como terapia ambulatoria común.`,
    'payment-plan-not-needed': () => 'Pagando todo por adelantado, no hay plan de pagos.',
    'no-payment-plan': (p) => `${p.center} no ofrece planes de pagos: pregúntele a un consejero financiero cómo pagar a plazos.`,
    'payment-plan-adjusted': (p, f) => {
      switch (p.reason) {
        case 'down-payment':
          return `El pago inicial (${f.money(String(p.downPayment))}) es más que el total; se baja a ${f.money(String(p.total))}.`;
        case 'months':
          return `Los planes de pagos de ${p.center} son de ${p.minMonths} a ${p.maxMonths} meses; se usan ${months(p.months)}.`;
        case 'budget':
          return `Con ${f.money(String(p.budget))} al mes, el saldo no se pagaría dentro del plan más largo de ${p.center} (${months(p.maxMonths)}); se muestra el pago a ${months(p.maxMonths)}.`;
        case 'minimum-payment':
          return `El pago mensual más pequeño de ${p.center} es ${f.money(String(p.minMonthly))}, así que el plan dura ${months(p.months)}.`;
        default:
          return '';
      }
    },
  },
  unavailable: 'Los estimados no están disponibles en este momento.',
  callForEstimate: 'Llame para pedir un estimado:',
  sharedOpened: 'Abierto desde un estimado compartido.',
  sharedWithoutPersonal: 'Se compartió sin datos personales: agregue su hogar abajo para ver si califica para un descuento.',
  sharedError: 'No se pudo abrir el estimado de este enlace, así que el estimador empieza de nuevo:',
  loading: 'Cargando precios…',
  notUpdated: 'Sin actualizar: corrija el campo con un mensaje arriba, y el total lo seguirá.',
  announce: (amount: string) => `Estimado actualizado: usted pagaría ${amount}.`,
  announceRange: (low: string, high: string) => `Estimado actualizado: usted pagaría entre ${low} y ${high}.`,
  // Other ways to pay (ways-to-pay-words.ts).
  waysHeading: 'Otras formas de pagar',
  waysIntro: 'Opciones para preguntar: ninguna se resta de su estimado de arriba.',
  waysNeedHousehold: 'Escriba arriba el tamaño, los ingresos y el estado de su hogar para ver si Medicaid o un plan del Mercado podría pagar esto.',
  medicaidHeading: 'Medicaid',
  medicaidLikely: (state: string) => `Podría calificar para Medicaid de ${state}.`,
  medicaidIfParent: (state: string) => `Podría calificar para Medicaid de ${state} si es padre, madre o cuidador de un menor de 19 años que vive con usted.`,
  medicaidUnlikely: (state: string) => `Solo por sus ingresos, no es probable que Medicaid de ${state} lo cubra.`,
  medicaidIncome: (percent: string, state: string, limit: number, who: 'adults' | 'parents') =>
    `Los ingresos de su hogar son el ${percent}% de la guía federal de pobreza; Medicaid de ${state} cubre a ${who === 'adults' ? 'adultos' : 'padres y cuidadores'} hasta el ${limit}%.`,
  parentQuestion: 'Soy padre, madre o cuidador de un menor de 19 años que vive conmigo',
  medicaidNoAdults: (state: string) => `${state} no ha ampliado Medicaid: no cubre a adultos sin hijos, sean cuales sean sus ingresos.`,
  medicaidOtherWays: 'Un embarazo, una discapacidad o tener 65 años o más pueden hacerlo calificar con ingresos más altos: pregunte al estado.',
  medicaidCost: (amount: string, center: string) => `Con Medicaid, este programa le costaría ${amount} en ${center}.`,
  medicaidCenterDoesNot: (center: string) => `${center} no acepta Medicaid: FindTreatment.gov (abajo) muestra centros que sí.`,
  medicaidRetroactive: (n: number) =>
    n > 0
      ? `Medicaid puede pagar la atención de ${n === 1 ? 'el mes anterior' : `los ${n} meses anteriores`} al mes en que presenta la solicitud, si entonces calificaba.`
      : 'En su estado Medicaid paga solo desde el mes en que presenta la solicitud: preséntela antes de empezar.',
  medicaidRetroactiveChange: (date: string, n: number) => `Para solicitudes desde el ${date}, la ley federal permite solo ${months(n)}: preséntela antes.`,
  medicaidApply: 'Solicítelo:',
  stateNotConfirmed: 'No pudimos confirmar todas nuestras cifras de este estado: el estado decide.',
  stateDecides: 'Solo el estado puede decir si califica; mira más que los ingresos.',
  marketplaceHeading: 'Un plan del Mercado de Seguros',
  marketplaceTaxCredit: (percent: string, year: number, from: number, upTo: number | null) =>
    `Podría obtener un plan con un crédito fiscal para la prima, que baja su costo mensual: sus ingresos son el ${percent}% de la guía de pobreza, y los créditos de ${year} son para ingresos ${upTo === null ? `desde el ${from}%` : `del ${from}% al ${upTo}%`}.`,
  marketplaceNotIfJob: 'No si un trabajo le ofrece una cobertura propia asequible.',
  marketplaceFullPrice: (percent: string, upTo: number) =>
    `Por encima del ${upTo}% de la guía de pobreza (sus ingresos son el ${percent}%) no hay crédito fiscal, pero puede comprar un plan del Mercado a su precio completo.`,
  marketplaceGap: (percent: string, state: string) =>
    `Por debajo del 100% de la guía de pobreza (sus ingresos son el ${percent}%) no hay crédito fiscal, y Medicaid de ${state} no lo cubre: el tratamiento financiado por el estado y las líneas de ayuda de abajo pueden ayudarle.`,
  marketplaceMedicaidFirst: 'Si es probable que califique para Medicaid, el crédito fiscal del Mercado no es para usted: Medicaid va primero.',
  openEnrollmentNow: (end: string, year: number) => `La inscripción abierta sigue hasta el ${end}, para la cobertura de ${year}.`,
  enrollBy: (date: string) => `Elija un plan antes del ${date} para que empiece el 1 de enero.`,
  openEnrollmentNext: (start: string, end: string, year: number) => `Próxima inscripción abierta: del ${start} al ${end}, para la cobertura de ${year}.`,
  specialEnrollment: (days: number) => `¿Perdió otra cobertura (el plan de un trabajo, Medicaid, el plan de sus padres a los 26)? Puede inscribirse dentro de los ${days} días después de perderla.`,
  marketplaceWhere: 'Dónde buscar:',
  marketplaceNotConfirmed: 'No pudimos confirmar todas estas fechas: verifíquelas allí.',
  centerHelpHeading: (center: string) => `De ${center}`,
  stateFunded: 'Tratamiento financiado por el estado',
  asUnderinsured: 'para personas cuyo seguro les deja costos que no pueden pagar',
  askIfYouLiveIn: 'Depende de su estado: escríbalo arriba.',
  askAboutIncome: 'Depende de sus ingresos: escriba su hogar arriba.',
  scholarship: (off: string, after: string) => `${off} menos, lo que le dejaría ${after} por pagar.`,
  financing: 'Financiamiento',
  financingNote: 'Un préstamo, en las condiciones del prestamista: compárelas con el plan de pagos del centro.',
  resourcesHeading: 'Más ayuda',
};

registerTranslation('es', es);
