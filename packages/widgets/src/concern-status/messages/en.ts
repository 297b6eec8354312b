import type { Messages } from '../../shared/i18n/types.js';
import type de from './de.js';

const en: Messages<typeof de> = {
  lookupLabel: 'Reference number',
  lookupHint: 'You find it in your confirmation, for example KD-2026-000123.',
  lookupSubmit: 'Show status',
  errFormat: 'Please enter the number like this: KD, year, six digits – for example KD-2026-000123.',
  errorPrefix: 'Error:',
  notFound: 'We found nothing for the number {reference}. Please check the number.',
  otherReference: 'Enter another number',

  title: 'Status of your message {reference}',
  receivedOn: 'Received on {date}',
  kindLabel: 'Kind',
  topicLabel: 'Topic',
  currentStatus: 'Current status',
  timeline: 'History',
  noteFromOffice: 'Note from the municipality',

  kind_concern: 'Concern or problem',
  kind_question: 'Question',
  kind_idea: 'Idea',
  kind_offer: 'Offer of help',

  status_received: 'Received',
  'status_in-review': 'In progress',
  status_answered: 'Answered',
  status_discussed: 'Discussed at an event',
  status_addressed: 'Put into practice',

  statusText_received: 'Your message has reached the municipality.',
  'statusText_in-review': 'The office in charge is dealing with it.',
  statusText_answered: 'The municipality has answered.',
  statusText_discussed: 'Your message was a topic at a dialogue event.',
  statusText_addressed: 'It has led to a result.',

  toEvent: 'Go to the event',
  toResult: 'Go to the result',
};
export default en;
