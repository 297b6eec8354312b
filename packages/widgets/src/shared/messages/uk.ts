import type { Messages } from '../i18n/types.js';
import type de from './de.js';

const uk: Messages<typeof de> = {
  loading: 'Завантаження …',
  retry: 'Спробувати ще раз',
  empty: 'Нічого не знайдено.',
  errorTitle: 'На жаль, не вдалося.',
  errorOffline: 'Ви не в мережі. Будь ласка, перевірте підключення до інтернету.',
  errorNetwork: 'Сервер зараз недоступний.',
  errorTimeout: 'Сервер не відповів вчасно.',
  errorServer: 'На сервері сталася помилка.',
  errorNotFound: 'Запитаних даних немає (або вже немає).',
  errorRateLimited: 'Забагато запитів за короткий час.',
  errorInvalidResponse: 'Сервер надіслав неочікувані дані.',
  errorInvalidRequest: 'Запит відхилено, бо деякі дані недійсні.',
  errorUnknown: 'Сталася неочікувана помилка.',
  retryAfter: {
    one: 'Будь ласка, зачекайте {count} секунду.',
    few: 'Будь ласка, зачекайте {count} секунди.',
    many: 'Будь ласка, зачекайте {count} секунд.',
    other: 'Будь ласка, зачекайте {count} секунди.',
  },
  requestId: 'Номер помилки: {id}',
  timeZoneNote: 'Час указано за німецьким часом ({zone})',
};
export default uk;
