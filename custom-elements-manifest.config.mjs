// The Custom Elements Manifest (dist/custom-elements.json, `npm run build:manifest`, part of `npm run build`):
// the elements' API read from their JSDoc and Lit's `static properties`, for editors, Storybook and site
// builders. Only the files that define an element and the classes they register are read.

/** Each source file read, and the file of the package that carries it (everything is bundled there). */
const SHIPPED_AS = {
  'src/iop-cost-estimator.ts': 'dist/iop-cost-estimator.js',
  'src/ui/iop-cost-estimator.component.ts': 'dist/iop-cost-estimator.js',
  'src/counselor/iop-counselor-desk.ts': 'dist/iop-counselor-desk.js',
  'src/counselor/counselor-desk.component.ts': 'dist/iop-counselor-desk.js',
};

/** Loaded on demand by the widget (counselor mode), it registers its element and exports nothing. */
const LOADED_ON_DEMAND = new Set(['dist/iop-counselor-desk.js']);

const shipped = (path) => SHIPPED_AS[path.replace(/^\/+/, '')];

/**
 * The manifest describes what a page uses: the files it loads, the public API. Private fields (Lit's internal
 * state, `state: true`, which the analyzer reads as attributes), protected and `#private` members are the element's own.
 */
function publicApiOfShippedFiles() {
  return {
    name: 'public-api-of-shipped-files',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const byPath = new Map();
      for (const module of manifest.modules) {
        const path = shipped(module.path) ?? module.path;
        const merged = byPath.get(path) ?? { ...module, path, declarations: [], exports: [] };
        for (const declaration of module.declarations ?? []) {
          // Protected members (Lit's lifecycle, such as getUpdateComplete) are for subclasses, not for a page.
          const isPublic = (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#');
          const privateFields = new Set((declaration.members ?? []).filter((m) => !isPublic(m)).map((m) => m.name));
          declaration.members = declaration.members?.filter(isPublic);
          declaration.attributes = declaration.attributes?.filter((a) => !privateFields.has(a.fieldName));
          merged.declarations.push(declaration);
        }
        for (const entry of module.exports ?? []) {
          if (entry.kind === 'js' && LOADED_ON_DEMAND.has(path)) continue;
          const known = merged.exports.some((e) => e.kind === entry.kind && e.name === entry.name);
          if (!known) merged.exports.push({ ...entry, declaration: { ...entry.declaration, module: path } });
        }
        byPath.set(path, merged);
      }
      manifest.modules = [...byPath.values()];
    },
  };
}

export default {
  globs: Object.keys(SHIPPED_AS),
  outdir: 'dist',
  litelement: true,
  // package.json names the file itself ("customElements"); the analyzer would otherwise rewrite it.
  packagejson: false,
  plugins: [publicApiOfShippedFiles()],
};
