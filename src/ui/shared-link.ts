// Loaded only when the page's address carries a shared estimate (`#iop=`): reading it, turning it into the
// form and showing its scenarios is code most visitors never need, so it stays out of the embed file (README, "Size").
export { readFragment } from '../core/sharing/shared-estimate.ts';
export { fromRequest } from './form-from-request.ts';
export { renderShared, sharedStyles } from './shared-scenarios.ts';
