// Turns zod issues into messages a person can act on: the field, then what is wrong with it.

export interface FieldError {
  /** Dotted path of the field, e.g. "coverage.coinsurancePercent" or "slidingScale.bands.1.overPercent". */
  field: string;
  message: string;
}

interface Issue {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
}

/** `input` is what was checked, so that a missing field can be told from a wrong one. */
export function toFieldErrors(issues: readonly Issue[], input: unknown, prefix = ''): FieldError[] {
  return issues.map((issue) => {
    const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    return { field: field || '(top level)', message: plainMessage(issue, valueAt(input, issue.path)) };
  });
}

/** The value at a path (keys and array indices) in what was checked. */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), input);
}

function plainMessage(issue: Issue, value: unknown): string {
  // Optional fields skip their checks when absent, so an issue about a missing value means it is required.
  if (value === undefined) return 'is required';
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  // zod/mini without a locale says "Invalid input".
  if (issue.code === 'invalid_type') return issue.path.length === 0 ? 'must be a JSON object' : 'has the wrong type';
  return 'is not valid';
}

export function describeErrors(errors: readonly FieldError[]): string {
  return errors.map((error) => `${error.field}: ${error.message}`).join('\n');
}
