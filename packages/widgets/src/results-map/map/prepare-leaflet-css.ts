/**
 * Leaflet's stylesheet made fit for a shadow root: comments and whitespace removed, and every
 * declaration with a relative `url(…)` dropped. Inside a constructed stylesheet such URLs
 * resolve against the embedding page (404s, requests to the site); the widget draws its own
 * icons and uses no layer switcher, so nothing needs those images.
 */
export function prepareLeafletCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/[^{};]*url\((?!\s*["']?data:)[^)]*\)[^;}]*;?/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/[^{}]+\{\}/g, '')
    .trim();
}
