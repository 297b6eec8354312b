// Leaflet with Leaflet.markercluster. The plug-in extends the global `L` that Leaflet sets, so
// Leaflet is imported first.
import L from 'leaflet';
import 'leaflet.markercluster';

export default L;
