import { html, nothing, type TemplateResult } from 'lit';
import { directive, Directive, type Part } from 'lit/directive.js';
import type { Task } from '@lit/task';
import { isKommunaldialogError, type Locale } from '@kommunaldialog/sdk';
import { resolveLocale } from './i18n/locale.js';
import type { ParamArgs } from './i18n/types.js';
import { sharedMessages, type SharedMessages } from './messages/index.js';

type SharedKey = keyof SharedMessages & string;

/** Locale of whatever element renders the template: a widget's own, else the nearest `lang`. */
function localeOfHost(host: unknown): Locale {
  if (host && typeof host === 'object' && 'locale' in host && typeof host.locale === 'string') {
    return resolveLocale(host.locale);
  }
  if (host instanceof Element) return resolveLocale(host.closest('[lang]')?.getAttribute('lang'));
  return 'de';
}

/**
 * Renders a shared string in the locale of the element the template is rendered into, so the
 * state helpers need no locale argument. Re-evaluated on every render of the host.
 */
class SharedTextDirective extends Directive {
  render(key: SharedKey, params?: Readonly<Record<string, string | number>>): string {
    return this.text('de', key, params);
  }

  override update(part: Part, [key, params]: Parameters<this['render']>): string {
    return this.text(localeOfHost(part.options?.host), key, params);
  }

  private text(locale: Locale, key: SharedKey, params?: Readonly<Record<string, string | number>>): string {
    return (sharedMessages.t as (l: Locale, k: string, p?: object) => string)(locale, key, params);
  }
}
const sharedTextDirective = directive(SharedTextDirective);

/** A shared string (`src/shared/messages`) in the rendering widget's locale. */
export function sharedText<K extends SharedKey>(key: K, ...params: ParamArgs<SharedMessages[K]>) {
  return sharedTextDirective(key, params[0] as Readonly<Record<string, string | number>> | undefined);
}

/**
 * Placeholder while data loads: `lines` skeleton bars reserve the content's height (no layout
 * shift); screen readers hear a localized "Wird geladen …".
 */
export function renderLoading(lines = 3): TemplateResult {
  const bars = Array.from({ length: Math.max(1, lines) }, () => html`<span class="kd-skeleton"></span>`);
  return html`<div class="kd-state" aria-busy="true">
    <span class="visually-hidden" role="status">${sharedText('loading')}</span>
    <div class="kd-loading" aria-hidden="true">${bars}</div>
  </div>`;
}

/** Nothing to show: a message, and optionally an action (e.g. "Filter zurücksetzen"). */
export function renderEmpty(message: unknown, action?: TemplateResult): TemplateResult {
  return html`<div class="kd-state kd-empty" role="status">
    <p>${message}</p>
    ${action ?? nothing}
  </div>`;
}

/** What kind of failure an error is, as far as a visitor is concerned. */
export type ErrorKind =
  | 'offline'
  | 'network'
  | 'timeout'
  | 'server'
  | 'notFound'
  | 'rateLimited'
  | 'invalidResponse'
  | 'invalidRequest'
  | 'unknown';

const ERROR_TEXT = {
  offline: 'errorOffline',
  network: 'errorNetwork',
  timeout: 'errorTimeout',
  server: 'errorServer',
  notFound: 'errorNotFound',
  rateLimited: 'errorRateLimited',
  invalidResponse: 'errorInvalidResponse',
  invalidRequest: 'errorInvalidRequest',
  unknown: 'errorUnknown',
} as const satisfies Record<ErrorKind, SharedKey>;

function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/**
 * Classifies an error of the SDK (`NetworkError`, `TimeoutError`, `ApiError` and subclasses,
 * `ResponseShapeError`, `ValidationError`). Uses the SDK's cross-bundle brand and `code`, not
 * `instanceof`, so errors from another copy of the SDK on the page are recognised too.
 */
export function errorKind(error: unknown): ErrorKind {
  if (isKommunaldialogError(error)) {
    switch (error.code) {
      case 'network':
        return isOffline() ? 'offline' : 'network';
      case 'timeout':
        return 'timeout';
      case 'response_shape':
        return 'invalidResponse';
      case 'validation':
        return 'invalidRequest';
      case 'http': {
        const status = (error as { status?: number }).status ?? 0;
        if (status === 404 || status === 410) return 'notFound';
        if (status === 429) return 'rateLimited';
        if (status >= 500) return 'server';
        return 'invalidRequest';
      }
    }
  }
  return isOffline() ? 'offline' : 'unknown';
}

function stringField(error: unknown, name: string): string | undefined {
  const value = error && typeof error === 'object' ? (error as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function numberField(error: unknown, name: string): number | undefined {
  const value = error && typeof error === 'object' ? (error as Record<string, unknown>)[name] : undefined;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * A failed load or submission: what happened (chosen from the error class), how long to wait
 * for a 429, the request id to quote, and an "Erneut versuchen" button that calls `retry`.
 */
export function renderError(error: unknown, retry: () => void): TemplateResult {
  const kind = errorKind(error);
  const requestId = stringField(error, 'requestId');
  const retryAfter = kind === 'rateLimited' ? numberField(error, 'retryAfter') : undefined;
  return html`<div class="kd-state kd-error" role="alert" data-error-kind=${kind}>
    <p class="kd-error__title">${sharedText('errorTitle')}</p>
    <p class="kd-error__reason">
      ${sharedText(ERROR_TEXT[kind])}
      ${retryAfter === undefined ? nothing : sharedText('retryAfter', { count: retryAfter })}
    </p>
    ${requestId ? html`<p class="kd-error__ref">${sharedText('requestId', { id: requestId })}</p>` : nothing}
    <button type="button" class="kd-button" @click=${() => retry()}>${sharedText('retry')}</button>
  </div>`;
}

export interface RenderTaskOptions<T> {
  /** While loading (and before the first run). Default: {@link renderLoading}(). */
  pending?: () => unknown;
  complete: (value: T) => unknown;
  /** True when the value has nothing to show, e.g. `(page) => page.items.length === 0`. */
  empty?: (value: T) => boolean;
  /** Shown when `empty` says so. Default: the shared "Keine Einträge gefunden." */
  emptyMessage?: unknown;
  /** An action next to the empty message. */
  emptyAction?: TemplateResult;
}

/**
 * The uniform way to render a `@lit/task`: loading skeleton, empty state, content, or the
 * error state whose button re-runs the task.
 */
export function renderTask<T>(task: Task<readonly unknown[], T>, options: RenderTaskOptions<T>): unknown {
  const pending = options.pending ?? (() => renderLoading());
  return task.render({
    initial: pending,
    pending,
    complete: (value) =>
      options.empty?.(value)
        ? renderEmpty(options.emptyMessage ?? sharedText('empty'), options.emptyAction)
        : options.complete(value),
    error: (error) => renderError(error, () => void task.run()),
  });
}
