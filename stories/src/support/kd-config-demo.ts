import { css, html } from 'lit';
import { Task } from '@lit/task';
import { municipalities } from '@kommunaldialog/sdk/resources';
import { defineElement, KdElement, renderTask } from '@kommunaldialog/widgets';

/**
 * @summary Shows the configuration a widget resolves (API, municipality, language, direction)
 * and loads the municipality through the SDK, so provider stories show what reaches a widget.
 */
export class KdConfigDemo extends KdElement {
  static override styles = [
    KdElement.styles,
    css`
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.25em 1em;
        margin: 0;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
      }
    `,
  ];

  private readonly municipalityTask = new Task(this, {
    task: async ([http, id], { signal }) => (id === undefined ? null : municipalities(http).get(id, { signal })),
    args: () => [this.http, this.resolvedMunicipality, this.locale] as const,
  });

  protected override render() {
    return html`<div part="base" class="kd-root" lang=${this.locale} dir=${this.dir}>
      <dl>
        <dt>API</dt>
        <dd data-field="api">${this.resolvedApi}</dd>
        <dt>Locale</dt>
        <dd data-field="locale">${this.locale}</dd>
        <dt>Direction</dt>
        <dd data-field="dir">${this.dir}</dd>
        <dt>Date</dt>
        <dd data-field="date">${this.fmt.date('2026-12-03T18:30:00+01:00', 'full')}</dd>
        <dt>Municipality</dt>
        <dd data-field="municipality">
          ${renderTask(this.municipalityTask, { complete: (m) => m?.officialName ?? '–' })}
        </dd>
      </dl>
    </div>`;
  }
}

defineElement('kd-config-demo', KdConfigDemo);

declare global {
  interface HTMLElementTagNameMap {
    'kd-config-demo': KdConfigDemo;
  }
}
