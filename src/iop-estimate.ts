// The estimate without the widget, for a page that wants a number (`import { estimate } from
// '/assets/iop-estimate.js'`): a second entry of the embed build (vite.config.ts), since the embed file itself
// carries only the first screen. The widget imports the same rules (estimate.js) when a person answers.
export { estimate } from './core/estimate.ts';
