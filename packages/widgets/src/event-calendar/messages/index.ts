import { defineMessages } from '../../shared/i18n/define-messages.js';
import de from './de.js';

/** Strings of `<kd-event-calendar>`: German inline, the other locales loaded on demand. */
export const calendarMessages = defineMessages('event-calendar', {
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
export type CalendarMessages = typeof de;
