// Dependencies Vite must bundle before the first story runs. The map engine is imported lazily, so
// Vite would only find Leaflet's source modules when a map story loads them, then re-bundle and
// reload the page in the middle of that story's test. The list is read from the module that
// imports them, so it cannot fall behind.
import { readFileSync } from 'node:fs';

const leafletModule = new URL('../../packages/widgets/src/results-map/map/leaflet.ts', import.meta.url);

export const PREBUNDLED = [
  // One copy of Lit, or @storybook/web-components brings a second lit-html.
  'lit',
  'lit/decorators.js',
  'lit/directive-helpers.js',
  'supercluster',
  ...[...readFileSync(leafletModule, 'utf8').matchAll(/^import [^'\n]*'(leaflet\/src\/[^']+)'/gm)].map(
    (m) => m[1]!,
  ),
];
