import { css } from 'lit';

// Shadow DOM keeps the host page's CSS out; these custom properties and ::part()s let it theme us.
// Default colours meet WCAG AA contrast on the default backgrounds (text 4.5:1, borders and focus 3:1).
export const styles = css`
  :host {
    --_primary: var(--iop-color-primary, #1d4ed8);
    --_on-primary: var(--iop-color-on-primary, #fff);
    --_text: var(--iop-color-text, #1b1b1b);
    --_muted: var(--iop-color-muted, #4b5563);
    --_background: var(--iop-color-background, #fff);
    --_surface: var(--iop-color-surface, #f3f5f8);
    --_border: var(--iop-color-border, #6b7280);
    --_error: var(--iop-color-error, #b91c1c);
    --_success: var(--iop-color-success, #166534);
    --_radius: var(--iop-radius, 8px);
    --_space: var(--iop-spacing, 1rem);

    display: block;
    container-type: inline-size;
    font-family: var(--iop-font-family, inherit);
    font-size: var(--iop-font-size, 1rem);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_background);
    text-align: start;
    /* Inherited properties a host page may have set on a container: only the font is welcome. */
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    font-style: normal;
    font-weight: normal;
    visibility: visible;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .layout {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
  }
  @container (min-width: 720px) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: start;
    }
    .header {
      grid-column: 1 / -1;
    }
    .result {
      position: sticky;
      top: var(--_space);
    }
  }

  h2,
  h3 {
    line-height: 1.25;
    margin: 0 0 calc(var(--_space) / 2);
  }
  h2 {
    font-size: 1.375em;
  }
  h3 {
    font-size: 1.0625em;
  }
  p {
    margin: 0 0 calc(var(--_space) / 2);
  }
  .help,
  .note,
  .for-program {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  /* The form */
  form {
    display: grid;
    gap: var(--_space);
    min-width: 0;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0;
    padding: var(--_space);
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25em;
  }
  fieldset.choices {
    border: 0;
    padding: 0;
    margin-bottom: calc(var(--_space) / 2);
  }
  fieldset.choices legend {
    padding: 0;
    margin-bottom: 0.25em;
  }
  .choice {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    padding: 0.375em 0;
    cursor: pointer;
  }
  .choice input,
  .checkbox input {
    width: 1.25em;
    height: 1.25em;
    margin: 0.125em 0 0;
    flex: none;
    accent-color: var(--_primary);
  }
  .field {
    margin-bottom: calc(var(--_space) * 0.75);
    min-width: 0;
  }
  .field > label {
    display: block;
    font-weight: 600;
  }
  .field .help {
    margin: 0 0 0.25em;
  }
  .checkbox {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
  }
  .checkbox label {
    font-weight: normal;
  }
  .row {
    display: grid;
    gap: 0 var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 10rem), 1fr));
  }
  .input-wrap {
    display: flex;
    align-items: center;
    gap: 0.25em;
  }
  .prefix {
    color: var(--_muted);
  }
  input[type='text'],
  input[type='date'],
  select {
    font: inherit;
    color: inherit;
    background: var(--_background);
    width: 100%;
    min-height: 2.75em; /* a 44px touch target at 16px */
    padding: 0.5em 0.625em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'] {
    border: 2px solid var(--_error);
  }
  .error {
    color: var(--_error);
    font-weight: 600;
    margin: 0.25em 0 0;
  }
  :focus-visible {
    outline: 3px solid var(--_primary);
    outline-offset: 2px;
  }

  /* The total, kept in view below narrow forms */
  .peek {
    position: sticky;
    bottom: 0;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    padding: 0.5em var(--_space);
    margin: 0 calc(var(--_space) * -1);
    font-weight: 700;
    font-size: 1.125em;
    background: var(--_surface);
    border-top: 2px solid var(--_primary);
  }
  .peek button {
    font: inherit;
    font-size: 0.875em;
    color: var(--_primary);
    background: none;
    border: 0;
    text-decoration: underline;
    min-height: 2.75em;
    cursor: pointer;
  }
  @container (min-width: 720px) {
    .peek {
      display: none;
    }
  }

  /* The result */
  .result {
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: var(--_space);
    min-width: 0;
  }
  .result > section {
    margin-top: calc(var(--_space) * 1.5);
  }
  .total-label {
    margin: 0;
    font-weight: 600;
  }
  .total {
    font-size: 2.25em;
    font-weight: 700;
    line-height: 1.1;
    margin: 0.125em 0 0.25em;
    overflow-wrap: anywhere;
  }
  .cta {
    display: inline-block;
    font: inherit;
    font-weight: 600;
    color: var(--_on-primary);
    background: var(--_primary);
    border: 2px solid transparent;
    border-radius: var(--_radius);
    padding: 0.625em 1.25em;
    min-height: 2.75em;
    text-decoration: none;
    cursor: pointer;
  }
  dl {
    margin: 0;
  }
  .line {
    display: flex;
    justify-content: space-between;
    gap: var(--_space);
    padding: 0.25em 0;
    border-bottom: 1px solid color-mix(in srgb, var(--_border) 40%, transparent);
  }
  .line dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .line.subtle {
    color: var(--_muted);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    text-align: start;
    padding: 0.375em 0.25em;
    border-bottom: 1px solid color-mix(in srgb, var(--_border) 40%, transparent);
    vertical-align: top;
  }
  td {
    text-align: end;
  }
  .amount {
    white-space: nowrap;
  }
  thead th:not(:first-child) {
    text-align: end;
  }
  tr.cheapest th,
  tr.cheapest td {
    font-weight: 700;
  }
  .badge {
    display: inline-block;
    font-size: 0.8125em;
    color: var(--_on-primary);
    background: var(--_success);
    border-radius: 999px;
    padding: 0 0.5em;
  }
  details {
    margin-top: calc(var(--_space) / 2);
  }
  summary {
    cursor: pointer;
    color: var(--_primary);
    font-weight: 600;
  }
  svg {
    display: block;
    width: 100%;
    height: 8rem;
  }
  .bar {
    fill: var(--_primary);
  }
  .milestone {
    stroke: var(--_text);
    stroke-width: 2;
    stroke-dasharray: 4 3;
    vector-effect: non-scaling-stroke;
  }
  .axis {
    stroke: var(--_border);
    vector-effect: non-scaling-stroke;
  }
  .milestones {
    padding-inline-start: 1.25em;
    font-size: 0.9375em;
  }
  .notes ul {
    padding-inline-start: 1.25em;
  }
  .notes li {
    margin-bottom: 0.375em;
  }
  .source {
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .disclaimer {
    font-size: 0.875em;
    color: var(--_muted);
    border-top: 1px solid var(--_border);
    padding-top: calc(var(--_space) / 2);
  }
  .config-error {
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    padding: var(--_space);
    color: var(--_error);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      scroll-behavior: auto !important;
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    .bar {
      fill: CanvasText;
    }
    .milestone {
      stroke: Highlight;
    }
    .badge,
    .cta {
      border: 1px solid ButtonText;
    }
    input[aria-invalid='true'] {
      border-color: Mark;
    }
  }
`;
