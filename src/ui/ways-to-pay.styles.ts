import { css } from 'lit';

// Other ways to pay: one block per way, the helplines as a line.
export const waysToPayStyles = css`
  .ways .way {
    border-top: 1px solid var(--_border);
    padding-top: calc(var(--_space) / 2);
  }
  .ways h4 {
    margin: 0 0 0.25em;
  }
  .ways p {
    margin: 0 0 0.5em;
  }
  .ways ul {
    padding-inline-start: 1.25em;
  }
  .ways li {
    margin-bottom: 0.375em;
  }
  .ways a {
    overflow-wrap: anywhere;
  }
  .ways .ask {
    color: var(--_muted);
  }
`;
