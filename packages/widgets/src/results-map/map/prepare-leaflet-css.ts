/**
 * Parts of Leaflet the widget never shows, by the classes (or elements) in their selectors:
 * Leaflet's controls (the widget renders its own zoom buttons and credits), tooltips, box zoom
 * (switched off), image overlays, marker shadows, canvas rendering, the default icons, popup
 * close buttons and scrolling, links inside the map, and old-browser branches (IE, VML).
 */
const UNUSED_SELECTOR =
  /\.leaflet-(control|bar|top|bottom|left|right|tooltip|zoom-box|oldie|vml|safari|retina|attribution|popup-close|popup-scrolled|div-icon|image-layer|marker-shadow|shadow-pane|crosshair|marker-draggable)|\.lvml|canvas|\.leaflet-popup-content p|\.leaflet-container a/;

/**
 * Declarations every browser the widgets support has without them: Firefox and old Edge
 * prefixes, WebKit prefixes of transforms and transitions, and prefixed cursor values.
 */
function needed(declaration: string): boolean {
  const colon = declaration.indexOf(':');
  const property = declaration.slice(0, colon);
  const value = declaration.slice(colon + 1);
  return !/^-(moz|ms)-/.test(property) && !/^-webkit-(transition|transform)/.test(property) && !/^-(moz|webkit)-/.test(value);
}

/**
 * Leaflet's stylesheet made fit for a shadow root: comments and whitespace removed, and every
 * declaration with a relative `url(…)` dropped. Inside a constructed stylesheet such URLs
 * resolve against the embedding page (404s, requests to the site); the widget draws its own
 * icons and uses no layer switcher, so nothing needs those images. Rules for parts of Leaflet
 * the widget does not use go too (see `UNUSED_SELECTOR`): the sheet is part of the map's bytes.
 */
export function prepareLeafletCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/[^{};]*url\((?!\s*["']?data:)[^)]*\)[^;}]*;?/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/([^{}]+)\{([^{}]*)\}/g, (_rule, selectors: string, body: string) => {
      const kept = selectors.split(',').filter((selector) => !UNUSED_SELECTOR.test(selector));
      const declarations = body.split(';').filter(needed);
      return kept.length > 0 && declarations.length > 0 ? `${kept.join(',')}{${declarations.join(';')}}` : '';
    })
    .replace(/@media[^{]*\{\}/g, '')
    .replace(/[^{}]+\{\}/g, '')
    .trim();
}
