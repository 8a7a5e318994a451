// The estimate without the widget, for a page that wants a number (`import { estimate } from
// '/assets/iop-estimate.js'`), and what the widget loads once a person says how they would pay: the rules of
// every coverage and their reference data, which its first screen (the center's prices) does without.
export { estimate } from './core/estimate.ts';
