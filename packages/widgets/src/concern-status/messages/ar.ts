import type { Messages } from '../../shared/i18n/types.js';
import type de from './de.js';

const ar: Messages<typeof de> = {
  lookupLabel: 'الرقم المرجعي',
  lookupHint: 'تجده في تأكيد الاستلام، مثلًا KD-2026-000123.',
  lookupSubmit: 'عرض الحالة',
  errFormat: 'يرجى إدخال الرقم بهذا الشكل: KD ثم السنة ثم ستة أرقام، مثلًا KD-2026-000123.',
  errorPrefix: 'خطأ:',
  notFound: 'لم نجد شيئًا للرقم {reference}. يرجى التحقق من الرقم.',
  otherReference: 'إدخال رقم آخر',

  title: 'حالة رسالتك {reference}',
  receivedOn: 'تاريخ الاستلام: {date}',
  kindLabel: 'النوع',
  topicLabel: 'الموضوع',
  currentStatus: 'الحالة الحالية',
  timeline: 'المراحل',
  noteFromOffice: 'ملاحظة من البلدية',

  kind_concern: 'قلق أو مشكلة',
  kind_question: 'سؤال',
  kind_idea: 'فكرة',
  kind_offer: 'عرض مساعدة',

  status_received: 'تم الاستلام',
  'status_in-review': 'قيد المعالجة',
  status_answered: 'تم الرد',
  status_discussed: 'نوقشت في فعالية',
  status_addressed: 'تم التنفيذ',

  statusText_received: 'وصلت رسالتك إلى البلدية.',
  'statusText_in-review': 'تتولى الجهة المختصة متابعتها.',
  statusText_answered: 'ردّت البلدية.',
  statusText_discussed: 'كانت رسالتك موضوعًا في فعالية حوارية.',
  statusText_addressed: 'نتجت عنها نتيجة ملموسة.',

  toEvent: 'إلى الفعالية',
  toResult: 'إلى النتيجة',
};
export default ar;
