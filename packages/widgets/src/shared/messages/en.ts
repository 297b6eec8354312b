import type { Messages } from '../i18n/types.js';
import type de from './de.js';

const en: Messages<typeof de> = {
  loading: 'Loading …',
  retry: 'Try again',
  empty: 'Nothing found.',
  errorTitle: 'Sorry, that did not work.',
  errorOffline: 'You are offline. Please check your internet connection.',
  errorNetwork: 'The server cannot be reached right now.',
  errorTimeout: 'The server did not answer in time.',
  errorServer: 'An error occurred on the server.',
  errorNotFound: 'The requested data does not exist (any more).',
  errorRateLimited: 'Too many requests in a short time.',
  errorInvalidResponse: 'The server sent unexpected data.',
  errorInvalidRequest: 'The request was rejected because some details are invalid.',
  errorUnknown: 'An unexpected error occurred.',
  retryAfter: { one: 'Please wait {count} second.', other: 'Please wait {count} seconds.' },
  requestId: 'Error reference: {id}',
  timeZoneNote: 'Times in German time ({zone})',
};
export default en;
