import { css } from 'lit';

// Shadow DOM keeps the host page's CSS out; these custom properties and ::part()s let it theme us.
// Default colours meet WCAG AA contrast on the default backgrounds (text 4.5:1, borders and focus 3:1).
export const styles = css`
  :host {
    --_primary: var(--iop-color-primary, #1d4ed8);
    --_on-primary: var(--iop-color-on-primary, #fff);
    --_text: var(--iop-color-text, #1b1b1b);
    --_muted: var(--iop-color-muted, #4b5563);
    --_background: var(--iop-color-background, #fff);
    --_surface: var(--iop-color-surface, #f3f5f8);
    --_border: var(--iop-color-border, #6b7280);
    --_error: var(--iop-color-error, #b91c1c);
    --_success: var(--iop-color-success, #166534);
    --_radius: var(--iop-radius, 8px);
    --_space: var(--iop-spacing, 1rem);

    display: block;
    container-type: inline-size;
    font-family: var(--iop-font-family, inherit);
    font-size: var(--iop-font-size, 1rem);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_background);
    text-align: start;
    /* Inherited properties a host page may have set on a container: only the font is welcome. */
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    font-style: normal;
    font-weight: normal;
    visibility: visible;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /* While the center's file loads, the widget keeps the space a page keeps for it before it starts (README: the
     content below does not jump up, then down). */
  .loading {
    min-height: 100vh;
    margin: 0;
    padding: var(--_space);
  }

  .layout {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
  }
  /* Two columns from the widget's own width, not the screen's: a theme's 610-650 px content column gets them. */
  @container (min-width: 600px) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: start;
    }
    .header {
      grid-column: 1 / -1;
    }
    .result {
      position: sticky;
      top: var(--_space);
    }
  }

  h2,
  h3 {
    line-height: 1.25;
    margin: 0 0 calc(var(--_space) / 2);
  }
  h2 {
    font-size: 1.375em;
  }
  h3 {
    font-size: 1.0625em;
  }
  p {
    margin: 0 0 calc(var(--_space) / 2);
  }
  .help,
  .note,
  .for-program {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  :focus-visible {
    outline: 3px solid var(--_primary);
    outline-offset: 2px;
  }

  /* A field in error: the total shown is the last good one, struck through (its text keeps its contrast) */
  .stale .total,
  .peek.stale span {
    text-decoration: line-through;
  }
  .stale-note {
    font-weight: 600;
    color: var(--_error);
  }

  /* The total, kept in view below narrow forms */
  .peek {
    position: sticky;
    bottom: 0;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    padding: 0.5em var(--_space);
    margin: 0 calc(var(--_space) * -1);
    font-weight: 700;
    font-size: 1.125em;
    background: var(--_surface);
    border-top: 2px solid var(--_primary);
  }
  .peek small {
    font-size: 0.75em;
    font-weight: 400;
  }
  .peek button {
    font: inherit;
    font-size: 0.875em;
    color: var(--_primary);
    background: none;
    border: 0;
    text-decoration: underline;
    min-height: 2.75em;
    cursor: pointer;
  }
  @container (min-width: 600px) {
    .peek {
      display: none;
    }
  }

  /* The result */
  .result {
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: var(--_space);
    min-width: 0;
  }
  .result > section {
    margin-top: calc(var(--_space) * 1.5);
  }
  .cta {
    display: inline-block;
    font: inherit;
    font-weight: 600;
    color: var(--_on-primary);
    background: var(--_primary);
    border: 2px solid transparent;
    border-radius: var(--_radius);
    padding: 0.625em 1.25em;
    min-height: 2.75em;
    text-decoration: none;
    cursor: pointer;
  }
  .phone {
    margin: 0.5em 0 0;
  }
  .config-error {
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    padding: var(--_space);
    color: var(--_error);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      scroll-behavior: auto !important;
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    .cta {
      border: 1px solid ButtonText;
    }
  }
`;
