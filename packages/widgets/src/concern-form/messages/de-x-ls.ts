import type { Messages } from '../../shared/i18n/types.js';
import type de from './de.js';

/** Leichte Sprache: kurze Sätze, einfache Wörter, ein Gedanke pro Satz. */
const ls: Messages<typeof de> = {
  formLabel: 'Schreiben Sie der Gemeinde',
  requiredNote: 'Sie müssen alle Felder ausfüllen. Nur Felder mit dem Wort „freiwillig“ müssen Sie nicht ausfüllen.',
  optional: '(freiwillig)',

  municipalityLabel: 'Gemeinde',
  choose: 'Bitte auswählen',

  kindLegend: 'Was wollen Sie uns sagen?',
  kindConcern: 'Ich habe ein Problem',
  kindConcernHint: 'Etwas macht Ihnen Sorgen. Oder etwas geht nicht.',
  kindQuestion: 'Ich habe eine Frage',
  kindQuestionHint: 'Sie wollen etwas wissen.',
  kindIdea: 'Ich habe eine Idee',
  kindIdeaHint: 'Sie wollen etwas vorschlagen.',
  kindOffer: 'Ich will helfen',
  kindOfferHint: 'Sie wollen mit-helfen. Oder Sie wollen etwas geben.',

  topicLabel: 'Thema',
  titleLabel: 'Überschrift',
  titleHint: 'Schreiben Sie wenige Wörter. Zum Beispiel: Der Weg zum Bus ist abends dunkel.',
  descriptionLabel: 'Ihr Text',
  descriptionHint: 'Was ist los? Was wünschen Sie sich? Sie dürfen in jeder Sprache schreiben.',
  charactersLeft: { one: 'Sie können noch {count} Zeichen schreiben.', other: 'Sie können noch {count} Zeichen schreiben.' },
  charactersOver: { one: 'Ihr Text ist {count} Zeichen zu lang.', other: 'Ihr Text ist {count} Zeichen zu lang.' },
  placeLabel: 'Ort',
  placeHint: 'Zum Beispiel: eine Straße. Oder eine Halte-Stelle. Oder ein Haus.',
  languageLabel: 'In welcher Sprache schreiben Sie?',
  languageHint: 'Sie müssen nicht auf Deutsch schreiben.',

  answerLabel: 'Ich will eine Antwort',
  contactLegend: 'Wie können wir Ihnen antworten?',
  contactHint: 'Schreiben Sie Ihre E-Mail-Adresse. Oder Ihre Telefon-Nummer.',
  nameLabel: 'Name',
  emailLabel: 'E-Mail-Adresse',
  phoneLabel: 'Telefon-Nummer',
  consentLabel: 'Die Gemeinde darf meine Daten benutzen. Damit sie mir antworten kann.',
  privacyLink: 'So schützt die Gemeinde Ihre Daten',
  newWindow: '(öffnet ein neues Fenster)',
  rememberContactLabel: 'Meine Kontakt-Daten im Entwurf merken',
  rememberContactHint: 'Nur in diesem Browser-Fenster. Bis Sie Ihren Text abgeschickt haben.',
  anonymousLabel: 'Die Gemeinde darf meinen Text zeigen. Aber ohne meinen Namen.',
  anonymousHint: 'Zum Beispiel bei einem Treffen.',
  honeypotLabel: 'Website (bitte leer lassen)',

  submit: 'Abschicken',
  sending: 'Ihr Text wird geschickt.',
  queuedTitle: 'Ihr Text ist gespeichert. Aber er ist noch nicht angekommen.',
  queuedText: 'Wir schicken ihn später von selbst. Ihr Text geht nicht verloren.',
  retryNow: 'Jetzt noch mal schicken',

  draftRestored: 'Hier ist Ihr Text vom {time}. Wir haben ihn gespeichert.',
  draftDiscard: 'Text löschen',
  draftDiscarded: 'Ihr Text ist gelöscht.',

  errNotSent: 'Das Abschicken hat nicht geklappt. Ihr Text ist noch da.',

  mapOpen: 'Ort auf der Karte wählen',
  mapChange: 'Ort auf der Karte ändern',
  mapNotice: 'Das müssen Sie nicht machen. Die Karte kommt von {provider}. Die Karte lädt erst, wenn Sie auf den Knopf drücken.',
  providerBasemap: 'basemap.de (ein Amt für Karten)',
  providerOsm: 'OpenStreetMap',
  providerOther: '{host}',
  mapError: 'Die Karte geht gerade nicht. Schreiben Sie den Ort bitte in Worten.',
  mapChosen: 'Ort auf der Karte: Breite {lat}, Länge {lng}',
  mapRemove: 'Ort löschen',
};
export default ls;
