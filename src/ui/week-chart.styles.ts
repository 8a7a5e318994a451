import { css } from 'lit';

// Week by week: the value axis (HTML, as wide as its amounts) beside the plot, the milestones' names above it
// and the week numbers below it, in a grid. Bars in the primary colour, milestones as dashed lines; system
// colours in forced-colors mode. Text in the SVGs is sized in em, never stretched (they have no viewBox).
export const weekChartStyles = css`
  .chart {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    column-gap: 0.5em;
    /* The top value label is centred on the top of the plot, half a line above it. */
    padding-top: 0.75em;
    margin-bottom: calc(var(--_space) / 2);
    font-size: 0.8125em;
    font-variant-numeric: tabular-nums;
    color: var(--_text);
  }
  .chart svg {
    display: block;
    grid-column: 2;
    overflow: visible;
  }
  .marks {
    grid-row: 1;
  }
  .values {
    grid-column: 1;
    grid-row: 2;
    display: flex;
    flex-direction: column;
    justify-content: space-between;
    text-align: end;
    line-height: 1.25;
    white-space: nowrap;
  }
  .value:first-child {
    transform: translateY(-50%);
  }
  .value:last-child {
    transform: translateY(50%);
  }
  .chart svg.plot {
    grid-row: 2;
    height: 9em;
  }
  .ticks {
    grid-row: 3;
  }
  .week-axis {
    grid-column: 2;
    grid-row: 4;
    margin: 0;
    text-align: center;
    color: var(--_muted);
  }
  .mark,
  .tick {
    fill: currentColor;
  }
  .bar {
    fill: var(--_primary);
  }
  .milestone {
    stroke: var(--_text);
    stroke-width: 2;
    stroke-dasharray: 4 3;
  }
  .axis {
    stroke: var(--_border);
    stroke-width: 2;
  }
  .grid {
    stroke: color-mix(in srgb, var(--_border) 40%, transparent);
    stroke-width: 1;
  }
  .every-week {
    font-weight: 600;
  }
  .milestones {
    padding-inline-start: 1.25em;
    font-size: 0.9375em;
  }
  @media (forced-colors: active) {
    .bar {
      fill: CanvasText;
    }
    .mark,
    .tick {
      fill: CanvasText;
    }
    .axis,
    .grid {
      stroke: CanvasText;
    }
    .milestone {
      stroke: Highlight;
    }
  }
`;
