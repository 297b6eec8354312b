import type { Messages } from '../../shared/i18n/types.js';
import type de from './de.js';

const uk: Messages<typeof de> = {
  lookupLabel: 'Номер звернення',
  lookupHint: 'Він є у вашому підтвердженні, наприклад KD-2026-000123.',
  lookupSubmit: 'Показати стан',
  errFormat: 'Введіть номер так: KD, рік, шість цифр — наприклад KD-2026-000123.',
  errorPrefix: 'Помилка:',
  notFound: 'За номером {reference} нічого не знайдено. Перевірте номер.',
  otherReference: 'Ввести інший номер',

  title: 'Стан вашого звернення {reference}',
  receivedOn: 'Отримано {date}',
  kindLabel: 'Вид',
  topicLabel: 'Тема',
  currentStatus: 'Поточний стан',
  timeline: 'Хід розгляду',
  noteFromOffice: 'Примітка громади',

  kind_concern: 'Занепокоєння або проблема',
  kind_question: 'Запитання',
  kind_idea: 'Ідея',
  kind_offer: 'Пропозиція допомоги',

  status_received: 'Отримано',
  'status_in-review': 'На розгляді',
  status_answered: 'Надано відповідь',
  status_discussed: 'Обговорено на заході',
  status_addressed: 'Втілено',

  statusText_received: 'Ваше звернення надійшло до громади.',
  'statusText_in-review': 'Відповідальний відділ займається ним.',
  statusText_answered: 'Громада відповіла.',
  statusText_discussed: 'Ваше звернення обговорювали на діалоговому заході.',
  statusText_addressed: 'З нього виник конкретний результат.',

  toEvent: 'До заходу',
  toResult: 'До результату',
};
export default uk;
