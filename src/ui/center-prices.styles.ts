import { css } from 'lit';

// Before a coverage is chosen: the center's prices, a label and an amount a line.
export const centerPricesStyles = css`
  .prices h3 {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
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
