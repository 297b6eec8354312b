import { html, nothing } from 'lit';
import type { Decorator } from '@storybook/web-components-vite';
import { themeStyle } from './themes.js';

/** Locales of the toolbar; Arabic and Persian are written right to left. */
export const LOCALES = ['de', 'en', 'ar', 'fa', 'uk', 'tr', 'de-x-ls'] as const;
const RTL = new Set<string>(['ar', 'fa']);

/** What a story may say about the provider around it (`parameters.provider`). */
export interface ProviderParameters {
  /** Municipality the provider hands down; `null` for none (all municipalities). Default `tuebingen`. */
  municipality?: string | null;
}

/**
 * Puts every story where a host page would: a block with the toolbar's `lang`, `dir` and theme
 * tokens, and a `<kd-provider>` pointing the widgets at the story's mock API. With
 * `parameters.provider: false` the story brings its own provider.
 */
export const withProvider: Decorator = (story, context) => {
  const locale = String(context.globals['locale'] ?? 'de');
  const dir = RTL.has(locale) ? 'rtl' : 'ltr';
  const api = (context.loaded as { mockApi?: string }).mockApi;
  const settings = context.parameters['provider'] as ProviderParameters | false | undefined;
  const inner =
    settings === false
      ? story()
      : html`<kd-provider
          api=${api ?? nothing}
          municipality=${settings?.municipality === null ? nothing : (settings?.municipality ?? 'tuebingen')}
          lang=${locale}
          >${story()}</kd-provider
        >`;
  return html`<div
    class="kd-story"
    lang=${locale}
    dir=${dir}
    style="${themeStyle(String(context.globals['theme'] ?? 'default'))} background: var(--kd-color-surface, #fff); color: var(--kd-color-text, #1b1b1b); padding: 1em;"
  >
    ${inner}
  </div>`;
};
