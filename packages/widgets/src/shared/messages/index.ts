import { defineMessages } from '../i18n/define-messages.js';
import de from './de.js';

/** Strings shared by all widgets (states, time zone note). */
export const sharedMessages = defineMessages('shared', {
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
export type SharedMessages = typeof de;
