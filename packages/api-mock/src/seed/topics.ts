import type { Topic } from '@kommunaldialog/sdk';

/**
 * The topics of the dialogues. The first five are the ones the initiative named itself; the
 * others are what the dialogues turned out to be about in practice.
 */
export function seedTopics(): Topic[] {
  return [
    {
      id: 'bauen',
      labels: { de: 'Bauen', en: 'Building', ar: 'البناء', fa: 'ساخت‌وساز', uk: 'Будівництво', tr: 'İnşaat', 'de-x-ls': 'Bauen' },
    },
    {
      id: 'wohnen',
      labels: { de: 'Wohnen', en: 'Housing', ar: 'السكن', fa: 'مسکن', uk: 'Житло', tr: 'Konut', 'de-x-ls': 'Wohnen' },
    },
    {
      id: 'lernen-sprache',
      labels: {
        de: 'Lernen & Sprache',
        en: 'Learning & language',
        ar: 'التعلّم واللغة',
        fa: 'آموزش و زبان',
        uk: 'Навчання та мова',
        tr: 'Öğrenme ve dil',
        'de-x-ls': 'Lernen und Sprache',
      },
    },
    {
      id: 'arbeit',
      labels: { de: 'Arbeit', en: 'Work', ar: 'العمل', fa: 'کار', uk: 'Робота', tr: 'İş', 'de-x-ls': 'Arbeit' },
    },
    {
      id: 'sicherheit',
      labels: { de: 'Sicherheit', en: 'Safety', ar: 'الأمان', fa: 'امنیت', uk: 'Безпека', tr: 'Güvenlik', 'de-x-ls': 'Sicherheit' },
    },
    {
      id: 'mobilitaet',
      labels: {
        de: 'Mobilität',
        en: 'Getting around',
        ar: 'التنقّل',
        fa: 'رفت‌وآمد',
        uk: 'Транспорт',
        tr: 'Ulaşım',
        'de-x-ls': 'Bus, Bahn und Wege',
      },
    },
    {
      id: 'ehrenamt',
      labels: {
        de: 'Ehrenamt',
        en: 'Volunteering',
        ar: 'العمل التطوعي',
        fa: 'کار داوطلبانه',
        uk: 'Волонтерство',
        tr: 'Gönüllülük',
        'de-x-ls': 'Ehren-Amt',
      },
    },
    {
      id: 'zusammenleben',
      labels: {
        de: 'Zusammenleben',
        en: 'Living together',
        ar: 'العيش المشترك',
        fa: 'زندگی در کنار هم',
        uk: 'Спільне життя',
        tr: 'Birlikte yaşam',
        'de-x-ls': 'Zusammen leben',
      },
    },
    {
      id: 'gesundheit',
      labels: { de: 'Gesundheit', en: 'Health', ar: 'الصحة', fa: 'سلامت', uk: 'Здоров’я', tr: 'Sağlık', 'de-x-ls': 'Gesundheit' },
    },
    {
      id: 'kinder-familie',
      labels: {
        de: 'Kinder & Familie',
        en: 'Children & family',
        ar: 'الأطفال والأسرة',
        fa: 'کودکان و خانواده',
        uk: 'Діти та сім’я',
        tr: 'Çocuklar ve aile',
        'de-x-ls': 'Kinder und Familie',
      },
    },
  ];
}
