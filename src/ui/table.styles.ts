import { css } from 'lit';

// Tables of amounts (comparison, payment schedule, weeks) and the details that fold them.
export const tableStyles = css`
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    text-align: start;
    padding: 0.375em 0.25em;
    border-bottom: 1px solid color-mix(in srgb, var(--_border) 40%, transparent);
    vertical-align: top;
  }
  td {
    text-align: end;
  }
  .amount {
    white-space: nowrap;
  }
  thead th:not(:first-child) {
    text-align: end;
  }
  tr.cheapest th,
  details {
    margin-top: calc(var(--_space) / 2);
  }
  summary {
    cursor: pointer;
    color: var(--_primary);
    font-weight: 600;
  }
`;
