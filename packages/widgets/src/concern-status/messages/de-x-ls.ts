import type { Messages } from '../../shared/i18n/types.js';
import type de from './de.js';

/** Leichte Sprache: kurze Sätze, einfache Wörter. */
const ls: Messages<typeof de> = {
  lookupLabel: 'Ihre Nummer',
  lookupHint: 'Sie haben die Nummer bekommen. Sie sieht so aus: KD-2026-000123',
  lookupSubmit: 'Nachsehen',
  errFormat: 'Die Nummer stimmt nicht. Sie sieht so aus: KD-2026-000123',
  errorPrefix: 'Fehler:',
  notFound: 'Wir finden die Nummer {reference} nicht. Bitte prüfen Sie die Nummer.',
  otherReference: 'Andere Nummer eingeben',

  title: 'Das passiert mit Ihrem Text {reference}',
  receivedOn: 'Angekommen am {date}',
  kindLabel: 'Art',
  topicLabel: 'Thema',
  currentStatus: 'Jetzt',
  timeline: 'Was ist schon passiert?',
  noteFromOffice: 'Die Gemeinde schreibt',

  kind_concern: 'Problem',
  kind_question: 'Frage',
  kind_idea: 'Idee',
  kind_offer: 'Hilfe',

  status_received: 'Angekommen',
  'status_in-review': 'Wird bearbeitet',
  status_answered: 'Beantwortet',
  status_discussed: 'Bei einem Treffen besprochen',
  status_addressed: 'Erledigt',

  statusText_received: 'Ihr Text ist bei der Gemeinde angekommen.',
  'statusText_in-review': 'Jemand kümmert sich darum.',
  statusText_answered: 'Die Gemeinde hat geantwortet.',
  statusText_discussed: 'Man hat bei einem Treffen darüber gesprochen.',
  statusText_addressed: 'Die Gemeinde hat etwas getan.',

  toEvent: 'Zum Treffen',
  toResult: 'Zum Ergebnis',
};
export default ls;
