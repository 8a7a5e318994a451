// What each field of a center's configuration means, for the JSON Schema a billing manager's editor shows
// (`npm run build:schema`, src/cli/center-config-schema.ts). Kept apart from schemas.ts so that none of these
// words reach the embed bundle: only the schema generator imports this module.
//
// Keys are dotted field paths, `[]` standing for an array's items ("rates.negotiated[].perUnit"). Every field
// of CenterConfigSchema has one, and every key is a field: the generator refuses to write a schema otherwise.
// A `default` is what the widget uses when the field is left out; it becomes the `default` keyword and the
// description's last sentence. A default that depends on other fields is only said in the description.

export interface FieldDoc {
  description: string;
  default?: unknown;
}

/** "Dollars per billing unit": what every per-unit amount means. */
const PER_UNIT = 'in dollars per billing unit (a day or an hour, as billing.unit says)';
/** How an amount is written. */
const AMOUNT = 'Written as text with at most two decimals ("450.00") or as a JSON number with at most two decimals; never negative';
const PLAN_AMOUNT = `${AMOUNT}, at most 10,000,000.`;

export const CENTER_CONFIG_TITLE = 'IOP cost estimator: center configuration';

export const CENTER_CONFIG_DESCRIPTION =
  "A treatment center's prices and terms for the <iop-cost-estimator> widget, which estimates what an Intensive " +
  'Outpatient Program (IOP) will cost a person out of pocket. One JSON file per center, published on its own site ' +
  'and named by the widget\'s config-src attribute. Check a file with `npm run check-config -- FILE.json`, which ' +
  'also checks what this schema cannot (sliding-scale bands without gaps, self-pay not above the charge, payment-plan ' +
  'months in order, track hours that fit their days). The center\'s own words (its name, program names and descriptions, ' +
  'contact labels, disclaimer, band labels, separately billed items) may each be text or text per language tag.';

export const CENTER_CONFIG_DOCS: Record<string, FieldDoc> = {
  $schema: {
    description:
      'The address of this JSON Schema, so that an editor completes and checks the file as you type: ' +
      '"https://unpkg.com/iop-cost-estimator/dist/center-config.schema.json". Ignored by the widget.',
  },
  name: {
    description: 'The center\'s name as patients know it, shown with every estimate and printed on the Good Faith Estimate. Not empty.',
  },
  example: {
    description:
      'true marks a fictional example center: every estimate then says its prices are not a real center\'s. Leave it out for a real center.',
    default: false,
  },
  language: {
    description:
      'The language of the center\'s own words in this file (program names, contact labels, disclaimer), as a language tag such as "en" or "es". ' +
      'In a widget shown in another language these words are marked with it for screen readers. ' +
      'Any of these words may instead be given per language, {"en": "Talk to a counselor", "es": "Hable con un consejero"}: ' +
      'the widget shows those of its own language (the page\'s lang, or its language attribute), else those of this language.',
    default: 'en',
  },
  npi: {
    description: 'The center\'s National Provider Identifier (10 digits), printed on the Good Faith Estimate.',
  },
  tin: {
    description: 'The center\'s Taxpayer Identification Number, printed on the Good Faith Estimate.',
  },
  address: {
    description: 'Where the program is given, printed on estimates and the Good Faith Estimate. All four parts are required when it is given.',
  },
  'address.street': { description: 'Street address, such as "100 Example Street".' },
  'address.city': { description: 'The city ("Columbus").' },
  'address.state': { description: 'State, as its two-letter code ("OH").' },
  'address.postalCode': { description: 'ZIP code, as text ("43215").' },
  separatelyBilled: {
    description:
      'Items that may be billed apart from the program\'s days (a psychiatric evaluation, lab work), listed on the Good Faith Estimate.',
  },
  'separatelyBilled[]': { description: 'One separately billed item.' },
  'separatelyBilled[].name': { description: 'What the item is, in plain words ("Psychiatric diagnostic evaluation").' },
  'separatelyBilled[].code': { description: 'Its service code (CPT or HCPCS, such as "90792").' },
  'separatelyBilled[].charge': {
    description: `What a self-pay person would be charged for one, in dollars (per item, not per billing unit). ${PLAN_AMOUNT}`,
  },
  'separatelyBilled[].note': { description: 'A note printed with the item ("if your prescriber orders it").' },
  disclaimer: {
    description: 'The center\'s own words (its legal text), printed under every estimate and Good Faith Estimate.',
  },
  billing: { description: 'How the center bills the program.' },
  'billing.unit': {
    description:
      'What one billing unit is: "day" (a per diem: one unit per day attended; HCPCS H0015 or S9480, revenue codes 0905/0906) ' +
      'or "hour" (the day\'s hours are its units). Every "per unit" amount in this file is per this unit.',
  },
  'billing.hoursPerDay': {
    description:
      'The usual length of a day of treatment, in hours (1 to 12). A program track or request without days per week gets ' +
      'its weekly hours divided by this, rounded up, at most 7 days.',
    default: 3,
  },
  'billing.codes': {
    description:
      'The service codes billed for a day of the program (HCPCS such as "H0015" or "S9480", revenue codes "0905" or "0906"), ' +
      'printed on the Good Faith Estimate. A program track can name its own (programs[].serviceCodes).',
  },
  'billing.codes[]': { description: 'One service code, as text ("0905" keeps its leading zero).' },
  rates: { description: 'The center\'s prices, each per billing unit.' },
  'rates.chargePerUnit': {
    description: `The gross (chargemaster) charge, ${PER_UNIT}: what the center bills before any plan's discount. ${PLAN_AMOUNT}`,
  },
  'rates.inNetworkPerUnit': {
    description:
      `The default in-network rate, ${PER_UNIT}: what an in-network plan allows when rates.negotiated has no rate for its payer. ${PLAN_AMOUNT}`,
  },
  'rates.negotiated': {
    description: 'Rates negotiated with payers. A payer whose plans pay differently has one entry per kind of coverage (planTypes).',
  },
  'rates.negotiated[]': { description: 'One negotiated rate.' },
  'rates.negotiated[].payer': {
    description: 'The payer (insurance company) as people name it ("Aetna"); matched to what a person enters without regard to case.',
  },
  'rates.negotiated[].perUnit': { description: `The rate this payer allows, ${PER_UNIT}. ${PLAN_AMOUNT}` },
  'rates.negotiated[].plan': {
    description: 'The plan\'s name as the contract or price file has it ("PPO"), shown with estimates that use this rate.',
  },
  'rates.negotiated[].planTypes': {
    description:
      'The kinds of coverage this rate is for: "aca" (Marketplace plans), "private" (employer plans), "medicare" (Medicare Advantage). ' +
      'Default: every kind (a rate that names none is used for any plan of the payer with no rate of its own kind).',
  },
  'rates.negotiated[].planTypes[]': { description: 'One kind of coverage: "aca", "private" or "medicare".' },
  'rates.outOfNetworkAllowed': {
    description: 'What payers are known to allow out of network, used for them in place of rates.outOfNetworkAllowedPercent.',
  },
  'rates.outOfNetworkAllowed[]': { description: 'What one payer allows out of network.' },
  'rates.outOfNetworkAllowed[].payer': { description: 'The payer as people name it ("Cigna"), matched without regard to case.' },
  'rates.outOfNetworkAllowed[].perUnit': { description: `What this payer allows out of network, ${PER_UNIT}. ${PLAN_AMOUNT}` },
  'rates.outOfNetworkAllowedPercent': {
    description:
      'What out-of-network plans typically allow, in % of the gross charge (0 to 100; 60 means 60%). The rest of the charge is balance billing, owed by the person.',
  },
  'rates.selfPayPerUnit': {
    description:
      `The self-pay (discounted cash) price, ${PER_UNIT}, for people without insurance or choosing not to use it; the sliding scale and the paid-in-full discount start from it. Not above rates.chargePerUnit. ${PLAN_AMOUNT}`,
  },
  inNetworkPayers: {
    description:
      'The payers the center is in network with. A person naming a payer on this list is estimated in network, any other payer out of network (unless the person says which). ' +
      'Default: every payer is taken to be in network.',
  },
  'inNetworkPayers[]': { description: 'One payer as people name it ("Blue Cross Blue Shield"), matched without regard to case.' },
  participates: {
    description:
      'Whether the center participates in Medicare and is enrolled in Medicaid. A center that does generally may not ' +
      'charge those programs\' beneficiaries privately for the services they cover (42 CFR 489.21 and 489.30; 42 CFR 447.15), ' +
      'so the widget does not offer them a self-pay price. Left out, each is taken from what the file already states.',
  },
  'participates.medicare': {
    description:
      'true when the center has a Medicare provider agreement. Left out: true when the file has a medicare section or ' +
      'lists "Medicare" in inNetworkPayers.',
  },
  'participates.medicaid': {
    description:
      'true when the center is enrolled in the state\'s Medicaid program. Left out: true when the file has a medicaid ' +
      'section or lists "Medicaid" in inNetworkPayers.',
  },
  medicare: {
    description: 'What Original Medicare pays the center. Without it, estimates for Original Medicare are refused with a message naming this setting.',
  },
  'medicare.setting': {
    description: 'Where the program is given, as Medicare pays it: "hospital" (a hospital outpatient department) or "cmhc" (a community mental health center).',
  },
  'medicare.perDiem': {
    description: 'Medicare\'s IOP per diem for the center, in dollars per day, in two tiers by the day\'s number of services (one service per full hour).',
  },
  'medicare.perDiem.threeServices': {
    description: `What Medicare pays for a day with 3 services or fewer, in dollars per day. ${PLAN_AMOUNT}`,
  },
  'medicare.perDiem.fourOrMoreServices': {
    description: `What Medicare pays for a day with 4 or more services, in dollars per day. ${PLAN_AMOUNT}`,
  },
  'medicare.source': {
    description: 'Where the per-diem figures come from (such as the CMS rate file and year), shown with estimates that use them. Default: "<name> configuration".',
  },
  medicaid: {
    description: 'What the state Medicaid program pays the center. Without it, estimates for Medicaid are refused with a message naming this setting.',
  },
  'medicaid.perUnit': { description: `The state Medicaid rate, ${PER_UNIT}. ${PLAN_AMOUNT}` },
  'medicaid.copayPerUnit': {
    description: `The Medicaid copay, ${PER_UNIT}, used when the person does not enter one. ${AMOUNT}, at most 10,000,000.`,
    default: '0.00',
  },
  'medicaid.capPeriod': {
    description:
      'The period of the federal cap on Medicaid cost sharing (5% of the household\'s income): "month" (a calendar month) or "quarter" (a calendar quarter).',
    default: 'month',
  },
  slidingScale: {
    description:
      'The center\'s sliding-fee scale for self-pay, by household income as a % of the federal poverty guideline. Without it, self-pay has no income discount.',
  },
  'slidingScale.bands': {
    description:
      'The bands, lowest income first: the first starts at 0, each starts where the one before ends, and the last is open-ended (upToPercent null). At least one band.',
  },
  'slidingScale.bands[]': { description: 'One band: either discountPercent or feePerUnit, not both.' },
  'slidingScale.bands[].overPercent': {
    description: 'The band starts above this income, in % of the poverty guideline (exclusive; 0 for the first band).',
  },
  'slidingScale.bands[].upToPercent': {
    description: 'The band ends at this income, in % of the poverty guideline (inclusive: 100 takes in exactly 100%); null for the last, open-ended band.',
  },
  'slidingScale.bands[].discountPercent': {
    description: 'The discount off the self-pay price, in % (0 to 100; 60 means 60% off).',
  },
  'slidingScale.bands[].feePerUnit': {
    description: `A fixed fee ${PER_UNIT}, in place of the self-pay price (never above it). ${PLAN_AMOUNT}`,
  },
  'slidingScale.bands[].label': { description: 'The band\'s name, shown with estimates in it ("Nominal fee", "60% off").' },
  paidInFullDiscountPercent: {
    description:
      'The discount on the self-pay total (after the sliding scale) for paying it all up front, in % (0 to 100). Without it, no such discount is offered.',
  },
  paymentPlan: {
    description: 'The center\'s payment plan for what a person owes. Without it, no payment plan is offered.',
  },
  'paymentPlan.minMonths': { description: 'The fewest months a plan may run (1 to 120), not more than maxMonths.' },
  'paymentPlan.maxMonths': { description: 'The most months a plan may run (1 to 120).' },
  'paymentPlan.defaultMonths': {
    description: 'The months offered when the person asks for none, from minMonths to maxMonths (1 to 120). Default: maxMonths.',
  },
  'paymentPlan.minMonthly': {
    description:
      `The smallest monthly payment, in dollars a month: a plan runs fewer months rather than go below it (and never below $1.00). ${PLAN_AMOUNT}`,
  },
  'paymentPlan.aprPercent': {
    description: 'The plan\'s annual percentage rate, in % a year (0 to 100; 0 means no interest). A person may ask for another.',
    default: 0,
  },
  startDays: {
    description: 'The weekdays new people start a program on ("monday" to "sunday"). The widget\'s default start date is the next of them after today.',
    default: ['monday'],
  },
  'startDays[]': { description: 'A weekday, in lowercase English.' },
  programs: {
    description: 'The center\'s program tracks, offered as presets in the widget. Without them, the person enters weeks and hours.',
  },
  'programs[]': { description: 'One program track.' },
  'programs[].name': { description: 'The track\'s name as shown to people ("Evening IOP: 4 evenings a week, 3 hours each").' },
  'programs[].weeks': { description: 'How long the track runs, in whole weeks (1 to 52).' },
  'programs[].hoursPerWeek': {
    description: 'Hours of treatment a week (1 to 40; an IOP is usually 9 to 19), at most 12 hours a day over its days.',
  },
  'programs[].daysPerWeek': {
    description: 'Days of treatment a week (1 to 7). Default: hoursPerWeek divided by billing.hoursPerDay, rounded up, at most 7.',
  },
  'programs[].serviceCodes': {
    description: 'The service codes billed for a day of this track (HCPCS such as "S9480" or "H0015", revenue code "0905" or "0906"), for the Good Faith Estimate. Default: billing.codes.',
  },
  'programs[].serviceCodes[]': { description: 'One service code, as text.' },
  'programs[].description': {
    description: 'The track in plain words, for the Good Faith Estimate ("group and individual therapy for substance use, 3 hours a day").',
  },
  'programs[].rates': {
    description:
      'The track\'s own prices, where they are not the center\'s rates (a psychiatric IOP and an addiction IOP billed under different codes at different per diems). ' +
      'An estimate for the track (a person who chose it, request program.track) uses each price given here in place of the center\'s; the others stay the center\'s. ' +
      'A program typed by hand uses the center\'s rates.',
  },
  'programs[].rates.chargePerUnit': { description: `The track's gross charge, ${PER_UNIT}. ${PLAN_AMOUNT}` },
  'programs[].rates.inNetworkPerUnit': { description: `The track's default in-network rate, ${PER_UNIT}. ${PLAN_AMOUNT}` },
  'programs[].rates.negotiated': { description: 'The track\'s rates negotiated with payers, as rates.negotiated (they replace the center\'s list for this track).' },
  'programs[].rates.negotiated[]': { description: 'One negotiated rate.' },
  'programs[].rates.negotiated[].payer': { description: 'The payer, as in rates.negotiated.' },
  'programs[].rates.negotiated[].perUnit': { description: `The rate this payer allows for the track, ${PER_UNIT}. ${PLAN_AMOUNT}` },
  'programs[].rates.negotiated[].plan': { description: 'The plan\'s name, as in rates.negotiated.' },
  'programs[].rates.negotiated[].planTypes': { description: 'The kinds of coverage this rate is for, as in rates.negotiated.' },
  'programs[].rates.negotiated[].planTypes[]': { description: 'One kind of coverage: "aca", "private" or "medicare".' },
  'programs[].rates.selfPayPerUnit': { description: `The track's self-pay price, ${PER_UNIT}. ${PLAN_AMOUNT}` },
  assistance: {
    description:
      'Ways to pay the center offers besides its prices, shown to the people who may qualify beside their self-pay total, as options: ' +
      'the widget never takes them off the total, and never states a lender\'s rate.',
  },
  'assistance.stateFunded': { description: 'Treatment paid for by the state (block grant or state funds) for people who qualify.' },
  'assistance.stateFunded[]': { description: 'One state-funded program the center takes part in.' },
  'assistance.stateFunded[].name': { description: 'Its name as people know it ("State-funded treatment for Ohio residents").' },
  'assistance.stateFunded[].states': { description: 'Who qualifies by residence: two-letter state codes ("OH"). Default: anyone.' },
  'assistance.stateFunded[].states[]': { description: 'A two-letter state code.' },
  'assistance.stateFunded[].maxPovertyPercent': {
    description: 'Who qualifies by income: at most this percentage of the HHS poverty guideline for the household (200 for 200%). Default: any income.',
  },
  'assistance.stateFunded[].for': {
    description: 'Whom it is for: "uninsured", and "underinsured" (people whose insurance leaves costs they cannot pay).',
    default: ['uninsured'],
  },
  'assistance.stateFunded[].for[]': { description: '"uninsured" or "underinsured".' },
  'assistance.stateFunded[].tracks': {
    description: 'The program tracks it pays for, numbered from 1 in the order of programs ([1, 3]). Default: every track.',
  },
  'assistance.stateFunded[].tracks[]': { description: 'A track number, 1 for the first in programs.' },
  'assistance.stateFunded[].note': { description: 'What else a person should know ("a waiting list of about two weeks").' },
  'assistance.scholarships': { description: 'Scholarships or grants the center gives toward the self-pay price.' },
  'assistance.scholarships[]': { description: 'One scholarship: an amount or a percent.' },
  'assistance.scholarships[].name': { description: 'Its name ("Hope Scholarship").' },
  'assistance.scholarships[].amount': { description: `At most this much off the self-pay total, in dollars. ${PLAN_AMOUNT}` },
  'assistance.scholarships[].percent': { description: 'This percentage off the self-pay total (0 to 100), in place of amount.' },
  'assistance.scholarships[].maxPovertyPercent': {
    description: 'Who qualifies by income: at most this percentage of the HHS poverty guideline. Default: any income.',
  },
  'assistance.scholarships[].conditions': { description: 'Its conditions in plain words ("for a first treatment; apply before admission").' },
  'assistance.financing': { description: 'Lenders the center works with, for people who would rather borrow than use its payment plan.' },
  'assistance.financing[]': { description: 'One lender.' },
  'assistance.financing[].name': { description: 'The lender\'s name.' },
  'assistance.financing[].url': {
    description: 'Where to apply: a web address (https: or http:) or a page of the same site; the same rules as contact.url.',
  },
  'assistance.financing[].note': { description: 'What else a person should know; the widget itself never states a rate.' },
  patientUrl: {
    description: 'The page of the center\'s site where patients use the estimator ("https://center.example/cost"). With it, counselor mode offers a "link for the patient" that opens the estimates there, every scenario listed. Same rules as contact.url, but not tel: or mailto:.',
  },
  contact: {
    description: 'The call to action under every estimate: a link or button, and the phone number. Without it, the widget shows none.',
  },
  'contact.phone': {
    description: 'The center\'s phone number ("555-0100"), shown under the call to action and, when the configuration cannot be used, to visitors. 7 to 15 digits, with spaces, dots, dashes, parentheses or a leading +; nothing else.',
  },
  'contact.url': {
    description: 'Where the call to action leads: a web address (https: or http:), a page of the same site ("/verify"), tel: with a phone number or mailto: with an e-mail address; never javascript:, data: or any other scheme, HTML entities, spaces, quotes or invisible characters. Default: a button that tells the host page (the iop-contact event).',
  },
  'contact.label': {
    description: 'The call to action\'s words ("Verify my insurance"), in the center\'s language. Default: the widget\'s own ("Talk to a counselor").',
  },
  'contact.selfPayLabel': {
    description: 'The call to action\'s words for people without insurance ("Talk to a counselor"). Default: contact.label.',
  },
};
