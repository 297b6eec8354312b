import type { Messages } from '../../shared/i18n/types.js';
import type de from './de.js';

const fa: Messages<typeof de> = {
  lookupLabel: 'شماره پیگیری',
  lookupHint: 'آن را در تأییدیه دریافت پیدا می‌کنید، برای مثال KD-2026-000123.',
  lookupSubmit: 'نمایش وضعیت',
  errFormat: 'لطفاً شماره را این‌گونه وارد کنید: KD، سال، شش رقم – برای مثال KD-2026-000123.',
  errorPrefix: 'خطا:',
  notFound: 'برای شماره {reference} چیزی پیدا نکردیم. لطفاً شماره را بررسی کنید.',
  otherReference: 'وارد کردن شماره دیگر',

  title: 'وضعیت پیام شما {reference}',
  receivedOn: 'تاریخ دریافت: {date}',
  kindLabel: 'نوع',
  topicLabel: 'موضوع',
  currentStatus: 'وضعیت کنونی',
  timeline: 'روند',
  noteFromOffice: 'یادداشت شهرداری',

  kind_concern: 'نگرانی یا مشکل',
  kind_question: 'پرسش',
  kind_idea: 'ایده',
  kind_offer: 'پیشنهاد کمک',

  status_received: 'دریافت شد',
  'status_in-review': 'در حال بررسی',
  status_answered: 'پاسخ داده شد',
  status_discussed: 'در یک نشست بررسی شد',
  status_addressed: 'اجرا شد',

  statusText_received: 'پیام شما به شهرداری رسیده است.',
  'statusText_in-review': 'بخش مسئول در حال رسیدگی به آن است.',
  statusText_answered: 'شهرداری پاسخ داده است.',
  statusText_discussed: 'پیام شما موضوع یک نشست گفت‌وگو بود.',
  statusText_addressed: 'از آن نتیجه‌ای حاصل شده است.',

  toEvent: 'رفتن به نشست',
  toResult: 'رفتن به نتیجه',
};
export default fa;
