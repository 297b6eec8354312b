/** German strings of `<kd-concern-status>` (the source language). */
export default {
  lookupLabel: 'Vorgangsnummer',
  lookupHint: 'Sie steht in Ihrer Eingangsbestätigung, zum Beispiel KD-2026-000123.',
  lookupSubmit: 'Stand anzeigen',
  errFormat: 'Bitte geben Sie die Nummer so ein: KD, Jahr, sechs Ziffern – zum Beispiel KD-2026-000123.',
  errorPrefix: 'Fehler:',
  notFound: 'Zu der Nummer {reference} haben wir nichts gefunden. Bitte prüfen Sie die Nummer.',
  otherReference: 'Andere Nummer eingeben',

  title: 'Stand Ihres Anliegens {reference}',
  receivedOn: 'Eingegangen am {date}',
  kindLabel: 'Art',
  topicLabel: 'Thema',
  currentStatus: 'Aktueller Stand',
  timeline: 'Verlauf',
  noteFromOffice: 'Hinweis der Gemeinde',

  kind_concern: 'Sorge oder Problem',
  kind_question: 'Frage',
  kind_idea: 'Idee',
  kind_offer: 'Hilfe angeboten',

  status_received: 'Eingegangen',
  'status_in-review': 'In Bearbeitung',
  status_answered: 'Beantwortet',
  status_discussed: 'Bei einer Veranstaltung besprochen',
  status_addressed: 'Umgesetzt',

  statusText_received: 'Ihr Anliegen ist bei der Gemeinde angekommen.',
  'statusText_in-review': 'Die zuständige Stelle kümmert sich darum.',
  statusText_answered: 'Die Gemeinde hat geantwortet.',
  statusText_discussed: 'Ihr Anliegen war Thema einer Dialogveranstaltung.',
  statusText_addressed: 'Daraus ist ein Ergebnis geworden.',

  toEvent: 'Zur Veranstaltung',
  toResult: 'Zum Ergebnis',
} as const;
