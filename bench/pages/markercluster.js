// Leaflet + Leaflet.markercluster on the same recorded results as kd-results-map: parse the
// same response texts (the summary pages the widget lists: same points, same bytes), one marker
// per result (at its point, or its area's centroid), then `addLayers` with `chunkedLoading` (the
// plug-in's advice for large sets), no tiles and no animations (the widget runs with reduced
// motion here too). Done when every chunk is in and clusters are on screen.
import { loadRecording, measure, nextFrame, recordedBodies, waitFor } from './harness.js';
import { drag } from './leaflet-gestures.js';

const container = document.getElementById('map');
let L;
let bodies;
let map;

function pointOf(geometry) {
  if (geometry.type === 'Point') return geometry.coordinates;
  const ring = geometry.coordinates[0];
  let lng = 0;
  let lat = 0;
  for (const [x, y] of ring) {
    lng += x;
    lat += y;
  }
  return [lng / ring.length, lat / ring.length];
}

const drawnCount = () => container.querySelectorAll('.marker-cluster, .bench-marker').length;
const signature = () =>
  [...container.querySelectorAll('.marker-cluster span')].map((s) => s.textContent).join(',') +
  `/${drawnCount()}`;

window.bench = {
  async prepare({ recording, width, height }) {
    // The same map size as the widget's map in this run.
    container.style.width = `${width}px`;
    container.style.height = `${height}px`;
    ({ default: L } = await import('/work/peers/leaflet-markercluster.js'));
    bodies = recordedBodies(await loadRecording(recording), '/v1/results');
  },

  async firstRender() {
    let count = 0;
    let group;
    const result = await measure('markercluster:data-to-clusters', async () => {
      const icon = L.divIcon({ className: 'bench-marker', iconSize: [12, 12] });
      const markers = [];
      const bounds = L.latLngBounds([]);
      for (const body of bodies) {
        for (const result of JSON.parse(body).items) {
          const [lng, lat] = pointOf(result.geometry);
          const latlng = L.latLng(lat, lng);
          bounds.extend(latlng);
          markers.push(L.marker(latlng, { icon, title: result.title }));
        }
      }
      count = markers.length;
      map = L.map(container, {
        zoomAnimation: false,
        fadeAnimation: false,
        markerZoomAnimation: false,
        maxZoom: 18,
      });
      map.fitBounds(bounds, { animate: false, padding: [24, 24], maxZoom: 15 });
      await new Promise((resolve) => {
        group = L.markerClusterGroup({
          chunkedLoading: true,
          animate: false,
          chunkProgress: (processed, total) => {
            if (processed === total) resolve();
          },
        });
        // On the map first: only then does `addLayers` load in chunks.
        map.addLayer(group);
        group.addLayers(markers);
        if (markers.length === 0) resolve();
      });
      await waitFor(() => container.querySelector('.marker-cluster') !== null, [container]);
      await nextFrame();
    });
    // Every marker is in the cluster tree (a check that the load really finished).
    return {
      ...result,
      drawn: drawnCount(),
      points: count,
      clustered: group._topClusterLevel.getChildCount(),
    };
  },

  async zoomIn() {
    const button = container.querySelector('.leaflet-control-zoom-in');
    const before = signature();
    const result = await measure('markercluster:zoom', async () => {
      button.click();
      await nextFrame();
      for (let i = 0; i < 100 && signature() === before; i++) await nextFrame();
    });
    return { ...result, drawn: drawnCount() };
  },

  async pan() {
    const result = await drag(container, container.querySelector('.leaflet-map-pane'), 'markercluster:pan');
    return { ...result, drawn: drawnCount() };
  },
};
