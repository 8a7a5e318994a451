import { css } from 'lit';

// Good to know: warnings, figures and the disclaimer.
export const notesStyles = css`
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
`;
