// kd-event-calendar, month view: first render from recorded API answers, then a topic filter.
import {
  importWithoutIntl,
  loadRecording,
  measure,
  nextFrame,
  recordResponses,
  serveFromRecording,
  waitFor,
} from './harness.js';

const stage = document.getElementById('stage');
let element;
let stats;

/** The month grid holds events and no day is still a loading skeleton. */
function monthRendered(root) {
  return root.querySelector('.grid .chip') !== null && root.querySelector('.grid .day__skeleton') === null;
}

window.bench = {
  async prepare({ recording }) {
    if (recording) stats = serveFromRecording(await loadRecording(recording));
    else recordResponses();
    // The code is loaded and compiled before the clock starts: these runs time rendering, not downloading.
    await importWithoutIntl(() => import('/cdn/kd-event-calendar.js'));
    await customElements.whenDefined('kd-event-calendar');
  },

  async firstRender() {
    const result = await measure('calendar:first-render', async () => {
      element = document.createElement('kd-event-calendar');
      element.setAttribute('view', 'month');
      stage.append(element);
      await waitFor(() => monthRendered(element.shadowRoot), [element.shadowRoot]);
      await nextFrame();
    });
    return { ...result, events: element.shadowRoot.querySelectorAll('.grid .chip').length };
  },

  /** Ticks one topic in the filter disclosure, as a visitor would; done when the count is announced. */
  async filter(topic) {
    const root = element.shadowRoot;
    const live = root.querySelector('.live');
    const box = root.querySelector(`input[name="topic"][value="${topic}"]`);
    if (!box) throw new Error(`no topic checkbox "${topic}"`);
    live.textContent = '';
    const result = await measure('calendar:filter', async () => {
      box.click();
      await waitFor(() => live.textContent !== '' && monthRendered(root), [root]);
      await nextFrame();
    });
    return {
      ...result,
      announced: live.textContent,
      misses: stats?.misses.length ?? 0,
      hits: stats?.hits ?? 0,
    };
  },
};
