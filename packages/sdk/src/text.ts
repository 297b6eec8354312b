/**
 * Text helpers shared by the schemas and the widgets. Limits are counted in graphemes
 * (what a reader sees as one character), not UTF-16 units: "👩🏽‍🔧" is one, not seven.
 */
let segmenter: Intl.Segmenter | undefined;

/** Number of user-perceived characters in `text`. */
export function graphemeLength(text: string): number {
  segmenter ??= new Intl.Segmenter('und', { granularity: 'grapheme' });
  let count = 0;
  for (const _ of segmenter.segment(text)) count++;
  return count;
}

/** True when `text` holds something other than white space and invisible format characters. */
export function hasVisibleText(text: string): boolean {
  return /[^\s\p{Cf}]/u.test(text);
}
