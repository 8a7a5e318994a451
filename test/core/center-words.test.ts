// A center's own words given per language ({ "en": ..., "es": ... }): the widget and the core read them in the
// language asked for, the published schema says the form, and check-config warns of a language given only in part.
import { describe, expect, it } from '../harness.ts';
import { EXAMPLE_CENTER, estimate, parseCenterConfig } from '../../src/core/estimate.ts';
import { centerInLanguage, TEXT_FIELDS } from '../../src/core/center/center-words.ts';
import { languageWarnings } from '../../src/core/center/language-warnings.ts';
import { unknownFields } from '../../src/core/center/unknown-fields.ts';
import exampleCenter from '../../data/centers/example.json';
import slidingScaleRequest from '../../demo/requests/uninsured-sliding-scale.json';

const EXAMPLE = exampleCenter as Record<string, any>;

/** The example center with its call to action, first track and sliding-scale bands in English and Spanish. */
function bilingual(): Record<string, any> {
  const center = structuredClone(EXAMPLE);
  center.contact.label = { en: 'Verify my insurance', es: 'Verificar mi seguro' };
  center.programs[0].name = { en: 'Day IOP', es: 'IOP de día' };
  center.slidingScale.bands = center.slidingScale.bands.map((band: { label: string }, i: number) => ({
    ...band,
    label: { en: band.label, es: ['Cuota mínima', '60% de descuento', '40% de descuento', 'Precio completo'][i] },
  }));
  return center;
}

function parsed(json: unknown, language?: string) {
  const result = parseCenterConfig(json, language);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.field}: ${e.message}`).join('; '));
  return result.center;
}

describe("a center's words per language", () => {
  it('are read in the language asked for, and the center then says it speaks it', () => {
    const spanish = parsed(bilingual(), 'es');
    expect(spanish.contact?.label).to.equal('Verificar mi seguro');
    expect(spanish.programs?.[0]?.name).to.equal('IOP de día');
    // Other fields are plain English: the words are of two languages, so the file's own is kept for marking them.
    expect(spanish.language).to.equal(undefined);
    const english = parsed(bilingual(), 'en');
    expect(english.contact?.label).to.equal('Verify my insurance');
    expect(english.programs?.[0]?.name).to.equal('Day IOP');
  });

  it('says the language chosen when every word of the file was found in it', () => {
    const center: Record<string, any> = { ...structuredClone(EXAMPLE), programs: undefined, slidingScale: undefined, separatelyBilled: undefined, disclaimer: undefined };
    center.name = { en: 'Example Recovery Center', es: 'Centro de Recuperación de Ejemplo' };
    center.contact = { phone: '555-0100', label: { en: 'Verify my insurance', es: 'Verificar mi seguro' } };
    const spanish = parsed(center, 'es-MX');
    expect(spanish.name).to.equal('Centro de Recuperación de Ejemplo');
    expect(spanish.language).to.equal('es');
    expect(parsed(center, 'en').language).to.equal(undefined);
  });

  it('fall back to another region of the language, then the file’s language, then the first written', () => {
    const center = structuredClone(EXAMPLE);
    center.language = 'es';
    center.contact.label = { 'es-MX': 'Verificar mi seguro', fr: 'Vérifier mon assurance' };
    center.programs[0].name = { fr: 'IOP de jour', es: 'IOP de día' };
    center.programs[1].name = { fr: 'IOP du soir', de: 'Abend-IOP' };
    const german = parsed(center, 'de');
    expect([german.contact?.label, german.programs?.[0]?.name, german.programs?.[1]?.name]).to.deep.equal([
      'Verificar mi seguro', // es-MX for the file's "es"
      'IOP de día', // the file's language
      'Abend-IOP', // German
    ]);
    const english = parsed(center, 'en');
    expect(english.programs?.[1]?.name).to.equal('IOP du soir'); // neither English nor Spanish: the first written
    // The page's object is left as it was.
    expect(center.contact.label).to.deep.equal({ 'es-MX': 'Verificar mi seguro', fr: 'Vérifier mon assurance' });
  });

  it('name a band of the sliding scale in the estimate’s language; the amounts do not change', () => {
    const request = slidingScaleRequest;
    const spanish = estimate(request, bilingual(), { language: 'es' });
    const english = estimate(request, bilingual());
    if (!spanish.ok || !english.ok) throw new Error('no estimate');
    expect(spanish.result.slidingScale?.label).to.equal('60% de descuento');
    expect(english.result.slidingScale?.label).to.equal('60% off');
    expect(spanish.result.patient.total).to.equal(english.result.patient.total);
    const plain = estimate(request, EXAMPLE_CENTER);
    expect(plain.ok && plain.result.patient.total).to.equal(english.result.patient.total);
  });

  it('that are not words get one message naming the field', () => {
    const center = structuredClone(EXAMPLE);
    center.programs[0].name = { en: 'Day IOP', es: 7 };
    center.contact.label = { english: 'Verify' };
    center.disclaimer = {};
    const result = parseCenterConfig(center, 'es');
    const message = 'must be words, or the same words per language, like {"en": "Talk to a counselor", "es": "Hable con un consejero"}';
    expect(result.ok ? [] : result.errors).to.deep.equal([
      { field: 'center.disclaimer', message },
      { field: 'center.programs.0.name', message },
      { field: 'center.contact.label', message },
    ]);
  });

  it('may be given per language in every field that holds them', () => {
    const every = bilingual();
    every.name = { en: 'Example', es: 'Ejemplo' };
    every.disclaimer = { en: 'An estimate.', es: 'Una estimación.' };
    every.separatelyBilled = [{ name: { en: 'Lab work', es: 'Análisis' }, note: { en: 'If ordered', es: 'Si se piden' }, charge: '40.00' }];
    every.programs[0].description = { en: 'Group therapy', es: 'Terapia de grupo' };
    every.contact.selfPayLabel = { en: 'Ask about self-pay', es: 'Pregunte por el pago propio' };
    every.assistance = {
      stateFunded: [{ name: { en: 'State-funded treatment', es: 'Tratamiento financiado por el estado' }, note: { en: 'A waiting list', es: 'Una lista de espera' } }],
      scholarships: [{ name: { en: 'Hope Scholarship', es: 'Beca Esperanza' }, amount: '1000.00', conditions: { en: 'A first program', es: 'Un primer programa' } }],
      financing: [{ name: { en: 'Example Lending', es: 'Préstamos de Ejemplo' }, url: 'https://lending.example/', note: { en: 'Ask us', es: 'Pregúntenos' } }],
    };
    const spanish = parsed(every, 'es');
    expect(spanish.assistance).to.deep.equal({
      stateFunded: [{ name: 'Tratamiento financiado por el estado', note: 'Una lista de espera' }],
      scholarships: [{ name: 'Beca Esperanza', amount: '1000.00', conditions: 'Un primer programa' }],
      financing: [{ name: 'Préstamos de Ejemplo', url: 'https://lending.example/', note: 'Pregúntenos' }],
    });
    expect([spanish.name, spanish.disclaimer, spanish.programs?.[0]?.description, spanish.contact?.selfPayLabel]).to.deep.equal([
      'Ejemplo',
      'Una estimación.',
      'Terapia de grupo',
      'Pregunte por el pago propio',
    ]);
    expect(spanish.separatelyBilled?.[0]).to.deep.equal({ name: 'Análisis', note: 'Si se piden', charge: '40.00' });
    // Every field that holds the center's words was given per language above.
    expect(TEXT_FIELDS.length).to.equal(15);
    expect(centerInLanguage(every, 'es')).to.not.equal(every);
  });

  it('are fields to check-config, whose keys are languages, not misspelt fields', () => {
    expect(unknownFields(bilingual())).to.deep.equal([]);
  });

  it('in a language some fields have and others not: check-config says which fields a page in it shows in another', () => {
    const warnings = languageWarnings(bilingual());
    const fields = warnings.map((w) => w.field);
    // The call to action, the first track and the bands have Spanish; the name, the other tracks, the items
    // billed apart and the self-pay call to action do not.
    expect(fields).to.deep.equal([
      'name',
      'separatelyBilled.0.name',
      'separatelyBilled.1.name',
      'separatelyBilled.2.name',
      'programs.1.name',
      'programs.2.name',
      'contact.selfPayLabel',
    ]);
    expect(warnings.find((w) => w.field === 'programs.1.name')?.message).to.equal(
      'has no words in "es", which other fields have: a page in that language shows this field in another language',
    );
    expect(languageWarnings(EXAMPLE)).to.deep.equal([]);
  });
});
