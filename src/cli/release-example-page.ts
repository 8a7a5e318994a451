// example.html in the release's site zip: the widget on a page, as "Embedding the widget" (README) puts it, with
// the example center (our-center.json) beside it. Open it from the uploaded folder to see the files work there.
export function examplePage(version: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>IOP cost estimator ${version}: example page</title>
    <!-- Fetched beside the script, not after it: the first screen shows sooner on a phone. -->
    <link rel="modulepreload" href="first-screen.js">
    <link rel="preload" href="our-center.json" as="fetch" crossorigin>
    <script type="module" src="iop-cost-estimator.js"></script>
    <style>
      /* The widget's space, kept before it starts: nothing below it jumps. */
      iop-cost-estimator:not(:defined) { display: block; min-height: 100vh; }
      body { margin: 0 auto; max-width: 70rem; padding: 1rem; font: 16px/1.5 system-ui, sans-serif; }
    </style>
  </head>
  <body>
    <h1>What our program would cost you</h1>
    <iop-cost-estimator config-src="our-center.json">
      <p>For an estimate of what our program would cost you, call our intake team at <a href="tel:+15555550199">555-0199</a>.</p>
    </iop-cost-estimator>
    <h2 lang="es">En español</h2>
    <iop-cost-estimator config-src="our-center.json" language="es">
      <p lang="es">Para saber cuánto le costaría nuestro programa, llame a nuestro equipo de admisión al <a href="tel:+15555550199">555-0199</a>.</p>
    </iop-cost-estimator>
  </body>
</html>
`;
}
