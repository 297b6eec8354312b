// Writes the OpenAPI document of the built SDK to dist/openapi.json (or to the path given as the
// first argument). Runs after `tsc -b`, so it reads the compiled schemas, exactly what is published.
import console from 'node:console';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';
import { buildOpenApiDocument } from '../dist/openapi/document.js';

const target = resolve(process.argv[2] ?? fileURLToPath(new URL('../dist/openapi.json', import.meta.url)));
const document = buildOpenApiDocument();
await mkdir(dirname(target), { recursive: true });
await writeFile(target, `${JSON.stringify(document, null, 2)}\n`);
console.log(`OpenAPI ${String(document.openapi)}: ${String(Object.keys(document.paths).length)} paths → ${target}`);
