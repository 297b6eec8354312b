import { KdConcernStatus } from '../concern-status/kd-concern-status.js';
import { defineElement } from '../shared/define.js';

defineElement('kd-concern-status', KdConcernStatus);
