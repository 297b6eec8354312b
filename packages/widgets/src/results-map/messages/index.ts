import { defineMessages } from '../../shared/i18n/define-messages.js';
import de from './de.js';

/** Strings of `<kd-results-map>`; every locale but German loads on demand. */
export const resultsMapMessages = defineMessages('results-map', {
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
export type ResultsMapMessages = typeof de;
