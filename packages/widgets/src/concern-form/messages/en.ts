import type { Messages } from '../../shared/i18n/types.js';
import type de from './de.js';

const en: Messages<typeof de> = {
  formLabel: 'Your message to the municipality',
  requiredNote: 'Fields not marked “optional” must be filled in.',
  optional: '(optional)',

  municipalityLabel: 'Municipality',
  choose: 'Please choose',

  kindLegend: 'What would you like to tell us?',
  kindConcern: 'Concern or problem',
  kindConcernHint: 'Something worries you or does not work.',
  kindQuestion: 'Question',
  kindQuestionHint: 'You would like to know something.',
  kindIdea: 'Idea',
  kindIdeaHint: 'You have a suggestion.',
  kindOffer: 'Offer help',
  kindOfferHint: 'You would like to help or offer something.',

  topicLabel: 'Topic',
  titleLabel: 'Title',
  titleHint: 'In a few words, for example: “The path to the bus stop is dark at night”.',
  descriptionLabel: 'Description',
  descriptionHint: 'What is going on, and what would you like to see? You can write in any language.',
  charactersLeft: { one: '{count} character left.', other: '{count} characters left.' },
  charactersOver: { one: '{count} character too many.', other: '{count} characters too many.' },
  placeLabel: 'Place',
  placeHint: 'For example a street, a bus stop or a building.',
  languageLabel: 'Language of your text',
  languageHint: 'Nobody has to write in German.',

  answerLabel: 'I would like an answer',
  contactLegend: 'How can we answer you?',
  contactHint: 'Please give an e-mail address or a phone number.',
  nameLabel: 'Name',
  emailLabel: 'E-mail address',
  phoneLabel: 'Phone number',
  consentLabel: 'I agree that the municipality uses my contact details to answer me.',
  privacyLink: 'Privacy notice of the municipality',
  newWindow: '(opens in a new window)',
  rememberContactLabel: 'Keep my contact details in the draft',
  rememberContactHint: 'Only in this browser tab, until the message has been sent.',
  anonymousLabel: 'My message may be published without my name.',
  anonymousHint: 'The municipality can then present it, for example at an event.',
  honeypotLabel: 'Website (please leave empty)',

  submit: 'Send message',
  sending: 'Sending your message …',
  queuedTitle: 'Your message is saved but has not arrived yet.',
  queuedText: 'We will send it automatically as soon as the connection works again. Your entries are kept.',
  retryNow: 'Try again now',

  draftRestored: 'We restored your draft from {time}.',
  draftDiscard: 'Discard draft',
  draftDiscarded: 'The draft was discarded.',

  errNotSent: 'Your message could not be sent. Your entries are kept.',

  mapOpen: 'Choose the place on a map',
  mapChange: 'Change the place on the map',
  mapNotice: 'Optional. Only when you press “Choose the place on a map” does your browser load map images from {provider}.',
  providerBasemap: 'basemap.de (Federal Agency for Cartography and Geodesy)',
  providerOsm: 'OpenStreetMap',
  providerOther: '{host}',
  mapError: 'The map could not be loaded. You can describe the place in words instead.',
  mapChosen: 'Chosen on the map: latitude {lat}, longitude {lng}',
  mapRemove: 'Remove place',
};
export default en;
