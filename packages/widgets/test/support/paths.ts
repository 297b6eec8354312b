import { fileURLToPath } from 'node:url';

/** The widgets package. */
export const PACKAGE_DIR = fileURLToPath(new URL('../../', import.meta.url));
/** The CDN build under test: run `npm run build` first. */
export const CDN_DIR = fileURLToPath(new URL('../../dist/cdn/', import.meta.url));
/** Static files of these tests: stylesheets of the host pages. */
export const FIXTURES_DIR = fileURLToPath(new URL('../../test-fixtures/embed/', import.meta.url));
/** Map tiles served from localhost (the map widget's own fixture). */
export const TILES_DIR = fileURLToPath(new URL('../../test-fixtures/tiles/', import.meta.url));
export const MANIFEST_FILE = fileURLToPath(new URL('../../custom-elements.json', import.meta.url));
