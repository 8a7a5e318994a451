import { css } from 'lit';
import { lineStyles } from './line.styles.ts';

// Why this amount: label and amount on one line.
export const breakdownStyles = css`
  dl {
    margin: 0;
  }
  ${lineStyles}
  /* Self-pay's last line: what the lines above come to. */
  .line.total-line {
    font-weight: 600;
  }
  .line.subtle {
    color: var(--_muted);
  }
`;
