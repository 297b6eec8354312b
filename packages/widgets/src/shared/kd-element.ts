import { LitElement, type CSSResultGroup } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextConsumer, ContextRoot } from '@lit/context';
import type { Locale } from '@kommunaldialog/sdk';
import { createHttp, type Http } from '@kommunaldialog/sdk/resources';
import { configContext } from './config-context.js';
import { formatterFor, type Formatter } from './format.js';
import { onMessagesLoaded, type MessageCatalog } from './i18n/define-messages.js';
import { directionOf, resolveLocale } from './i18n/locale.js';
import type { MessageShape, ParamArgs } from './i18n/types.js';
import { sharedMessages, type SharedMessages } from './messages/index.js';
import { resetStyles } from './styles/reset.styles.js';
import { stateStyles } from './styles/states.styles.js';

/** The API next to the script: a bundle served from `https://cdn.example.de/…` talks to `https://cdn.example.de/v1`. */
const DEFAULT_API = `${new URL(import.meta.url).origin}/v1`;

const transports = new Map<string, Http>();

/**
 * One SDK transport (and so one ETag cache) per API URL. Each widget adds only the resources it
 * uses (`events(this.http)`), so a page pays only for the schemas its widgets check; the
 * all-in-one `createClient` would put every schema into the code every widget shares.
 */
function httpFor(api: string): Http {
  let http = transports.get(api);
  // The SDK never sends cookies (`credentials: 'omit'`): widgets run on third-party pages.
  if (!http) transports.set(api, (http = createHttp({ baseUrl: api })));
  return http;
}

/**
 * Lets a `<kd-provider>` that is defined (upgraded) after the widgets inside it still reach
 * them: the root keeps unanswered context requests and replays them when a provider appears.
 * One per page, shared by every bundle through a global flag.
 */
const CONTEXT_ROOT = Symbol.for('kommunaldialog.context-root');
function ensureContextRoot(): void {
  const scope = globalThis as { [CONTEXT_ROOT]?: boolean };
  if (scope[CONTEXT_ROOT]) return;
  scope[CONTEXT_ROOT] = true;
  new ContextRoot().attach(document.documentElement);
}

/** Widgets currently connected: re-rendered when an ancestor's `lang` changes. */
const connected = new Set<LitElement>();
let langObserver: MutationObserver | undefined;

function observeLang(element: LitElement): void {
  connected.add(element);
  langObserver ??= new MutationObserver(() => {
    for (const widget of connected) widget.requestUpdate();
  });
  if (connected.size === 1) {
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unobserveLang(element: LitElement): void {
  connected.delete(element);
  if (connected.size === 0) langObserver?.disconnect();
}

/** `lang` of the nearest ancestor that has one, crossing shadow roots up to the page. */
function inheritedLang(element: Element): string | undefined {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? undefined;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

type Merged<D extends MessageShape> = D & SharedMessages;

/**
 * @summary Base class of every Kommunaldialog widget (not a tag of its own).
 *
 * Base of every Kommunaldialog widget: configuration (own attribute › nearest `<kd-provider>` ›
 * defaults), locale, direction, API client, strings and date formatting. Any change to these, at
 * runtime too, re-renders the widget; tasks whose `args` read them run again.
 *
 * `D` is the type of the widget's German messages; set {@link KdElement.messages} to its catalog.
 *
 * @csspart base - The widget's root: `<div part="base" class="kd-root" dir=… lang=…>`.
 *
 * @cssproperty --kd-color-primary - Buttons, links, highlights. Default `#005a9c`.
 * @cssproperty --kd-color-text - Body text. Default `#1b1b1b`.
 * @cssproperty --kd-color-surface - Background. Default `#ffffff`.
 * @cssproperty --kd-color-muted - Secondary text. Default `#595959`.
 * @cssproperty --kd-color-border - Borders of controls. Default `#767676`.
 * @cssproperty --kd-color-danger - Errors. Default `#b3261e`.
 * @cssproperty --kd-color-success - Confirmations. Default `#1e6b34`.
 * @cssproperty --kd-color-focus - Focus ring. Default `#0b57d0`.
 * @cssproperty --kd-radius - Corner radius. Default `0.25em`.
 * @cssproperty --kd-space-1 - Spacing scale, `--kd-space-1` … `--kd-space-6` (0.25em … 2em).
 * @cssproperty --kd-font-family - Default `inherit` (the page's font).
 * @cssproperty --kd-font-size - Default `1em` (the page's size).
 */
export abstract class KdElement<D extends MessageShape = Record<never, never>> extends LitElement {
  static override styles: CSSResultGroup = [resetStyles, stateStyles];

  /** Base URL of the API including `/v1`. Default: the provider's, else `/v1` on the script's origin. */
  @property() api?: string;

  /** Municipality slug (`tuebingen`); default: the provider's, else all municipalities. */
  @property() municipality?: string;

  /**
   * Language (BCP 47: `de`, `en`, `ar`, `fa`, `uk`, `tr`, `de-x-ls` for Leichte Sprache).
   * Default: the provider's, else the nearest ancestor's `lang`, else German.
   */
  @property({ reflect: true }) override lang!: string;

  /** The widget's own strings; shared strings are found without it. */
  protected readonly messages?: MessageCatalog<D>;

  private readonly config = new ContextConsumer(this, { context: configContext, subscribe: true });
  private stopListening?: () => void;

  override connectedCallback(): void {
    ensureContextRoot();
    super.connectedCallback();
    observeLang(this);
    // A locale finished loading: render again, now in that language.
    this.stopListening = onMessagesLoaded(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unobserveLang(this);
    this.stopListening?.();
  }

  /** The API base URL in effect, without trailing slash. */
  protected get resolvedApi(): string {
    return (this.api || this.config.value?.api || DEFAULT_API).replace(/\/+$/, '');
  }

  /** The municipality in effect; `undefined` means all. */
  get resolvedMunicipality(): string | undefined {
    return this.municipality || this.config.value?.municipality || undefined;
  }

  /** The locale in effect (unknown tags fall back by primary subtag, then to German). */
  get locale(): Locale {
    return resolveLocale(this.lang || this.config.value?.lang || inheritedLang(this));
  }

  /** Writing direction of {@link KdElement.locale}: `rtl` for Arabic and Persian. */
  override get dir(): 'ltr' | 'rtl' {
    return directionOf(this.locale);
  }

  /** Sets the `dir` attribute as on any element; the widget's content follows its locale. */
  override set dir(value: string) {
    this.setAttribute('dir', value);
  }

  /** The SDK transport for {@link KdElement.resolvedApi}, shared by all widgets using that URL. */
  protected get http(): Http {
    return httpFor(this.resolvedApi);
  }

  /** Date and time formatting for the locale, always in Europe/Berlin. */
  protected get fmt(): Formatter {
    return formatterFor(this.locale);
  }

  /**
   * A string of this widget (or a shared one) in its locale. German shows while another
   * locale loads; the widget re-renders when it has arrived.
   */
  protected t<K extends keyof Merged<D> & string>(key: K, ...params: ParamArgs<Merged<D>[K]>): string {
    const own = this.messages;
    const catalog = own && Object.hasOwn(own.de, key) ? own : sharedMessages;
    return (catalog.t as (locale: Locale, key: string, params?: object) => string)(this.locale, key, params[0]);
  }
}
