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
  input?: unknown;
}

export function toFieldErrors(issues: readonly Issue[], prefix = ''): FieldError[] {
  return issues.map((issue) => {
    const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    return { field: field || '(top level)', message: plainMessage(issue) };
  });
}

/** zod/mini without a locale says "Invalid input"; the usual cause of that is a missing field. */
function plainMessage(issue: Issue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
  if (issue.code === 'invalid_type') return 'has the wrong type';
  return 'is not valid';
}

export function describeErrors(errors: readonly FieldError[]): string {
  return errors.map((error) => `${error.field}: ${error.message}`).join('\n');
}
