import { createContext } from '@lit/context';

/** Settings a `<kd-provider>` hands down to every widget inside it. */
export interface KdConfig {
  /** Base URL of the API including `/v1`. */
  api?: string;
  /** Municipality slug, e.g. `tuebingen`. */
  municipality?: string;
  /** BCP 47 language tag, e.g. `uk` or `de-x-ls`. */
  lang?: string;
}

/**
 * A string key, not a symbol: two bundles (or versions) of the widgets on one page must still
 * find each other's provider.
 */
export const configContext = createContext<KdConfig>('kommunaldialog-config');
