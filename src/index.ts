// The package entry for npm users: the calculation core, its schemas and the element class.
export { estimate, parseCenterConfig, parseRequest, EXAMPLE_CENTER, type EstimateOutcome, type EstimateOptions } from './core/estimate.ts';
export { compareOptions, type Comparison, type ComparedOption, type OptionKind } from './core/compare.ts';
export * from './core/schemas.ts';
export * from './core/center/center-config.ts';
export { EstimateResultSchema, FigureSchema, WarningSchema } from './core/result-schema.ts';
export { describeErrors, type FieldError } from './core/validation.ts';
export { forLink, readFragment, readJson, SharedEstimateSchema, toFragment, toJson, withoutPersonalDetails, type BenefitsCheck, type ScenarioAbout, type SharedEstimate } from './core/sharing/shared-estimate.ts';
export * from './core/documents/good-faith-estimate.ts';
export { waysToPay, type WaysToPay, type WaysToPayOutcome } from './core/ways-to-pay/ways-to-pay.ts';
export type { MedicaidFinding } from './core/ways-to-pay/medicaid-path.ts';
export type { MarketplaceFinding } from './core/ways-to-pay/marketplace-path.ts';
export type { CenterAssistanceFinding } from './core/ways-to-pay/center-assistance.ts';
export { IopCostEstimator } from './iop-cost-estimator.ts';
export { registerTranslation, type Translation } from './ui/translations.ts';
export type { Messages } from './ui/messages.ts';
