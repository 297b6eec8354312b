// Embed-code generator (/embed): builds the snippet a municipality pastes into its CMS, with
// `integrity` for the entry file and a modulepreload (with integrity) for every chunk it
// imports, and shows the widget live. No inline script or style and no HTML strings: the page
// runs under the strict CSP (Trusted Types included) it recommends.

const CDN = new URL('/cdn/', location.href);
const AA = 4.5;

/** German names of the widgets we know; a widget added later shows its tag until named here. */
const NAMES = {
  'kd-event-calendar': 'Veranstaltungskalender',
  'kd-concern-form': 'Anliegen-Formular',
  'kd-concern-status': 'Stand eines Anliegens',
  'kd-results-map': 'Ergebnisse auf der Karte',
};

const form = document.getElementById('embed-form');
const widgetSelect = document.getElementById('widget');
const municipalitySelect = document.getElementById('municipality');
const languageSelect = document.getElementById('language');
const bundleCheckbox = document.getElementById('bundle');
const colourInputs = [...document.querySelectorAll('input[type="color"]')];
const preview = document.getElementById('preview');
const snippetArea = document.getElementById('snippet');
const cssBlock = document.getElementById('css-block');
const cssArea = document.getElementById('css');
const status = document.getElementById('copy-status');
const contrast = document.getElementById('contrast');
const cspCode = document.getElementById('csp');

async function loadJson(url) {
  const response = await fetch(url, { credentials: 'omit', headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

function option(value, text) {
  const element = document.createElement('option');
  element.value = value;
  element.textContent = text;
  return element;
}

function say(message) {
  // Clear first, so the same message twice is announced twice.
  status.textContent = '';
  requestAnimationFrame(() => {
    status.textContent = message;
  });
}

// --- Colour contrast (WCAG 2.x relative luminance) -------------------------------------------
function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function ratio(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
const formatRatio = (value) => `${value.toLocaleString('de-DE', { maximumFractionDigits: 1 })} : 1`;

// --- State ----------------------------------------------------------------------------------
function readState() {
  const colours = {};
  for (const input of colourInputs) {
    if (input.value.toLowerCase() !== input.defaultValue.toLowerCase())
      colours[input.name] = input.value.toLowerCase();
  }
  return {
    tag: widgetSelect.value,
    municipality: municipalitySelect.value,
    lang: languageSelect.value,
    bundle: bundleCheckbox.checked,
    colours,
  };
}

/** Settings in the address, so a link to this page reproduces them. */
function writeAddress(state) {
  const params = new URLSearchParams();
  params.set('widget', state.tag);
  if (state.municipality) params.set('municipality', state.municipality);
  if (state.lang) params.set('lang', state.lang);
  if (state.bundle) params.set('bundle', '1');
  for (const [name, value] of Object.entries(state.colours))
    params.set(name.replace('--kd-color-', 'colour-'), value);
  history.replaceState(null, '', `${location.pathname}?${params}`);
}

function readAddress() {
  const params = new URLSearchParams(location.search);
  const pick = (select, value) => {
    if (value !== null && [...select.options].some((o) => o.value === value)) select.value = value;
  };
  pick(widgetSelect, params.get('widget'));
  pick(languageSelect, params.get('lang'));
  bundleCheckbox.checked = params.get('bundle') === '1';
  for (const input of colourInputs) {
    const value = params.get(input.name.replace('--kd-color-', 'colour-'));
    if (value && /^#[0-9a-f]{6}$/i.test(value)) input.value = value;
  }
  return params.get('municipality');
}

// --- Output ---------------------------------------------------------------------------------
function attributes(state) {
  const list = [];
  if (state.municipality) list.push(['municipality', state.municipality]);
  if (state.lang) list.push(['lang', state.lang]);
  return list;
}

function snippet(state, sri, imports) {
  const file = state.bundle ? 'kommunaldialog.js' : `${state.tag}.js`;
  const attrs = attributes(state)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  const lines = [`<!-- Kommunaldialog: ${NAMES[state.tag] ?? state.tag} -->`];
  for (const chunk of imports[file] ?? []) {
    lines.push(
      `<link rel="modulepreload" href="${new URL(chunk, CDN)}" integrity="${sri[chunk]}" crossorigin="anonymous">`,
    );
  }
  lines.push(
    `<script type="module" src="${new URL(file, CDN)}" integrity="${sri[file]}" crossorigin="anonymous"></script>`,
  );
  lines.push(`<${state.tag}${attrs}></${state.tag}>`);
  return lines.join('\n');
}

function css(state) {
  const entries = Object.entries(state.colours);
  if (entries.length === 0) return '';
  return `${state.tag} {\n${entries.map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}`;
}

function csp() {
  const origin = CDN.origin;
  return [
    `script-src 'self' ${origin}`,
    `connect-src 'self' ${origin}`,
    `img-src 'self' data: https://sgx.geodatenzentrum.de`,
    `require-trusted-types-for 'script'`,
    `trusted-types lit-html kommunaldialog`,
  ].join('; ');
}

function showContrast() {
  const [primary, text, surface] = colourInputs.map((input) => input.value);
  const textRatio = ratio(text, surface);
  const primaryRatio = ratio(primary, surface);
  const ok = textRatio >= AA && primaryRatio >= AA;
  contrast.textContent =
    `Kontrast Text/Hintergrund ${formatRatio(textRatio)}, Akzent/Hintergrund ${formatRatio(primaryRatio)}: ` +
    (ok
      ? 'erfüllt WCAG AA (mindestens 4,5 : 1).'
      : 'unter 4,5 : 1 – für WCAG AA zu gering, bitte dunkler oder heller wählen.');
  contrast.classList.toggle('contrast--low', !ok);
}

let current;
function showPreview(state) {
  if (!current || current.localName !== state.tag) {
    current?.remove();
    current = document.createElement(state.tag);
    preview.replaceChildren(current);
  }
  for (const name of ['municipality', 'lang']) current.removeAttribute(name);
  for (const [name, value] of attributes(state)) current.setAttribute(name, value);
  // CSSOM, not a style attribute: allowed under style-src 'self'.
  for (const input of colourInputs) current.style.removeProperty(input.name);
  for (const [name, value] of Object.entries(state.colours)) current.style.setProperty(name, value);
}

function rows(area) {
  area.rows = Math.max(3, area.value.split('\n').length);
}

async function copy(area, label) {
  try {
    await navigator.clipboard.writeText(area.value);
  } catch {
    // No clipboard permission: select the text, so Ctrl+C copies it.
    area.focus();
    area.select();
    say(`${label} ist markiert: mit Strg+C (⌘+C) kopieren.`);
    return;
  }
  say(`${label} kopiert.`);
}

// --- Start ----------------------------------------------------------------------------------
async function start() {
  let sri;
  let imports;
  try {
    [sri, imports] = await Promise.all([
      loadJson(new URL('sri.json', CDN)),
      loadJson(new URL('imports.json', CDN)),
    ]);
  } catch {
    say('Die Widget-Dateien wurden nicht gefunden. Bitte zuerst „npm run build“ ausführen.');
    return;
  }
  const tags = Object.keys(imports)
    .filter((file) => file !== 'kommunaldialog.js' && file !== 'kd-provider.js')
    .map((file) => file.slice(0, -'.js'.length));
  widgetSelect.replaceChildren(...tags.map((tag) => option(tag, NAMES[tag] ?? tag)));

  const wantedMunicipality = readAddress();
  try {
    const { items } = await loadJson('/v1/municipalities');
    const sorted = [...items].sort((a, b) => a.name.localeCompare(b.name, 'de'));
    municipalitySelect.append(...sorted.map((m) => option(m.id, m.name)));
    municipalitySelect.value = sorted.some((m) => m.id === wantedMunicipality)
      ? wantedMunicipality
      : (sorted.find((m) => m.id === 'tuebingen')?.id ?? '');
  } catch {
    say('Die Kommunen konnten nicht geladen werden; das Widget zeigt dann alle.');
  }

  const update = () => {
    const state = readState();
    showPreview(state);
    snippetArea.value = snippet(state, sri, imports);
    rows(snippetArea);
    cssArea.value = css(state);
    rows(cssArea);
    cssBlock.hidden = cssArea.value === '';
    showContrast();
    writeAddress(state);
  };
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  document.getElementById('reset-colours').addEventListener('click', () => {
    for (const input of colourInputs) input.value = input.defaultValue;
    update();
  });
  document.getElementById('copy-snippet').addEventListener('click', () => copy(snippetArea, 'HTML'));
  document.getElementById('copy-css').addEventListener('click', () => copy(cssArea, 'CSS'));
  cspCode.textContent = csp();
  update();
}

void start();
