import { css } from 'lit';

// The total, large and first.
export const summaryStyles = css`
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
  /* Before a coverage is chosen: the center's prices, a label and an amount a line. */
  .prices h3 {
    font-size: 1em;
  }
  .prices dl {
    margin: 0.5em 0;
  }
  .prices .line {
    display: flex;
    justify-content: space-between;
    gap: var(--_space);
    padding: 0.25em 0;
    border-bottom: 1px solid color-mix(in srgb, var(--_border) 40%, transparent);
  }
  .prices dd {
    margin: 0;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
`;
