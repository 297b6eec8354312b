/**
 * Whitespace and comment removal for the `css` literals of the CDN build.
 *
 * Our `css` literals are often fragments (`var(--x, ${fallback})`) or hold expressions inside
 * values, which a CSS parser rejects; whitespace and comments are all there is to gain, so this
 * only removes those, and only where CSS never reads them: around braces, semicolons and commas,
 * and after a colon (a selector's colon is never followed by a space; one before it is a
 * descendant combinator and stays).
 *
 * The literal arrives with each expression as the plug-in's placeholder `@TEMPLATE_EXPRESSION();`.
 * Its semicolon is no declaration's end: the space after it is the space after the expression,
 * which `calc(${a} + 1em)` needs (`calc(var(--a)+ 1em)` is invalid, and the browser drops the
 * whole declaration), so it stays.
 *
 * @param {string} text
 * @returns {string}
 */
export function minifyCssText(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{},]|(?<!@TEMPLATE_EXPRESSION_*\(\));)\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .trim();
}
