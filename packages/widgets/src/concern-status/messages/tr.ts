import type { Messages } from '../../shared/i18n/types.js';
import type de from './de.js';

const tr: Messages<typeof de> = {
  lookupLabel: 'Takip numarası',
  lookupHint: 'Onay mesajınızda bulunur, örneğin KD-2026-000123.',
  lookupSubmit: 'Durumu göster',
  errFormat: 'Lütfen numarayı şöyle girin: KD, yıl, altı rakam – örneğin KD-2026-000123.',
  errorPrefix: 'Hata:',
  notFound: '{reference} numarası için bir şey bulamadık. Lütfen numarayı kontrol edin.',
  otherReference: 'Başka bir numara gir',

  title: 'Mesajınızın durumu {reference}',
  receivedOn: 'Alındığı tarih: {date}',
  kindLabel: 'Tür',
  topicLabel: 'Konu',
  currentStatus: 'Güncel durum',
  timeline: 'Süreç',
  noteFromOffice: 'Belediyenin notu',

  kind_concern: 'Endişe veya sorun',
  kind_question: 'Soru',
  kind_idea: 'Fikir',
  kind_offer: 'Yardım teklifi',

  status_received: 'Alındı',
  'status_in-review': 'İnceleniyor',
  status_answered: 'Yanıtlandı',
  status_discussed: 'Bir etkinlikte ele alındı',
  status_addressed: 'Uygulandı',

  statusText_received: 'Mesajınız belediyeye ulaştı.',
  'statusText_in-review': 'İlgili birim konuyla ilgileniyor.',
  statusText_answered: 'Belediye yanıt verdi.',
  statusText_discussed: 'Mesajınız bir diyalog etkinliğinde konu edildi.',
  statusText_addressed: 'Bundan bir sonuç çıktı.',

  toEvent: 'Etkinliğe git',
  toResult: 'Sonuca git',
};
export default tr;
