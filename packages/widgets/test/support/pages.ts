/**
 * The strict Content Security Policy of issue 3, as a host page would send it. The widgets
 * need exactly these Trusted Types policy names (document them in the README):
 *   - `lit-html`: Lit's own policy for its template HTML;
 *   - `kommunaldialog`: ours, for the one script URL we build at runtime (the concern form's
 *     proof-of-work worker, always a file next to the widget bundle).
 * `'allow-duplicates'` is only needed when two copies of the widgets (two Lit copies) share a
 * page: each copy creates its policies under the same names.
 */
export const TRUSTED_TYPES = 'lit-html kommunaldialog';
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  `trusted-types ${TRUSTED_TYPES}`,
].join('; ');

export interface HostPageOptions {
  title: string;
  /** Content-Security-Policy, delivered by `<meta http-equiv>`. */
  csp?: string;
  stylesheets?: string[];
  /** Module scripts, in order. */
  scripts?: string[];
  body: string;
  lang?: string;
}

/** A plain host page: no inline script or style, so a strict CSP has nothing to forgive. */
export function hostPage(options: HostPageOptions): string {
  const { title, csp, stylesheets = [], scripts = [], body, lang = 'de' } = options;
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    csp ? `<meta http-equiv="Content-Security-Policy" content="${csp}">` : '',
    `<title>${title}</title>`,
    // No favicon request (a 404 in the console would hide real errors).
    '<link rel="icon" href="data:,">',
    ...stylesheets.map((href) => `<link rel="stylesheet" href="${href}">`),
    ...scripts.map((src) => `<script type="module" src="${src}"></script>`),
    '</head>',
    `<body>${body}</body>`,
    '</html>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** Attributes a widget needs beyond the provider's to show real content, offline. */
const EXTRA_ATTRIBUTES: Record<string, Record<string, string>> = {
  // Consent given by the site's consent manager; tiles from localhost, never a third party.
  'kd-results-map': { consent: 'granted', tiles: '/tiles/tile.png?{z}/{x}/{y}' },
  // Its location picker shows tiles once asked to: from localhost here too.
  'kd-concern-form': { tiles: '/tiles/tile.png?{z}/{x}/{y}' },
};

/** `<kd-x municipality=… …></kd-x>` with what the widget needs to render data. */
export function widgetMarkup(tag: string, attributes: Record<string, string> = {}): string {
  const all = { ...EXTRA_ATTRIBUTES[tag], ...attributes };
  const rendered = Object.entries(all)
    .map(([name, value]) => ` ${name}="${value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`)
    .join('');
  return `<${tag}${rendered}></${tag}>`;
}

/**
 * Every widget, each in its own `<section>` (not a `<div>`: hostile pages restyle divs, and
 * what a page does to its own containers is the page's business), inside one provider.
 */
export function allWidgets(tags: string[], municipality = 'tuebingen'): string {
  const sections = tags
    .map((tag) => `<section class="slot" data-tag="${tag}">${widgetMarkup(tag)}</section>`)
    .join('\n');
  // No heading before the widgets: hostile CSS resizes headings, and a widget that starts at a
  // fractional offset rounds to a different pixel grid in a screenshot.
  return `<main class="host"><kd-provider municipality="${municipality}">\n${sections}\n</kd-provider></main>`;
}
