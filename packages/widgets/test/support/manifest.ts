import { readFileSync } from 'node:fs';
import { MANIFEST_FILE } from './paths.js';

interface Manifest {
  modules: { path: string; exports?: { kind: string; name: string }[] }[];
}

/**
 * Every tag the package defines, from custom-elements.json (the `custom-element-definition`
 * exports of src/define/*), sorted. The tests cover each, so a new widget is covered unasked.
 */
export function definedTags(): string[] {
  const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as Manifest;
  const tags = manifest.modules
    .filter((module) => module.path.startsWith('src/define/'))
    .flatMap((module) => module.exports ?? [])
    .filter((entry) => entry.kind === 'custom-element-definition')
    .map((entry) => entry.name);
  return [...new Set(tags)].sort();
}

/** Tags that render something of their own (the provider only passes configuration down). */
export function widgetTags(): string[] {
  return definedTags().filter((tag) => tag !== 'kd-provider');
}
