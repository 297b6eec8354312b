// CDN build: rollup over the JavaScript that `tsc -b` emitted into dist/ (no TypeScript in
// rollup, so the compiler API never enters the build), minified, into dist/cdn/.
//
//   kommunaldialog.js       registers every element (imports every dist/define/*.js)
//   <tag>.js                one per dist/define/<tag>.js, found by listing the folder
//   kd-core-<hash>.js       Lit (with whatever else every entry, the provider too, needs)
//   kd-base-<hash>.js       the widget base: KdElement, SDK, i18n runtime (what every widget needs)
//   kd-map-engine-<hash>.js Leaflet (and what only the map needs once it is shown), loaded lazily
//   kd-<name>-<hash>.js     other shared code, split by which entries need it
//   kd-locale-<tag>-<hash>.js  every widget's strings in one non-German locale, loaded on demand
//   kd-<name>.worker-<hash>.js  module workers (`new URL('./x.worker.js', import.meta.url)`)
//   sri.json                sha384 integrity of every other file here
//   imports.json            per entry file, the chunks it imports statically (for modulepreload + integrity)
//   LICENSES.txt            licences of the bundled third-party packages
//
// Lazy imports stay lazy: the map engine (Leaflet, supercluster) and the locales are separate
// chunks that a page downloads only when a map is shown or a language is chosen.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { minifyCssText } from './scripts/minify-css.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const distDir = join(root, 'dist');
const defineDir = join(distDir, 'define');
const outDir = join(distDir, 'cdn');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Every tag with a define file, e.g. `kd-event-calendar` (tests are not emitted by tsc). */
export function definedTags() {
  if (!existsSync(defineDir)) throw new Error('dist/define is missing: run `tsc -b` before rollup.');
  return readdirSync(defineDir)
    .filter((file) => file.endsWith('.js') && !file.includes('.test.'))
    .map((file) => file.slice(0, -'.js'.length))
    .sort();
}

const ALL_ENTRY = '\0kommunaldialog-all';
const LAZY_LOCALES = ['en', 'ar', 'fa', 'uk', 'tr', 'de-x-ls'];
const localeModule = new RegExp(`[\\\\/]messages[\\\\/](${LAZY_LOCALES.join('|')})\\.js$`);

/** `kommunaldialog.js`: a module that imports every define file, so a new widget needs no config. */
function allElementsEntry(tags) {
  return {
    name: 'kommunaldialog-all',
    resolveId: (id) => (id === ALL_ENTRY ? id : null),
    load(id) {
      if (id !== ALL_ENTRY) return null;
      return tags.map((tag) => `import ${JSON.stringify(join(defineDir, `${tag}.js`))};`).join('\n');
    },
  };
}

/**
 * Zod keeps its config and schema registry on `globalThis.__zod_global*` so that copies of zod
 * share them. On a host page that is two globals we promised not to add, and a channel through
 * which the page's own zod could change how the widgets validate. In the CDN files those
 * objects stay private to the bundle; the npm build leaves zod as it is.
 */
function confineZodGlobals() {
  const zodModule = /[\\/]node_modules[\\/]zod[\\/]/;
  return {
    name: 'confine-zod-globals',
    transform(code, id) {
      if (!zodModule.test(id) || !code.includes('__zod_global')) return null;
      const confined = code
        .replace(/\(_a = globalThis\)\.(__zod_global\w+)/g, '(_a = __kdZodScope).$1')
        .replace(/globalThis\.(__zod_global\w+)/g, '__kdZodScope.$1');
      if (/globalThis\.__zod_global/.test(confined)) this.error(`unexpected use of zod globals in ${id}`);
      return { code: `const __kdZodScope = {};\n${confined}`, map: null };
    },
  };
}

/**
 * `new URL('./x.worker.js', import.meta.url)` (for `new Worker(…)`): rollup leaves such URLs
 * alone, so the file would be missing from dist/cdn. Emit each as a chunk of its own (it may
 * share chunks with the page) and point the URL at it. A URL naming a file that does not exist
 * (the `.ts` branch for source served by the dev server) stays as it is.
 */
function moduleUrlChunks() {
  const moduleUrl = /new URL\((['"])(\.{1,2}\/[^'"]+\.js)\1,\s*import\.meta\.url\)/g;
  return {
    name: 'module-url-chunks',
    transform(code, id) {
      if (!code.includes('import.meta.url')) return null;
      let changed = false;
      const out = code.replace(moduleUrl, (match, _quote, path) => {
        const file = resolve(dirname(id), path);
        if (!existsSync(file)) return match;
        changed = true;
        const ref = this.emitFile({ type: 'chunk', id: file, name: basename(file, '.js') });
        return `new URL(import.meta.ROLLUP_FILE_URL_${ref})`;
      });
      return changed ? { code: out, map: null } : null;
    },
  };
}

/**
 * Leaflet probes for inline SVG when its module is evaluated, by assigning `innerHTML` — a
 * Trusted Types violation on pages that enforce them, before our code runs. Every browser the
 * widgets support has inline SVG: the probe becomes its answer. The build fails if Leaflet
 * changes shape, rather than silently shipping the probe.
 */
function leafletWithoutHtmlProbe() {
  // The widgets import Leaflet's source modules (src/results-map/map/leaflet.ts); the probe sits in
  // src/core/Browser.js there, and in the one-file ES build should anything import that instead.
  const leaflet = /[\\/]node_modules[\\/]leaflet[\\/](src[\\/]core[\\/]Browser|dist[\\/]leaflet-src\.esm)\.js$/;
  const probe =
    /var inlineSvg = !!(svg(?:\$1)?) && \(function \(\) \{\s*var div = document\.createElement\('div'\);\s*div\.innerHTML = '<svg\/>';[\s\S]*?\}\)\(\);/;
  return {
    name: 'leaflet-without-html-probe',
    transform(code, id) {
      if (!leaflet.test(id)) return null;
      if (!probe.test(code))
        this.error(
          'Leaflet changed: its inline-SVG probe (innerHTML) was not found; review leafletWithoutHtmlProbe().',
        );
      return { code: code.replace(probe, 'var inlineSvg = !!$1;'), map: null };
    },
  };
}

/** Package folder (inside node_modules) of a bundled module, or undefined for our own code. */
function packageDirOf(id) {
  const parts = id.split(sep);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) return undefined;
  const scoped = parts[at + 1]?.startsWith('@');
  return parts.slice(0, at + (scoped ? 3 : 2)).join(sep);
}

/**
 * Writes sri.json, imports.json and LICENSES.txt from the finished bundle. `entries`: names of
 * the CDN entry files (emitted worker chunks are entries to rollup, not to a page).
 */
function cdnManifests(entries) {
  return {
    name: 'cdn-manifests',
    generateBundle(_options, bundle) {
      const licences = new Map();
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        for (const id of Object.keys(file.modules)) {
          const dir = packageDirOf(id);
          if (!dir || licences.has(dir)) continue;
          const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
          const licenceFile = readdirSync(dir).find((name) => /^licen[sc]e(\.md|\.txt)?$/i.test(name));
          const text = licenceFile
            ? readFileSync(join(dir, licenceFile), 'utf8').trim()
            : `License: ${meta.license}`;
          licences.set(dir, `${meta.name} ${meta.version} (${meta.license})\n\n${text}`);
        }
      }
      const licenceText = [
        `${pkg.name} ${pkg.version} (${pkg.license}) bundles:`,
        ...[...licences.values()].sort(),
      ].join(`\n\n${'-'.repeat(72)}\n\n`);
      this.emitFile({ type: 'asset', fileName: 'LICENSES.txt', source: `${licenceText}\n` });

      // A locale module that imports runtime code (`import de from './de.js'`) drags that code
      // into its locale chunk, and the locale chunk into every page: refuse to build that.
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || !file.isEntry) continue;
        const eager = [...closureOf(bundle, file.fileName)].filter((name) => name.startsWith('kd-locale-'));
        if (eager.length > 0) {
          const culprits = eager.flatMap((name) =>
            Object.keys(bundle[name].modules).filter((id) => !localeModule.test(id)),
          );
          this.error(
            `${file.fileName} loads ${eager.join(', ')} eagerly: a locale module imports runtime code (${culprits.map((id) => relativeToRoot(id)).join(', ')}). ` +
              'Locale files may import types only (`import type de from "./de.js"`).',
          );
        }
      }

      const imports = {};
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && file.isEntry && entries.has(file.name))
          imports[file.fileName] = [...closureOf(bundle, file.fileName)].sort();
      }
      this.emitFile({
        type: 'asset',
        fileName: 'imports.json',
        source: `${JSON.stringify(sortKeys(imports), null, 2)}\n`,
      });

      const sri = {};
      for (const file of Object.values(bundle)) {
        const body = file.type === 'chunk' ? file.code : file.source;
        sri[file.fileName] = `sha384-${createHash('sha384').update(body).digest('base64')}`;
      }
      this.emitFile({
        type: 'asset',
        fileName: 'sri.json',
        source: `${JSON.stringify(sortKeys(sri), null, 2)}\n`,
      });
    },
  };
}

/** Every chunk `fileName` imports statically, directly or through other chunks. */
function closureOf(bundle, fileName, seen = new Set()) {
  for (const dep of bundle[fileName].imports) {
    if (seen.has(dep)) continue;
    seen.add(dep);
    closureOf(bundle, dep, seen);
  }
  return seen;
}

function relativeToRoot(id) {
  return id.startsWith(root) ? id.slice(root.length + 1) : id;
}

/**
 * Chunk names that say what is inside: `kd-core-<hash>.js` holds Lit, `kd-base-<hash>.js` the
 * widget base, `kd-map-engine-<hash>.js` Leaflet. Others keep rollup's name (their first module).
 */
function chunkFileName(chunk) {
  const ids = chunk.moduleIds;
  if (ids.some((id) => /[\\/]node_modules[\\/]leaflet[\\/]/.test(id))) return 'kd-map-engine-[hash].js';
  if (ids.some((id) => /[\\/]node_modules[\\/]lit-html[\\/]lit-html\.js$/.test(id)))
    return 'kd-core-[hash].js';
  if (ids.some((id) => id === join(distDir, 'shared', 'kd-element.js'))) return 'kd-base-[hash].js';
  return 'kd-[name]-[hash].js';
}

/**
 * Terser leaves the insides of `html\`…\`` and `css\`…\`` alone; their indentation and comments
 * were about a tenth of every widget's gzip bytes. In templates whitespace is collapsed, never
 * removed (`conservativeCollapse`): text beside an expression keeps its space. Only our own code:
 * Lit's and Leaflet's files hold no templates of ours.
 */
function templateLiteralsMinified() {
  return minifyHtmlLiterals({
    include: [`${distDir.split(sep).join('/')}/**/*.js`],
    failOnError: true,
    options: { minifyOptions: { conservativeCollapse: true, minifyCSS: minifyCssText } },
  });
}

/**
 * A locale file becomes the list of its values in the order of the German keys
 * (`CompactMessages`, read back by `defineMessages`): the key names were about a quarter of each
 * locale chunk's gzip bytes, and every locale of every widget repeated them. Fails the build when
 * a translation lacks a German key or has one German does not.
 */
function compactLocales() {
  return {
    name: 'compact-locales',
    async transform(_code, id) {
      if (!localeModule.test(id) || !id.startsWith(distDir)) return null;
      const load = async (file) => (await import(pathToFileURL(file).href)).default;
      const [translation, german] = await Promise.all([load(id), load(join(dirname(id), 'de.js'))]);
      const keys = Object.keys(german);
      const missing = keys.filter((key) => !Object.hasOwn(translation, key));
      const extra = Object.keys(translation).filter((key) => !Object.hasOwn(german, key));
      if (missing.length || extra.length)
        this.error(`${id}: missing ${missing.join(', ') || '–'}; not in German: ${extra.join(', ') || '–'}`);
      return { code: `export default ${JSON.stringify(keys.map((key) => translation[key]))};`, map: null };
    },
  };
}

function sortKeys(object) {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => a.localeCompare(b)));
}

/** The rollup options, shared with scripts/check-budget.mjs (which builds in memory). */
export function cdnConfig() {
  const tags = definedTags();
  const input = {
    kommunaldialog: ALL_ENTRY,
    ...Object.fromEntries(tags.map((tag) => [tag, join(defineDir, `${tag}.js`)])),
  };
  return {
    input,
    plugins: [
      allElementsEntry(tags),
      // `production` picks Lit's production build explicitly (also its default): no dev-mode warning.
      nodeResolve({ exportConditions: ['production'], browser: true }),
      confineZodGlobals(),
      leafletWithoutHtmlProbe(),
      moduleUrlChunks(),
      templateLiteralsMinified(),
      compactLocales(),
      cdnManifests(new Set(Object.keys(input))),
    ],
    // No dependency is external: the CDN files are everything a page needs.
    output: {
      dir: outDir,
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: chunkFileName,
      generatedCode: 'es2015',
      // Every widget's strings in one locale together: a language switch is one request.
      manualChunks(id) {
        const match = localeModule.exec(id);
        return match && id.startsWith(distDir) ? `locale-${match[1]}` : undefined;
      },
      banner: (chunk) =>
        chunk.isEntry
          ? `/*! ${pkg.name} ${pkg.version} | ${pkg.license} | third-party licences: LICENSES.txt */`
          : '',
      plugins: [
        terser({
          ecma: 2022,
          module: true,
          toplevel: true,
          compress: { passes: 2 },
          // Keep only our `/*! … */` banner; licence texts are in LICENSES.txt.
          format: { comments: /^!/ },
        }),
      ],
    },
    onwarn(warning, warn) {
      // A comment rollup cannot read as an annotation only costs bytes: say so, do not fail.
      if (warning.code === 'INVALID_ANNOTATION') {
        if (!/node_modules/.test(warning.id ?? '')) warn(warning);
        return;
      }
      // Cycles inside dependencies are theirs; anything else rollup has to say fails the build.
      if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test((warning.ids ?? []).join())) return;
      throw new Error(`rollup: ${warning.message}`);
    },
  };
}

export default () => {
  // Hashed names change with the content: old chunks must not linger (sri.json lists the folder).
  rmSync(outDir, { recursive: true, force: true });
  return cdnConfig();
};
