import type { Messages } from '../../shared/i18n/types.js';
import type de from './de.js';

const fa: Messages<typeof de> = {
  formLabel: 'پیام شما به شهرداری',
  requiredNote: 'فیلدهایی که عبارت «اختیاری» ندارند باید پر شوند.',
  optional: '(اختیاری)',

  municipalityLabel: 'شهرداری',
  choose: 'لطفاً انتخاب کنید',

  kindLegend: 'چه چیزی می‌خواهید به ما بگویید؟',
  kindConcern: 'نگرانی یا مشکل',
  kindConcernHint: 'چیزی شما را نگران می‌کند یا درست کار نمی‌کند.',
  kindQuestion: 'پرسش',
  kindQuestionHint: 'می‌خواهید چیزی بدانید.',
  kindIdea: 'ایده',
  kindIdeaHint: 'پیشنهادی دارید.',
  kindOffer: 'پیشنهاد کمک',
  kindOfferHint: 'می‌خواهید کمک کنید یا چیزی را ارائه دهید.',

  topicLabel: 'موضوع',
  titleLabel: 'عنوان',
  titleHint: 'در چند کلمه، برای مثال: «مسیر تا ایستگاه اتوبوس شب‌ها تاریک است».',
  descriptionLabel: 'شرح',
  descriptionHint: 'چه اتفاقی افتاده و چه چیزی می‌خواهید؟ می‌توانید به هر زبانی بنویسید.',
  charactersLeft: { one: '{count} نویسه باقی مانده است.', other: '{count} نویسه باقی مانده است.' },
  charactersOver: { one: '{count} نویسه بیش از حد.', other: '{count} نویسه بیش از حد.' },
  placeLabel: 'مکان',
  placeHint: 'برای مثال یک خیابان، ایستگاه اتوبوس یا ساختمان.',
  languageLabel: 'زبان متن شما',
  languageHint: 'هیچ‌کس مجبور نیست به آلمانی بنویسد.',

  answerLabel: 'مایلم پاسخ دریافت کنم',
  contactLegend: 'چگونه می‌توانیم به شما پاسخ دهیم؟',
  contactHint: 'لطفاً یک نشانی ایمیل یا شماره تلفن وارد کنید.',
  nameLabel: 'نام',
  emailLabel: 'نشانی ایمیل',
  phoneLabel: 'شماره تلفن',
  consentLabel: 'موافقم که شهرداری از اطلاعات تماس من برای پاسخ دادن به من استفاده کند.',
  privacyLink: 'اطلاعیه حریم خصوصی شهرداری',
  newWindow: '(در پنجره جدید باز می‌شود)',
  rememberContactLabel: 'اطلاعات تماس در پیش‌نویس نگه داشته شود',
  rememberContactHint: 'فقط در همین زبانه مرورگر، تا زمانی که پیام ارسال شود.',
  anonymousLabel: 'پیام من می‌تواند بدون نام من منتشر شود.',
  anonymousHint: 'در این صورت شهرداری می‌تواند آن را برای مثال در یک نشست مطرح کند.',
  honeypotLabel: 'وب‌سایت (لطفاً خالی بگذارید)',

  submit: 'ارسال پیام',
  sending: 'پیام شما در حال ارسال است …',
  queuedTitle: 'پیام شما ذخیره شده است، اما هنوز نرسیده است.',
  queuedText: 'به محض برقراری دوباره اتصال، آن را به‌طور خودکار ارسال می‌کنیم. اطلاعات شما حفظ می‌شود.',
  retryNow: 'اکنون دوباره ارسال کن',

  draftRestored: 'پیش‌نویس شما از {time} بازیابی شد.',
  draftDiscard: 'حذف پیش‌نویس',
  draftDiscarded: 'پیش‌نویس حذف شد.',

  errNotSent: 'پیام شما ارسال نشد. اطلاعات شما حفظ می‌شود.',

  mapOpen: 'انتخاب مکان روی نقشه',
  mapChange: 'تغییر مکان روی نقشه',
  mapNotice: 'اختیاری. مرورگر شما فقط وقتی تصاویر نقشه را از {provider} بارگیری می‌کند که روی «انتخاب مکان روی نقشه» بزنید.',
  providerBasemap: 'basemap.de (اداره فدرال نقشه‌برداری و ژئودزی)',
  providerOsm: 'OpenStreetMap',
  providerOther: '{host}',
  mapError: 'نقشه بارگیری نشد. می‌توانید مکان را با کلمات توصیف کنید.',
  mapChosen: 'انتخاب‌شده روی نقشه: عرض جغرافیایی {lat}، طول جغرافیایی {lng}',
  mapRemove: 'حذف مکان',
};
export default fa;
