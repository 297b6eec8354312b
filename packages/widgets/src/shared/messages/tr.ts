import type { Messages } from '../i18n/types.js';
import type de from './de.js';

const tr: Messages<typeof de> = {
  loading: 'Yükleniyor …',
  retry: 'Tekrar dene',
  empty: 'Hiçbir şey bulunamadı.',
  errorTitle: 'Maalesef olmadı.',
  errorOffline: 'Çevrimdışısınız. Lütfen internet bağlantınızı kontrol edin.',
  errorNetwork: 'Sunucuya şu anda ulaşılamıyor.',
  errorTimeout: 'Sunucu zamanında yanıt vermedi.',
  errorServer: 'Sunucuda bir hata oluştu.',
  errorNotFound: 'İstenen veriler mevcut değil (artık yok).',
  errorRateLimited: 'Kısa sürede çok fazla istek gönderildi.',
  errorInvalidResponse: 'Sunucu beklenmeyen veriler gönderdi.',
  errorInvalidRequest: 'Bazı bilgiler geçersiz olduğu için istek reddedildi.',
  errorUnknown: 'Beklenmeyen bir hata oluştu.',
  retryAfter: { one: 'Lütfen {count} saniye bekleyin.', other: 'Lütfen {count} saniye bekleyin.' },
  requestId: 'Hata numarası: {id}',
  timeZoneNote: 'Saatler Almanya saatine göre ({zone})',
};
export default tr;
