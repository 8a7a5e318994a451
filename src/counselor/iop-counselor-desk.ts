// Counselor mode's module: loaded by <iop-cost-estimator mode="counselor"> (dist/iop-counselor-desk.js), never by
// the patient's widget. Registers <iop-counselor-desk>, which the widget shows in place of its questions.
import { CounselorDesk } from './counselor-desk.component.ts';

export { CounselorDesk };

if (!customElements.get('iop-counselor-desk')) customElements.define('iop-counselor-desk', CounselorDesk);

declare global {
  interface HTMLElementTagNameMap {
    'iop-counselor-desk': CounselorDesk;
  }
}
