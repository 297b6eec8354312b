import { KdProvider } from '../provider/kd-provider.js';
import { defineElement } from '../shared/define.js';

defineElement('kd-provider', KdProvider);
