// Shared by the engine's browser tests (excluded from the build): a map engine on its own,
// without the widget, in a shadow root like the widget's, with plain labels to read back.
import type { MapEngine, MapLabels } from './engine.js';
import { createMapEngine } from './engine.js';

/** Labels that say the numbers plainly: a cluster is `"<total>, <done>"`. */
export const TEST_LABELS: MapLabels = {
  map: 'Karte',
  status: (s) => s,
  marker: (r) => `${r.title}, ${r.status}`,
  area: (r) => `${r.title}, ${r.status}, ungefähr`,
  cluster: (c, total) => `${total}, ${c.done}`,
  count: String,
  group: (name) => name,
};

/** Runs `use` with an engine in a 600 × 400 px container in a fresh shadow root; cleans up after. */
export async function withEngine(
  use: (engine: MapEngine, root: ShadowRoot) => Promise<void> | void,
): Promise<void> {
  const host = document.body.appendChild(document.createElement('div'));
  const root = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  container.style.cssText = 'width: 600px; height: 400px';
  root.append(container);
  const engine = createMapEngine({
    container,
    root,
    tiles: null,
    dir: 'ltr',
    labels: TEST_LABELS,
    helpId: 'help',
    onSelect: () => undefined,
  });
  try {
    await use(engine, root);
  } finally {
    engine.destroy();
    host.remove();
  }
}
