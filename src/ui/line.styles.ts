import { css } from 'lit';

// A label and its amount on one line, as the center's prices (the first screen) and "Why this amount" show them.
export const lineStyles = css`
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
`;
