import type { Messages } from '../i18n/types.js';
import type de from './de.js';

const ar: Messages<typeof de> = {
  loading: 'جارٍ التحميل …',
  retry: 'إعادة المحاولة',
  empty: 'لم يتم العثور على أي نتائج.',
  errorTitle: 'عذرًا، لم ينجح ذلك.',
  errorOffline: 'أنت غير متصل بالإنترنت. يرجى التحقق من اتصالك.',
  errorNetwork: 'تعذّر الوصول إلى الخادم حاليًا.',
  errorTimeout: 'لم يستجب الخادم في الوقت المحدد.',
  errorServer: 'حدث خطأ في الخادم.',
  errorNotFound: 'البيانات المطلوبة غير موجودة (أو لم تعد موجودة).',
  errorRateLimited: 'طلبات كثيرة جدًا خلال وقت قصير.',
  errorInvalidResponse: 'أرسل الخادم بيانات غير متوقعة.',
  errorInvalidRequest: 'تم رفض الطلب لأن بعض البيانات غير صالحة.',
  errorUnknown: 'حدث خطأ غير متوقع.',
  retryAfter: {
    zero: 'يرجى الانتظار {count} ثانية.',
    one: 'يرجى الانتظار ثانية واحدة.',
    two: 'يرجى الانتظار ثانيتين.',
    few: 'يرجى الانتظار {count} ثوانٍ.',
    many: 'يرجى الانتظار {count} ثانية.',
    other: 'يرجى الانتظار {count} ثانية.',
  },
  requestId: 'رقم الخطأ: {id}',
  timeZoneNote: 'الأوقات بتوقيت ألمانيا ({zone})',
};
export default ar;
