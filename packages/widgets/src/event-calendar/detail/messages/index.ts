import { defineMessages } from '../../../shared/i18n/define-messages.js';
import de from './de.js';

/**
 * Strings of the calendar's detail view and registration form. They come with the detail's
 * code, after a visitor opens an event: the first screen of the calendar does not carry them.
 */
export const detailMessages = defineMessages('event-calendar-detail', {
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
export type DetailMessages = typeof de;
