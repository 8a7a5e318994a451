import { css } from 'lit';

// Week by week: bars in the primary colour, milestones as dashed lines; system colours in forced-colors mode.
export const weekChartStyles = css`
  svg {
    display: block;
    width: 100%;
    height: 8rem;
  }
  .bar {
    fill: var(--_primary);
  }
  .milestone {
    stroke: var(--_text);
    stroke-width: 2;
    stroke-dasharray: 4 3;
    vector-effect: non-scaling-stroke;
  }
  .axis {
    stroke: var(--_border);
    vector-effect: non-scaling-stroke;
  }
  .milestones {
    padding-inline-start: 1.25em;
    font-size: 0.9375em;
  }
  @media (forced-colors: active) {
    .bar {
      fill: CanvasText;
    }
    .milestone {
      stroke: Highlight;
    }
  }
`;
