import { defineMessages } from '../../../shared/i18n/define-messages.js';
import de from './de.js';

/**
 * Strings of `<kd-concern-form>` that only the code loaded after the person acts uses (error
 * texts, the receipt, the open map), so that they do not weigh on the page.
 */
export const laterMessages = defineMessages('concern-form-later', {
  de,
  load: {
    en: () => import('./en.js'),
    ar: () => import('./ar.js'),
    fa: () => import('./fa.js'),
    uk: () => import('./uk.js'),
    tr: () => import('./tr.js'),
    'de-x-ls': () => import('./de-x-ls.js'),
  },
});
export type LaterMessages = typeof de;
