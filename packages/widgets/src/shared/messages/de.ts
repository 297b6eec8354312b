/** Strings every widget shares: loading, empty and error states, the time zone note. */
export default {
  loading: 'Wird geladen …',
  retry: 'Erneut versuchen',
  empty: 'Keine Einträge gefunden.',
  errorTitle: 'Das hat leider nicht geklappt.',
  errorOffline: 'Sie sind offline. Bitte prüfen Sie Ihre Internetverbindung.',
  errorNetwork: 'Der Server ist gerade nicht erreichbar.',
  errorTimeout: 'Der Server hat nicht rechtzeitig geantwortet.',
  errorServer: 'Auf dem Server ist ein Fehler aufgetreten.',
  errorNotFound: 'Die gesuchten Daten gibt es nicht (mehr).',
  errorRateLimited: 'Zu viele Anfragen in kurzer Zeit.',
  errorInvalidResponse: 'Der Server hat unerwartete Daten geschickt.',
  errorInvalidRequest: 'Die Anfrage wurde abgelehnt, weil Angaben ungültig sind.',
  errorUnknown: 'Ein unerwarteter Fehler ist aufgetreten.',
  retryAfter: { one: 'Bitte warten Sie {count} Sekunde.', other: 'Bitte warten Sie {count} Sekunden.' },
  requestId: 'Fehlernummer: {id}',
  timeZoneNote: 'Zeiten in deutscher Zeit ({zone})',
} as const;
