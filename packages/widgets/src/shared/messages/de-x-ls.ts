import type { Messages } from '../i18n/types.js';
import type de from './de.js';

/** Leichte Sprache: short sentences, common words, one statement per sentence. */
const deXLs: Messages<typeof de> = {
  loading: 'Die Seite lädt. Bitte warten.',
  retry: 'Noch einmal versuchen',
  empty: 'Wir haben nichts gefunden.',
  errorTitle: 'Das hat nicht geklappt.',
  errorOffline: 'Sie haben gerade kein Internet. Bitte prüfen Sie Ihr Internet.',
  errorNetwork: 'Die Verbindung klappt gerade nicht.',
  errorTimeout: 'Die Antwort dauert zu lange.',
  errorServer: 'Es gibt bei uns einen Fehler.',
  errorNotFound: 'Wir finden diese Daten nicht.',
  errorRateLimited: 'Es gab zu viele Anfragen. Bitte warten Sie kurz.',
  errorInvalidResponse: 'Die Daten sind fehlerhaft.',
  errorInvalidRequest: 'Einige Angaben sind falsch.',
  errorUnknown: 'Es gibt einen Fehler.',
  retryAfter: { one: 'Bitte warten Sie {count} Sekunde.', other: 'Bitte warten Sie {count} Sekunden.' },
  requestId: 'Fehler-Nummer: {id}',
  timeZoneNote: 'Alle Uhr-Zeiten sind deutsche Zeit ({zone}).',
};
export default deXLs;
