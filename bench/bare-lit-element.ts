// The floor `npm run bench:browser` compares <iop-cost-estimator> with: a bare Lit element that renders one
// line of text (and the one input the keystroke measure types into), built by the benchmark into a single
// minified file and served the same way as the embed. Whatever the estimator costs beyond this is its own.
import { css, html, LitElement } from 'lit';

export class BareLitElement extends LitElement {
  static override styles = css`
    :host { display: block; font: 1rem system-ui, sans-serif; }
  `;

  static override properties = { weeks: { state: true } };

  private weeks = '12';

  protected override render() {
    const total = (Number(this.weeks) || 0) * 3 * 350;
    return html`
      <label>Weeks <input name="weeks" inputmode="numeric" .value=${this.weeks} @input=${(event: Event) => (this.weeks = (event.target as HTMLInputElement).value)} /></label>
      <p part="total">$${total.toLocaleString('en-US', { minimumFractionDigits: 2 })}</p>
    `;
  }
}

if (!customElements.get('bare-lit-element')) customElements.define('bare-lit-element', BareLitElement);
