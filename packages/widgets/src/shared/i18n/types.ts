/** One text per plural category (`Intl.PluralRules`) of the locale; `other` is always required. */
export type PluralMessage = { readonly other: string } & {
  readonly [C in Exclude<Intl.LDMLPluralRule, 'other'>]?: string;
};
export type MessageValue = string | PluralMessage;
/**
 * A translation as the CDN build ships it: the values alone, in the order of the German keys
 * (the key names were a quarter of every locale file's bytes).
 */
export type CompactMessages = readonly MessageValue[];
/** A namespace's German source messages, written `{ ... } as const`. */
export type MessageShape = Readonly<Record<string, MessageValue>>;

/**
 * What a translation of the German messages `D` must provide: every key, nothing else
 * (TypeScript reports missing and, for object literals, extra keys).
 */
export type Messages<D extends MessageShape> = {
  readonly [K in keyof D]: D[K] extends string ? string : PluralMessage;
};

type PlaceholdersIn<S> = S extends `${string}{${infer P}}${infer Rest}` ? P | PlaceholdersIn<Rest> : never;
/** Names of the `{placeholders}` in a message; plural messages always take `count`. */
export type PlaceholdersOf<V> = V extends string ? PlaceholdersIn<V> : PlaceholdersIn<V[keyof V]> | 'count';
export type MessageParams<V> = { readonly [P in PlaceholdersOf<V>]: P extends 'count' ? number : string | number };
/** `t(locale, key)` for a message without placeholders, `t(locale, key, { name })` otherwise. */
export type ParamArgs<V> = [PlaceholdersOf<V>] extends [never] ? [params?: undefined] : [params: MessageParams<V>];
