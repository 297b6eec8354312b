// Shared by the concern form's browser tests (excluded from the build): finding things in its
// shadow root and filling it in the way a person would.
import type { KdConcernForm } from './kd-concern-form.js';

/** The first element in the widget's shadow root that matches. */
export function $(el: Element, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

/** Sets a control's value as typing would, firing `input`. */
export function type(el: KdConcernForm, selector: string, value: string): void {
  const control = $(el, selector) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

export const TITLE = 'Weg zur Bushaltestelle ist abends dunkel';

/** A concern that passes every check: kind, topic, title and description. */
export async function fillValid(el: KdConcernForm, title = TITLE): Promise<void> {
  ($(el, 'input[name=kind][value=concern]') as HTMLInputElement).click();
  type(el, '#topic', 'mobilitaet');
  type(el, '#title', title);
  type(el, '#description', 'Zwischen der Unterkunft und der Haltestelle fehlt eine Laterne.');
  await el.updateComplete;
}
