import { CHOICE_FIELDS, type FieldId, type FieldProblem } from '../form-model.js';
import type { FormMessages, Translate } from './translate.js';

/** The localized message for a field's problem, chosen by its code (`too_long`, `consent_required`, …). */
export function problemText(field: FieldId, problem: FieldProblem, t: Translate<FormMessages>): string {
  switch (problem.code) {
    case 'required':
      return CHOICE_FIELDS.has(field) ? t('errRequiredChoice') : t('errRequired');
    case 'too_long':
      return t('errTooLong', { max: problem.limit ?? 0 });
    case 'too_short':
      return t('errTooShort', { min: problem.limit ?? 1 });
    case 'email_or_phone_required':
      return t('errEmailOrPhone');
    case 'consent_required':
      return t('errConsent');
    case 'too_fast':
      return t('errTooFast');
    case 'challenge_expired':
    case 'challenge_invalid':
      return t('errChallenge');
    case 'invalid_value':
      // A choice the API does not know (say, a topic that no longer exists): choose again.
      return CHOICE_FIELDS.has(field) ? t('errRequiredChoice') : t('errInvalid');
    case 'invalid_format':
      if (field === 'email') return t('errEmail');
      if (field === 'phone') return t('errPhone');
      return t('errInvalid');
    default:
      return t('errInvalid');
  }
}
