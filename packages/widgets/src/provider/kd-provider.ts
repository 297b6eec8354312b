import { css, html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { configContext, type KdConfig } from '../shared/config-context.js';

/**
 * @summary Sets the API, municipality and language once for every widget inside it.
 *
 * A widget's own attribute wins over the provider's. The provider takes no space of its own
 * (`display: contents`); changing an attribute re-renders every widget inside.
 *
 * @slot - The widgets (and any other content).
 *
 * @example
 * <kd-provider api="https://api.kommunaldialog.de/v1" municipality="tuebingen" lang="uk">
 *   <kd-event-calendar></kd-event-calendar>
 * </kd-provider>
 */
export class KdProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Base URL of the API including `/v1`. */
  @property({ reflect: true }) api?: string;

  /** Municipality slug, e.g. `tuebingen`. */
  @property({ reflect: true }) municipality?: string;

  /** Language for the widgets inside (BCP 47, e.g. `uk`, `de-x-ls`). */
  @property({ reflect: true }) override lang!: string;

  private readonly provider = new ContextProvider(this, { context: configContext, initialValue: {} });

  /** The configuration handed to the widgets. */
  get config(): KdConfig {
    return this.provider.value;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') || changed.has('municipality') || changed.has('lang')) {
      // A new object: consumers are notified only when the value's identity changes.
      this.provider.setValue({
        api: this.api || undefined,
        municipality: this.municipality || undefined,
        lang: this.lang || undefined,
      });
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kd-provider': KdProvider;
  }
}
