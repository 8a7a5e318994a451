// HOW-TO.html in the release's site zip: the steps a center's web manager follows, with this release's file names
// and integrity hashes written in. Short on purpose; the README has the rest.

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A block of code to copy, escaped. */
const code = (text: string) => `<pre><code>${escape(text.trim())}</code></pre>`;

export function howTo(version: string, hashes: Record<string, string>): string {
  const cdn = `https://cdn.jsdelivr.net/npm/iop-cost-estimator@${version}/dist`;
  const importMap = JSON.stringify({ integrity: Object.fromEntries(Object.entries(hashes).map(([file, hash]) => [`${cdn}/${file}`, hash])) }, null, 2);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Putting the IOP cost estimator ${version} on your site</title>
<style>
  body { margin: 0 auto; max-width: 46rem; padding: 1rem; font: 16px/1.6 system-ui, sans-serif; color: #1b1b1b; }
  pre { overflow-x: auto; background: #f3f5f8; padding: 0.75rem; border-radius: 6px; }
  code { font-size: 0.9em; }
</style>
</head>
<body>
<h1>Putting the IOP cost estimator on your site</h1>
<p>Version ${version}. The estimator tells a visitor what your Intensive Outpatient Program would cost them: your prices,
their coverage, their household. Nothing they type leaves their browser. <a href="example.html">example.html</a>, in this
folder, shows it working.</p>

<h2>1. Upload this folder</h2>
<p>Put every file of this folder on your site, together, for example under <code>/iop/</code>. The widget loads the
other scripts from beside <code>iop-cost-estimator.js</code> when a visitor needs them. Give them no query of their
own; for a new address per release, use a new folder (<code>/iop/${version}/</code>).</p>

<h2>2. Make our-center.json yours</h2>
<p>It holds your prices, the payers you are in network with, your sliding scale, payment-plan terms and phone.
It starts as a fictional example center: change its figures, then take out the line <code>"example": true</code>
(until then visitors see "Example prices from a fictional center"). An editor that reads JSON Schema checks each field
as you type against <code>center-config.schema.json</code>. If something is wrong, visitors see "Estimates are unavailable
right now" with your phone, and the browser's console names the field.</p>

<h2>3. Paste it into the page</h2>
<p>In the page's <code>&lt;head&gt;</code> (or your theme's or site builder's "header code"):</p>
${code(`<link rel="modulepreload" href="/iop/first-screen.js">
<link rel="preload" href="/iop/our-center.json" as="fetch" crossorigin>
<script type="module" src="/iop/iop-cost-estimator.js"></script>
<style>iop-cost-estimator:not(:defined) { display: block; min-height: 100vh; }</style>`)}
<p>Where the estimator should appear, with the words visitors see if it cannot run:</p>
${code(`<iop-cost-estimator config-src="/iop/our-center.json">
  <p>For an estimate, call our intake team at <a href="tel:+15555550199">555-0199</a>.</p>
</iop-cost-estimator>`)}
<p>In Spanish: add <code>language="es"</code> to the tag (or mark the page <code>lang="es"</code>).</p>

<h2>Where you cannot upload files</h2>
<p>On a site builder (Squarespace, Wix, Webflow), load the scripts from the npm CDN, each checked by its hash, and
write your configuration inside the tag:</p>
${code(`<script type="importmap">
${importMap}
</script>
<link rel="modulepreload" href="${cdn}/first-screen.js" integrity="${hashes['first-screen.js'] ?? ''}" crossorigin>
<script type="module" src="${cdn}/iop-cost-estimator.js" integrity="${hashes['iop-cost-estimator.js'] ?? ''}" crossorigin></script>
<iop-cost-estimator>
  <script type="application/json">{ ...the contents of our-center.json... }</script>
  <p>For an estimate, call our intake team at <a href="tel:+15555550199">555-0199</a>.</p>
</iop-cost-estimator>`)}
<p>The import map lets the browser check the files the widget loads later too (Chrome and Edge 127 and later; other
browsers check the two files with an <code>integrity</code> attribute). A site with a Content Security Policy allows the
CDN in <code>script-src</code>; the README's "Content Security Policy" section has the rest.</p>

<h2>More</h2>
<p>The README (on npm and in the repository) explains every field of the configuration, theming with CSS custom
properties, counselor mode for your financial counselors, and the limits of an estimate. LICENSE and
THIRD-PARTY-LICENSES.txt must travel with the scripts; CHANGELOG.md says what changed.</p>
</body>
</html>
`;
}
