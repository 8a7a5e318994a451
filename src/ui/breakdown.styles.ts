import { css } from 'lit';

// Why this amount: label and amount on one line.
export const breakdownStyles = css`
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
  /* Self-pay's last line: what the lines above come to. */
  .line.total-line {
    font-weight: 600;
  }
  .line.subtle {
    color: var(--_muted);
  }
`;
