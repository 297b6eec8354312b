// kd-results-map (tiles="none", so no consent is needed): recorded results → clusters on the
// map, then a zoom step and a pan, each up to the next painted frame.
//
// The widget may draw the first page of a large set while the rest loads: data → clusters
// ends when the map accounts for every recorded result (cluster counts plus single markers
// and areas), as markercluster.js ends when its last chunk is in.
import {
  importWithoutIntl,
  loadRecording,
  measure,
  nextFrame,
  recordResponses,
  recordedBodies,
  serveFromRecording,
  waitFor,
} from './harness.js';
import { drag } from './leaflet-gestures.js';

const stage = document.getElementById('stage');
let element;
let stats;
/** Results in the recording: what the map must account for. */
let expected;

const canvasOf = () => element.shadowRoot.querySelector('.map-canvas');
const drawnCount = () => canvasOf()?.querySelectorAll('.kd-cluster, .kd-marker, .kd-area').length ?? 0;
/** Results the map shows: the counts of its clusters plus its single markers and areas. */
function shownCount() {
  const canvas = canvasOf();
  if (!canvas) return 0;
  let total = canvas.querySelectorAll('.kd-marker, path.kd-area').length;
  for (const count of canvas.querySelectorAll('.kd-cluster__count')) {
    total += Number(count.textContent.replace(/\D/g, ''));
  }
  return total;
}

/** Something on screen that changes when the map redraws its clusters. */
const signature = () =>
  [...(canvasOf()?.querySelectorAll('.kd-cluster__count') ?? [])].map((c) => c.textContent).join(',') +
  `/${drawnCount()}`;

window.bench = {
  async prepare({ recording, engine, api }) {
    // Which lazy chunks hold the map (read before fetch answers from the recording only).
    const entry = await (await fetch('/cdn/kd-results-map.js')).text();
    if (recording) {
      const recorded = await loadRecording(recording);
      expected = 0;
      for (const body of recordedBodies(recorded, '/v1/results')) expected += JSON.parse(body).items.length;
      stats = serveFromRecording(recorded);
    } else recordResponses();
    await importWithoutIntl(async () => {
      await import('/cdn/kd-results-map.js');
      // The map engine (Leaflet, supercluster, the widget's map code) is in lazy chunks: load them
      // before the clock starts too, as a visitor's browser has them once a map was shown.
      await import(engine);
      for (const [, file] of entry.matchAll(/import\(["']\.\/(kd-[\w-]*engine[\w-]*\.js)["']\)/g)) await import(`/cdn/${file}`);
    });
    await customElements.whenDefined('kd-results-map');
    this.api = api;
  },

  async firstRender({ municipality }) {
    const result = await measure('map:data-to-clusters', async () => {
      element = document.createElement('kd-results-map');
      element.setAttribute('tiles', 'none');
      element.setAttribute('municipality', municipality);
      if (this.api) element.setAttribute('api', this.api);
      stage.append(element);
      await waitFor(
        () =>
          expected === undefined ? canvasOf()?.querySelector('.kd-cluster') != null : shownCount() === expected,
        [element.shadowRoot],
      );
      await nextFrame();
    });
    const box = canvasOf().getBoundingClientRect();
    return {
      ...result,
      drawn: drawnCount(),
      width: Math.round(box.width),
      height: Math.round(box.height),
      misses: stats?.misses.length ?? 0,
      hits: stats?.hits ?? 0,
    };
  },

  async zoomIn() {
    // Leaflet's zoom control, or the widget's own zoom buttons (the first one zooms in).
    const button = canvasOf().querySelector('.leaflet-control-zoom-in, .map-zoom__button');
    if (!button) throw new Error('no zoom-in button on the map');
    const before = signature();
    const result = await measure('map:zoom', async () => {
      button.click();
      await nextFrame();
      for (let i = 0; i < 100 && signature() === before; i++) await nextFrame();
    });
    return { ...result, drawn: drawnCount() };
  },

  async pan() {
    const canvas = canvasOf();
    const result = await drag(canvas, canvas.querySelector('.leaflet-map-pane'), 'map:pan');
    return { ...result, drawn: drawnCount() };
  },
};
