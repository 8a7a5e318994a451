// Loaded only when the page's address carries a shared estimate (`#iop=`): reading it and turning it
// into the form is code most visitors never need, so it stays out of the embed file (README, "Size").
export { readFragment } from '../core/sharing/shared-estimate.ts';
export { fromRequest } from './form-from-request.ts';
