// What the widget shows once a person has said how they would pay: their total (and the bar that keeps it in
// view), what it was corrected to, and where a message comparing two fields goes. A module of its own, loaded with
// the rules of coverage, because the first screen (the center's prices) needs none of it.
export { correctedFields } from './corrected-fields.ts';
export { fieldTyped } from './field-pairs.ts';
export { announcement, renderSummary, shownRange } from './summary.ts';
export { summaryStyles } from './summary.styles.ts';
