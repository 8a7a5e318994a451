import { css } from 'lit';
import { lineStyles } from './line.styles.ts';

// Before a coverage is chosen: the center's prices, a label and an amount a line.
export const centerPricesStyles = css`
  ${lineStyles}
  .prices h3 {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
  }
  .prices dl {
    margin: 0.5em 0;
  }
  .prices dd {
    font-weight: 600;
  }
`;
