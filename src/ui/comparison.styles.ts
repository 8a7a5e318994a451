import { css } from 'lit';

// Ways to pay: the cheapest row in bold, with a badge that says so in words.
export const comparisonStyles = css`
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
  @media (forced-colors: active) {
    .badge {
      border: 1px solid ButtonText;
    }
  }
`;
