// Writes the package version into the built namespace module (dist/shared/namespace.js), which
// the source leaves as a marker: the version lives in package.json only, where changesets bumps it.
import { readFileSync, writeFileSync } from 'node:fs';

const MARKER = "'0.0.0-source'";
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const file = new URL('../dist/shared/namespace.js', import.meta.url);
const code = readFileSync(file, 'utf8');
const stamped = JSON.stringify(pkg.version).replaceAll('"', "'");

if (code.includes(MARKER)) {
  writeFileSync(file, code.replace(MARKER, stamped));
} else if (!code.includes(stamped)) {
  // Neither the marker nor this version: the module changed shape, and the CDN would say the wrong version.
  console.error(`stamp-version: ${MARKER} not found in dist/shared/namespace.js`);
  process.exit(1);
}
