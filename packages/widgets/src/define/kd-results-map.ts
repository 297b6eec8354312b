import { KdResultsMap } from '../results-map/kd-results-map.js';
import { defineElement } from '../shared/define.js';

defineElement('kd-results-map', KdResultsMap);
