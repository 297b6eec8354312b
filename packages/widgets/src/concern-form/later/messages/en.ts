import type { Messages } from '../../../shared/i18n/types.js';
import type de from './de.js';

const en: Messages<typeof de> = {
  summaryTitle: {
    one: 'Please correct {count} entry:',
    other: 'Please correct {count} entries:',
  },
  errorPrefix: 'Error:',
  errRequired: 'Please fill in this field.',
  errRequiredChoice: 'Please choose one.',
  errTooLong: 'This is too long. At most {max} characters are allowed.',
  errTooShort: 'This is too short. At least {min} characters are needed.',
  errEmail: 'Please enter an e-mail address like name@example.org.',
  errPhone: 'Please enter a phone number using only digits, spaces and +.',
  errInvalid: 'This entry is not valid.',
  errEmailOrPhone: 'So that we can answer, we need an e-mail address or a phone number.',
  errConsent: 'Please agree – or untick “I would like an answer”.',
  errTooFast: 'Please check your entries and send the message again.',
  errChallenge: 'The security check has expired. Please send the message again.',
  errAlreadySent:
    'This message has probably been sent already. Please contact the municipality if you did not receive a reference number.',
  receiptTitle: 'Thank you! Your message has arrived.',
  receiptReference: 'Your reference number',
  receiptKeep: 'Please write the number down. With it you can check at any time what became of your message.',
  receiptNextTitle: 'What happens next',
  receiptStep1: 'The municipality reads your message and passes it on to the office in charge.',
  receiptStep2: 'Many topics are discussed at a dialogue event.',
  receiptStep3: 'If you would like an answer, the municipality will get in touch with you.',
  receiptStatus: 'See the status of your message',
  receiptNew: 'Write another message',
  mapLabel: 'Map: choose a place',
  mapHelp: 'Click or tap the place. With the keyboard: the arrow keys move the map, plus and minus zoom, Enter takes the place under the crosshair in the middle.',
  mapTake: 'Use this place',
  mapClose: 'Close map',
  mapZoomIn: 'Zoom in',
  mapZoomOut: 'Zoom out',
  mapDataSources: 'Data sources',
  mapLicence: 'Licence',
  osmContributors: 'OpenStreetMap contributors',
};
export default en;
