import type { DialogEvent, Registration } from '@kommunaldialog/sdk';
import { registrations, type Http } from '@kommunaldialog/sdk/resources';
import type { TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { resourcesPerApi } from '../../shared/api.js';
import type { CalendarEntry } from '../entries.js';
import type { ViewContext } from '../view-context.js';
import { detailStyles } from './detail.styles.js';
import { renderDetail, type DetailContext } from './event-detail.js';
import { downloadIcs } from './ics-download.js';
import { detailMessages } from './messages/index.js';
import { RegistrationController, renderRegistration, type RegistrationHost } from './registration.js';

const registrationApi = resourcesPerApi((http) => registrations(http));

export interface DetailRenderOptions {
  /**
   * The occurrence with the whole event (`GET /events/{id}`, fetched when the detail opened):
   * registration and the `.ics` file need what the calendar's summaries leave out.
   */
  entry: CalendarEntry<DialogEvent>;
  /** The calendar's SDK transport, for registrations. */
  http: Http;
  /** The feed links ("Abonnieren"), rendered by the calendar. */
  subscribe: unknown;
}

/** What the calendar gets once the detail's code has loaded. */
export interface DetailPart {
  /** The event the registration state belongs to. */
  readonly eventId: string | undefined;
  /** Forgets the registration state (dialog closed, or `eventId` is another event now). */
  reset(eventId?: string): void;
  /** The detail view of one occurrence, below the dialog's title. */
  render(ctx: ViewContext, o: DetailRenderOptions): TemplateResult;
}

/** Puts the detail's styles beside the calendar's own, once per shadow root. */
function adoptDetailStyles(root: HTMLElement | DocumentFragment): void {
  const sheet = detailStyles.styleSheet;
  if (!(root instanceof ShadowRoot) || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/**
 * The detail view with registration and `.ics` download: loaded with `import()` when a visitor
 * is about to open an event, so the calendar's first screen does not carry this code, its
 * styles and its strings. `registered` is called when a registration went through.
 */
export function createDetailPart(
  host: RegistrationHost,
  registered: (event: DialogEvent, registration: Registration) => void,
): DetailPart {
  const controller = new RegistrationController(host, registered);
  adoptDetailStyles(host.renderRoot);
  return {
    get eventId() {
      return controller.eventId;
    },
    reset: (eventId) => controller.reset(eventId),
    render(ctx, { entry, http, subscribe }) {
      const locale = ctx.locale;
      const d = ((key: string, params?: object) =>
        (detailMessages.t as (l: string, k: string, p?: object) => string)(locale, key, params)) as DetailContext['d'];
      const dctx: DetailContext = { ...ctx, d };
      const event = entry.event;
      const now = Date.now();
      if (controller.eventId !== event.id) controller.reset(event.id);
      const submit = (form: HTMLFormElement): void => void controller.submit(registrationApi(http), event, form, locale);
      return renderDetail(dctx, {
        entry,
        now,
        downloadIcs: (e) => downloadIcs(e, locale),
        registration: keyed(
          event.id,
          renderRegistration(dctx, controller, {
            event,
            now,
            submit,
            retry: () => {
              const form = host.renderRoot.querySelector<HTMLFormElement>('.registration__form');
              if (form) submit(form);
            },
          }),
        ),
        subscribe,
      });
    },
  };
}
