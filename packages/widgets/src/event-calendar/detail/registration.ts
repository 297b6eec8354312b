import {
  fieldErrorKind,
  isKommunaldialogError,
  type DialogEvent,
  type Registration,
  type RegistrationRequest,
} from '@kommunaldialog/sdk';
import type { RegistrationsResource } from '@kommunaldialog/sdk/resources';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { renderError } from '../../shared/states.js';
import { heading } from '../view-context.js';
import type { DetailContext } from './event-detail.js';

/** Fields of the form, as the SDK's `RegistrationRequest` names them. */
const FIELDS = ['name', 'email', 'phone', 'people', 'consent'] as const;
type Field = (typeof FIELDS)[number];

/** A fresh key for the `Idempotency-Key` header; `randomUUID` exists only on https pages. */
function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

function problemCode(error: unknown): string | undefined {
  const type = (error as { problem?: { type?: string } }).problem?.type;
  return type?.slice(type.lastIndexOf('/') + 1);
}

export interface RegistrationHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * State of one registration attempt. The idempotency key is made at the first submission and
 * kept until it succeeds: the SDK's own retries and the person's "Erneut versuchen" send the
 * same key, so a request that was stored but whose answer got lost is replayed, never stored
 * twice.
 */
export class RegistrationController implements ReactiveController {
  eventId: string | undefined;
  /**
   * Keys of attempts whose outcome is unknown, by event. They outlive a closed dialog: whoever
   * comes back and sends the same form gets the stored registration replayed, not a second one.
   */
  private readonly keys = new Map<string, string>();
  sending = false;
  result: Registration | undefined;
  error: unknown;
  fieldErrors = new Map<Field, string>();
  private abort: AbortController | undefined;

  constructor(
    private readonly host: RegistrationHost,
    private readonly done: (event: DialogEvent, registration: Registration) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.reset();
  }

  /** Forgets everything (another event, or the dialog closed); an unfinished request is dropped. */
  reset(eventId?: string): void {
    this.abort?.abort();
    this.abort = undefined;
    this.eventId = eventId;
    this.sending = false;
    this.result = undefined;
    this.error = undefined;
    this.fieldErrors = new Map();
  }

  async submit(registrations: RegistrationsResource, event: DialogEvent, form: HTMLFormElement, language: string): Promise<void> {
    if (this.sending) return;
    if (this.eventId !== event.id) this.reset(event.id);
    const data = new FormData(form);
    const text = (name: Field): string | undefined => {
      const value = String(data.get(name) ?? '');
      return value.trim() === '' ? undefined : value.trim();
    };
    const request = {
      name: String(data.get('name') ?? ''),
      people: Number(data.get('people') || 1),
      consent: data.get('consent') === 'on',
      language,
      ...(text('email') ? { email: text('email') } : {}),
      ...(text('phone') ? { phone: text('phone') } : {}),
    } as RegistrationRequest;
    const key = this.keys.get(event.id) ?? newKey();
    this.keys.set(event.id, key);
    this.sending = true;
    this.error = undefined;
    this.fieldErrors = new Map();
    this.abort = new AbortController();
    const signal = this.abort.signal;
    this.host.requestUpdate();
    try {
      const registration = await registrations.create(event.id, request, { idempotencyKey: key, signal });
      this.result = registration;
      this.keys.delete(event.id);
      this.done(event, registration);
    } catch (error) {
      if (signal.aborted) return;
      const fields = isKommunaldialogError(error) && error.code === 'validation' ? (error as { fieldErrors?: { path: string; code: string }[] }).fieldErrors : undefined;
      const known = fields?.filter((f) => (FIELDS as readonly string[]).includes(f.path.split('.')[0]!)) ?? [];
      if (known.length > 0) {
        // Rejected before it was stored: the next attempt is a new one.
        this.keys.delete(event.id);
        for (const f of known) {
          const field = f.path.split('.')[0] as Field;
          if (!this.fieldErrors.has(field)) this.fieldErrors.set(field, f.code);
        }
        // The schema checks "e-mail or phone" only once every field is valid; say it now, not one round later.
        if (!request.email && !request.phone && !this.fieldErrors.has('email') && !this.fieldErrors.has('phone')) {
          this.fieldErrors.set('email', 'email_or_phone_required');
        }
      } else {
        this.error = error;
      }
    } finally {
      if (!signal.aborted) {
        this.sending = false;
        this.host.requestUpdate();
        await this.host.updateComplete;
        this.focusFeedback();
      }
    }
  }

  /** After an answer, focus goes where the person has to look: the first wrong field, or the message. */
  private focusFeedback(): void {
    const root = this.host.renderRoot;
    const first = FIELDS.find((f) => this.fieldErrors.has(f));
    // A failure keeps focus on the submit button (never disabled, so focus is not lost); its alert is announced.
    const target = first ? root.querySelector<HTMLElement>(`#reg-${first}`) : root.querySelector<HTMLElement>('.registration__result, p.kd-error');
    target?.focus();
  }
}

function fieldMessage(ctx: DetailContext, field: Field, code: string): string {
  const kind = fieldErrorKind(code);
  if (field === 'consent') return ctx.d('errorConsent');
  if (field === 'people') return ctx.d('errorPeople');
  if (kind === 'email_or_phone_required') return ctx.d('errorEmailOrPhone');
  if (kind === 'required' || kind === 'too_short') return ctx.d('errorRequired');
  if (kind === 'too_long') return ctx.d('errorTooLong', { max: code.split(':')[1] ?? '' });
  if (field === 'email') return ctx.d('errorEmail');
  if (field === 'phone') return ctx.d('errorPhone');
  return ctx.d('errorInvalid');
}

/** Seats left, deadline, and whether a form or a waitlist is offered. */
function availability(ctx: DetailContext, event: DialogEvent, now: number): { open: boolean; waitlist: boolean; lines: string[] } {
  const r = event.registration;
  const lines: string[] = [];
  const full = r.remaining === 0;
  if (r.remaining !== undefined && !full) lines.push(ctx.d('placesLeft', { count: r.remaining }));
  if (full) lines.push(r.waitlist ? ctx.d('waitlistOffered') : ctx.d('fullyBooked'));
  const closed =
    event.status === 'cancelled' ||
    Date.parse(event.end) <= now ||
    (r.deadline !== undefined && Date.parse(r.deadline) < now);
  if (closed) lines.push(ctx.d('registrationClosed'));
  else if (r.deadline) lines.push(ctx.d('deadline', { date: ctx.fmt.dateTime(r.deadline, 'long') }));
  return { open: !closed && (!full || r.waitlist), waitlist: full && r.waitlist, lines };
}

function input(
  ctx: DetailContext,
  c: RegistrationController,
  field: Exclude<Field, 'consent'>,
  label: string,
  attrs: { type: string; autocomplete: string; required?: boolean; hint?: string },
): TemplateResult {
  const code = c.fieldErrors.get(field);
  const describedBy = [attrs.hint ? 'reg-contact-hint' : '', code ? `reg-${field}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field">
    <label for="reg-${field}">${label}</label>
    <input
      id="reg-${field}"
      name=${field}
      type=${attrs.type}
      autocomplete=${attrs.autocomplete}
      ?required=${attrs.required ?? false}
      min=${field === 'people' ? '1' : nothing}
      max=${field === 'people' ? '10' : nothing}
      value=${field === 'people' ? '1' : nothing}
      aria-invalid=${code ? 'true' : nothing}
      aria-describedby=${describedBy || nothing}
    />
    ${code ? html`<p class="field__error" id="reg-${field}-error">${fieldMessage(ctx, field, code)}</p>` : nothing}
  </div>`;
}

/** Refusals the API explains with a code get their own words; anything else the shared error state. */
function failure(ctx: DetailContext, error: unknown, retry: () => void): TemplateResult {
  const code = problemCode(error);
  if (code === 'event_full') return html`<p class="kd-error" role="alert" tabindex="-1">${ctx.d('errorEventFull')}</p>`;
  if (code === 'registration_closed' || code === 'event_past' || code === 'event_cancelled') {
    return html`<p class="kd-error" role="alert" tabindex="-1">${ctx.d('registrationClosed')}</p>`;
  }
  return renderError(error, retry);
}

export interface RegistrationViewOptions {
  event: DialogEvent;
  now: number;
  submit(form: HTMLFormElement): void;
  /** Sends the form again after a failure, with the same idempotency key. */
  retry(): void;
}

/**
 * The registration part of the detail view: availability, and where registration is open a
 * short form (name, e-mail or phone, people, consent); afterwards, whether the place is
 * confirmed or on the waiting list. Errors the SDK's schema finds are shown at their fields.
 */
export function renderRegistration(ctx: DetailContext, c: RegistrationController, o: RegistrationViewOptions): TemplateResult | typeof nothing {
  const { event } = o;
  if (!event.registration.required) return nothing;
  const info = availability(ctx, event, o.now);
  const result = c.eventId === event.id ? c.result : undefined;
  const errors = c.fieldErrors.size;
  const onSubmit = (e: SubmitEvent): void => {
    e.preventDefault();
    o.submit(e.currentTarget as HTMLFormElement);
  };
  return html`<section class="registration" part="registration" aria-labelledby="reg-title">
    ${heading(3, ctx.d('registration'), { id: 'reg-title' })}
    ${info.lines.map((line) => html`<p>${line}</p>`)}
    ${result
      ? html`<p class="registration__result" role="status" tabindex="-1" data-status=${result.status}>
          ${result.status === 'confirmed'
            ? ctx.d('confirmed', { count: result.people })
            : ctx.d('waitlisted', { position: String(result.waitlistPosition ?? '') })}
        </p>`
      : info.open
        ? html`<form class="registration__form" novalidate @submit=${onSubmit}>
            ${errors > 0 ? html`<p class="registration__summary" role="alert">${ctx.d('fixErrors', { count: errors })}</p>` : nothing}
            ${input(ctx, c, 'name', ctx.d('name'), { type: 'text', autocomplete: 'name', required: true })}
            <p id="reg-contact-hint" class="hint">${ctx.d('contactHint')}</p>
            ${input(ctx, c, 'email', ctx.d('email'), { type: 'email', autocomplete: 'email', hint: 'contact' })}
            ${input(ctx, c, 'phone', ctx.d('phone'), { type: 'tel', autocomplete: 'tel', hint: 'contact' })}
            ${input(ctx, c, 'people', ctx.d('people'), { type: 'number', autocomplete: 'off', required: true })}
            <div class="field field--check">
              <input
                id="reg-consent"
                name="consent"
                type="checkbox"
                required
                aria-invalid=${c.fieldErrors.has('consent') ? 'true' : nothing}
                aria-describedby=${c.fieldErrors.has('consent') ? 'reg-consent-error' : nothing}
              />
              <label for="reg-consent">${ctx.d('consent')}</label>
              ${c.fieldErrors.has('consent')
                ? html`<p class="field__error" id="reg-consent-error">${ctx.d('errorConsent')}</p>`
                : nothing}
            </div>
            ${c.error !== undefined && c.eventId === event.id ? failure(ctx, c.error, o.retry) : nothing}
            <button type="submit" class="kd-button" aria-disabled=${c.sending ? 'true' : nothing}>
              ${c.sending ? ctx.d('sending') : info.waitlist ? ctx.d('joinWaitlist') : ctx.d('register')}
            </button>
          </form>`
        : nothing}
  </section>`;
}
