// Some checks compare two fields ("already paid toward the deductible can't be more than the deductible"). The core
// names the first; the message goes on the one the person is typing in, said from its side, so that typing a
// maximum below the deductible is answered beside the maximum, not beside the deductible.
import type { FieldName } from './form-state.ts';
import type { Messages } from './messages.ts';
// The words of a person's answer, which the first screen does not carry.
import './answer-words.ts';

/** Each field the core names in such a check, and the field it is compared with. */
const COMPARED_WITH: Partial<Record<FieldName, FieldName>> = {
  deductibleMet: 'deductible',
  oopMet: 'oopMax',
  deductible: 'oopMax',
  oonDeductibleMet: 'oonDeductible',
  oonOopMet: 'oonOopMax',
  oonDeductible: 'oonOopMax',
  familyDeductibleMet: 'familyDeductible',
  familyOopMet: 'familyOopMax',
  familyDeductible: 'familyOopMax',
  oonFamilyDeductibleMet: 'oonFamilyDeductible',
  oonFamilyOopMet: 'oonFamilyOopMax',
  oonFamilyDeductible: 'oonFamilyOopMax',
  coveredDaysUsed: 'coveredDaysPerYear',
};

/** The core's words for those checks (schemas.ts). */
const COMPARISONS = new Set(["can't be more than the deductible", "can't be more than the out-of-pocket maximum", "can't be more than the days the plan covers a year"]);

/**
 * Where a message about `field` belongs: on the field it is compared with when that is the one just typed in,
 * with words from that side; else where the core put it (null: as it is).
 */
export function fieldTyped(field: FieldName, coreMessage: string, typed: FieldName | null, t: Messages): { field: FieldName; text: string } | null {
  const other = COMPARED_WITH[field];
  if (!other || other !== typed || !COMPARISONS.has(coreMessage)) return null;
  const text = field === 'coveredDaysUsed' ? t.lessThanDaysUsed : field.endsWith('Met') ? t.lessThanPaid : t.lessThanDeductible;
  return { field: other, text };
}
