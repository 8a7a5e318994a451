// A value the core could use only corrected (paid toward the maximum below what was paid toward the deductible,
// RULES.md §3) is said next to its field, while the estimate, made with the correction, stays on screen.
import type { EstimateResult } from '../core/schemas.ts';
import { formField, type FieldName } from './form-state.ts';
import type { FieldMessage } from './form.ts';
import { formatMoney } from './format.ts';
import type { Messages } from './messages.ts';
// The words of a person's answer, which the first screen does not carry.
import './answer-words.ts';

export function correctedFields(result: EstimateResult, t: Messages, lang: string): Partial<Record<FieldName, FieldMessage>> {
  const messages: Partial<Record<FieldName, FieldMessage>> = {};
  for (const warning of result.warnings) {
    const field = warning.code === 'oop-met-below-deductible-met' ? formField(String(warning.params?.field)) : null;
    if (field) messages[field] = { text: t.oopMetBelowDeductibleMet(formatMoney(String(warning.params?.deductibleMet), lang)) };
  }
  return messages;
}
