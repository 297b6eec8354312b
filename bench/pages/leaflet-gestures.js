// A mouse drag on a Leaflet map from inside the page, timed from the release to the next
// painted frame. Events go to the map pane and bubble to the document, as a real pointer's do. The last move happens more than 50 ms before the release, so Leaflet ends
// the drag without inertia and redraws on `moveend` within the release itself.
import { measure, nextFrame } from './harness.js';

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function mouse(type, target, x, y) {
  target.dispatchEvent(
    new MouseEvent(type, {
      bubbles: true,
      cancelable: true,
      composed: true,
      clientX: x,
      clientY: y,
      button: 0,
      buttons: type === 'mouseup' ? 0 : 1,
      view: window,
    }),
  );
}

export async function drag(container, target, name, dx = -300, dy = -150) {
  const box = container.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  mouse('mousedown', target, x, y);
  for (let step = 1; step <= 6; step++) {
    mouse('mousemove', target, x + (dx * step) / 6, y + (dy * step) / 6);
    await nextFrame();
  }
  await pause(120);
  return measure(name, async () => {
    mouse('mouseup', target, x + dx, y + dy);
    await nextFrame();
  });
}
