import { KdConcernForm } from '../concern-form/kd-concern-form.js';
import { defineElement } from '../shared/define.js';

defineElement('kd-concern-form', KdConcernForm);
