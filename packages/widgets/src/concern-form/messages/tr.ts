import type { Messages } from '../../shared/i18n/types.js';
import type de from './de.js';

const tr: Messages<typeof de> = {
  formLabel: 'Belediyeye mesajınız',
  requiredNote: '“İsteğe bağlı” yazmayan alanlar doldurulmalıdır.',
  optional: '(isteğe bağlı)',

  municipalityLabel: 'Belediye',
  choose: 'Lütfen seçin',

  kindLegend: 'Bize ne iletmek istiyorsunuz?',
  kindConcern: 'Endişe veya sorun',
  kindConcernHint: 'Bir şey sizi endişelendiriyor veya çalışmıyor.',
  kindQuestion: 'Soru',
  kindQuestionHint: 'Bir şey öğrenmek istiyorsunuz.',
  kindIdea: 'Fikir',
  kindIdeaHint: 'Bir öneriniz var.',
  kindOffer: 'Yardım teklif etmek',
  kindOfferHint: 'Yardım etmek veya bir şey sunmak istiyorsunuz.',

  topicLabel: 'Konu',
  titleLabel: 'Başlık',
  titleHint: 'Birkaç kelimeyle, örneğin: “Otobüs durağına giden yol akşamları karanlık”.',
  descriptionLabel: 'Açıklama',
  descriptionHint: 'Ne oluyor ve ne istiyorsunuz? Herhangi bir dilde yazabilirsiniz.',
  charactersLeft: { one: '{count} karakter kaldı.', other: '{count} karakter kaldı.' },
  charactersOver: { one: '{count} karakter fazla.', other: '{count} karakter fazla.' },
  placeLabel: 'Yer',
  placeHint: 'Örneğin bir sokak, bir otobüs durağı veya bir bina.',
  languageLabel: 'Metninizin dili',
  languageHint: 'Kimse Almanca yazmak zorunda değildir.',

  answerLabel: 'Yanıt almak istiyorum',
  contactLegend: 'Size nasıl yanıt verebiliriz?',
  contactHint: 'Lütfen bir e-posta adresi veya telefon numarası girin.',
  nameLabel: 'Ad',
  emailLabel: 'E-posta adresi',
  phoneLabel: 'Telefon numarası',
  consentLabel: 'Belediyenin bana yanıt vermek için iletişim bilgilerimi kullanmasını kabul ediyorum.',
  privacyLink: 'Belediyenin veri koruma bilgilendirmesi',
  newWindow: '(yeni pencerede açılır)',
  rememberContactLabel: 'İletişim bilgilerimi taslakta sakla',
  rememberContactHint: 'Yalnızca bu tarayıcı sekmesinde, mesaj gönderilene kadar.',
  anonymousLabel: 'Mesajım adım olmadan yayımlanabilir.',
  anonymousHint: 'Belediye bu durumda onu örneğin bir etkinlikte sunabilir.',
  honeypotLabel: 'Web sitesi (lütfen boş bırakın)',

  submit: 'Mesajı gönder',
  sending: 'Mesajınız gönderiliyor …',
  queuedTitle: 'Mesajınız kaydedildi ancak henüz ulaşmadı.',
  queuedText: 'Bağlantı yeniden çalışır çalışmaz mesajı otomatik olarak göndereceğiz. Girdileriniz korunur.',
  retryNow: 'Şimdi tekrar gönder',

  draftRestored: '{time} tarihli taslağınızı geri yükledik.',
  draftDiscard: 'Taslağı sil',
  draftDiscarded: 'Taslak silindi.',

  errNotSent: 'Mesajınız gönderilemedi. Girdileriniz korunur.',

  mapOpen: 'Yeri haritada seçin',
  mapChange: 'Yeri haritada değiştirin',
  mapNotice: 'İsteğe bağlı. Tarayıcınız harita görüntülerini {provider} üzerinden ancak “Yeri haritada seçin” düğmesine bastığınızda yükler.',
  providerBasemap: 'basemap.de (Federal Kartografya ve Jeodezi Dairesi)',
  providerOsm: 'OpenStreetMap',
  providerOther: '{host}',
  mapError: 'Harita yüklenemedi. Yeri kelimelerle de tarif edebilirsiniz.',
  mapChosen: 'Haritada seçildi: enlem {lat}, boylam {lng}',
  mapRemove: 'Yeri kaldır',
};
export default tr;
