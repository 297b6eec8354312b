/**
 * The location map, loaded with a dynamic `import()` when the person asks for it: Leaflet (the
 * same chunk as the results map's), the panel around the map and its styles.
 */
export { createPickerMap, type PickerMap } from './picker-map.js';
export { renderPickerPanel } from './picker-panel.js';
export { laterMessages } from '../later/messages/index.js';
