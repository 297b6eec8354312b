import type { Messages } from '../i18n/types.js';
import type de from './de.js';

const fa: Messages<typeof de> = {
  loading: 'در حال بارگذاری …',
  retry: 'تلاش دوباره',
  empty: 'موردی پیدا نشد.',
  errorTitle: 'متأسفانه انجام نشد.',
  errorOffline: 'شما آفلاین هستید. لطفاً اتصال اینترنت خود را بررسی کنید.',
  errorNetwork: 'در حال حاضر دسترسی به سرور ممکن نیست.',
  errorTimeout: 'سرور به‌موقع پاسخ نداد.',
  errorServer: 'در سرور خطایی رخ داد.',
  errorNotFound: 'داده‌های درخواستی وجود ندارد (یا دیگر وجود ندارد).',
  errorRateLimited: 'در مدت کوتاهی درخواست‌های زیادی ارسال شده است.',
  errorInvalidResponse: 'سرور داده‌های غیرمنتظره‌ای فرستاد.',
  errorInvalidRequest: 'درخواست رد شد، چون برخی اطلاعات نامعتبر است.',
  errorUnknown: 'یک خطای غیرمنتظره رخ داد.',
  retryAfter: { one: 'لطفاً {count} ثانیه صبر کنید.', other: 'لطفاً {count} ثانیه صبر کنید.' },
  requestId: 'شماره خطا: {id}',
  timeZoneNote: 'زمان‌ها به وقت آلمان ({zone})',
};
export default fa;
