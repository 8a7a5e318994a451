import { css } from 'lit';

// The counselor's desk on screen (scenarios side by side when there is room) and on paper: a clean
// document with the center's letterhead, no form controls, each scenario on its own pages, in black on white.
export const deskStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .desk {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }
  .letterhead p {
    margin: 0;
  }
  .letterhead span + span::before {
    content: ' · ';
  }
  .center-name,
  .patient-line {
    font-weight: 700;
  }
  .scenarios {
    display: grid;
    gap: var(--_space);
    grid-template-columns: minmax(0, 1fr);
    align-items: start;
  }
  @container (min-width: 760px) {
    .scenarios.count-2 {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (min-width: 1140px) {
    .scenarios.count-3 {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  /* Each scenario's ten parts are rows shared with the scenarios beside it: its total, its inputs, its
     breakdown... start at the same height in every column. An empty part takes no room. */
  .scenario {
    display: grid;
    grid-row: span 10;
    grid-template-rows: subgrid;
    row-gap: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    min-width: 0;
  }
  .scenario > :not(:empty):not(:last-child) {
    margin-block-end: calc(var(--_space) / 2);
  }
  .part,
  .scenario-head {
    display: grid;
    gap: calc(var(--_space) / 2);
    align-content: start;
    min-width: 0;
  }
  .assumptions-part,
  .print-only {
    display: none;
  }
  .household-left-out {
    margin: 0;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_primary);
    background: var(--_surface);
  }
  fieldset.record .row,
  .benefits .row {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12em, 1fr));
    gap: 0 var(--_space);
  }
  /* A folded group's fields, named by its summary (scenario-form.ts). */
  .folded-group {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding-block: 0.25em 0.5em;
  }
  .benefits .wide {
    grid-column: 1 / -1;
  }
  .benefits textarea {
    font: inherit;
    width: 100%;
    padding: 0.5em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
  }
  .benefits > summary,
  .more-terms > summary {
    cursor: pointer;
    font-weight: 600;
    color: var(--_primary);
    padding: 0.625em 0;
  }
  .actions .help,
  .actions .warning {
    flex-basis: 100%;
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .actions .checkbox {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25em 0.5em;
    align-items: start;
  }
  .actions .checkbox .warning {
    grid-column: 2;
  }
  .print-questions {
    max-width: min(36em, calc(100vw - 2em));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    color: var(--_text);
    background: var(--_background);
  }
  .print-questions::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
  }
  .print-anyway {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .record-lines {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(16em, 1fr));
    gap: 0 1.5em;
    margin: 0.25em 0 0;
  }
  .record-lines > div {
    display: flex;
    gap: 0.5em;
  }
  .record-lines dt {
    font-weight: 600;
  }
  .record-lines dd {
    margin: 0;
    overflow-wrap: anywhere;
    white-space: pre-line;
  }
  .signatures p {
    margin: 0 0 2.5em;
  }
  .sign-line {
    display: grid;
    grid-template-columns: 3fr 1fr;
    gap: 2em;
    margin-block-end: 2.5em;
  }
  .sign-line span {
    border-top: 1px solid #000;
    padding-top: 0.25em;
    font-size: 0.875em;
  }
  .scenario-form {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .result,
  .details {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .result {
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .differences {
    margin: 0;
    padding-inline-start: 1.25em;
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    align-items: center;
  }
  .actions .field,
  .actions .notice {
    flex-basis: 100%;
    margin: 0;
  }
  button,
  .file {
    font: inherit;
    min-height: 2.75em;
    padding: 0.5em 1em;
    border-radius: calc(var(--_radius) / 2);
    border: 1px solid var(--_primary);
    background: var(--_background);
    color: var(--_primary);
    cursor: pointer;
    display: inline-flex;
    align-items: center;
  }
  .actions .primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .file input {
    /* The label is the button; the input stays reachable by keyboard and screen readers. */
    position: absolute;
    opacity: 0;
    width: 1px;
    height: 1px;
  }
  .file:focus-within,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible {
    outline: 3px solid var(--_primary);
    outline-offset: 2px;
  }
  .remove,
  .add {
    justify-self: start;
  }
  .gfe-box > summary {
    cursor: pointer;
    font-weight: 600;
    color: var(--_primary);
    padding: 0.625em 0;
  }
  caption {
    text-align: start;
    font-weight: 600;
  }
  .limits,
  .center-text {
    font-size: 0.875em;
    color: var(--_muted);
    margin: 0;
  }
  .letterhead,
  .assumptions {
    display: none;
  }
  .assumptions dl {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
    gap: 0 1em;
    margin: 0;
  }
  .assumptions dl > div {
    display: contents;
  }
  .assumptions dd {
    margin: 0;
    text-align: end;
  }
  h4 {
    margin: 0;
  }

  /* The scenarios side by side (comparison-table.ts): the first thing read, on screen and on paper. */
  .side-by-side {
    margin-bottom: var(--_space);
  }
  .side-by-side caption {
    text-align: start;
    font-weight: 600;
  }
  .side-by-side th,
  .side-by-side td {
    vertical-align: top;
    overflow-wrap: anywhere;
  }

  @media print {
    /* Page 1: the letterhead, the patient and the comparison; each scenario on pages of its own after it. */
    .print-all .side-by-side ~ .scenarios > .scenario:first-child {
      break-before: page;
    }
    /* One scenario, or one scenario's Good Faith Estimate alone (the actions' "What to print"). */
    .print-one .side-by-side,
    .print-gfe .side-by-side,
    .print-one .scenario,
    .print-gfe .scenario,
    .print-gfe > :not(.scenarios),
    .print-gfe .scenario > :not(.gfe-box) {
      display: none !important;
    }
    .print-1 .scenario:nth-of-type(1),
    .print-2 .scenario:nth-of-type(2),
    .print-3 .scenario:nth-of-type(3) {
      display: flex !important;
      break-before: auto;
    }
    .print-gfe .gfe-box {
      break-before: auto;
    }
    :host {
      --_text: #000;
      --_muted: #000;
      --_primary: #000;
      --_surface: #fff;
      --_border: #000;
      color: #000;
      background: #fff;
      font-size: 11pt;
    }
    .letterhead {
      display: block;
      border-bottom: 2px solid #000;
      padding-bottom: 0.5em;
    }
    .screen-only,
    .scenario-form,
    button,
    .peek {
      display: none !important;
    }
    .scenarios,
    .scenarios.count-2,
    .scenarios.count-3 {
      display: block;
    }
    .scenario {
      border: 0;
      padding: 0;
    }
    .scenario + .scenario,
    .gfe-box {
      break-before: page;
    }
    .gfe-box > summary {
      display: none;
    }
    .assumptions {
      display: block;
    }
    .result {
      padding: 0;
    }
    /* On paper the assumptions come before the total. */
    .scenario {
      display: flex;
      flex-direction: column;
    }
    /* Space between parts goes above a part, never below one: a margin left at the foot of a full page
       would push an empty page before the next scenario. */
    .scenario > :not(:empty):not(:last-child) {
      margin-block-end: 0;
    }
    .scenario > :not(:empty) ~ :not(:empty) {
      margin-block-start: 0.5em;
    }
    .desk {
      padding-block-end: 0;
    }
    .assumptions-part {
      display: block;
      order: -1;
    }
    .print-only {
      display: block;
    }
    .scenario-head {
      order: -2;
    }
    .benefits-printed h4 {
      margin-top: 0.5em;
    }
    /* Page 1 is a sheet a patient can sign: the comparison, what an estimate is not, and the signatures;
       the scenarios follow. One scenario alone ends with them. */
    .print-all > .limits,
    .print-all > .center-text,
    .print-all > .signatures {
      order: 1;
    }
    .print-all > .scenarios {
      order: 2;
    }
    /* The signatures, all on the page they start on. */
    .signatures {
      break-inside: avoid;
      margin-top: 1.5em;
    }
    table,
    tr {
      break-inside: avoid;
    }
    /* A heading, a caption or a folded part's title stays with what follows it; no disclosure triangles on paper. */
    h3,
    h4,
    summary,
    caption {
      break-after: avoid;
    }
    summary {
      list-style: none;
    }
    /* A scenario's last line ends the page it is on: its margin must not push an empty page before the next. */
    .scenario > :last-child,
    .details > :last-child,
    .notes > :last-child {
      margin-bottom: 0;
    }
    summary::-webkit-details-marker {
      display: none;
    }
    .desk > h2 {
      font-size: 1.25em;
    }
  }
`;
