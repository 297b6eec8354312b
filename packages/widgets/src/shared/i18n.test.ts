import { expect } from '@open-wc/testing';
import { LOCALES, type Locale } from '@kommunaldialog/sdk';
// Every widget's messages register when its class is imported: the public entry imports them all.
import '../index.js';
// All but the concern form's later strings, which come with the code loaded once a person acts.
import '../concern-form/later/messages/index.js';
import { defineMessages, formatMessage, messageCatalogs, onMessagesLoaded } from './i18n/define-messages.js';
import { intlLocale, resolveLocale } from './i18n/locale.js';
import type { MessageShape, MessageValue } from './i18n/types.js';

function placeholders(value: MessageValue): string[] {
  const texts = typeof value === 'string' ? [value] : Object.values(value);
  const names = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(/\{(\w+)\}/g)) names.add(match[1]!);
  if (typeof value !== 'string') names.add('count');
  return [...names].sort();
}

function pluralCategories(locale: Locale): string[] {
  return [...new Intl.PluralRules(intlLocale(locale)).resolvedOptions().pluralCategories].sort();
}

function checkTranslation(de: MessageShape, messages: MessageShape, locale: Locale): string[] {
  const problems: string[] = [];
  const deKeys = Object.keys(de);
  for (const key of deKeys) if (!(key in messages)) problems.push(`missing key ${key}`);
  for (const key of Object.keys(messages)) if (!(key in de)) problems.push(`extra key ${key}`);
  for (const key of deKeys) {
    const source = de[key]!;
    const translation = messages[key];
    if (translation === undefined) continue;
    if (typeof source !== typeof translation) {
      problems.push(`${key}: plural in one locale, plain text in the other`);
      continue;
    }
    const texts = typeof translation === 'string' ? [translation] : Object.values(translation);
    if (texts.some((t) => t.trim() === '')) problems.push(`${key}: empty text`);
    // German quotation marks copied into a translation: Arabic, Persian and Ukrainian quote «so»,
    // English and Turkish “so”.
    if (!locale.startsWith('de') && texts.some((t) => t.includes('„'))) problems.push(`${key}: German quotation marks`);
    if (placeholders(source).join() !== placeholders(translation).join()) {
      problems.push(`${key}: placeholders {${placeholders(translation).join('}, {')}} ≠ {${placeholders(source).join('}, {')}}`);
    }
    if (typeof translation !== 'string') {
      const forms = Object.keys(translation).sort().join();
      if (forms !== pluralCategories(locale).join()) {
        problems.push(`${key}: plural forms ${forms} ≠ ${pluralCategories(locale).join()} of ${locale}`);
      }
    }
  }
  return problems;
}

describe('message catalogs', () => {
  const catalogs = messageCatalogs();

  it('include the shared strings', () => {
    expect(catalogs.map((c) => c.namespace)).to.include('shared');
  });

  for (const catalog of catalogs) {
    for (const locale of LOCALES) {
      it(`${catalog.namespace} × ${locale}: same keys, placeholders and plural forms as German`, async () => {
        const messages = await catalog.load(locale);
        expect(checkTranslation(catalog.de, messages, locale)).to.deep.equal([]);
      });
    }
  }

  it('the check itself catches missing and extra keys, placeholder and plural mismatches, German quotation marks', () => {
    const de = { a: 'Hallo {name}', n: { one: '{count} Tag', other: '{count} Tage' } } as const;
    expect(checkTranslation(de, { a: 'Hello {name}', n: { one: '{count} day', other: '{count} days' } }, 'en')).to.deep.equal([]);
    const problems = checkTranslation(de, { a: 'Hello {nam}', x: 'extra', n: { other: '{count} days' } } as MessageShape, 'en');
    expect(problems.join('\n')).to.match(/placeholders/).and.match(/extra key x/).and.match(/plural forms/);
    expect(checkTranslation(de, { n: { one: '1', other: '{count}' } } as MessageShape, 'en').join()).to.match(/missing key a/);
    const quoted = { a: 'Hallo „{name}“', n: de.n };
    expect(checkTranslation(de, { a: 'مرحبا „{name}“', n: { zero: '{count}', one: '{count}', two: '{count}', few: '{count}', many: '{count}', other: '{count}' } }, 'ar').join()).to.match(/a: German quotation marks/);
    expect(checkTranslation(quoted, quoted, 'de')).to.deep.equal([]);
  });
});

describe('i18n runtime', () => {
  const catalog = defineMessages('i18n-test', {
    de: { hello: 'Hallo {name}!', days: { one: '{count} Tag', other: '{count} Tage' } } as const,
    load: {
      en: async () => ({ default: { hello: 'Hello {name}!', days: { one: '{count} day', other: '{count} days' } } }),
      ar: async () => ({
        default: {
          hello: 'مرحبًا {name}!',
          days: { zero: '{count} يوم', one: 'يوم واحد', two: 'يومان', few: '{count} أيام', many: '{count} يومًا', other: '{count} يوم' },
        },
      }),
      fa: () => Promise.reject(new Error('chunk failed')),
      uk: async () => ({
        default: {
          hello: 'Привіт, {name}!',
          days: { one: '{count} день', few: '{count} дні', many: '{count} днів', other: '{count} дня' },
        },
      }),
      tr: async () => ({ default: { hello: 'Merhaba {name}!', days: { one: '{count} gün', other: '{count} gün' } } }),
      'de-x-ls': async () => ({ default: { hello: 'Hallo {name}!', days: { one: '{count} Tag', other: '{count} Tage' } } }),
    },
  });

  it('answers in German while a locale loads, then in that locale, and announces it', async () => {
    expect(catalog.isLoaded('en')).to.equal(false);
    const announced = new Promise<string>((resolve) => {
      const stop = onMessagesLoaded((namespace, locale) => {
        if (namespace !== 'i18n-test') return;
        stop();
        resolve(locale);
      });
    });
    expect(catalog.t('en', 'hello', { name: 'Ada' })).to.equal('Hallo Ada!');
    expect(await announced).to.equal('en');
    expect(catalog.t('en', 'hello', { name: 'Ada' })).to.equal('Hello Ada!');
  });

  it('picks plural forms by the locale rules and formats numbers for the locale', async () => {
    await Promise.all([catalog.load('uk'), catalog.load('ar')]);
    expect(catalog.t('de', 'days', { count: 1 })).to.equal('1 Tag');
    expect(catalog.t('de', 'days', { count: 1500 })).to.equal('1.500 Tage');
    expect(catalog.t('uk', 'days', { count: 3 })).to.equal('3 дні');
    expect(catalog.t('uk', 'days', { count: 5 })).to.equal('5 днів');
    expect(catalog.t('uk', 'days', { count: 21 })).to.equal('21 день');
    expect(catalog.t('ar', 'days', { count: 2 })).to.equal('يومان');
    expect(catalog.t('ar', 'days', { count: 3 })).to.equal(`${new Intl.NumberFormat('ar').format(3)} أيام`);
  });

  it('stays German when a locale cannot load, and tries again later', async () => {
    let error: unknown;
    await catalog.load('fa').catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(Error);
    expect(catalog.t('fa', 'hello', { name: 'Ada' })).to.equal('Hallo Ada!');
    expect(catalog.isLoaded('fa')).to.equal(false);
  });

  it('keeps unknown placeholders visible instead of dropping text', () => {
    expect(formatMessage('de', 'Hallo {name}, {other}', { name: 'Ada' })).to.equal('Hallo Ada, {other}');
  });

  it('resolves language tags to supported locales', () => {
    expect(resolveLocale('uk-UA')).to.equal('uk');
    expect(resolveLocale('de-x-ls')).to.equal('de-x-ls');
    expect(resolveLocale('de-DE-x-ls')).to.equal('de-x-ls');
    expect(resolveLocale('pt-BR')).to.equal('de');
    expect(resolveLocale(undefined)).to.equal('de');
  });
});
