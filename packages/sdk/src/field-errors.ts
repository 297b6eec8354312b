import type * as z from 'zod/mini';
import type { FieldError } from './schemas/common.js';

/**
 * Turns zod issues into the API's `errors[]` entries, so that the mock (422 responses) and the
 * widgets (client-side checks) speak the same codes and the widgets can localize them.
 *
 * Codes: `required`, `too_long`, `too_short`, `invalid_format`, `invalid_value`, `invalid_type`,
 * `unknown_field`, `consent_required`, `email_or_phone_required`, `end_before_start`, ...
 * Length codes carry their limit after a colon: `too_long:120`.
 *
 * Pass the validated `input` too: zod reports a missing and a wrongly typed value alike unless
 * parsing ran with `reportInput`, and only the input tells `required` from `invalid_type`.
 */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[], input?: unknown): FieldError[] {
  const out: FieldError[] = [];
  for (const reported of issues) {
    // zod leaves `input` out of issues unless asked to; a missing value is what makes "required".
    const issue =
      reported.code === 'invalid_type' && !('input' in reported)
        ? { ...reported, input: valueAt(input, reported.path) }
        : reported;
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({
          path: path ? `${path}.${key}` : key,
          code: 'unknown_field',
          message: `Unknown field "${key}".`,
        });
      }
      continue;
    }
    out.push({ path, ...describe(issue) });
  }
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describe(issue: z.core.$ZodIssue): { code: string; message: string } {
  switch (issue.code) {
    case 'custom': {
      // Our refinements put a machine code (optionally `code:limit`) into the message.
      const [code = 'invalid_value', limit] = issue.message.split(':');
      return { code: limit ? `${code}:${limit}` : code, message: messageFor(code, limit) };
    }
    case 'too_big':
      return {
        code: `too_long:${String(issue.maximum)}`,
        message: `Must be at most ${String(issue.maximum)}.`,
      };
    case 'too_small':
      return {
        code: `too_short:${String(issue.minimum)}`,
        message: `Must be at least ${String(issue.minimum)}.`,
      };
    case 'invalid_type':
      return issue.input === undefined
        ? { code: 'required', message: 'This field is required.' }
        : { code: 'invalid_type', message: `Expected ${issue.expected}.` };
    case 'invalid_format':
      return { code: 'invalid_format', message: `Not a valid ${issue.format}.` };
    case 'invalid_value':
      return { code: 'invalid_value', message: 'Not one of the allowed values.' };
    default:
      return { code: issue.code, message: issue.message };
  }
}

function messageFor(code: string, limit: string | undefined): string {
  switch (code) {
    case 'required':
      return 'This field is required.';
    case 'too_long':
      return `At most ${limit ?? '?'} characters.`;
    case 'too_short':
      return `At least ${limit ?? '?'} characters.`;
    case 'consent_required':
      return 'Contact data needs consent.';
    case 'email_or_phone_required':
      return 'An e-mail address or a phone number is needed.';
    case 'end_before_start':
      return 'The end lies before the start.';
    default:
      return code.replaceAll('_', ' ');
  }
}

/** The code without its parameter: `too_long:120` → `too_long`. */
export function fieldErrorKind(code: string): string {
  return code.split(':')[0] ?? code;
}
