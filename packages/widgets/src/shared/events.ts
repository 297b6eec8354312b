/**
 * Base of every event a widget dispatches: it bubbles and crosses shadow roots, so a page can
 * listen on `document`. Subclass once per event with a `kd-` name and augment
 * `HTMLElementEventMap`.
 *
 * @example
 * export class KdEventSelectEvent extends KdEvent<{ id: string }> {
 *   static readonly eventName = 'kd-event-select';
 *   constructor(detail: { id: string }) { super(KdEventSelectEvent.eventName, detail); }
 * }
 */
export class KdEvent<D> extends Event {
  readonly detail: D;

  constructor(type: `kd-${string}`, detail: D, init: EventInit = {}) {
    super(type, { bubbles: true, composed: true, ...init });
    this.detail = detail;
  }
}
