// The center configuration's JSON Schema (`npm run build:schema`), generated here in-process and checked with
// Ajv (draft 2020-12) against what the zod schema the widget validates with says (Node only).
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from '../harness.ts';
import { CENTER_CONFIG_DOCS } from '../../src/core/center/center-config-docs.ts';
import { parseCenterConfig } from '../../src/core/estimate.ts';
import { centerConfigJsonSchema, SCHEMA_ID } from '../../src/cli/center-config-schema.ts';
import { TEXT_FIELDS } from '../../src/core/center/center-words.ts';

type Json = Record<string, any>;

const EXAMPLE = JSON.parse(readFileSync('data/centers/example.json', 'utf8')) as Json;
const schema = centerConfigJsonSchema();
// allErrors: every problem, as check-config lists them; allowUnionTypes: `"type": ["number", "null"]` is how zod
// writes a nullable number.
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validate = ajv.compile(schema);

/** The example center with one change. */
function variant(change: (center: Json) => void): Json {
  const center = structuredClone(EXAMPLE);
  change(center);
  return center;
}

/** The fields (dotted, as the widget names them) Ajv finds a problem in. */
function ajvFields(center: unknown): string[] {
  if (validate(center)) return [];
  return (validate.errors ?? []).map((error) => {
    const path = error.instancePath.split('/').slice(1);
    if (error.keyword === 'required') path.push((error.params as { missingProperty: string }).missingProperty);
    return path.join('.');
  });
}

/** The fields zod finds a problem in, and what it says of each. */
function zodErrors(center: unknown): { field: string; message: string }[] {
  const parsed = parseCenterConfig(center);
  return parsed.ok ? [] : parsed.errors.map((error) => ({ ...error, field: error.field.replace(/^center\./, '') }));
}

/** The schema of the field at a dotted path ("rates.negotiated[].perUnit"). */
function fieldSchema(path: string): Json {
  return path.split('.').reduce<Json>((node, key) => {
    const items = key.endsWith('[]');
    const property = node.properties[items ? key.slice(0, -2) : key];
    expect(property, `${path}: no ${key}`).to.be.an('object');
    return items ? property.items : property;
  }, schema);
}

describe('the center configuration JSON Schema', () => {
  it('is draft 2020-12 with its address and a title', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).to.equal('https://unpkg.com/iop-cost-estimator/dist/center-config.schema.json');
    expect(SCHEMA_ID).to.equal(schema.$id);
    expect(schema.title).to.be.a('string').and.not.equal('');
    expect(schema.description).to.be.a('string').and.not.equal('');
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).to.equal(true);
  });

  it('accepts the example center, as zod does', () => {
    expect(ajvFields(EXAMPLE)).to.deep.equal([]);
    expect(zodErrors(EXAMPLE)).to.deep.equal([]);
  });

  it('says the center’s words are text or text per language tag, for every such field and no other, as zod does', () => {
    const perLanguage: string[] = [];
    const walk = (node: Json, path: string) => {
      if (node.anyOf?.some((branch: Json) => branch.type === 'object' && branch.propertyNames?.pattern)) perLanguage.push(path);
      for (const [key, child] of Object.entries(node.properties ?? {})) walk(child as Json, path ? `${path}.${key}` : key);
      if (node.items) walk(node.items, `${path}[]`);
      for (const branch of node.anyOf ?? []) if (branch.type !== 'object' || branch.properties) walk(branch, path);
    };
    walk(schema, '');
    expect(perLanguage.sort()).to.deep.equal([...TEXT_FIELDS].sort());
    const bilingual = variant((center) => {
      center.name = { en: 'Example', 'es-MX': 'Ejemplo' };
      center.contact.label = { en: 'Verify my insurance', es: 'Verificar mi seguro' };
    });
    expect(ajvFields(bilingual)).to.deep.equal([]);
    expect(zodErrors(bilingual)).to.deep.equal([]);
    const wrong = variant((center) => (center.contact.label = { english: 'Verify my insurance' }));
    expect(ajvFields(wrong)).to.include('contact.label');
    expect(zodErrors(wrong).map((e) => e.field)).to.deep.equal(['contact.label']);
  });

  it('accepts a center file with its $schema line, as zod does, and refuses a $schema that is not text', () => {
    const withLine = { $schema: schema.$id, ...EXAMPLE };
    expect(ajvFields(withLine)).to.deep.equal([]);
    expect(zodErrors(withLine)).to.deep.equal([]);
    const parsed = parseCenterConfig(withLine);
    expect(parsed.ok && parsed.center.$schema).to.equal(schema.$id);
    const notText = { ...EXAMPLE, $schema: 42 };
    expect(ajvFields(notText)).to.deep.equal(['$schema']);
    expect(zodErrors(notText).map((e) => e.field)).to.deep.equal(['$schema']);
  });

  const broken: [string, string, (center: Json) => void, RegExp][] = [
    ['a negative amount (text)', 'rates.chargePerUnit', (c) => (c.rates.chargePerUnit = '-850.00'), /no minus sign/],
    ['a negative amount (number)', 'rates.selfPayPerUnit', (c) => (c.rates.selfPayPerUnit = -350), /no minus sign/],
    ['an amount with three decimals, as text', 'medicaid.perUnit', (c) => (c.medicaid.perUnit = '180.125'), /at most two decimals/],
    ['an amount with three decimals, as a number', 'paymentPlan.minMonthly', (c) => (c.paymentPlan.minMonthly = 50.125), /at most two decimals/],
    ['an amount over the maximum, as a number', 'rates.negotiated.0.perUnit', (c) => (c.rates.negotiated[0].perUnit = 20_000_000), /^must be at most 10,000,000$/],
    ['an amount that is neither text nor a number', 'separatelyBilled.1.charge', (c) => (c.separatelyBilled[1].charge = true), /^must be an amount in dollars and cents, like "1500.00"$/],
    ['a percentage of 120', 'rates.outOfNetworkAllowedPercent', (c) => (c.rates.outOfNetworkAllowedPercent = 120), /^must be a percentage from 0 to 100$/],
    ['a discount percentage of 120', 'slidingScale.bands.1.discountPercent', (c) => (c.slidingScale.bands[1].discountPercent = 120), /^must be a discount percentage from 0 to 100$/],
    ['an APR below 0', 'paymentPlan.aprPercent', (c) => (c.paymentPlan.aprPercent = -1), /^must be an APR from 0 to 100$/],
    ['a number of months that is not whole', 'paymentPlan.maxMonths', (c) => (c.paymentPlan.maxMonths = 6.5), /^must be a whole number of months from 1 to 120$/],
    ['weeks out of range', 'programs.1.weeks', (c) => (c.programs[1].weeks = 0), /^must be a whole number of weeks from 1 to 52$/],
    ['an unknown billing unit', 'billing.unit', (c) => (c.billing.unit = 'week'), /^must be one of: day, hour$/],
    ['an unknown Medicare setting', 'medicare.setting', (c) => (c.medicare.setting = 'clinic'), /^must be one of: hospital, cmhc$/],
    ['an unknown plan type for a rate', 'rates.negotiated.0.planTypes.0', (c) => (c.rates.negotiated[0].planTypes = ['tricare']), /^must be one of: aca, private, medicare$/],
    ['hours a day out of range', 'billing.hoursPerDay', (c) => (c.billing.hoursPerDay = 13), /^must be from 1 to 12$/],
    ['a missing required field', 'rates.selfPayPerUnit', (c) => delete c.rates.selfPayPerUnit, /^is required$/],
    ['a missing name', 'name', (c) => delete c.name, /^is required$/],
    ['a name of spaces only', 'name', (c) => (c.name = '   '), /^must be the center name$/],
    ['a band with a negative start', 'slidingScale.bands.0.overPercent', (c) => (c.slidingScale.bands[0].overPercent = -1), /^must be 0 or more$/],
    ['text where a number belongs', 'programs.0.hoursPerWeek', (c) => (c.programs[0].hoursPerWeek = '9'), /./],
    ['a script link as the call to action', 'contact.url', (c) => (c.contact.url = 'javascript:alert(1)'), /^must be a web address/],
    ['a data link as the call to action', 'contact.url', (c) => (c.contact.url = 'DATA:text/html,<script>alert(1)</script>'), /^must be a web address/],
    ['a phone that is not a number', 'contact.phone', (c) => (c.contact.phone = '555-0100"><img src=x onerror=alert(1)>'), /^must be a phone number/],
  ];
  for (const [what, field, change, message] of broken) {
    it(`refuses ${what}, as zod does`, () => {
      const center = variant(change);
      expect(ajvFields(center), 'JSON Schema').to.include(field);
      const errors = zodErrors(center);
      // (A band starting below 0 also overlaps the band before it: two problems, on the same field.)
      expect([...new Set(errors.map((e) => e.field))], 'zod').to.deep.equal([field]);
      expect(errors[0]!.message).to.match(message);
    });
  }

  it('agrees with zod on amounts written either way', () => {
    // JSON Schema's `multipleOf` is computed in floating point; Ajv's default precision refuses 450.1 (0.01 times
    // 45010.000000000004): multipleOfPrecision makes it compare to 9 decimals, as editors do.
    const precise = new Ajv2020({ allowUnionTypes: true, multipleOfPrecision: 9 }).compile(schema);
    const values = [
      '0', '0.00', '450', '450.1', '450.10', '10000000.00', '000000450.50', '450.', '.50', '4.5e2', ' 450', '-0.01', '1,450.00',
      0, 450, 450.1, 450.25, 0.01, 10_000_000, 10_000_000.01, 0.001, -0.01, 1e-7, null, true, [], {},
    ];
    for (const value of values) {
      const center = variant((c) => (c.rates.inNetworkPerUnit = value));
      expect(precise(center), `JSON Schema on ${JSON.stringify(value)}`).to.equal(zodErrors(center).length === 0);
    }
    // What JSON Schema cannot say: the maximum of an amount written as text. zod refuses it, JSON Schema lets it by.
    const overAsText = variant((c) => (c.rates.inNetworkPerUnit = '20000000.00'));
    expect(precise(overAsText)).to.equal(true);
    expect(zodErrors(overAsText)).to.deep.equal([{ field: 'rates.inNetworkPerUnit', message: 'must be at most 10,000,000' }]);
  });

  it('leaves the checks across fields to zod', () => {
    const selfPayAboveCharge = variant((c) => (c.rates.selfPayPerUnit = '900.00'));
    expect(ajvFields(selfPayAboveCharge)).to.deep.equal([]);
    expect(zodErrors(selfPayAboveCharge).map((e) => e.field)).to.deep.equal(['rates.selfPayPerUnit']);
  });

  it('says the choices, ranges, whole numbers and amount formats', () => {
    expect(fieldSchema('billing.unit')).to.include({ type: 'string' }).and.to.have.deep.property('enum', ['day', 'hour']);
    expect(fieldSchema('medicare.setting').enum).to.deep.equal(['hospital', 'cmhc']);
    expect(fieldSchema('medicaid.capPeriod').enum).to.deep.equal(['month', 'quarter']);
    expect(fieldSchema('rates.negotiated[].planTypes[]').enum).to.deep.equal(['aca', 'private', 'medicare']);
    expect(fieldSchema('billing.hoursPerDay')).to.include({ type: 'number', minimum: 1, maximum: 12 });
    expect(fieldSchema('rates.outOfNetworkAllowedPercent')).to.include({ type: 'number', minimum: 0, maximum: 100 });
    expect(fieldSchema('paidInFullDiscountPercent')).to.include({ type: 'number', minimum: 0, maximum: 100 });
    expect(fieldSchema('paymentPlan.minMonths')).to.include({ type: 'integer', minimum: 1, maximum: 120 });
    expect(fieldSchema('programs[].weeks')).to.include({ type: 'integer', minimum: 1, maximum: 52 });
    expect(fieldSchema('programs[].daysPerWeek')).to.include({ type: 'integer', minimum: 1, maximum: 7 });
    expect(fieldSchema('programs[].hoursPerWeek')).to.include({ type: 'number', minimum: 1, maximum: 40 });
    expect(fieldSchema('slidingScale.bands[].overPercent')).to.include({ type: 'number', minimum: 0 });
    expect(fieldSchema('slidingScale.bands[].upToPercent').type).to.deep.equal(['number', 'null']);
    // The center's words: text (the name not empty), or text per language.
    expect(fieldSchema('name').anyOf[0]).to.deep.equal({ type: 'string', pattern: '\\S' });
    expect(fieldSchema('name').anyOf[1]).to.include({ type: 'object', minProperties: 1 });
    const charge = fieldSchema('rates.chargePerUnit');
    expect(charge.anyOf).to.deep.equal([
      { type: 'string', pattern: '^\\d{1,9}(\\.\\d{1,2})?$' },
      { type: 'number', minimum: 0, maximum: 10_000_000, multipleOf: 0.01 },
    ]);
    expect(schema.required).to.deep.equal(['name', 'billing', 'rates']);
    expect(fieldSchema('rates').required).to.deep.equal(['chargePerUnit', 'inNetworkPerUnit', 'outOfNetworkAllowedPercent', 'selfPayPerUnit']);
  });

  it('describes every field, with its default where it has one', () => {
    const undescribed: string[] = [];
    let fields = 0;
    const walk = (node: Json, path: string): void => {
      for (const [key, child] of Object.entries<Json>(node.properties ?? {})) {
        const field = path ? `${path}.${key}` : key;
        fields += 1;
        if (typeof child.description !== 'string' || child.description.length < 10) undescribed.push(field);
        walk(child, field);
      }
      if (node.items) {
        if (typeof node.items.description !== 'string') undescribed.push(`${path}[]`);
        walk(node.items, `${path}[]`);
      }
    };
    walk(schema, '');
    expect(undescribed).to.deep.equal([]);
    expect(fields).to.be.greaterThan(60);
    expect(fieldSchema('billing.hoursPerDay')).to.include({ default: 3 });
    expect(fieldSchema('billing.hoursPerDay').description).to.match(/hours/).and.match(/Default: 3\.$/);
    expect(fieldSchema('language')).to.include({ default: 'en' });
    expect(fieldSchema('medicaid.capPeriod')).to.include({ default: 'month' });
    expect(fieldSchema('paymentPlan.aprPercent')).to.include({ default: 0 });
    expect(fieldSchema('rates.chargePerUnit').description).to.match(/dollars per billing unit/);
    expect(fieldSchema('slidingScale.bands[].overPercent').description).to.match(/% of the poverty guideline/);
    expect(fieldSchema('programs[].weeks').description).to.match(/weeks/);
    expect(fieldSchema('paymentPlan.minMonths').description).to.match(/months/);
    // Every default is a value the field accepts.
    for (const [field, doc] of Object.entries(CENTER_CONFIG_DOCS)) {
      if (doc.default === undefined) continue;
      const single = new Ajv2020({ allowUnionTypes: true, strict: false }).compile(fieldSchema(field));
      expect(single(doc.default), `${field}'s default`).to.equal(true);
    }
  });

  it('refuses to generate with a field left undescribed, or a description of no field', () => {
    const { billing: _billing, ...withoutOne } = CENTER_CONFIG_DOCS;
    expect(() => centerConfigJsonSchema(withoutOne)).to.throw(/no description.*: billing$/);
    expect(() => centerConfigJsonSchema({ ...CENTER_CONFIG_DOCS, 'rates.typo': { description: 'nothing' } })).to.throw(/of no field.*rates\.typo/);
  });
});
