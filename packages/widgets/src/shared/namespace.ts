/**
 * The one global the widgets add to a page (besides Lit's own): `window.Kommunaldialog`.
 * Every copy of the widgets on a page (a second bundle, another version) shares it.
 */
export interface KommunaldialogNamespace {
  /** Version of the first copy of the widgets that ran on this page. */
  readonly version: string;
  /** Tag names registered by any copy, each with the version of the copy that defined it. */
  readonly elements: Readonly<Record<string, string>>;
}

/**
 * Replaced by the package version in the built files (`scripts/stamp-version.mjs`); the
 * source keeps this marker so a test run from source says so.
 */
const VERSION: string = '0.0.0-source';

const GLOBAL_NAME = 'Kommunaldialog';

/** This copy's version. */
export const version = VERSION;

function isNamespace(value: unknown): value is { version: string; elements: Record<string, string> } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { version?: unknown }).version === 'string' &&
    typeof (value as { elements?: unknown }).elements === 'object'
  );
}

/**
 * The page's `window.Kommunaldialog`, created by the first copy that asks. Not writable, so a
 * later script cannot swap it out from under the widgets.
 */
export function pageNamespace(): KommunaldialogNamespace {
  const scope = globalThis as { [GLOBAL_NAME]?: unknown };
  const existing = scope[GLOBAL_NAME];
  if (isNamespace(existing)) return existing;
  const namespace: KommunaldialogNamespace = {
    version,
    elements: Object.create(null) as Record<string, string>,
  };
  Object.defineProperty(globalThis, GLOBAL_NAME, {
    value: namespace,
    enumerable: false,
    configurable: true,
    writable: false,
  });
  return namespace;
}

/** Records that this copy defined `name`. */
export function recordElement(name: string): void {
  (pageNamespace().elements as Record<string, string>)[name] = version;
}

/** The part of the Trusted Types API we use (TypeScript's DOM types do not describe it yet). */
interface TrustedTypePolicy {
  createScriptURL(input: string): unknown;
}
interface TrustedTypePolicyFactory {
  createPolicy(name: string, rules: { createScriptURL(input: string): string }): TrustedTypePolicy;
}

/** Name of our Trusted Types policy: pages with `trusted-types` in their CSP must list it. */
export const TRUSTED_TYPES_POLICY = 'kommunaldialog';
const POLICY_KEY = Symbol.for('kommunaldialog.trusted-types-policy');
const SCRIPT_ORIGIN = new URL(import.meta.url).origin;

/**
 * A script URL the page's Trusted Types enforcement accepts, for the few scripts the widgets
 * start themselves (the concern form's proof-of-work worker). The `kommunaldialog` policy
 * passes only URLs on the origin the widgets were loaded from: it cannot be used to smuggle
 * in anything else. One policy per page, shared by every copy of the widgets through
 * `window.Kommunaldialog` (a second `createPolicy` with the same name would be a violation).
 * Without Trusted Types in the browser, the plain URL string.
 *
 * @example new Worker(trustedScriptURL(new URL('./pow.worker.js', import.meta.url)) as string, { type: 'module' })
 */
export function trustedScriptURL(url: URL): string {
  const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
  if (!factory) return url.href;
  const holder = pageNamespace() as unknown as { [POLICY_KEY]?: TrustedTypePolicy };
  let policy = holder[POLICY_KEY];
  if (!policy) {
    policy = factory.createPolicy(TRUSTED_TYPES_POLICY, {
      createScriptURL(input) {
        const parsed = new URL(input, SCRIPT_ORIGIN);
        if (parsed.origin !== SCRIPT_ORIGIN || !parsed.pathname.endsWith('.js')) {
          throw new TypeError(`${TRUSTED_TYPES_POLICY}: refusing script URL ${input}`);
        }
        return parsed.href;
      },
    });
    Object.defineProperty(holder, POLICY_KEY, { value: policy });
  }
  // A TrustedScriptURL, which Worker() and friends accept wherever they accept a string.
  return policy.createScriptURL(url.href) as string;
}
