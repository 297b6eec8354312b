// FullCalendar as a page would use it for a month grid and a list: core + daygrid + list.
export { Calendar } from '@fullcalendar/core';
export { default as dayGridPlugin } from '@fullcalendar/daygrid';
export { default as listPlugin } from '@fullcalendar/list';
