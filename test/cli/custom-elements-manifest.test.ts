// The Custom Elements Manifest (`npm run build:manifest`): generated here as the build does, checked against the
// manifest's own JSON Schema, and against the element itself, so that the documented API cannot drift from the
// code: every attribute and property Lit declares, every event dispatched, every part rendered and every
// custom property styled is listed, and nothing internal is (Node only).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from '../harness.ts';
import { IopCostEstimator } from '../../src/ui/iop-cost-estimator.component.ts';

type Json = Record<string, any>;

const ROOT = process.cwd();
const out = mkdtempSync(join(tmpdir(), 'cem-'));

// The analyzer's command line, as `npm run build:manifest` runs it, written to a scratch folder instead of dist/
// (its --outdir is relative to the project).
const cli = join(ROOT, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
execFileSync(process.execPath, [cli, 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet', '--outdir', relative(ROOT, out)], { cwd: ROOT, stdio: 'pipe' });
const manifest = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8')) as Json;
rmSync(out, { recursive: true, force: true });

const declarations: Json[] = manifest.modules.flatMap((m: Json) => m.declarations ?? []);
const estimator = declarations.find((d) => d.tagName === 'iop-cost-estimator')!;

/** Every match of `pattern`'s first group in the files of the folders given. */
function foundInSource(folders: string[], pattern: RegExp): string[] {
  const found = new Set<string>();
  for (const folder of folders) {
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.ts'))) {
      for (const match of readFileSync(join(folder, file), 'utf8').matchAll(pattern)) found.add(match[1]!);
    }
  }
  return [...found].sort();
}

const names = (list: Json[] | undefined) => (list ?? []).map((item) => item.name as string).sort();

describe('the Custom Elements Manifest', () => {
  it('is valid against the Custom Elements Manifest schema (1.0.0), and package.json names it', () => {
    const schema = JSON.parse(readFileSync('node_modules/custom-elements-manifest/schema.json', 'utf8')) as Json;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(manifest), JSON.stringify(validate.errors)).to.equal(true);
    expect(manifest.schemaVersion).to.equal('1.0.0');
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Json;
    expect(pkg.customElements).to.equal('dist/custom-elements.json');
    expect(pkg.files).to.include('dist');
    expect(pkg.exports['./custom-elements.json']).to.equal('./dist/custom-elements.json');
    expect(pkg.scripts.build).to.contain('build:manifest');
  });

  it('names the files a page loads and the tags they define', () => {
    const definitions = manifest.modules.flatMap((m: Json) =>
      (m.exports ?? []).filter((e: Json) => e.kind === 'custom-element-definition').map((e: Json) => `${e.name} in ${m.path}`),
    );
    expect(definitions).to.deep.equal(['iop-cost-estimator in dist/iop-cost-estimator.js', 'iop-counselor-desk in dist/iop-counselor-desk.js']);
    const embed = manifest.modules.find((m: Json) => m.path === 'dist/iop-cost-estimator.js');
    // The estimate itself is dist/iop-estimate.js, which the widget loads once a person starts answering.
    expect(names(embed.exports.filter((e: Json) => e.kind === 'js'))).to.deep.equal(['IopCostEstimator', 'registerTranslation']);
  });

  it('lists exactly the attributes and properties Lit declares, and none of its internal state', () => {
    const declared = Object.entries(IopCostEstimator.properties as Record<string, { attribute?: string | false; state?: boolean }>);
    const attributes = declared.filter(([, o]) => !o.state && o.attribute !== false).map(([name, o]) => ({ name: o.attribute ?? name.toLowerCase(), fieldName: name }));
    const properties = declared.filter(([, o]) => !o.state).map(([name]) => name);
    expect(estimator.attributes.map((a: Json) => ({ name: a.name, fieldName: a.fieldName }))).to.deep.equal(attributes);
    expect(names(estimator.members)).to.deep.equal([...properties].sort());
    expect(attributes.map((a) => a.name)).to.deep.equal(['config-src', 'plan-type', 'weeks', 'hours-per-week', 'network', 'language', 'mode']);
    for (const member of estimator.members) {
      expect(member.privacy, member.name).to.equal('public');
      expect(member.description, `${member.name} has no description`).to.be.a('string').and.not.equal('');
    }
    expect(estimator.members.find((m: Json) => m.name === 'config').attribute, 'config is a property only').to.equal(undefined);
  });

  it('lists every event the element dispatches, every part it renders and every custom property its styles read', () => {
    expect(names(estimator.events)).to.deep.equal(foundInSource(['src/ui'], /new CustomEvent\('([a-z-]+)'/g));
    expect(names(estimator.cssParts)).to.deep.equal(foundInSource(['src/ui'], /\bpart="([a-z-]+)"/g));
    expect(names(estimator.cssProperties)).to.deep.equal(foundInSource(['src/ui', 'src/counselor'], /var\((--iop-[a-z-]+)/g));
    for (const item of [...estimator.events, ...estimator.cssParts, ...estimator.cssProperties]) {
      expect(item.description, `${item.name} has no description`).to.be.a('string').and.not.equal('');
    }
    expect(estimator.summary).to.equal('What an Intensive Outpatient Program would cost a person out of pocket.');
  });
});
