// FullCalendar dayGridMonth on the same recorded API answers as kd-event-calendar (the pages
// in summary form, `fields=summary`, as the widget asks for them): the timed part starts from
// the same response texts (JSON.parse and mapping included, as the widget's SDK parses and
// validates them), shows at most three events a day like the widget, and the filter swaps the
// event source for the events of one topic.
import { loadRecording, measure, nextFrame, recordedBodies, waitFor } from './harness.js';

const stage = document.getElementById('stage');
let FullCalendar;
let bodies;
let calendar;
let events;

const toFc = (e) => ({
  id: e.id,
  title: e.title,
  start: e.start,
  end: e.end,
  extendedProps: { topics: e.topics },
});

/** Something on screen that depends on the events shown (counts of events and "+N more" links). */
function signature() {
  const more = [...stage.querySelectorAll('.fc-daygrid-more-link')].map((a) => a.textContent).join('|');
  return `${stage.querySelectorAll('.fc-daygrid-event').length}:${more}`;
}

window.bench = {
  async prepare({ recording }) {
    FullCalendar = await import('/work/peers/fullcalendar.js');
    const rec = await loadRecording(recording);
    // The unfiltered month, page by page, exactly as the widget received it.
    bodies = recordedBodies(rec, '/v1/events', (url) => !url.searchParams.has('topic'));
  },

  async firstRender() {
    const { Calendar, dayGridPlugin, listPlugin } = FullCalendar;
    let initialDate;
    const result = await measure('fullcalendar:first-render', async () => {
      events = bodies.flatMap((body) => JSON.parse(body).items).map(toFc);
      initialDate = events[Math.floor(events.length / 2)]?.start;
      calendar = new Calendar(stage, {
        plugins: [dayGridPlugin, listPlugin],
        initialView: 'dayGridMonth',
        initialDate,
        dayMaxEvents: 3,
        height: 'auto',
        events,
      });
      calendar.render();
      await waitFor(() => stage.querySelector('.fc-daygrid-event') !== null, [stage]);
      await nextFrame();
    });
    return { ...result, events: events.length };
  },

  async filter(topic) {
    const before = signature();
    let shown = 0;
    const result = await measure('fullcalendar:filter', async () => {
      const filtered = events.filter((e) => e.extendedProps.topics.includes(topic));
      shown = filtered.length;
      calendar.batchRendering(() => {
        calendar.removeAllEvents();
        calendar.addEventSource(filtered);
      });
      await nextFrame();
      // FullCalendar may render on a later frame: wait (bounded) until the screen changed.
      for (let i = 0; i < 100 && signature() === before; i++) await nextFrame();
    });
    return { ...result, announced: `${shown} events` };
  },
};
