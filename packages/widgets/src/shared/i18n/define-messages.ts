import type { Locale } from '@kommunaldialog/sdk';
import { intlLocale } from './locale.js';
import type { CompactMessages, MessageShape, MessageValue, Messages, ParamArgs } from './types.js';

/** Every locale except German, which ships in the bundle. */
export type LazyLocale = Exclude<Locale, 'de'>;

/**
 * One dynamic import per locale, e.g. `en: () => import('./en.js')`: each becomes its own chunk,
 * which the CDN build turns into {@link CompactMessages}.
 */
export type MessageLoaders<D extends MessageShape> = {
  readonly [L in LazyLocale]: () => Promise<{ default: Messages<D> | CompactMessages }>;
};

/** A translation by key, from either shape a locale module may have. */
function byKey<D extends MessageShape>(de: D, messages: Messages<D> | CompactMessages): Messages<D> {
  if (!Array.isArray(messages)) return messages as Messages<D>;
  const values = messages as CompactMessages;
  return Object.fromEntries(Object.keys(de).map((key, i) => [key, values[i]])) as Messages<D>;
}

/** The strings of one namespace (a widget, or `shared`) in every locale. */
export interface MessageCatalog<D extends MessageShape> {
  readonly namespace: string;
  readonly de: D;
  /**
   * The message `key` in `locale`. A locale that is not loaded yet starts loading and German is
   * returned meanwhile; {@link onMessagesLoaded} tells when to render again.
   * Numbers in `params` are formatted for the locale; `count` picks the plural form.
   */
  t<K extends keyof D & string>(locale: Locale, key: K, ...params: ParamArgs<D[K]>): string;
  /** Loads (once) and returns a locale's messages. */
  load(locale: Locale): Promise<Messages<D>>;
  /** True when `t` answers in `locale` without falling back to German. */
  isLoaded(locale: Locale): boolean;
}

/** A catalog with its key types erased, for code that walks every namespace (tests, tools). */
export interface AnyMessageCatalog {
  readonly namespace: string;
  readonly de: MessageShape;
  load(locale: Locale): Promise<MessageShape>;
}

type LoadedListener = (namespace: string, locale: Locale) => void;
const listeners = new Set<LoadedListener>();
const registry = new Map<string, AnyMessageCatalog>();

/** Calls `listener` whenever a namespace finished loading a locale. Returns the unsubscribe. */
export function onMessagesLoaded(listener: LoadedListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Every namespace defined so far (by the modules imported up to now). */
export function messageCatalogs(): readonly AnyMessageCatalog[] {
  return [...registry.values()];
}

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function plural(tag: string): Intl.PluralRules {
  let rules = pluralRules.get(tag);
  if (!rules) pluralRules.set(tag, (rules = new Intl.PluralRules(tag)));
  return rules;
}

/** `value` in the digits of the Intl locale `tag` (Persian ۲۸); one formatter per locale. */
export function formatNumber(tag: string, value: number): string {
  let format = numberFormats.get(tag);
  if (!format) numberFormats.set(tag, (format = new Intl.NumberFormat(tag)));
  return format.format(value);
}

/** Picks the plural form and fills `{placeholders}`; unknown placeholders stay visible. */
export function formatMessage(
  locale: Locale,
  value: MessageValue,
  params: Readonly<Record<string, string | number>> | undefined,
): string {
  const tag = intlLocale(locale);
  let text: string;
  if (typeof value === 'string') {
    text = value;
  } else {
    const count = params?.['count'];
    const category = typeof count === 'number' ? plural(tag).select(count) : 'other';
    text = value[category] ?? value.other;
  }
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => {
    const param = params[name];
    if (param === undefined) return match;
    return typeof param === 'number' ? formatNumber(tag, param) : param;
  });
}

/**
 * Declares the strings of a namespace: German inline (always in the bundle), every other locale
 * as a lazy import typed `Messages<typeof de>`.
 *
 * @example
 * export const messages = defineMessages('calendar', { de, load: { en: () => import('./en.js'), … } });
 * messages.t('en', 'eventCount', { count: 3 });
 */
export function defineMessages<const D extends MessageShape>(
  namespace: string,
  definition: { de: D; load: MessageLoaders<D> },
): MessageCatalog<D> {
  const { de, load: loaders } = definition;
  const loaded = new Map<Locale, Messages<D>>([['de', de as Messages<D>]]);
  const pending = new Map<Locale, Promise<Messages<D>>>();

  function load(locale: Locale): Promise<Messages<D>> {
    const ready = loaded.get(locale);
    if (ready) return Promise.resolve(ready);
    let promise = pending.get(locale);
    if (!promise) {
      promise = loaders[locale as LazyLocale]().then(
        (module) => {
          const messages = byKey(de, module.default);
          loaded.set(locale, messages);
          pending.delete(locale);
          for (const listener of listeners) listener(namespace, locale);
          return messages;
        },
        (error: unknown) => {
          // Forget the failure: a later render asks again (the chunk may load once back online).
          pending.delete(locale);
          throw error;
        },
      );
      pending.set(locale, promise);
    }
    return promise;
  }

  const catalog: MessageCatalog<D> = {
    namespace,
    de,
    load,
    isLoaded: (locale) => loaded.has(locale),
    t(locale, key, ...[params]) {
      let table = loaded.get(locale);
      let used = locale;
      if (!table) {
        load(locale).catch(() => undefined);
        table = de as Messages<D>;
        used = 'de';
      }
      const value: MessageValue | undefined = table[key] ?? de[key];
      if (value === undefined) return key;
      return formatMessage(used, value, params as Readonly<Record<string, string | number>> | undefined);
    },
  };
  registry.set(namespace, catalog as unknown as AnyMessageCatalog);
  return catalog;
}
