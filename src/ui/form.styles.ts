import { css } from 'lit';

// The questions: fieldsets, labels, inputs and their messages; 44 px touch targets.
export const formStyles = css`
  /* The form */
  form {
    display: grid;
    gap: var(--_space);
    min-width: 0;
  }
  /* A control the focus moves to is scrolled clear of the bar that keeps the total in view on narrow screens (WCAG
     2.4.11): the browser honours this margin when it brings the focus into view. */
  form :is(input, select, summary) {
    scroll-margin-bottom: 8em;
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
  /* More plan details: folded away, its groups framed like the steps */
  .more summary,
  .whats-this summary {
    cursor: pointer;
    font-weight: 600;
    color: var(--_primary);
    padding: 0.625em 0; /* a 44px touch target */
  }
  /* "What's this?": a word of insurance explained, folded away */
  .whats-this p {
    margin: 0 0 var(--_space);
  }
  .more fieldset {
    margin-bottom: var(--_space);
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
  @media (forced-colors: active) {
    input[aria-invalid='true'],
    select[aria-invalid='true'] {
      border-color: Mark;
    }
  }
`;
