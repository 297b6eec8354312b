/**
 * Languages a concern can be written in, each named in itself (an endonym): a person looking
 * for their language finds it whatever the language of the page.
 */
export const TEXT_LANGUAGES: readonly (readonly [tag: string, name: string])[] = [
  ['de', 'Deutsch'],
  ['en', 'English'],
  ['ar', 'العربية'],
  ['fa', 'فارسی'],
  ['uk', 'Українська'],
  ['tr', 'Türkçe'],
  ['ru', 'Русский'],
  ['ti', 'ትግርኛ'],
  ['ps', 'پښتو'],
  ['ku', 'Kurdî'],
  ['so', 'Soomaali'],
  ['sq', 'Shqip'],
  ['fr', 'Français'],
  ['ro', 'Română'],
  ['pl', 'Polski'],
  ['es', 'Español'],
  ['it', 'Italiano'],
];

