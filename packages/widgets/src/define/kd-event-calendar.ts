import { KdEventCalendar } from '../event-calendar/kd-event-calendar.js';
import { defineElement } from '../shared/define.js';

defineElement('kd-event-calendar', KdEventCalendar);
