import type { DialogEvent, EventSummary, Registration } from '@kommunaldialog/sdk';
import { KdEvent } from '../shared/events.js';

/** Detail of {@link KdEventSelectEvent}. */
export interface EventSelectDetail {
  /**
   * The event as the calendar lists it: a summary (no description, organizer, address or access
   * notes; `events.get(event.id)` has them), or the whole event when `openEvent()` opened it.
   */
  event: EventSummary;
  /** Start of the chosen occurrence (differs from `event.start` for a recurring event). */
  start: string;
  end: string;
}

/** The detail view of an event was opened. */
export class KdEventSelectEvent extends KdEvent<EventSelectDetail> {
  static readonly eventName = 'kd-event-select';
  constructor(detail: EventSelectDetail) {
    super(KdEventSelectEvent.eventName, detail);
  }
}

/** Detail of {@link KdRangeChangeEvent}. */
export interface RangeChangeDetail {
  /** First instant shown (ISO with Berlin offset). */
  from: string;
  /** First instant no longer shown. */
  to: string;
  view: 'month' | 'list' | 'compact';
}

/** The calendar now shows another range (month navigation, view change). */
export class KdRangeChangeEvent extends KdEvent<RangeChangeDetail> {
  static readonly eventName = 'kd-range-change';
  constructor(detail: RangeChangeDetail) {
    super(KdRangeChangeEvent.eventName, detail);
  }
}

/** Detail of {@link KdRegistrationEvent}. */
export interface RegistrationDetail {
  event: DialogEvent;
  /** `status` says whether the place is confirmed or on the waiting list. */
  registration: Registration;
}

/** A registration went through (confirmed or waitlisted). */
export class KdRegistrationEvent extends KdEvent<RegistrationDetail> {
  static readonly eventName = 'kd-registration';
  constructor(detail: RegistrationDetail) {
    super(KdRegistrationEvent.eventName, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'kd-event-select': KdEventSelectEvent;
    'kd-range-change': KdRangeChangeEvent;
    'kd-registration': KdRegistrationEvent;
  }
}
