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
`;
