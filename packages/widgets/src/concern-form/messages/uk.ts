import type { Messages } from '../../shared/i18n/types.js';
import type de from './de.js';

const uk: Messages<typeof de> = {
  formLabel: 'Ваше звернення до громади',
  requiredNote: 'Поля без позначки «необов’язково» потрібно заповнити.',
  optional: '(необов’язково)',

  municipalityLabel: 'Громада',
  choose: 'Будь ласка, оберіть',

  kindLegend: 'Що ви хочете нам повідомити?',
  kindConcern: 'Занепокоєння або проблема',
  kindConcernHint: 'Щось вас турбує або не працює.',
  kindQuestion: 'Запитання',
  kindQuestionHint: 'Ви хочете щось дізнатися.',
  kindIdea: 'Ідея',
  kindIdeaHint: 'У вас є пропозиція.',
  kindOffer: 'Запропонувати допомогу',
  kindOfferHint: 'Ви хочете допомогти або щось запропонувати.',

  topicLabel: 'Тема',
  titleLabel: 'Заголовок',
  titleHint: 'Кількома словами, наприклад: «Дорога до автобусної зупинки ввечері не освітлена».',
  descriptionLabel: 'Опис',
  descriptionHint: 'Що сталося і чого б ви хотіли? Можна писати будь-якою мовою.',
  charactersLeft: {
    one: 'Залишився {count} символ.',
    few: 'Залишилося {count} символи.',
    many: 'Залишилося {count} символів.',
    other: 'Залишилося {count} символу.',
  },
  charactersOver: {
    one: 'На {count} символ забагато.',
    few: 'На {count} символи забагато.',
    many: 'На {count} символів забагато.',
    other: 'На {count} символу забагато.',
  },
  placeLabel: 'Місце',
  placeHint: 'Наприклад, вулиця, зупинка або будівля.',
  languageLabel: 'Мова вашого тексту',
  languageHint: 'Ніхто не мусить писати німецькою.',

  answerLabel: 'Я хочу отримати відповідь',
  contactLegend: 'Як ми можемо вам відповісти?',
  contactHint: 'Вкажіть адресу електронної пошти або номер телефону.',
  nameLabel: 'Ім’я',
  emailLabel: 'Електронна пошта',
  phoneLabel: 'Номер телефону',
  consentLabel: 'Я погоджуюся, що громада використовуватиме мої контактні дані, щоб мені відповісти.',
  privacyLink: 'Положення громади про захист даних',
  newWindow: '(відкривається в новому вікні)',
  rememberContactLabel: 'Зберегти контактні дані в чернетці',
  rememberContactHint: 'Лише в цій вкладці браузера, доки звернення не надіслано.',
  anonymousLabel: 'Моє звернення можна оприлюднити без мого імені.',
  anonymousHint: 'Тоді громада зможе представити його, наприклад, на заході.',
  honeypotLabel: 'Вебсайт (залиште порожнім)',

  submit: 'Надіслати звернення',
  sending: 'Ваше звернення надсилається …',
  queuedTitle: 'Ваше звернення збережено, але ще не доставлено.',
  queuedText: 'Ми надішлемо його автоматично, щойно з’єднання відновиться. Ваші дані збережено.',
  retryNow: 'Надіслати ще раз зараз',

  draftRestored: 'Ми відновили вашу чернетку від {time}.',
  draftDiscard: 'Видалити чернетку',
  draftDiscarded: 'Чернетку видалено.',

  errNotSent: 'Не вдалося надіслати звернення. Ваші дані збережено.',

  mapOpen: 'Вибрати місце на карті',
  mapChange: 'Змінити місце на карті',
  mapNotice: 'Необов’язково. Ваш браузер завантажить зображення карти з {provider} лише тоді, коли ви натиснете «Вибрати місце на карті».',
  providerBasemap: 'basemap.de (Федеральне відомство картографії та геодезії)',
  providerOsm: 'OpenStreetMap',
  providerOther: '{host}',
  mapError: 'Не вдалося завантажити карту. Ви можете описати місце словами.',
  mapChosen: 'Вибрано на карті: широта {lat}, довгота {lng}',
  mapRemove: 'Видалити місце',
};
export default uk;
