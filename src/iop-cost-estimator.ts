// The embed entry: registers <iop-cost-estimator>. One <script type="module"> tag loads it.
// First, so that the centers' files are on their way while the rest starts (config-loader.ts, askEarly).
import './ui/ask-early.ts';
import { IopCostEstimator } from './ui/iop-cost-estimator.component.ts';

export { IopCostEstimator };
// The estimate itself is estimate.js, beside this file: the widget loads it once a person starts answering
// (iop-estimate.js offers it to pages).
// Other languages: a translation module (translations/es.js) or the page's own words.
export { registerTranslation } from './ui/translations.ts';

// A page may load the script twice (two widgets, two plugins): define the tag once.
if (!customElements.get('iop-cost-estimator')) customElements.define('iop-cost-estimator', IopCostEstimator);

declare global {
  interface HTMLElementTagNameMap {
    'iop-cost-estimator': IopCostEstimator;
  }
}
