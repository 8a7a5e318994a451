import { css } from 'lit';

// The Good Faith Estimate (good-faith-estimate-view.ts) on screen and on paper. Everything is scoped under
// .gfe so it sits beside the desk's and the widget's styles. Nothing is said by colour or background alone:
// borders, bold and the minus sign carry the meaning, so it reads the same in black and white, in forced
// colours and on a photocopy.
export const gfeStyles = css`
  .gfe {
    display: grid;
    gap: var(--_space, 1rem);
    padding: var(--_space, 1rem);
    border: 1px solid var(--_border, #6b7280);
    border-radius: var(--_radius, 8px);
    color: var(--_text, #1b1b1b);
    background: var(--_background, #fff);
    line-height: 1.5;
    min-width: 0;
  }
  .gfe h3,
  .gfe h4 {
    margin: 0;
    line-height: 1.25;
  }
  .gfe h3 {
    font-size: 1.375em;
  }
  .gfe h4 {
    font-size: 1.0625em;
    margin-bottom: 0.375em;
  }
  .gfe p {
    margin: 0;
  }
  .gfe-section {
    min-width: 0;
  }
  .gfe dl {
    display: grid;
    grid-template-columns: fit-content(18em) minmax(0, 1fr);
    gap: 0.25em 1em;
    margin: 0;
  }
  .gfe dl > div {
    display: contents;
  }
  .gfe dt {
    font-weight: 700;
  }
  .gfe dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  @container (max-width: 420px) {
    .gfe dl {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    .gfe dd + dt,
    .gfe dl > div + div dt {
      margin-top: 0.375em;
    }
  }
  .gfe-blank {
    letter-spacing: 0.1em;
  }
  .gfe-to-complete {
    border: 2px dashed currentColor;
    padding: 0.5em 0.75em;
  }
  .gfe-to-complete ul,
  .gfe-separate-list {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  .gfe-table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  .gfe-table caption {
    text-align: start;
    font-size: 0.875em;
    padding-bottom: 0.25em;
  }
  .gfe-table th,
  .gfe-table td {
    border: 1px solid var(--_border, #6b7280);
    padding: 0.375em 0.5em;
    text-align: start;
    vertical-align: top;
  }
  .gfe-table thead th {
    font-weight: 700;
    border-bottom-width: 2px;
  }
  .gfe-table tbody th {
    font-weight: normal;
  }
  .gfe-table .gfe-num {
    text-align: end;
    white-space: nowrap;
  }
  .gfe-table .gfe-group {
    font-weight: 700;
  }
  .gfe-table .gfe-total th,
  .gfe-table .gfe-total td {
    font-weight: 700;
    border-top: 3px double currentColor;
    font-size: 1.0625em;
  }
  .gfe-separate .gfe-disclaimer {
    margin-bottom: 0.5em;
  }
  .gfe-disclaimer + .gfe-disclaimer {
    margin-top: 0.625em;
  }
  .gfe-center-text {
    white-space: pre-line;
  }
  .gfe-deadlines {
    font-size: 0.875em;
  }

  @media print {
    .gfe {
      color: #000;
      background: #fff;
      border: 0;
      border-radius: 0;
      padding: 0;
      font-size: 11pt;
    }
    .gfe-table th,
    .gfe-table td,
    .gfe-to-complete {
      border-color: #000;
    }
    .gfe-table,
    .gfe-table tr,
    .gfe-disclaimer,
    .gfe-to-complete,
    .gfe dl,
    .gfe-separate {
      break-inside: avoid;
    }
    .gfe h3,
    .gfe h4 {
      break-after: avoid;
    }
    .gfe-table thead {
      display: table-header-group;
    }
  }
`;
